/**
 * One segment of a partition log: `<20-digit base offset>.log` holds record batch v2 bytes exactly as
 * appended (base offsets and leader epochs patched), back to back, no framing of our own; its
 * `.index` and `.timeindex` (see offset-index.ts, time-index.ts) map offsets and timestamps to file
 * positions; `.txnindex` (transaction-index.ts) lists the transactions aborted in it. Invariants:
 * base offsets strictly increase through the file, every batch's last offset is < base offset +
 * 2^31 (relative offsets are int32), and `size` is always a batch boundary.
 *
 * Inactive segments load their indexes lazily (first read or retention check) and rebuild them from
 * the log when the files are missing or fail the sanity check. File descriptors come from the shared
 * FileHandleCache, so an idle segment holds none.
 */
import { readInt64AsNumber, OFF_MAX_TIMESTAMP, OFF_LAST_OFFSET_DELTA } from '../../protocol/record-batch/batch-header.ts';
import type { FileHandle } from '../fs/file-system.ts';
import type { FileHandleCache } from './file-handle-cache.ts';
import { OffsetIndex, OFFSET_INDEX_ENTRY_SIZE } from './offset-index.ts';
import { ReadBoundaries } from './read-boundaries.ts';
import { deleteSegmentFiles, offsetFileName, readIndexFile, readLastTimeIndexEntry, renameSegmentFiles, writeIndexFiles } from './segment-files.ts';
import { scanBatches, type ScanResult } from './segment-scanner.ts';
import { scanSegmentTail } from '../recovery/segment-tail-scan.ts';
import { TimeIndex } from './time-index.ts';
import { TransactionIndex } from './transaction-index.ts';

export { offsetFileName } from './segment-files.ts';

/** Where one batch of an append sits inside the appended buffer. */
export interface AppendedBatch {
  at: number;
  size: number;
  lastOffset: number;
  maxTimestamp: number;
}

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
  /** Batch starts learned by reads (read-boundaries.ts). */
  private readonly boundaries = new ReadBoundaries();
  private logPathCache: string | undefined;
  /** The transactions aborted by markers in this segment (transaction-index.ts). */
  readonly txnIndex: TransactionIndex;

  constructor(
    readonly dir: string,
    readonly baseOffset: number,
    private readonly cache: FileHandleCache,
    private indexIntervalBytes: number,
    private maxIndexEntries: number,
    readonly createdAt: number,
  ) {
    this.nextOffset = baseOffset;
    this.txnIndex = new TransactionIndex(cache.fs, `${dir}/${offsetFileName(baseOffset, '.txnindex')}`);
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
    const [offsets, times] = await Promise.all([readIndexFile(fs, this.indexPath), readIndexFile(fs, this.timeIndexPath)]);
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
    const tail = await this.withLog('r', (h) => scanSegmentTail(h, this, from, this.size, { minBaseOffset: this.baseOffset, readFirstBatch: true }));
    this.bytesSinceLastIndexEntry = tail.bytesSinceLastIndexEntry;
    const corruption = tail.corruption;
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
    const last = await readLastTimeIndexEntry(this.cache.fs, this.timeIndexPath);
    if (last && last.relativeOffset >= 0) {
      this.maxTimestamp = last.timestamp;
      this.offsetOfMaxTimestamp = this.baseOffset + last.relativeOffset;
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
    return this.boundaries.generation;
  }

  /** Remembers that a read from `offset` starts at `position`, when the layout is still `generation`'s. */
  rememberBoundary(offset: number, position: number, generation: number): void {
    this.boundaries.remember(offset, position, generation, this.size);
  }

  forgetBoundaries(): void {
    this.boundaries.forget();
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
    const tail = await this.withLog('r', (h) => scanSegmentTail(h, this, entries.lastPosition, position, { minBaseOffset: 0, readFirstBatch: position > 0 }));
    this.bytesSinceLastIndexEntry = tail.bytesSinceLastIndexEntry;
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
    await writeIndexFiles(this.cache.fs, [
      [this.indexPath, this.offsetIndex.toBuffer()],
      [this.timeIndexPath, this.timeIndex.toBuffer()],
    ]);
  }

  /** Renames the segment's files to `<name><suffix>` (e.g. `.deleted`); missing index files are fine. */
  async renameTo(suffix: string): Promise<void> {
    this.dirty = false; // going away: nothing left to fsync
    this.txnIndex.forget();
    await renameSegmentFiles(this.cache, [this.logPath, this.indexPath, this.timeIndexPath, this.txnIndex.path], suffix);
  }

  /** Deletes the segment's files (or their `suffix`ed names). */
  async deleteFiles(suffix = ''): Promise<void> {
    this.dirty = false;
    this.txnIndex.forget();
    await deleteSegmentFiles(this.cache, [this.logPath, this.indexPath, this.timeIndexPath, this.txnIndex.path], suffix);
  }
}
