/**
 * Offset index (`<base offset>.index`), Kafka's format: a sparse map from offset to the position of
 * a batch in the segment's `.log`, one entry per `index.interval.bytes` of log.
 *
 *   entry (8 bytes, big-endian): relativeOffset int32 (offset - segment base offset)
 *                                position       int32 (byte position of the batch in the .log)
 *
 * Entries are strictly increasing in both fields. The offset of an entry is the last offset of the
 * batch at that position (as Kafka does since 0.11): a lookup gives the greatest entry <= the target,
 * so the batch holding the target starts at or after that position.
 *
 * Kafka preallocates and mmaps the active index; Node has no mmap, so the active segment's entries
 * live in a buffer that grows by doubling (an idle partition holds none) and the file is written,
 * exactly sized, when the segment rolls and at clean shutdown. After a crash the active segment's
 * index is rebuilt from the log anyway (its entries are above the recovery point).
 */
export const OFFSET_INDEX_ENTRY_SIZE = 8;

export class OffsetIndex {
  private buf: Buffer;
  private count: number;

  constructor(
    readonly baseOffset: number,
    readonly maxEntries: number,
    entries: Buffer = Buffer.alloc(0),
  ) {
    this.buf = entries;
    this.count = Math.floor(entries.length / OFFSET_INDEX_ENTRY_SIZE);
  }

  get entries(): number {
    return this.count;
  }

  isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  get lastOffset(): number {
    return this.count === 0 ? this.baseOffset : this.baseOffset + this.buf.readInt32BE((this.count - 1) * 8);
  }

  get lastPosition(): number {
    return this.count === 0 ? 0 : this.buf.readInt32BE((this.count - 1) * 8 + 4);
  }

  entry(i: number): { offset: number; position: number } {
    return { offset: this.baseOffset + this.buf.readInt32BE(i * 8), position: this.buf.readInt32BE(i * 8 + 4) };
  }

  append(offset: number, position: number): void {
    if (this.isFull()) return;
    if (this.count > 0 && (offset <= this.lastOffset || position <= this.lastPosition)) return;
    const need = (this.count + 1) * OFFSET_INDEX_ENTRY_SIZE;
    if (need > this.buf.length) {
      const grown = Buffer.alloc(Math.min(Math.max(need, this.buf.length * 2, 64 * OFFSET_INDEX_ENTRY_SIZE), this.maxEntries * 8));
      this.buf.copy(grown, 0, 0, this.count * 8);
      this.buf = grown;
    }
    this.buf.writeInt32BE(offset - this.baseOffset, this.count * 8);
    this.buf.writeInt32BE(position, this.count * 8 + 4);
    this.count++;
  }

  /** The greatest entry whose offset is <= `offset`, or (baseOffset, 0). */
  lookup(offset: number): { offset: number; position: number } {
    const rel = offset - this.baseOffset;
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.buf.readInt32BE(mid * 8) <= rel) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? { offset: this.baseOffset, position: 0 } : this.entry(found);
  }

  /** Removes the entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    while (this.count > 0 && this.lastOffset >= offset) this.count--;
  }

  /** Removes the entries whose position is >= `position`. */
  truncateToPosition(position: number): void {
    while (this.count > 0 && this.lastPosition >= position) this.count--;
  }

  /** The file content: exactly the entries, no preallocated tail. */
  toBuffer(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.count * OFFSET_INDEX_ENTRY_SIZE));
  }

  /**
   * Kafka's sanity check, stricter: whole entries, strictly increasing offsets and positions, all
   * positions inside the log. A failing index is rebuilt from the log, never trusted.
   */
  static isSane(data: Buffer, logSize: number): boolean {
    if (data.length % OFFSET_INDEX_ENTRY_SIZE !== 0) return false;
    let prevRel = -1;
    let prevPos = -1;
    for (let at = 0; at < data.length; at += 8) {
      const rel = data.readInt32BE(at);
      const pos = data.readInt32BE(at + 4);
      if (rel <= prevRel || pos <= prevPos || pos >= logSize || rel < 0) return false;
      prevRel = rel;
      prevPos = pos;
    }
    return true;
  }
}
