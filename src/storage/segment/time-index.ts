/**
 * Time index (`<base offset>.timeindex`), Kafka's format: a sparse map from the greatest timestamp
 * seen so far in the segment to the offset of the batch that carried it.
 *
 *   entry (12 bytes, big-endian): timestamp      int64 (max timestamp so far, ms)
 *                                 relativeOffset int32 (offset - segment base offset)
 *
 * Timestamps strictly increase and offsets never decrease. An entry is added with the offset index
 * entry (every index.interval.bytes) when the max timestamp grew, and one last entry is written when
 * the segment rolls or the log closes so the file ends with the segment's max timestamp (retention by
 * time reads it). Held in memory like the offset index (see offset-index.ts).
 */
import { readInt64AsNumber, writeInt64FromNumber } from '../../protocol/record-batch/batch-header.ts';

export const TIME_INDEX_ENTRY_SIZE = 12;

export class TimeIndex {
  private buf: Buffer;
  private count: number;

  constructor(
    readonly baseOffset: number,
    readonly maxEntries: number,
    entries: Buffer = Buffer.alloc(0),
  ) {
    this.buf = entries;
    this.count = Math.floor(entries.length / TIME_INDEX_ENTRY_SIZE);
  }

  get entries(): number {
    return this.count;
  }

  isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  entry(i: number): { timestamp: number; offset: number } {
    const at = i * TIME_INDEX_ENTRY_SIZE;
    return { timestamp: readInt64AsNumber(this.buf, at), offset: this.baseOffset + this.buf.readInt32BE(at + 8) };
  }

  /** The last entry, or null when empty. */
  last(): { timestamp: number; offset: number } | null {
    return this.count === 0 ? null : this.entry(this.count - 1);
  }

  /** Appends when `timestamp` is above the last entry's (and the index has room, unless `force`). */
  maybeAppend(timestamp: number, offset: number, force = false): void {
    if (this.isFull() && !force) return;
    const last = this.last();
    if (last && (timestamp <= last.timestamp || offset < last.offset)) return;
    const need = (this.count + 1) * TIME_INDEX_ENTRY_SIZE;
    if (need > this.buf.length) {
      const grown = Buffer.alloc(Math.max(need, this.buf.length * 2, 64 * TIME_INDEX_ENTRY_SIZE));
      this.buf.copy(grown, 0, 0, this.count * TIME_INDEX_ENTRY_SIZE);
      this.buf = grown;
    }
    const at = this.count * TIME_INDEX_ENTRY_SIZE;
    writeInt64FromNumber(this.buf, at, timestamp);
    this.buf.writeInt32BE(offset - this.baseOffset, at + 8);
    this.count++;
  }

  /** The greatest entry whose timestamp is <= `timestamp`, or (-1, baseOffset). */
  lookup(timestamp: number): { timestamp: number; offset: number } {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (readInt64AsNumber(this.buf, mid * TIME_INDEX_ENTRY_SIZE) <= timestamp) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? { timestamp: -1, offset: this.baseOffset } : this.entry(found);
  }

  /** Removes the entries pointing at offsets >= `offset`. */
  truncateTo(offset: number): void {
    while (this.count > 0 && this.entry(this.count - 1).offset >= offset) this.count--;
  }

  toBuffer(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.count * TIME_INDEX_ENTRY_SIZE));
  }

  /** Whole entries, increasing timestamps, non-decreasing offsets below `nextOffset`. */
  static isSane(data: Buffer, baseOffset: number, nextOffset: number): boolean {
    if (data.length % TIME_INDEX_ENTRY_SIZE !== 0) return false;
    let prevTs = -Infinity;
    let prevRel = -1;
    for (let at = 0; at < data.length; at += TIME_INDEX_ENTRY_SIZE) {
      const ts = readInt64AsNumber(data, at);
      const rel = data.readInt32BE(at + 8);
      if (ts <= prevTs || rel < prevRel || rel < 0 || baseOffset + rel >= nextOffset) return false;
      prevTs = ts;
      prevRel = rel;
    }
    return true;
  }
}
