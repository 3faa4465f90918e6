/**
 * Moving one partition's log to another log directory of this broker while it keeps serving
 * (AlterReplicaLogDirs, KIP-113). Kafka creates a future log `<topic>-<partition>.<id>-future` in the
 * target directory, a ReplicaAlterLogDirsThread fetches into it from the current log, and once it
 * has caught up the two are swapped and the old one deleted. Samsa copies the files byte for byte
 * instead (the same batches, segments and indexes):
 *
 *  1. background passes copy what the current files hold, in 1 MiB chunks one at a time (at most
 *     `bytesPerSecond` when set: Kafka's replica.alter.log.dirs.io.max.bytes.per.second), each
 *     file fsynced after its pass, while appends go on;
 *  2. once less than 4 MiB is left (or after 10 passes), inside the log's serial queue, so appends
 *     wait: indexes written, the rest of every file copied, the leader-epoch checkpoint, producer
 *     snapshots and partition.metadata copied, everything fsynced;
 *  3. the swap: the current folder is renamed `<topic>-<partition>.<id>-delete` (removed after
 *     file.delete.delay.ms), then the future folder `<topic>-<partition>`, and the log goes on with
 *     segments in its new folder. Reads under way on the old files finish on their open handles or
 *     retry on the new segment list.
 *
 * A crash before step 3 leaves the current log authoritative (the next start removes the future
 * folder and copies again); a crash between the two renames leaves only the complete future
 * folder, which the next start renames into place (log-dir-loader.ts). A segment that retention
 * deletes meanwhile is dropped from the copy, one the cleaner replaced is copied again (the
 * LogManager does not clean a moving log, as Kafka pauses cleaning).
 */
import { randomBytes } from 'node:crypto';
import { setImmediate as yieldToEventLoop, setTimeout as sleep } from 'node:timers/promises';
import { dirname } from 'node:path';
import type { FileHandleCache } from '../segment/file-handle-cache.ts';
import { isNotFound, type FileSystem } from '../fs/file-system.ts';
import { writeFileSynced } from '../fs/atomic-write.ts';
import { LeaderEpochCache } from '../log/leader-epoch-cache.ts';
import { LogSegment, offsetFileName } from '../segment/log-segment.ts';
import type { PartitionLog } from '../log/partition-log.ts';
import { writePartitionMetadata } from '../log/partition-metadata.ts';
import type { StorageLogger } from '../storage-logger.ts';

const CHUNK_BYTES = 1024 * 1024;
const FINAL_CATCH_UP_BYTES = 4 * 1024 * 1024;
const MAX_BACKGROUND_PASSES = 10;
const LEADER_EPOCH_CHECKPOINT = 'leader-epoch-checkpoint';

export const FUTURE_DIR_SUFFIX = '-future';
export const DELETE_DIR_SUFFIX = '-delete';

/** `<topic>-<partition>.<32 hex>-future` or `-delete` → `<topic>-<partition>`, else null. */
export function parseSuffixedDir(name: string, suffix: string): string | null {
  const m = new RegExp(`^(.+-\\d+)\\.[0-9a-f]{32}${suffix}$`).exec(name);
  return m ? m[1]! : null;
}

export function suffixedDirName(partitionDir: string, suffix: string): string {
  return `${partitionDir}.${randomBytes(16).toString('hex')}${suffix}`;
}

interface CopiedSegment {
  source: LogSegment;
  log: number;
  index: number;
  timeindex: number;
}

class MoveCancelled extends Error {}

export interface LogDirMoveOptions {
  log: PartitionLog;
  targetLogDir: string;
  cache: FileHandleCache;
  logger: StorageLogger;
  scheduleDelete: (task: () => Promise<void>, delayMs: number) => void;
  bytesPerSecond?: number;
  /** Called inside the queue right after the swap: the log's directory is now targetLogDir. */
  moved?: () => void;
}

export class LogDirMove {
  readonly futureDir: string;
  /** Resolves true once the log lives in the target directory, false when the move was given up. */
  readonly done: Promise<boolean>;
  private readonly copied = new Map<number, CopiedSegment>();
  private readonly fs: FileSystem;
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private cancelled = false;
  private keepFolder = false;
  private swapping = false;
  private throttleStart = 0;
  private throttledBytes = 0;

  private constructor(private readonly opts: LogDirMoveOptions) {
    this.fs = opts.cache.fs;
    this.futureDir = `${opts.targetLogDir}/${suffixedDirName(`${opts.log.topic}-${opts.log.partition}`, FUTURE_DIR_SUFFIX)}`;
    this.done = Promise.resolve(false);
  }

  /**
   * Creates the future folder (durably: a restart resumes the move from it, as Kafka's future log
   * survives one), then copies in the background.
   */
  static async begin(opts: LogDirMoveOptions): Promise<LogDirMove> {
    const move = new LogDirMove(opts);
    const fs = move.fs;
    try {
      await fs.mkdir(move.futureDir);
      await writePartitionMetadata(fs, move.futureDir, opts.log.topicId);
      await fs.syncDir(opts.targetLogDir);
    } catch (e) {
      await move.removeFutureDir();
      throw e;
    }
    (move as { done: Promise<boolean> }).done = move.run();
    return move;
  }

  get targetLogDir(): string {
    return this.opts.targetLogDir;
  }

  /** Bytes of segments copied so far (DescribeLogDirs PartitionSize of the future replica). */
  get size(): number {
    let n = 0;
    for (const c of this.copied.values()) n += c.log;
    return n;
  }

  /** Offsets the copy is behind the current log (DescribeLogDirs OffsetLag of the future replica). */
  get lag(): number {
    const log = this.opts.log;
    for (const seg of log.segments) {
      const c = this.copied.get(seg.baseOffset);
      if (!c || c.source !== seg || c.log < seg.size) return log.logEndOffset - seg.baseOffset;
    }
    return 0;
  }

  /** Gives the move up (another target, the partition deleted); resolves once its folder is gone. */
  async cancel(): Promise<void> {
    this.cancelled = true;
    await this.done;
  }

  /** Shutdown: stops copying and leaves the future folder for the next start (which copies again). */
  async stop(): Promise<void> {
    this.keepFolder = true;
    await this.cancel();
  }

  private async run(): Promise<boolean> {
    const { log, logger } = this.opts;
    try {
      for (let pass = 0; pass < MAX_BACKGROUND_PASSES; pass++) {
        await this.copyPass(false);
        if (this.remaining() <= FINAL_CATCH_UP_BYTES) break;
      }
      await log.exclusive(() => this.finishLocked());
      logger.info({ topic: log.topic, partition: log.partition, dir: log.dir }, 'log moved to another log directory');
      return true;
    } catch (e) {
      if (this.swapping) return false; // the log is offline; the next start completes the swap
      if (e instanceof MoveCancelled && this.keepFolder) return false;
      if (!(e instanceof MoveCancelled)) logger.warn({ err: e, topic: log.topic, partition: log.partition, target: this.opts.targetLogDir }, 'moving the log to another log directory failed; it stays where it is');
      await this.removeFutureDir();
      return false;
    }
  }

  /** Atomically out of the way first, so a crash never leaves a half-deleted future log behind. */
  private async removeFutureDir(): Promise<void> {
    const fs = this.fs;
    const trash = `${this.opts.targetLogDir}/${suffixedDirName(`${this.opts.log.topic}-${this.opts.log.partition}`, DELETE_DIR_SUFFIX)}`;
    try {
      if (await fs.stat(this.futureDir)) await fs.rename(this.futureDir, trash);
      await fs.rmdir(trash);
    } catch (err) {
      this.opts.logger.warn({ err, dir: this.futureDir }, 'could not remove an abandoned future log folder; the next start removes it');
    }
  }

  private checkCancelled(): void {
    if (this.cancelled) throw new MoveCancelled('cancelled');
  }

  private remaining(): number {
    let n = 0;
    for (const seg of this.opts.log.segments) {
      const c = this.copied.get(seg.baseOffset);
      n += c && c.source === seg ? seg.size - c.log : seg.size;
    }
    return n;
  }

  private futurePath(base: number, ext: '.log' | '.index' | '.timeindex' | '.txnindex'): string {
    return `${this.futureDir}/${offsetFileName(base, ext)}`;
  }

  /** Copies what each current segment holds beyond what was copied; indexes only of inactive segments (or all when `final`). */
  private async copyPass(final: boolean): Promise<void> {
    const log = this.opts.log;
    const segments = [...log.segments];
    for (const [base, c] of this.copied) {
      if (!segments.some((s) => s.baseOffset === base)) {
        // Deleted by retention meanwhile.
        this.copied.delete(base);
        for (const ext of ['.log', '.index', '.timeindex', '.txnindex'] as const) await this.fs.unlink(this.futurePath(base, ext)).catch(() => undefined);
      }
    }
    for (const seg of segments) {
      if (!final) this.checkCancelled();
      let c = this.copied.get(seg.baseOffset);
      if (!c || c.source !== seg) {
        // New, or replaced by the cleaner: from the start.
        c = { source: seg, log: 0, index: -1, timeindex: -1 };
        this.copied.set(seg.baseOffset, c);
      }
      const isActive = seg === log.active;
      try {
        if (c.log > seg.size) c.log = 0; // truncated meanwhile: copy it again
        c.log = await this.copyRange(seg, c.log, seg.size, final);
        if (final) await seg.writeIndexes();
        if (final || !isActive) {
          c.index = await this.copyWhole(seg.indexPath, this.futurePath(seg.baseOffset, '.index'), c.index);
          c.timeindex = await this.copyWhole(seg.timeIndexPath, this.futurePath(seg.baseOffset, '.timeindex'), c.timeindex);
        }
        // Aborted-transaction entries are few and change only inside the queue: copied once, at the end.
        if (final) await this.copyWhole(seg.txnIndex.path, this.futurePath(seg.baseOffset, '.txnindex'), -1);
      } catch (e) {
        // Gone under us (retention, the cleaner): the next pass sees the new segment list.
        if (!final && isNotFound(e)) continue;
        throw e;
      }
    }
  }

  /** Copies bytes [from, to) of the segment's log into the future log file and fsyncs it; returns `to`. */
  private async copyRange(seg: LogSegment, from: number, to: number, final: boolean): Promise<number> {
    const out = await this.fs.open(this.futurePath(seg.baseOffset, '.log'), 'rw');
    try {
      if ((await out.size()) !== from) await out.truncate(from);
      for (let pos = from; pos < to; ) {
        const want = Math.min(CHUNK_BYTES, to - pos);
        const n = await seg.withLog('r', (h) => h.read(this.chunk, 0, want, pos));
        if (n <= 0) throw Object.assign(new Error(`${seg.logPath} ended at ${pos}, expected ${to} bytes`), { code: 'ENOENT' });
        await out.write(this.chunk.subarray(0, n), pos);
        pos += n;
        if (!final) {
          await this.throttle(n);
          this.checkCancelled();
        }
      }
      if (to > from) await out.sync();
    } finally {
      await out.close();
    }
    return to;
  }

  /** Copies a small file whole when its size changed since the last copy (-1: never copied); returns its size. */
  private async copyWhole(from: string, to: string, copiedSize: number): Promise<number> {
    const stat = await this.fs.stat(from);
    if (!stat) return copiedSize; // not written yet: rebuilt from the log when first used
    if (stat.size === copiedSize) return copiedSize;
    const data = await this.fs.readFile(from);
    await writeFileSynced(this.fs, to, data);
    return data.length;
  }

  private async throttle(bytes: number): Promise<void> {
    const rate = this.opts.bytesPerSecond;
    if (!rate || rate <= 0) {
      await yieldToEventLoop();
      return;
    }
    const now = Date.now();
    if (this.throttleStart === 0) this.throttleStart = now;
    this.throttledBytes += bytes;
    const ahead = (this.throttledBytes / rate) * 1000 - (now - this.throttleStart);
    if (ahead > 0) await sleep(Math.min(ahead, 1000));
    else await yieldToEventLoop();
  }

  /** Steps 2 and 3, inside the log's queue. */
  private async finishLocked(): Promise<void> {
    this.checkCancelled();
    const { log, cache, targetLogDir } = this.opts;
    const fs = this.fs;
    await this.copyPass(true);
    for (const [base] of this.copied) if (!log.segments.some((s) => s.baseOffset === base)) this.copied.delete(base);
    // The leader-epoch checkpoint and the producer snapshots (the newest ones are only read at start).
    const names = await fs.readdir(log.dir);
    const epochFile = `${log.dir}/${LEADER_EPOCH_CHECKPOINT}`;
    if (await fs.stat(epochFile)) await writeFileSynced(fs, `${this.futureDir}/${LEADER_EPOCH_CHECKPOINT}`, await fs.readFile(epochFile));
    for (const name of names) if (name.endsWith('.snapshot')) await writeFileSynced(fs, `${this.futureDir}/${name}`, await fs.readFile(`${log.dir}/${name}`));
    await writePartitionMetadata(fs, this.futureDir, log.topicId);
    await fs.syncDir(this.futureDir);

    const sourceDir = log.dir;
    const sourceLogDir = dirname(sourceDir);
    const name = `${log.topic}-${log.partition}`;
    const trash = `${sourceLogDir}/${suffixedDirName(name, DELETE_DIR_SUFFIX)}`;
    const finalDir = `${targetLogDir}/${name}`;
    this.swapping = true;
    try {
      cache.forgetUnder(`${sourceDir}/`);
      await fs.rename(sourceDir, trash);
      await fs.syncDir(sourceLogDir);
      await fs.rename(this.futureDir, finalDir);
      await fs.syncDir(targetLogDir);
      const cfg = log.config;
      const old = log.segments;
      const segments = old.map((s) => LogSegment.existing(finalDir, s.baseOffset, s.size, cache, cfg.indexIntervalBytes, cfg.segmentIndexBytes, s.createdAt));
      await segments[segments.length - 1]!.ensureIndexes();
      for (const s of segments) await s.loadTimestampSummary();
      const epochs = await LeaderEpochCache.load(fs, `${finalDir}/${LEADER_EPOCH_CHECKPOINT}`);
      log.relocateLocked(finalDir, segments, epochs);
      this.opts.moved?.();
      for (const s of old) s.retire(); // readers still on them retry on the new list
    } catch (e) {
      throw log.markOffline(e, 'moving the log to another log directory');
    }
    this.opts.scheduleDelete(() => fs.rmdir(trash), log.config.fileDeleteDelayMs);
  }
}
