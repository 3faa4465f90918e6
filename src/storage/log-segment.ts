/**
 * One segment of a partition log: `<20-digit base offset>.log` holds record batch v2 bytes exactly as
 * appended (base offsets and leader epochs patched), back to back, no framing of our own; its
 * `.index` and `.timeindex` (see offset-index.ts, time-index.ts) map offsets and timestamps to file
 * positions. Invariants: base offsets strictly increase through the file, every batch's last offset
 * is < base offset + 2^31 (relative offsets are int32), and `size` is always a batch boundary.
 *
 * Inactive segments load their indexes lazily (first read or retention check) and rebuild them from
 * the log when the files are missing or fail the sanity check. File descriptors come from the shared
 * FileHandleCache, so an idle segment holds none.
 */
import { readInt64AsNumber, OFF_MAX_TIMESTAMP, OFF_LAST_OFFSET_DELTA } from '../protocol/record-batch/batch-header.ts';
import type { FileHandle } from './fs/file-system.ts';
import { isNotFound } from './fs/file-system.ts';
import type { FileHandleCache } from './file-handle-cache.ts';
import { OffsetIndex, OFFSET_INDEX_ENTRY_SIZE } from './offset-index.ts';
import { TimeIndex, TIME_INDEX_ENTRY_SIZE } from './time-index.ts';
import { scanBatches, type ScanResult } from './segment-scanner.ts';

export function offsetFileName(offset: number, suffix: string): string {
  return String(offset).padStart(20, '0') + suffix;
}

/** Where one batch of an append sits inside the appended buffer. */
export interface AppendedBatch {
  at: number;
  size: number;
  lastOffset: number;
  maxTimestamp: number;
}


/** Read boundaries kept per segment: about one per consumer reading it. */
const MAX_BOUNDARIES = 16;

export class LogSegment {
  size = 0;
  /** Offset after the last batch (exact for the active segment and once loaded). */
  nextOffset: number;
  maxTimestamp = -1;
  offsetOfMaxTimestamp = -1;
  /** Max timestamp of the first batch: segment.ms counts from it (Kafka's rollingBasedTimestamp). */
  firstBatchTimestamp = -1;
  /** Log bytes not yet fsynced / a new file whose directory entry is not yet fsynced. */
  dirty = false;
  needsDirSync = false;
  /** The in-memory indexes differ from the index files (written on roll and clean shutdown). */
  indexesDirty = false;
  private bytesSinceLastIndexEntry = 0;
  private offsetIndex: OffsetIndex | null = null;
  private timeIndex: TimeIndex | null = null;
  private loading: Promise<void> | null = null;
  private retired = false;
  /**
   * Exact batch starts learned by reads (offset → file position): a consumer that reads on from where
   * its last read stopped starts there, with no index search and no over-read. Bounded; cleared by
   * anything that rewrites the file (truncation, recovery), and `layout` tells a read that started
   * before such a rewrite not to teach what it saw.
   */
  private readonly boundaries = new Map<number, number>();
  private layout = 0;
  private logPathCache: string | undefined;

  constructor(
    readonly dir: string,
    readonly baseOffset: number,
    private readonly cache: FileHandleCache,
    private indexIntervalBytes: number,
    private maxIndexEntries: number,
    readonly createdAt: number,
  ) {
    this.nextOffset = baseOffset;
  }

  get logPath(): string {
    // Asked for on every read and append: built once.
    return (this.logPathCache ??= `${this.dir}/${offsetFileName(this.baseOffset, '.log')}`);
  }
  get indexPath(): string {
    return `${this.dir}/${offsetFileName(this.baseOffset, '.index')}`;
  }
  get timeIndexPath(): string {
    return `${this.dir}/${offsetFileName(this.baseOffset, '.timeindex')}`;
  }

  get indexesLoaded(): boolean {
    return this.offsetIndex !== null;
  }

  updateConfig(indexIntervalBytes: number, segmentIndexBytes: number): void {
    this.indexIntervalBytes = indexIntervalBytes;
    this.maxIndexEntries = Math.max(1, Math.floor(segmentIndexBytes / OFFSET_INDEX_ENTRY_SIZE));
  }

  /** A new, empty active segment (file created now). */
  static async create(dir: string, baseOffset: number, cache: FileHandleCache, indexIntervalBytes: number, segmentIndexBytes: number, now: number): Promise<LogSegment> {
    const seg = new LogSegment(dir, baseOffset, cache, indexIntervalBytes, Math.max(1, Math.floor(segmentIndexBytes / OFFSET_INDEX_ENTRY_SIZE)), now);
    await cache.use(seg.logPath, 'rw', async (h) => {
      if ((await h.size()) !== 0) await h.truncate(0);
    });
    seg.offsetIndex = new OffsetIndex(baseOffset, seg.maxIndexEntries);
    seg.timeIndex = new TimeIndex(baseOffset, seg.maxIndexEntries);
    seg.needsDirSync = true;
    seg.indexesDirty = true;
    return seg;
  }

  /** An existing segment found on disk, not yet scanned (size from the file). */
  static existing(dir: string, baseOffset: number, size: number, cache: FileHandleCache, indexIntervalBytes: number, segmentIndexBytes: number, now: number): LogSegment {
    const seg = new LogSegment(dir, baseOffset, cache, indexIntervalBytes, Math.max(1, Math.floor(segmentIndexBytes / OFFSET_INDEX_ENTRY_SIZE)), now);
    seg.size = size;
    return seg;
  }

  withLog<T>(mode: 'r' | 'rw', fn: (h: FileHandle) => Promise<T>): Promise<T> {
    // A segment replaced by the cleaner must not open the new file with its old size and index:
    // ENOENT sends the reader back to the log's current segment list.
    if (this.retired) return Promise.reject(Object.assign(new Error(`segment ${this.logPath} was replaced`), { code: 'ENOENT' }));
    return this.cache.use(this.logPath, mode, fn);
  }

  /** This object no longer describes the file at logPath (the cleaner swapped it). */
  retire(): void {
    this.retired = true;
    this.dirty = false;
    this.cache.forget(this.logPath);
  }

  /** True when a relative offset of `lastOffset` still fits this segment's int32 index entries. */
  canHoldOffset(lastOffset: number): boolean {
    return lastOffset - this.baseOffset <= 0x7fffffff;
  }

  indexIsFull(): boolean {
    return (this.offsetIndex?.isFull() ?? false) || (this.timeIndex?.isFull() ?? false);
  }

  /**
   * Writes `records` (already patched) at the end of the log with one write, then indexes its
   * batches. The caller serialises appends. `whileWriting` runs once the write is under way (a
   * last check of the bytes); when it throws, the bytes are cut from the file again and nothing
   * of the append remains.
   */
  async append(records: Buffer, batches: AppendedBatch[], whileWriting?: () => void): Promise<void> {
    if (!this.offsetIndex) await this.ensureIndexes();
    const position = this.size;
    const writing = this.withLog('rw', (h) => h.write(records, position));
    if (whileWriting) {
      try {
        whileWriting();
      } catch (e) {
        await writing.catch(() => undefined);
        this.dirty = true;
        await this.withLog('rw', (h) => h.truncate(position));
        throw e;
      }
    }
    await writing;
    this.dirty = true;
    for (const b of batches) this.indexBatch(position + b.at, b.size, b.lastOffset, b.maxTimestamp);
    this.size = position + records.length;
  }

  private indexBatch(position: number, size: number, lastOffset: number, maxTimestamp: number): void {
    if (this.firstBatchTimestamp < 0 && this.nextOffset === this.baseOffset) this.firstBatchTimestamp = maxTimestamp;
    if (maxTimestamp > this.maxTimestamp) {
      this.maxTimestamp = maxTimestamp;
      this.offsetOfMaxTimestamp = lastOffset;
    }
    // Kafka: an entry once more than index.interval.bytes were appended since the last one.
    if (this.bytesSinceLastIndexEntry > this.indexIntervalBytes) {
      this.indexesDirty = true;
      this.offsetIndex!.append(lastOffset, position);
      this.timeIndex!.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += size;
    this.nextOffset = lastOffset + 1;
  }

  /**
   * Scans the whole log (CRC-checked when `validate`), rebuilds both indexes and the segment's
   * offsets and timestamps, and truncates the file after the last valid batch. Returns the scan.
   */
  async recover(validate: boolean, chunkSize?: number): Promise<ScanResult> {
    this.offsetIndex = new OffsetIndex(this.baseOffset, this.maxIndexEntries);
    this.timeIndex = new TimeIndex(this.baseOffset, this.maxIndexEntries);
    this.indexesDirty = true;
    this.resetStats();
    this.forgetBoundaries();
    const fileSize = await this.withLog('r', (h) => h.size());
    const result = await this.withLog('r', (h) =>
      scanBatches(h, 0, fileSize, { validate, minBaseOffset: this.baseOffset, chunkSize }, (buf, at, position, size) => {
        const lastOffset = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
        if (!this.canHoldOffset(lastOffset)) return false;
        this.indexBatch(position, size, lastOffset, readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP));
      }),
    );
    this.size = result.validEnd;
    if (result.validEnd < fileSize) {
      await this.withLog('rw', (h) => h.truncate(result.validEnd));
      this.dirty = true;
    }
    return result;
  }

  private resetStats(): void {
    this.nextOffset = this.baseOffset;
    this.maxTimestamp = -1;
    this.offsetOfMaxTimestamp = -1;
    this.firstBatchTimestamp = -1;
    this.bytesSinceLastIndexEntry = 0;
  }

  /**
   * Loads the index files when they are sane (else rebuilds them from the log), then learns the
   * segment's next offset and max timestamp by scanning only the batches after the last index
   * entry. Used for segments below the recovery point and after a clean shutdown.
   */
  ensureIndexes(): Promise<void> {
    if (this.offsetIndex) return Promise.resolve();
    this.loading ??= this.loadIndexes().finally(() => (this.loading = null));
    return this.loading;
  }

  private async loadIndexes(): Promise<void> {
    const fs = this.cache.fs;
    const read = async (path: string): Promise<Buffer | null> => {
      try {
        return await fs.readFile(path);
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    };
    const [offsets, times] = await Promise.all([read(this.indexPath), read(this.timeIndexPath)]);
    if (!offsets || !times || !OffsetIndex.isSane(offsets, this.size) || !TimeIndex.isSane(times, this.baseOffset, this.baseOffset + 0x7fffffff)) {
      await this.recover(false);
      return;
    }
    const offsetIndex = new OffsetIndex(this.baseOffset, this.maxIndexEntries, offsets);
    const timeIndex = new TimeIndex(this.baseOffset, this.maxIndexEntries, times);
    this.resetStats();
    const from = offsetIndex.lastPosition;
    const lastTime = timeIndex.last();
    if (lastTime) {
      this.maxTimestamp = lastTime.timestamp;
      this.offsetOfMaxTimestamp = lastTime.offset;
    }
    this.offsetIndex = offsetIndex;
    this.timeIndex = timeIndex;
    const corruption = await this.withLog('r', async (h) => {
      const first = Buffer.alloc(61);
      if ((await h.read(first, 0, 61, 0)) === 61) this.firstBatchTimestamp = readInt64AsNumber(first, OFF_MAX_TIMESTAMP);
      let indexed = false;
      const result = await scanBatches(h, from, this.size, { validate: false, minBaseOffset: this.baseOffset }, (buf, at, position, size) => {
        const lastOffset = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
        const ts = readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP);
        if (ts > this.maxTimestamp) {
          this.maxTimestamp = ts;
          this.offsetOfMaxTimestamp = lastOffset;
        }
        // The batch at the last index entry is already indexed; the ones after it count bytes.
        if (indexed) this.bytesSinceLastIndexEntry += size;
        indexed = true;
        this.nextOffset = lastOffset + 1;
        void position;
      });
      return result.corruption;
    });
    // The tail does not parse although the indexes looked sane: trust nothing, rescan with CRCs.
    if (corruption) await this.recover(true);
  }

  /**
   * Learns the max timestamp (and its offset) of an inactive segment from the last entry of its time
   * index, without loading the indexes (retention by time and MAX_TIMESTAMP need only that). Falls
   * back to loading (and if needed rebuilding) the indexes when the file is missing or malformed.
   */
  async loadTimestampSummary(): Promise<void> {
    if (this.offsetIndex || this.maxTimestamp >= 0) return;
    const tail = Buffer.alloc(TIME_INDEX_ENTRY_SIZE);
    let ok = false;
    try {
      const h = await this.cache.fs.open(this.timeIndexPath, 'r');
      try {
        const size = await h.size();
        if (size > 0 && size % TIME_INDEX_ENTRY_SIZE === 0) ok = (await h.read(tail, 0, TIME_INDEX_ENTRY_SIZE, size - TIME_INDEX_ENTRY_SIZE)) === TIME_INDEX_ENTRY_SIZE;
      } finally {
        await h.close();
      }
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    const rel = ok ? tail.readInt32BE(8) : -1;
    if (ok && rel >= 0) {
      this.maxTimestamp = readInt64AsNumber(tail, 0);
      this.offsetOfMaxTimestamp = this.baseOffset + rel;
    } else if (this.size > 0) {
      await this.ensureIndexes();
    }
  }

  /** Finds the position of the first batch whose last offset is >= `offset` (size when none). */
  async positionOf(offset: number): Promise<{ position: number; baseOffset: number }> {
    await this.ensureIndexes();
    const start = this.offsetIndex!.lookup(offset).position;
    let found = { position: this.size, baseOffset: this.nextOffset };
    const end = this.size;
    await this.withLog('r', (h) =>
      scanBatches(h, start, end, { validate: false, minBaseOffset: 0, chunkSize: 64 * 1024 }, (buf, at, position) => {
        const base = readInt64AsNumber(buf, at);
        if (base + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA) >= offset) {
          found = { position, baseOffset: base };
          return false;
        }
      }),
    );
    return found;
  }

  /** A file position where a batch starting the read at `offset` is known to begin, if any. */
  knownBoundary(offset: number): number | undefined {
    return this.boundaries.get(offset);
  }

  /** The file layout's generation: changes whenever batches already written may move. */
  get layoutGeneration(): number {
    return this.layout;
  }

  /** Remembers that a read from `offset` starts at `position`, when the layout is still `generation`'s. */
  rememberBoundary(offset: number, position: number, generation: number): void {
    if (generation !== this.layout || position >= this.size) return;
    if (this.boundaries.size >= MAX_BOUNDARIES && !this.boundaries.has(offset)) {
      this.boundaries.delete(this.boundaries.keys().next().value!);
    }
    this.boundaries.set(offset, position);
  }

  forgetBoundaries(): void {
    this.boundaries.clear();
    this.layout++;
  }

  /** The greatest offset index entry at or below `offset` (the search start for a read). */
  lookupPosition(offset: number): number {
    return this.offsetIndex!.lookup(offset).position;
  }

  /** The offset of the greatest time index entry at or below `timestamp`. */
  lookupTimestamp(timestamp: number): number {
    return this.timeIndex!.lookup(timestamp).offset;
  }

  get indexInterval(): number {
    return this.indexIntervalBytes;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (a batch holding `offset` goes whole, as in
   * Kafka). Returns the bytes removed.
   */
  async truncateTo(offset: number): Promise<number> {
    const { position, baseOffset } = await this.positionOf(offset);
    if (position >= this.size) return 0;
    const removed = this.size - position;
    this.forgetBoundaries();
    await this.withLog('rw', (h) => h.truncate(position));
    this.size = position;
    this.dirty = true;
    this.indexesDirty = true;
    // Rescan the (now short) tail to restore stats: cheap and keeps one code path.
    this.offsetIndex!.truncateToPosition(position);
    this.timeIndex!.truncateTo(baseOffset);
    const entries = this.offsetIndex!;
    this.resetStats();
    const last = this.timeIndex!.last();
    if (last) {
      this.maxTimestamp = last.timestamp;
      this.offsetOfMaxTimestamp = last.offset;
    }
    await this.withLog('r', async (h) => {
      const first = Buffer.alloc(61);
      if (position > 0 && (await h.read(first, 0, 61, 0)) === 61) this.firstBatchTimestamp = readInt64AsNumber(first, OFF_MAX_TIMESTAMP);
      let seen = false;
      await scanBatches(h, entries.lastPosition, position, { validate: false, minBaseOffset: 0 }, (buf, at, _p, size) => {
        const lastOffset = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
        const ts = readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP);
        if (ts > this.maxTimestamp) {
          this.maxTimestamp = ts;
          this.offsetOfMaxTimestamp = lastOffset;
        }
        if (seen) this.bytesSinceLastIndexEntry += size;
        seen = true;
        this.nextOffset = lastOffset + 1;
      });
    });
    return removed;
  }

  /** fsync the log file (and the directory entry of a new file). */
  async sync(): Promise<void> {
    this.dirty = false;
    try {
      // 'r': fsync works on any descriptor, and a segment deleted meanwhile must not be re-created.
      await this.withLog('r', (h) => h.sync());
    } catch (e) {
      this.dirty = true;
      throw e;
    }
  }

  /**
   * Rolled or closing: appends the final time index entry (so the file ends with the segment's max
   * timestamp) and writes both index files, exactly sized, and fsyncs them.
   */
  async writeIndexes(): Promise<void> {
    if (!this.offsetIndex || !this.timeIndex) return;
    const entries = this.timeIndex.entries;
    if (this.maxTimestamp >= 0) this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp, true);
    if (!this.indexesDirty && this.timeIndex.entries === entries) return; // the files already say this
    this.indexesDirty = false;
    const fs = this.cache.fs;
    for (const [path, data] of [
      [this.indexPath, this.offsetIndex.toBuffer()],
      [this.timeIndexPath, this.timeIndex.toBuffer()],
    ] as const) {
      const h = await fs.open(path, 'rw');
      try {
        await h.truncate(0);
        await h.write(data, 0);
        await h.sync();
      } finally {
        await h.close();
      }
    }
  }

  /** Renames the segment's files to `<name><suffix>` (e.g. `.deleted`); missing index files are fine. */
  async renameTo(suffix: string): Promise<void> {
    this.dirty = false; // going away: nothing left to fsync
    for (const path of [this.logPath, this.indexPath, this.timeIndexPath]) {
      this.cache.forget(path);
      try {
        await this.cache.fs.rename(path, path + suffix);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }

  /** Deletes the segment's files (or their `suffix`ed names). */
  async deleteFiles(suffix = ''): Promise<void> {
    this.dirty = false;
    for (const path of [this.logPath, this.indexPath, this.timeIndexPath]) {
      this.cache.forget(path + suffix);
      try {
        await this.cache.fs.unlink(path + suffix);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }
}
