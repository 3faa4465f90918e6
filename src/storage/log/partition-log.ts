/**
 * The log of one partition: a folder `<topic>-<partition>` of segments (log-segment.ts) plus its
 * leader-epoch checkpoint, producer snapshots and partition.metadata. Appends go to the active
 * (last) segment, one write per append; reads are whole batches sliced from the segment files.
 *
 * Concurrency: mutations (append, roll, truncate, segment deletion) run one at a time through a
 * SerialQueue; reads and fsyncs run beside them and only ever see completed writes (a segment's
 * size and the log end offset move after the write resolves).
 *
 * Durability (RELIABILITY.md rule 9, see log-config.ts flushMessages): with the default policy an
 * append resolves after an fsync that covers it, shared with every append waiting at that moment
 * (group-commit.ts). Otherwise it resolves after the write, and flushes follow flush.messages and
 * flush.ms. `recoveryPoint` is the offset below which everything is known to be fsynced; after an
 * unclean shutdown, recovery scans from there. An I/O error takes the log offline
 * (KAFKA_STORAGE_ERROR for every later call) until the broker restarts and recovers it, since after a
 * failed fsync the page cache can no longer be trusted.
 *
 * This class owns the queue, the online state and the log start offset; the operations it enqueues
 * live beside it: log-append.ts, log-truncation.ts, segment-deletion.ts, cleaned-segment-swap.ts
 * (working on a PartitionLogScope), with flush bookkeeping in log-flusher.ts and producer snapshots in
 * producer-snapshots.ts.
 */
import { isNotFound, type FileSystem } from '../fs/file-system.ts';
import { swapCleanedSegmentLocked } from '../cleaner/cleaned-segment-swap.ts';
import { appendLocked, rollLocked } from './log-append.ts';
import { LeaderEpochCache } from './leader-epoch-cache.ts';
import { flushesEveryAppend, type LogConfig } from './log-config.ts';
import { LogFlusher } from './log-flusher.ts';
import { loadSegments } from '../recovery/log-loader.ts';
import { LogSegment } from '../segment/log-segment.ts';
import type { AbortedTxn } from '../segment/transaction-index.ts';
import { truncateFullyLocked, truncateLocked } from './log-truncation.ts';
import { ProducerStateManager, type ActiveProducer } from '../producer/producer-state.ts';
import { ProducerSnapshots } from '../producer/producer-snapshots.ts';
import type { AppendResult, ReadResult, AppendOptions, PartitionLogContext } from './partition-log-types.ts';
import type { PartitionLogScope } from './partition-log-scope.ts';
import { advanceLogStartOffset, checkpointLogStart, deleteSegmentsLocked } from '../retention/segment-deletion.ts';
import { SerialQueue } from './serial-queue.ts';
import { StorageError, isStorageError } from '../storage-error.ts';
import { findOffsetForTimestamp } from '../segment/timestamp-lookup.ts';
import { readSegments } from './log-reader.ts';
import { decryptRead } from '../encryption/log-encryption.ts';
import { EncryptionError } from '../encryption/encrypted-batch.ts';
import type { KeyRing } from '../encryption/key-ring.ts';

export type { AppendResult, ReadResult, AppendOptions, PartitionLogContext } from './partition-log-types.ts';

const NOTHING = (): void => undefined;

export class PartitionLog {
  /** Segments by base offset, the last one active. Never empty. */
  segments: LogSegment[] = [];
  private _logStartOffset = 0;
  private readonly queue = new SerialQueue();
  private readonly flusher: LogFlusher;
  private offlineCause: unknown = null;
  private closed = false;
  readonly producerState = new ProducerStateManager();
  private readonly snapshots: ProducerSnapshots;
  /** What the operations in the modules beside this one work on. */
  private readonly scope: PartitionLogScope;
  /** When a failed encryption or decryption was last logged (one line per log and 10 s, not one per fetch). */
  private decryptLoggedAt = -Infinity;

  private constructor(
    readonly topic: string,
    readonly partition: number,
    public topicId: string,
    public config: LogConfig,
    private location: string,
    private epochCache: LeaderEpochCache,
    private readonly ctx: PartitionLogContext,
    recoveryPoint: number,
  ) {
    const dir = location;
    this.snapshots = new ProducerSnapshots(ctx.cache.fs, dir, this.producerState);
    this.flusher = new LogFlusher(this, ctx.cache.fs, () => ctx.now(), recoveryPoint);
    const setLogStartOffset = (offset: number): void => {
      this._logStartOffset = offset;
    };
    this.scope = {
      log: this,
      ctx,
      flusher: this.flusher,
      snapshots: this.snapshots,
      checkOnline: () => this.checkOnline(),
      fail: (e, what) => this.fail(e, what),
      setLogStartOffset,
    };
  }

  /** Opens (recovering when needed) or creates the log in `dir`. */
  static async open(params: {
    dir: string;
    topic: string;
    partition: number;
    topicId: string;
    config: LogConfig;
    ctx: PartitionLogContext;
    clean: boolean;
    recoveryPoint: number;
    logStartOffset: number;
  }): Promise<PartitionLog> {
    const { ctx, dir, config } = params;
    const fs = ctx.cache.fs;
    await fs.mkdir(dir);
    const loaded = await loadSegments({ cache: ctx.cache, dir, config, clean: params.clean, recoveryPoint: params.recoveryPoint, now: ctx.now(), logger: ctx.logger });
    const epochs = await LeaderEpochCache.load(fs, `${dir}/leader-epoch-checkpoint`);
    const segments = loaded.segments;
    if (segments.length === 0) {
      segments.push(await LogSegment.create(dir, params.logStartOffset, ctx.cache, config.indexIntervalBytes, config.segmentIndexBytes, ctx.now()));
    }
    const last = segments[segments.length - 1]!;
    const logEnd = last.nextOffset;
    const recoveryPoint = loaded.scanned ? Math.min(params.recoveryPoint, logEnd) : logEnd;
    const log = new PartitionLog(params.topic, params.partition, params.topicId, config, dir, epochs, ctx, recoveryPoint);
    log.segments = segments;
    log._logStartOffset = Math.min(Math.max(params.logStartOffset, segments[0]!.baseOffset), logEnd);
    if (loaded.truncatedBytes > 0 || loaded.scanned) for (const s of segments) if (s.indexesLoaded) s.dirty = true;
    for (const s of segments) await s.loadTimestampSummary();
    const epochsChanged = epochs.truncateFromEnd(logEnd) || epochs.truncateFromStart(log._logStartOffset);
    if (epochsChanged) await epochs.persist();
    await log.snapshots.rebuild(log.segments, log.logEndOffset, loaded.scanned ? loaded.scannedFrom : logEnd);
    // What recovery read must be durable before the recovery point may cover it.
    await log.flush();
    return log;
  }

  /**
   * A stand-in for a partition whose log directory failed at start (Kafka's offline replica,
   * log.dir.failure): no I/O, every call answers KAFKA_STORAGE_ERROR until a restart finds it.
   */
  static offline(params: { dir: string; topic: string; partition: number; topicId: string; config: LogConfig; ctx: PartitionLogContext; cause: unknown }): PartitionLog {
    const { ctx, dir, config } = params;
    const log = new PartitionLog(params.topic, params.partition, params.topicId, config, dir, new LeaderEpochCache(ctx.cache.fs, `${dir}/leader-epoch-checkpoint`), ctx, 0);
    log.segments = [LogSegment.existing(dir, 0, 0, ctx.cache, config.indexIntervalBytes, config.segmentIndexBytes, ctx.now())];
    log.offlineCause = params.cause;
    return log;
  }

  /** The partition folder (it changes when AlterReplicaLogDirs moves the log, KIP-113). */
  get dir(): string {
    return this.location;
  }

  get epochs(): LeaderEpochCache {
    return this.epochCache;
  }

  /**
   * @internal log-dir-move.ts, inside the queue: the log's files are now in `dir` (a copy of the
   * same data, fsynced), described by `segments` and `epochs`; the producer state stays as it is.
   */
  relocateLocked(dir: string, segments: LogSegment[], epochs: LeaderEpochCache): void {
    this.location = dir;
    this.segments = segments;
    this.epochCache = epochs;
    this.snapshots.relocate(dir);
  }

  /** @internal an operation outside this class failed with an I/O error half way (a log dir move's swap). */
  markOffline(e: unknown, what: string): StorageError {
    return this.fail(e, what);
  }

  get logStartOffset(): number {
    return this._logStartOffset;
  }

  get logEndOffset(): number {
    return this.active.nextOffset;
  }

  /** Everything below is fsynced. */
  get recoveryPoint(): number {
    return Math.min(this.flusher.durableTo, this.logEndOffset);
  }

  get active(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  get isOffline(): boolean {
    return this.offlineCause !== null;
  }

  private checkOnline(): void {
    if (this.offlineCause) throw new StorageError('KAFKA_STORAGE_ERROR', `log ${this.topic}-${this.partition} is offline after an I/O error; restart the broker to recover it`, { cause: this.offlineCause });
    if (this.closed) throw new StorageError('KAFKA_STORAGE_ERROR', `log ${this.topic}-${this.partition} is closed`);
  }

  /** Marks the log offline after an I/O failure and returns the error to throw. */
  private fail(e: unknown, what: string): StorageError {
    if (isStorageError(e)) return e;
    if (!this.offlineCause) {
      this.offlineCause = e;
      this.ctx.logger.error({ err: e, topic: this.topic, partition: this.partition }, `${what} failed; the log is offline until restart`);
    }
    return new StorageError('KAFKA_STORAGE_ERROR', `${what} failed for ${this.topic}-${this.partition}: ${(e as Error).message}`, { cause: e });
  }

  /**
   * Appends one or more whole v2 batches with one write (they are validated here: CRC, length,
   * magic, counts). Patches base offsets from the log end offset, stamps the leader epoch and,
   * for LogAppendTime topics, the append time. Resolves per the flush policy.
   */
  async append(records: Buffer, opts: AppendOptions): Promise<AppendResult> {
    this.checkOnline();
    const origin = opts.origin ?? 'client';
    const result = await this.queue.run(() => appendLocked(this.scope, records, opts, origin));
    if (flushesEveryAppend(this.config)) {
      try {
        await this.flusher.flushTo(result.lastOffset + 1);
      } catch (e) {
        throw this.fail(e, 'fsync');
      }
    } else if (!result.duplicate && this.flusher.unflushedMessages >= this.config.flushMessages) {
      this.flush().catch(() => undefined); // a failure takes the log offline; the next call reports it
    }
    return result;
  }

  /** Closes the active segment (indexes written exactly sized, producer snapshot) and starts a new one at the log end offset. */
  roll(now = this.ctx.now()): Promise<LogSegment> {
    return rollLocked(this.scope, now);
  }

  /** Rolls now (used by tests and by retention when the active segment has expired). */
  rollNow(): Promise<LogSegment> {
    return this.queue.run(() => this.roll());
  }

  /** fsyncs everything written so far; resolves when the recovery point covers it. */
  async flush(): Promise<void> {
    this.checkOnline();
    try {
      await this.flusher.flushTo(this.logEndOffset);
    } catch (e) {
      throw this.fail(e, 'fsync');
    }
  }

  /** flush.ms: called periodically by the LogManager. */
  async maybeFlushByTime(now: number): Promise<void> {
    if (this.isOffline || this.closed || flushesEveryAppend(this.config)) return;
    if (this.recoveryPoint < this.logEndOffset && this.flusher.dueByTime(now, this.config.flushMs)) await this.flush();
  }

  /**
   * Whole batches from the one holding `startOffset`: at most `maxBytes` (but always the first one
   * when `minOneBatch`, KIP-74), none whose last offset is >= `upTo`.
   */
  async read(startOffset: number, maxBytes: number, upTo: number, opts: { minOneBatch?: boolean } = {}): Promise<ReadResult> {
    this.checkOnline();
    for (let attempt = 0; ; attempt++) {
      const logEnd = this.logEndOffset;
      if (startOffset < this._logStartOffset || startOffset > logEnd) {
        throw new StorageError('OFFSET_OUT_OF_RANGE', `offset ${startOffset} is outside the log (${this._logStartOffset} to ${logEnd}) of ${this.topic}-${this.partition}`);
      }
      const limit = Math.min(upTo, logEnd);
      if (startOffset >= limit) return { records: Buffer.alloc(0), logStartOffset: this._logStartOffset, logEndOffset: logEnd, release: NOTHING };
      try {
        const res = await readSegments(this.segments, startOffset, maxBytes, limit, opts.minOneBatch ?? false, this.ctx.readBuffers);
        const { records, release } = res.encrypted ? this.decrypted(res.records, res.release) : res;
        return { records, logStartOffset: this._logStartOffset, logEndOffset: logEnd, release };
      } catch (e) {
        // A segment deleted by retention or truncation under the read: try again on the new list.
        if (isNotFound(e) && attempt < 2) continue;
        if (isStorageError(e)) throw e;
        throw this.fail(e, 'read');
      }
    }
  }

  /** Encryption at rest: the plaintext form of a read holding encrypted batches (log-encryption.ts). */
  private decrypted(records: Buffer, release: () => void): { records: Buffer; release: () => void } {
    try {
      return decryptRead(records, release, this.ctx.keyRing, this.ctx.readBuffers);
    } catch (e) {
      if (e instanceof EncryptionError) this.logEncryptionFailure(e);
      throw e;
    }
  }

  /** @internal a batch of this log could not be encrypted or decrypted: one log line per 10 s. */
  logEncryptionFailure(e: EncryptionError, op: 'read' | 'append' = 'read'): void {
    const now = this.ctx.now();
    if (now - this.decryptLoggedAt < 10_000) return;
    this.decryptLoggedAt = now;
    const fields = { topic: this.topic, partition: this.partition, keyId: e.keyId, offset: e.baseOffset, reason: e.reason };
    if (op === 'append') this.ctx.logger.error(fields, `cannot encrypt appends to ${this.topic}-${this.partition}: key ${e.keyId} is not in the key ring; produce answers KAFKA_STORAGE_ERROR`);
    else this.ctx.logger.error(fields, `cannot decrypt ${this.topic}-${this.partition} at offset ${e.baseOffset} (key ${e.keyId}: ${e.reason}); reads there answer KAFKA_STORAGE_ERROR`);
  }

  /** The keys of encryption at rest (the cleaner decrypts and re-encrypts with them). */
  get keyRing(): KeyRing {
    return this.ctx.keyRing;
  }

  /** ListOffsets by timestamp: the first record at or after `ts` (null when none is that new). */
  async offsetForTimestamp(ts: number): Promise<{ offset: number; timestamp: number; leaderEpoch: number } | null> {
    this.checkOnline();
    try {
      return await findOffsetForTimestamp(this.segments, ts, this._logStartOffset, this.ctx.keyRing);
    } catch (e) {
      if (e instanceof EncryptionError) this.logEncryptionFailure(e);
      if (isStorageError(e)) throw e;
      throw this.fail(e, 'timestamp lookup');
    }
  }

  /**
   * ListOffsets MAX_TIMESTAMP (KIP-734) as Kafka 4.4 answers it: the first record carrying the
   * largest timestamp, in the first segment that holds it. Like Kafka it does not look at the log
   * start offset: after DeleteRecords the record is still named while its segment exists. null when
   * the log has no timestamps.
   */
  async maxTimestampRecord(): Promise<{ offset: number; timestamp: number; leaderEpoch: number } | null> {
    this.checkOnline();
    try {
      let best: (typeof this.segments)[number] | null = null;
      for (const seg of this.segments) {
        await seg.loadTimestampSummary();
        if (seg.maxTimestamp >= 0 && seg.maxTimestamp > (best?.maxTimestamp ?? -1)) best = seg;
      }
      return best === null ? null : await findOffsetForTimestamp([best], best.maxTimestamp, 0, this.ctx.keyRing);
    } catch (e) {
      if (e instanceof EncryptionError) this.logEncryptionFailure(e);
      if (isStorageError(e)) throw e;
      throw this.fail(e, 'timestamp lookup');
    }
  }

  /** The batch with the largest timestamp among loaded segments (batch level); -1s when empty. */
  maxTimestampOffset(): { offset: number; timestamp: number } {
    let best = { offset: -1, timestamp: -1 };
    for (const seg of this.segments) {
      if (seg.maxTimestamp > best.timestamp && seg.offsetOfMaxTimestamp >= this._logStartOffset) best = { offset: seg.offsetOfMaxTimestamp, timestamp: seg.maxTimestamp };
    }
    return best;
  }

  /** OffsetForLeaderEpoch semantics (KIP-101, KIP-279). */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } {
    return this.epochs.endOffsetFor(epoch, this.logEndOffset);
  }

  latestEpoch(): number {
    return this.epochs.latestEpoch();
  }

  /** DeleteRecords: moves the log start offset up to `offset` and deletes segments wholly below it. */
  deleteRecordsBefore(offset: number): Promise<number> {
    this.checkOnline();
    return this.queue.run(async () => {
      if (offset > this.logEndOffset || offset < 0) {
        throw new StorageError('OFFSET_OUT_OF_RANGE', `cannot delete records before ${offset}: the log ends at ${this.logEndOffset}`);
      }
      // At or below the current start nothing moves, but the answer still means 'durable': a retry
      // after a failed checkpoint writes it.
      if (offset > this._logStartOffset) await advanceLogStartOffset(this.scope, offset);
      else await checkpointLogStart(this.scope);
      return this._logStartOffset;
    });
  }

  /** @internal retention and DeleteRecords; runs inside the queue. */
  advanceLogStartOffset(offset: number): Promise<void> {
    return advanceLogStartOffset(this.scope, offset);
  }

  /**
   * Deletes, oldest first, the segments for which `pred(segment, nextSegment)` holds, stopping at the
   * first that does not; never the active segment (retention rolls it first when it must go).
   * Files are renamed `.deleted` at once and removed after file.delete.delay.ms. Runs inside the queue.
   */
  deleteSegmentsLocked(pred: (seg: LogSegment, next: LogSegment | undefined) => boolean, reason: string): Promise<number> {
    return deleteSegmentsLocked(this.scope, pred, reason);
  }

  get fileSystem(): FileSystem {
    return this.ctx.cache.fs;
  }

  /**
   * The cleaner's swap: `cleanedPath` (fsynced, same base offset, same offsets with records
   * removed) replaces `old`, and `abortedTxns` (when not null) its aborted-transaction index. False (and the cleaned file removed) when `old` is no longer an
   * inactive segment of this log (retention or truncation got there first). Recovery completes a
   * swap interrupted after the `.swap` rename (log-loader.ts).
   */
  swapCleanedSegment(old: LogSegment, cleanedPath: string, size: number, abortedTxns: AbortedTxn[] | null = null): Promise<boolean> {
    return this.queue.run(() => swapCleanedSegmentLocked(this.scope, old, cleanedPath, size, abortedTxns));
  }

  /** Runs `task` with the log's mutations paused (retention and the cleaner use it). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.checkOnline();
    return this.queue.run(task);
  }

  /**
   * Removes every batch whose last offset is >= `offset` (a batch holding `offset` goes whole).
   * Below the log start offset this is truncateFullyAndStartAt(offset), as in Kafka.
   */
  truncateTo(offset: number): Promise<void> {
    this.checkOnline();
    return this.queue.run(() => truncateLocked(this.scope, offset));
  }

  /** Deletes the whole log and restarts it empty at `offset` (a follower too far behind). */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    this.checkOnline();
    return this.queue.run(() => truncateFullyLocked(this.scope, offset));
  }

  /** The first offset of the oldest transaction still open in this log, or null (Kafka's first unstable offset). */
  firstUnstableOffset(): number | null {
    return this.producerState.firstUnstableOffset();
  }

  /**
   * The transactions aborted in [fetchOffset, upperBound) as a read_committed Fetch reports them
   * (Kafka's collectAbortedTransactions): from the segment holding `fetchOffset` on, until an entry
   * shows that every transaction begun below `upperBound` had ended.
   */
  async abortedTransactions(fetchOffset: number, upperBound: number): Promise<AbortedTxn[]> {
    this.checkOnline();
    const found: AbortedTxn[] = [];
    let i = this.segments.length - 1;
    while (i > 0 && this.segments[i]!.baseOffset > fetchOffset) i--;
    try {
      for (const seg of this.segments.slice(i)) {
        const r = await seg.txnIndex.collect(fetchOffset, upperBound);
        found.push(...r.found);
        if (r.complete) break;
      }
    } catch (e) {
      if (isNotFound(e)) return found; // a segment deleted under the read: what is gone is not fetched
      if (isStorageError(e)) throw e;
      throw this.fail(e, 'transaction index read');
    }
    return found;
  }

  /** A transactional batch is about to be verified (producer-state.ts: the lowest sequence guards the partition). */
  startTransactionVerification(producerId: number, epoch: number, sequence: number): void {
    this.producerState.startVerification(producerId, epoch, sequence, this.ctx.now());
  }

  /** DescribeProducers. */
  activeProducers(): ActiveProducer[] {
    return this.producerState.active();
  }

  sizeInBytes(): number {
    let n = 0;
    for (const s of this.segments) n += s.size;
    return n;
  }

  updateConfig(config: LogConfig): void {
    this.config = config;
    for (const s of this.segments) s.updateConfig(config.indexIntervalBytes, config.segmentIndexBytes);
  }

  /**
   * Clean shutdown: flush, write the active segment's indexes and a producer snapshot at the log end
   * offset, so the next start needs no scan. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.run(async () => {
      if (this.isOffline) return;
      await this.flush();
      await this.active.writeIndexes();
      await this.snapshots.writeIfChanged(this.logEndOffset);
    });
    this.closed = true;
    for (const seg of this.segments) this.ctx.cache.forget(seg.logPath); // only .log files are cached
  }

  /** Stops the log before its folder is deleted (no flush: the data is going away). */
  async closeForDelete(): Promise<void> {
    await this.queue.run(async () => {
      this.closed = true;
    });
    for (const seg of this.segments) this.ctx.cache.forget(seg.logPath); // only .log files are cached
  }
}
