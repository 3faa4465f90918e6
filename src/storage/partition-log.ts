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
 */
import { isNotFound, type FileSystem } from './fs/file-system.ts';
import { checkIncomingCrcs, parseIncomingBatches } from './incoming-batches.ts';
import { GroupCommit } from './group-commit.ts';
import { LeaderEpochCache } from './leader-epoch-cache.ts';
import { flushesEveryAppend, type LogConfig } from './log-config.ts';
import { loadSegments } from './log-loader.ts';
import { LogSegment } from './log-segment.ts';
import { ProducerStateManager, type ActiveProducer } from './producer-state.ts';
import { ProducerStateStore, replayProducerState } from './producer-state-store.ts';
import { planAppend, type AppendOrigin } from './append-plan.ts';
import type { AppendResult, ReadResult, AppendOptions, PartitionLogContext } from './partition-log-types.ts';
import { SerialQueue } from './serial-queue.ts';
import { StorageError, isStorageError } from './storage-error.ts';
import { findOffsetForTimestamp } from './timestamp-lookup.ts';
import { readSegments } from './log-reader.ts';

export type { AppendResult, ReadResult, AppendOptions, PartitionLogContext } from './partition-log-types.ts';

const NOTHING = (): void => undefined;

export class PartitionLog {
  /** Segments by base offset, the last one active. Never empty. */
  segments: LogSegment[] = [];
  private _logStartOffset = 0;
  private readonly queue = new SerialQueue();
  private readonly groupCommit: GroupCommit;
  private offlineCause: unknown = null;
  private truncations = 0;
  private unflushedMessages = 0;
  private lastFlushAt: number;
  private closed = false;
  /** Producer state changed since the last snapshot (or since the one loaded at open). */
  private snapshotStale = true;
  readonly producerState = new ProducerStateManager();
  private readonly snapshots: ProducerStateStore;

  private constructor(
    readonly topic: string,
    readonly partition: number,
    public topicId: string,
    public config: LogConfig,
    readonly dir: string,
    readonly epochs: LeaderEpochCache,
    private readonly ctx: PartitionLogContext,
    recoveryPoint: number,
  ) {
    this.snapshots = new ProducerStateStore(ctx.cache.fs, dir);
    this.lastFlushAt = ctx.now();
    this.groupCommit = new GroupCommit(() => this.logEndOffset, (t) => this.flushSegments(t), recoveryPoint);
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
    await log.rebuildProducerState();
    // What recovery read must be durable before the recovery point may cover it.
    await log.flush();
    return log;
  }

  get logStartOffset(): number {
    return this._logStartOffset;
  }

  get logEndOffset(): number {
    return this.active.nextOffset;
  }

  /** Everything below is fsynced. */
  get recoveryPoint(): number {
    return Math.min(this.groupCommit.durableTo, this.logEndOffset);
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
    const result = await this.queue.run(() => this.appendLocked(records, opts, origin));
    if (flushesEveryAppend(this.config)) {
      try {
        await this.groupCommit.flushTo(result.lastOffset + 1);
      } catch (e) {
        throw this.fail(e, 'fsync');
      }
    } else if (!result.duplicate && this.unflushedMessages >= this.config.flushMessages) {
      this.flush().catch(() => undefined); // a failure takes the log offline; the next call reports it
    }
    return result;
  }

  private async appendLocked(records: Buffer, opts: AppendOptions, origin: AppendOrigin): Promise<AppendResult> {
    this.checkOnline();
    const now = opts.now ?? this.ctx.now();
    const logAppendTime = this.config.messageTimestampType === 'LogAppendTime' && origin !== 'replication' ? now : -1;
    // Stamping LogAppendTime rewrites the CRC, so it must be checked first; otherwise the check runs
    // while the bytes are being written.
    const deferCrc = logAppendTime < 0;
    const batches = parseIncomingBatches(records, deferCrc);
    if (records.length > this.config.segmentBytes) {
      throw new StorageError('RECORD_LIST_TOO_LARGE', `append of ${records.length} bytes exceeds segment.bytes (${this.config.segmentBytes})`);
    }
    const plan = planAppend(records, batches, { logEndOffset: this.logEndOffset, origin, leaderEpoch: opts.leaderEpoch, logAppendTime, producerState: this.producerState });
    if (plan.duplicate) {
      if (deferCrc) checkIncomingCrcs(records, batches);
      return { baseOffset: plan.baseOffset, lastOffset: plan.lastOffset, logAppendTime: -1, logStartOffset: this._logStartOffset, duplicate: true };
    }
    const segment = this.shouldRoll(records.length, plan.placed[0]!.maxTimestamp, plan.lastOffset, now) ? await this.roll(now) : this.active;
    try {
      await segment.append(records, plan.placed, deferCrc ? () => checkIncomingCrcs(records, batches) : undefined);
    } catch (e) {
      if (isStorageError(e) && e.code === 'CORRUPT_MESSAGE') throw e; // the bad batch is cut from the file again
      throw this.fail(e, 'write');
    }
    plan.producers.commit();
    this.snapshotStale = true;
    let epochsChanged = false;
    for (const s of plan.epochStarts) epochsChanged = this.epochs.assign(s.epoch, s.offset) || epochsChanged;
    if (epochsChanged) {
      try {
        await this.epochs.persist();
      } catch (e) {
        throw this.fail(e, 'leader epoch checkpoint');
      }
    }
    this.unflushedMessages += plan.messages;
    return { baseOffset: plan.baseOffset, lastOffset: plan.lastOffset, logAppendTime, logStartOffset: this._logStartOffset };
  }

  /** Whether this append needs a new active segment first (Kafka's LogSegment.shouldRoll). */
  private shouldRoll(size: number, maxTimestamp: number, lastOffset: number, now: number): boolean {
    const seg = this.active;
    if (seg.size === 0) return false;
    const waited = seg.firstBatchTimestamp >= 0 ? maxTimestamp - seg.firstBatchTimestamp : now - seg.createdAt;
    return seg.size > this.config.segmentBytes - size || waited > this.config.segmentMs || seg.indexIsFull() || !seg.canHoldOffset(lastOffset);
  }

  /** Closes the active segment (indexes written exactly sized, producer snapshot) and starts a new one at the log end offset. */
  async roll(now = this.ctx.now()): Promise<LogSegment> {
    const old = this.active;
    const base = this.logEndOffset;
    if (old.size === 0) return old;
    try {
      await old.writeIndexes();
      const seg = await LogSegment.create(this.dir, base, this.ctx.cache, this.config.indexIntervalBytes, this.config.segmentIndexBytes, now);
      this.segments.push(seg);
      await this.snapshots.write(base, this.producerState);
      this.snapshotStale = false;
      return seg;
    } catch (e) {
      throw this.fail(e, 'segment roll');
    }
  }

  /** Rolls now (used by tests and by retention when the active segment has expired). */
  rollNow(): Promise<LogSegment> {
    return this.queue.run(() => this.roll());
  }

  /** fsyncs everything written so far; resolves when the recovery point covers it. */
  async flush(): Promise<void> {
    this.checkOnline();
    try {
      await this.groupCommit.flushTo(this.logEndOffset);
    } catch (e) {
      throw this.fail(e, 'fsync');
    }
  }

  /** flush.ms: called periodically by the LogManager. */
  async maybeFlushByTime(now: number): Promise<void> {
    if (this.isOffline || this.closed || flushesEveryAppend(this.config)) return;
    if (this.recoveryPoint < this.logEndOffset && now - this.lastFlushAt >= this.config.flushMs) await this.flush();
  }

  private async flushSegments(target: number): Promise<number> {
    const generation = this.truncations;
    const fs = this.ctx.cache.fs;
    for (const seg of [...this.segments]) {
      if (!this.segments.includes(seg)) continue; // deleted by retention or truncation meanwhile
      if (seg.needsDirSync) {
        seg.needsDirSync = false;
        await fs.syncDir(this.dir);
      }
      try {
        if (seg.dirty) await seg.sync();
      } catch (e) {
        if (!(isNotFound(e) && !this.segments.includes(seg))) throw e;
      }
    }
    this.unflushedMessages = 0;
    this.lastFlushAt = this.ctx.now();
    // A truncation during the fsync may have replaced data at these offsets: claim nothing then.
    return generation === this.truncations ? target : this.groupCommit.durableTo;
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
        const { records, release } = await readSegments(this.segments, startOffset, maxBytes, limit, opts.minOneBatch ?? false, this.ctx.readBuffers);
        return { records, logStartOffset: this._logStartOffset, logEndOffset: logEnd, release };
      } catch (e) {
        // A segment deleted by retention or truncation under the read: try again on the new list.
        if (isNotFound(e) && attempt < 2) continue;
        if (isStorageError(e)) throw e;
        throw this.fail(e, 'read');
      }
    }
  }

  /** ListOffsets by timestamp: the first record at or after `ts` (null when none is that new). */
  async offsetForTimestamp(ts: number): Promise<{ offset: number; timestamp: number; leaderEpoch: number } | null> {
    this.checkOnline();
    try {
      return await findOffsetForTimestamp(this.segments, ts, this._logStartOffset);
    } catch (e) {
      if (isStorageError(e)) throw e;
      throw this.fail(e, 'timestamp lookup');
    }
  }

  /** ListOffsets MAX_TIMESTAMP (KIP-734): the batch with the largest timestamp; -1s when empty. */
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
      await this.advanceLogStartOffset(offset);
      return this._logStartOffset;
    });
  }

  /** @internal retention and DeleteRecords; runs inside the queue. */
  async advanceLogStartOffset(offset: number): Promise<void> {
    if (offset <= this._logStartOffset) return;
    this._logStartOffset = offset;
    try {
      if (this.epochs.truncateFromStart(offset)) await this.epochs.persist();
      await this.ctx.logStartOffsetChanged(this);
    } catch (e) {
      throw this.fail(e, 'log start offset checkpoint');
    }
    await this.deleteSegmentsLocked((seg, next) => next !== undefined && next.baseOffset <= offset, 'log start offset');
  }

  /**
   * Deletes, oldest first, the segments for which `pred(segment, nextSegment)` holds, stopping at the
   * first that does not; never the active segment (retention rolls it first when it must go).
   * Files are renamed `.deleted` at once and removed after file.delete.delay.ms. Runs inside the queue.
   */
  async deleteSegmentsLocked(pred: (seg: LogSegment, next: LogSegment | undefined) => boolean, reason: string): Promise<number> {
    let n = 0;
    while (this.segments.length > 1 && pred(this.segments[0]!, this.segments[1])) {
      const seg = this.segments.shift()!;
      n++;
      try {
        await seg.renameTo('.deleted');
      } catch (e) {
        throw this.fail(e, 'segment delete');
      }
      this.ctx.scheduleDelete(() => seg.deleteFiles('.deleted'), this.config.fileDeleteDelayMs);
      this.ctx.logger.info({ topic: this.topic, partition: this.partition, segment: seg.baseOffset, reason }, 'deleted segment');
    }
    if (n > 0) {
      const first = this.segments[0]!.baseOffset;
      if (first > this._logStartOffset) await this.advanceLogStartOffset(first);
      await this.snapshots.deleteBelow(first).catch(() => undefined);
    }
    return n;
  }

  get fileSystem(): FileSystem {
    return this.ctx.cache.fs;
  }

  /**
   * The cleaner's swap: `cleanedPath` (fsynced, same base offset, same offsets with records
   * removed) replaces `old`. False (and the cleaned file removed) when `old` is no longer an
   * inactive segment of this log (retention or truncation got there first). Recovery completes a
   * swap interrupted after the `.swap` rename (log-loader.ts).
   */
  swapCleanedSegment(old: LogSegment, cleanedPath: string, size: number): Promise<boolean> {
    const fs = this.ctx.cache.fs;
    return this.queue.run(async () => {
      const i = this.segments.indexOf(old);
      if (this.isOffline || i < 0 || i === this.segments.length - 1) {
        await fs.unlink(cleanedPath).catch(() => undefined);
        return false;
      }
      try {
        // Old indexes go first: after a crash a missing index is rebuilt, a stale one would lie.
        for (const p of [old.indexPath, old.timeIndexPath]) await fs.unlink(p).catch((e) => (isNotFound(e) ? undefined : Promise.reject(e)));
        await fs.rename(cleanedPath, `${old.logPath}.swap`);
        await fs.syncDir(this.dir);
        await fs.rename(`${old.logPath}.swap`, old.logPath);
        await fs.syncDir(this.dir);
        old.retire();
        const seg = LogSegment.existing(this.dir, old.baseOffset, size, this.ctx.cache, this.config.indexIntervalBytes, this.config.segmentIndexBytes, old.createdAt);
        this.segments[i] = seg;
        await seg.ensureIndexes();
        await seg.writeIndexes();
        return true;
      } catch (e) {
        throw this.fail(e, 'cleaner segment swap');
      }
    });
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
    return this.queue.run(async () => {
      if (offset >= this.logEndOffset) return;
      if (offset < this._logStartOffset) return this.truncateFullyLocked(offset);
      this.truncations++;
      try {
        while (this.segments.length > 1 && this.active.baseOffset > offset) {
          const seg = this.segments.pop()!;
          await seg.deleteFiles();
        }
        await this.active.truncateTo(offset);
        // Truncation must be durable: a follower that truncated must not see the old batches again
        // after a crash (and a recovery point above the new end would be a lie).
        await this.active.sync();
        await this.ctx.cache.fs.syncDir(this.dir);
        await this.afterTruncation();
      } catch (e) {
        throw this.fail(e, 'truncation');
      }
    });
  }

  private async afterTruncation(): Promise<void> {
    const end = this.logEndOffset;
    this.groupCommit.reset(Math.min(this.groupCommit.durableTo, end));
    // The batch holding the log start offset went whole: the log start follows the log end down.
    if (this._logStartOffset > end) {
      this._logStartOffset = end;
      await this.ctx.logStartOffsetChanged(this);
    }
    if (this.epochs.truncateFromEnd(end)) await this.epochs.persist();
    await this.snapshots.deleteAbove(end);
    await this.rebuildProducerState();
  }

  /** Deletes the whole log and restarts it empty at `offset` (a follower too far behind). */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    this.checkOnline();
    return this.queue.run(() => this.truncateFullyLocked(offset));
  }

  private async truncateFullyLocked(offset: number): Promise<void> {
    this.truncations++;
    try {
      const old = this.segments;
      this.segments = [];
      for (const seg of old) await seg.deleteFiles();
      this.segments = [await LogSegment.create(this.dir, offset, this.ctx.cache, this.config.indexIntervalBytes, this.config.segmentIndexBytes, this.ctx.now())];
      await this.ctx.cache.fs.syncDir(this.dir);
      this.active.needsDirSync = false;
      this._logStartOffset = offset;
      this.groupCommit.reset(offset);
      this.epochs.clear();
      await this.epochs.persist();
      this.producerState.clear();
      await this.snapshots.deleteAll();
      this.snapshotStale = true;
      await this.ctx.logStartOffsetChanged(this);
    } catch (e) {
      throw this.fail(e, 'truncation');
    }
  }

  /** Loads the newest producer snapshot at or below the log end offset and replays the log after it. */
  private async rebuildProducerState(): Promise<void> {
    const end = this.logEndOffset;
    await this.snapshots.deleteAbove(end);
    const loaded = await this.snapshots.loadLatest(end, this.producerState);
    const from = loaded ?? this.segments[0]!.baseOffset;
    if (from < end) await replayProducerState(this.segments, from, this.producerState);
    this.snapshotStale = loaded !== end;
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
      if (this.snapshotStale) await this.snapshots.write(this.logEndOffset, this.producerState);
      this.snapshotStale = false;
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
