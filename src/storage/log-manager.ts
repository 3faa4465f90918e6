/**
 * All partition logs of a broker, across one or more log directories (Kafka's LogManager).
 *
 * Files it owns in each log directory:
 *  - `<topic>-<partition>/`: one folder per partition (partition-log.ts);
 *  - `<topic>-<partition>.<id>-delete/`: a deleted partition waiting for removal;
 *  - `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`, `cleaner-offset-checkpoint`
 *    (the first dirty offset of each compacted log) (checkpoint-file.ts);
 *  - `.kafka_cleanshutdown`: present only between a clean close() and the next open(). Open deletes
 *    it at once; without it, every log is scanned from its recovery point (log-loader.ts).
 *
 * Background work runs on unref'd timers (none when `scheduler: false`, for tests, which call
 * runRetention() / flushDue() / checkpoint() themselves): flush.ms checks, recovery point and log
 * start offset checkpoints, retention, delayed file deletion, producer id expiration.
 */
import { randomBytes } from 'node:crypto';
import { CheckpointFile } from './checkpoint-file.ts';
import { FileHandleCache } from './file-handle-cache.ts';
import { ReadBufferPool } from './read-buffer-pool.ts';
import type { FileSystem } from './fs/file-system.ts';
import { NodeFileSystem } from './fs/node-file-system.ts';
import { DEFAULT_LOG_CONFIG, logConfig, type LogConfig } from './log-config.ts';
import { PartitionLog, type PartitionLogContext } from './partition-log.ts';
import { readPartitionMetadata, writePartitionMetadata } from './partition-metadata.ts';
import { applyRetention } from './retention.ts';
import { cleanLog } from './log-cleaner.ts';
import { StorageError } from './storage-error.ts';
import { SILENT_LOGGER, type StorageLogger } from './storage-logger.ts';

export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';
export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
export const CLEANER_OFFSET_CHECKPOINT = 'cleaner-offset-checkpoint';

export interface LogManagerOptions {
  logDirs: string[];
  fs?: FileSystem;
  now?: () => number;
  logger?: StorageLogger;
  /** Config for logs found on disk until the broker calls updateConfig (and the base for create). */
  defaultConfig?: Partial<LogConfig>;
  /** Broker-level log.flush.interval.messages / log.flush.interval.ms, applied to defaultConfig. */
  flushIntervalMessages?: number;
  flushIntervalMs?: number;
  /** Most file descriptors held open at once across all logs (idle ones close first). */
  maxOpenFiles?: number;
  /** Memory for one cleaning's offset map (log.cleaner.dedupe.buffer.size; default 128 MiB). */
  cleanerOffsetMapBytes?: number;
  /** Idle read buffers kept for reuse (ReadBufferPool); 0 turns reuse off. Default 64 MiB. */
  readBufferPoolBytes?: number;
  /** false: no timers; the caller runs the periodic tasks. */
  scheduler?: boolean;
  /** log.retention.check.interval.ms (5 min). */
  retentionCheckIntervalMs?: number;
  /** log.flush.scheduler.interval.ms, how often flush.ms is checked (1 s). */
  flushCheckIntervalMs?: number;
  /** log.flush.offset.checkpoint.interval.ms (60 s). */
  checkpointIntervalMs?: number;
  /** producer.id.expiration.ms (1 day). */
  producerIdExpirationMs?: number;
  /** log.cleaner.backoff.ms: how often compacted logs are checked (15 s). */
  cleanerBackoffMs?: number;
}

function key(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** `<topic>-<partition>` → parts, or null for folders that are not partitions. */
export function parsePartitionDir(name: string): { topic: string; partition: number } | null {
  const m = /^(.+)-(\d+)$/.exec(name);
  return m ? { topic: m[1]!, partition: Number(m[2]) } : null;
}

export class LogManager {
  private readonly byKey = new Map<string, { log: PartitionLog; logDir: string }>();
  private readonly cache: FileHandleCache;
  private readonly readBuffers: ReadBufferPool;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly pendingDeletes = new Set<{ task: () => Promise<void>; timer?: NodeJS.Timeout }>();
  private readonly defaults: LogConfig;
  private closed = false;
  /** Compacted logs: first dirty offset (persisted) and the earliest pending delete horizon (not). */
  private readonly cleanerState = new Map<string, { firstDirty: number; horizon: number }>();
  private cleaning: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly logDirs: string[],
    readonly fs: FileSystem,
    readonly now: () => number,
    readonly logger: StorageLogger,
    private readonly opts: LogManagerOptions,
  ) {
    this.cache = new FileHandleCache(fs, opts.maxOpenFiles ?? 1024);
    this.readBuffers = new ReadBufferPool(opts.readBufferPoolBytes);
    const flush: Partial<LogConfig> = {};
    if (opts.flushIntervalMessages !== undefined) flush.flushMessages = opts.flushIntervalMessages;
    if (opts.flushIntervalMs !== undefined) flush.flushMs = opts.flushIntervalMs;
    this.defaults = logConfig({ ...opts.defaultConfig, ...flush });
  }

  /** Opens every log directory and recovers every partition folder found. */
  static async open(opts: LogManagerOptions): Promise<LogManager> {
    if (opts.logDirs.length === 0) throw new StorageError('INVALID_ARGUMENT', 'at least one log directory is needed');
    const mgr = new LogManager(opts.logDirs, opts.fs ?? new NodeFileSystem(), opts.now ?? Date.now, opts.logger ?? SILENT_LOGGER, opts);
    for (const dir of opts.logDirs) await mgr.loadLogDir(dir);
    await mgr.checkpoint();
    if (opts.scheduler !== false) mgr.startScheduler();
    return mgr;
  }

  private async loadLogDir(logDir: string): Promise<void> {
    const fs = this.fs;
    await fs.mkdir(logDir);
    const marker = `${logDir}/${CLEAN_SHUTDOWN_FILE}`;
    const clean = (await fs.stat(marker)) !== null;
    const recoveryPoints = await this.readOffsets(`${logDir}/${RECOVERY_POINT_CHECKPOINT}`);
    const startOffsets = await this.readOffsets(`${logDir}/${LOG_START_OFFSET_CHECKPOINT}`);
    for (const [k, firstDirty] of (await this.readOffsets(`${logDir}/${CLEANER_OFFSET_CHECKPOINT}`)) ?? []) this.cleanerState.set(k, { firstDirty, horizon: -1 });
    const started = this.now();
    const found: { path: string; topic: string; partition: number }[] = [];
    for (const name of await fs.readdir(logDir)) {
      const path = `${logDir}/${name}`;
      if (name.endsWith('-delete')) {
        await fs.rmdir(path);
        continue;
      }
      const parsed = parsePartitionDir(name);
      if (parsed && (await fs.stat(path))?.isDirectory) found.push({ path, ...parsed });
    }
    // Several partitions at once: their file operations overlap in the I/O thread pool.
    let next = 0;
    const worker = async () => {
      while (next < found.length) {
        const { path, topic, partition } = found[next++]!;
        const k = key(topic, partition);
        const topicId = (await readPartitionMetadata(fs, path)) ?? '';
        const log = await PartitionLog.open({
          dir: path,
          topic,
          partition,
          topicId,
          config: this.defaults,
          ctx: this.context(),
          clean,
          // No checkpoint entry (or an unreadable file): scan everything.
          recoveryPoint: recoveryPoints?.get(k) ?? 0,
          logStartOffset: startOffsets?.get(k) ?? 0,
        });
        this.byKey.set(k, { log, logDir });
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, found.length) }, worker));
    const count = found.length;
    // From now on a crash must be detected: the marker goes before anything is written.
    if (clean) {
      await fs.unlink(marker);
      await fs.syncDir(logDir);
    }
    this.logger.info({ logDir, partitions: count, clean, ms: this.now() - started }, 'log directory loaded');
  }

  private async readOffsets(path: string): Promise<Map<string, number> | null> {
    const rows = await CheckpointFile.read(this.fs, path);
    if (!rows) {
      this.logger.warn({ path }, 'checkpoint file is corrupt; logs will be recovered from their start');
      return null;
    }
    const map = new Map<string, number>();
    for (const [topic, partition, offset] of rows) if (topic && partition && offset) map.set(key(topic, Number(partition)), Number(offset));
    return map;
  }

  private context(): PartitionLogContext {
    return {
      cache: this.cache,
      readBuffers: this.readBuffers,
      now: this.now,
      logger: this.logger,
      scheduleDelete: (task, delayMs) => this.scheduleDelete(task, delayMs),
      logStartOffsetChanged: (log) => this.checkpointLogStartOffsets(this.byKey.get(key(log.topic, log.partition))?.logDir),
    };
  }

  private scheduleDelete(task: () => Promise<void>, delayMs: number): void {
    const entry: { task: () => Promise<void>; timer?: NodeJS.Timeout } = { task };
    this.pendingDeletes.add(entry);
    if (this.opts.scheduler === false) return;
    entry.timer = setTimeout(() => {
      this.pendingDeletes.delete(entry);
      entry.task().catch((err) => this.logger.warn({ err }, 'delayed file deletion failed'));
    }, delayMs);
    entry.timer.unref();
  }

  /** Runs the file deletions still waiting for file.delete.delay.ms. */
  async runPendingDeletes(): Promise<void> {
    const all = [...this.pendingDeletes];
    this.pendingDeletes.clear();
    for (const e of all) {
      if (e.timer) clearTimeout(e.timer);
      await e.task().catch((err) => this.logger.warn({ err }, 'file deletion failed'));
    }
  }

  private startScheduler(): void {
    const every = (ms: number, task: () => Promise<unknown>, what: string) => {
      let running = false;
      const t = setInterval(() => {
        if (running || this.closed) return;
        running = true;
        task()
          .catch((err) => this.logger.warn({ err }, `${what} failed`))
          .finally(() => (running = false));
      }, ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.opts.retentionCheckIntervalMs ?? 300_000, () => this.runRetention(), 'retention');
    every(this.opts.flushCheckIntervalMs ?? 1000, () => this.flushDue(), 'time-based flush');
    every(this.opts.checkpointIntervalMs ?? 60_000, () => this.checkpoint(), 'checkpoint');
    every(this.opts.cleanerBackoffMs ?? 15_000, () => this.runCleaner(), 'log cleaner');
  }

  logs(): Iterable<PartitionLog> {
    return [...this.byKey.values()].map((e) => e.log);
  }

  get(topic: string, partition: number): PartitionLog | undefined {
    return this.byKey.get(key(topic, partition))?.log;
  }

  /** Creates the partition's log (or returns the existing one, with `config` and `topicId` applied). */
  async create(topic: string, partition: number, config: LogConfig, topicId: string): Promise<PartitionLog> {
    if (this.closed) throw new StorageError('KAFKA_STORAGE_ERROR', 'the log manager is closed');
    const existing = this.get(topic, partition);
    if (existing) {
      existing.updateConfig(config);
      if (topicId && existing.topicId !== topicId) {
        existing.topicId = topicId;
        await writePartitionMetadata(this.fs, existing.dir, topicId);
      }
      return existing;
    }
    if (!/^[a-zA-Z0-9._-]+$/.test(topic) || !Number.isInteger(partition) || partition < 0) {
      throw new StorageError('INVALID_ARGUMENT', `cannot create a log for ${topic}-${partition}: invalid topic name or partition`);
    }
    // The directory holding the fewest partitions gets the new one (Kafka's default placement).
    const counts = new Map(this.logDirs.map((d) => [d, 0]));
    for (const e of this.byKey.values()) counts.set(e.logDir, (counts.get(e.logDir) ?? 0) + 1);
    const logDir = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    const dir = `${logDir}/${key(topic, partition)}`;
    await this.fs.mkdir(dir);
    await writePartitionMetadata(this.fs, dir, topicId);
    await this.fs.syncDir(logDir);
    const log = await PartitionLog.open({ dir, topic, partition, topicId, config, ctx: this.context(), clean: true, recoveryPoint: 0, logStartOffset: 0 });
    this.byKey.set(key(topic, partition), { log, logDir });
    return log;
  }

  /** Removes the partition: its folder is renamed `<topic>-<partition>.<id>-delete` and removed later. */
  async delete(topic: string, partition: number): Promise<void> {
    const entry = this.byKey.get(key(topic, partition));
    if (!entry) return;
    this.byKey.delete(key(topic, partition));
    this.cleanerState.delete(key(topic, partition));
    await entry.log.closeForDelete();
    const target = `${entry.logDir}/${key(topic, partition)}.${randomBytes(16).toString('hex')}-delete`;
    await this.fs.rename(entry.log.dir, target);
    await this.fs.syncDir(entry.logDir);
    await this.checkpoint();
    this.scheduleDelete(() => this.fs.rmdir(target), entry.log.config.fileDeleteDelayMs);
  }

  /** Applies retention (time, size, log start offset) to every log with cleanup.policy delete. */
  async runRetention(): Promise<number> {
    let deleted = 0;
    const expiration = this.opts.producerIdExpirationMs ?? 86_400_000;
    for (const log of this.logs()) {
      if (log.isOffline) continue;
      try {
        deleted += await applyRetention(log, this.now());
        log.producerState.removeExpired(this.now(), expiration);
      } catch (err) {
        this.logger.warn({ err, topic: log.topic, partition: log.partition }, 'retention failed');
      }
    }
    return deleted;
  }

  /**
   * One pass of the log cleaner over the logs with cleanup.policy compact (one log at a time).
   * `force` cleans below min.cleanable.dirty.ratio. Returns the segments rewritten.
   */
  runCleaner(opts: { force?: boolean } = {}): Promise<number> {
    const pass = this.cleaning.then(async () => {
      let rewritten = 0;
      for (const log of this.logs()) {
        if (log.isOffline || !log.config.cleanupPolicy.includes('compact')) continue;
        const k = key(log.topic, log.partition);
        const state = this.cleanerState.get(k) ?? { firstDirty: 0, horizon: -1 };
        const now = this.now();
        const horizonPassed = state.horizon >= 0 && now >= state.horizon;
        try {
          const result = await cleanLog(log, Math.max(state.firstDirty, log.logStartOffset), {
            now,
            force: opts.force || horizonPassed,
            offsetMapBytes: this.opts.cleanerOffsetMapBytes,
          });
          if (!result) continue;
          this.cleanerState.set(k, { firstDirty: result.cleanedTo, horizon: result.nextHorizon });
          rewritten += result.segmentsRewritten;
          this.logger.info({ topic: log.topic, partition: log.partition, ...result }, 'log cleaned');
          const entry = this.byKey.get(k);
          if (entry) await this.checkpointCleaner(entry.logDir);
        } catch (err) {
          this.logger.warn({ err, topic: log.topic, partition: log.partition }, 'log cleaning failed');
        }
      }
      return rewritten;
    });
    this.cleaning = pass.catch(() => undefined);
    return pass;
  }

  private async checkpointCleaner(logDir: string): Promise<void> {
    const entries = [...this.byKey.entries()].filter(([k, e]) => e.logDir === logDir && this.cleanerState.has(k));
    await CheckpointFile.write(this.fs, `${logDir}/${CLEANER_OFFSET_CHECKPOINT}`, entries.map(([k, e]) => [e.log.topic, e.log.partition, this.cleanerState.get(k)!.firstDirty]));
  }

  /** Flushes the logs whose flush.ms has passed. */
  async flushDue(): Promise<void> {
    const now = this.now();
    for (const log of this.logs()) await log.maybeFlushByTime(now).catch(() => undefined);
  }

  /** Writes the recovery point and log start offset checkpoints of every log directory. */
  async checkpoint(): Promise<void> {
    for (const logDir of this.logDirs) {
      const entries = [...this.byKey.values()].filter((e) => e.logDir === logDir && !e.log.isOffline);
      await CheckpointFile.write(this.fs, `${logDir}/${RECOVERY_POINT_CHECKPOINT}`, entries.map((e) => [e.log.topic, e.log.partition, e.log.recoveryPoint]));
      await this.checkpointLogStartOffsets(logDir);
    }
  }

  private async checkpointLogStartOffsets(logDir: string | undefined): Promise<void> {
    if (!logDir) return;
    const entries = [...this.byKey.values()].filter((e) => e.logDir === logDir && !e.log.isOffline);
    await CheckpointFile.write(this.fs, `${logDir}/${LOG_START_OFFSET_CHECKPOINT}`, entries.map((e) => [e.log.topic, e.log.partition, e.log.logStartOffset]));
  }

  /** Open file descriptors right now (the many-partitions budget). */
  get openFiles(): number {
    return this.cache.openCount;
  }

  /** Clean shutdown: flush and close every log, write checkpoints, then the clean-shutdown marker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    await this.cleaning;
    let allClean = true;
    const logs = [...this.logs()];
    let next = 0;
    // Several logs at once: their fsyncs overlap in the I/O thread pool.
    const worker = async () => {
      while (next < logs.length) {
        const log = logs[next++]!;
        try {
          await log.close();
        } catch (err) {
          allClean = false;
          this.logger.error({ err, topic: log.topic, partition: log.partition }, 'log did not close cleanly');
        }
        if (log.isOffline) allClean = false;
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, logs.length) }, worker));
    await this.runPendingDeletes();
    await this.checkpoint();
    await this.cache.closeAll();
    if (!allClean) return; // next start recovers from the recovery points
    for (const logDir of this.logDirs) {
      const h = await this.fs.open(`${logDir}/${CLEAN_SHUTDOWN_FILE}`, 'rw');
      await h.sync();
      await h.close();
      await this.fs.syncDir(logDir);
    }
  }
}
