/**
 * All partition logs of a broker, across one or more log directories (Kafka's LogManager).
 *
 * Files it owns in each log directory:
 *  - `<topic>-<partition>/`: one folder per partition (partition-log.ts);
 *  - `<topic>-<partition>.<id>-delete/`: a deleted partition waiting for removal;
 *  - `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`, `cleaner-offset-checkpoint`
 *    (the first dirty offset of each compacted log) (checkpoint-file.ts);
 *  - `.kafka_cleanshutdown`: present only between a clean close() and the next open(). Open deletes
 *    it at once; without it, every log is scanned from its recovery point (log-loader.ts);
 *  - `meta.properties`: cluster id, node id and this directory's id (meta-properties.ts);
 *  - `<topic>-<partition>.<id>-future/`: a log being moved here (AlterReplicaLogDirs, log-dir-move.ts).
 *
 * Several log directories (JBOD, `log.dirs=a,b,c`): a new partition goes to the online directory
 * holding the fewest partitions (Kafka's nextLogDirs); a partition found in two at start is refused
 * (DUPLICATE_LOG_DIR, as Kafka refuses to start). A directory that fails at start (cannot be
 * created, read or written) is offline, as Kafka's log.dir.failure handling makes it: the others
 * are served, and the partitions the broker expected there answer KAFKA_STORAGE_ERROR (offline()).
 * Startup loading is log-dir-loader.ts.
 *
 * Background work runs on unref'd timers (none when `scheduler: false`, for tests, which call
 * runRetention() / flushDue() / checkpoint() themselves): flush.ms checks, recovery point and log
 * start offset checkpoints, retention, delayed file deletion, producer id expiration.
 */
import { CheckpointWriter } from './checkpoint-writer.ts';
import { FileHandleCache } from '../segment/file-handle-cache.ts';
import { ReadBufferPool } from '../segment/read-buffer-pool.ts';
import type { FileSystem } from '../fs/file-system.ts';
import { NodeFileSystem } from '../fs/node-file-system.ts';
import { DEFAULT_LOG_CONFIG, logConfig, type LogConfig } from '../log/log-config.ts';
import { PartitionLog, type PartitionLogContext } from '../log/partition-log.ts';
import { writePartitionMetadata } from '../log/partition-metadata.ts';
import { CLEANER_OFFSET_CHECKPOINT, CLEAN_SHUTDOWN_FILE, LOG_START_OFFSET_CHECKPOINT, RECOVERY_POINT_CHECKPOINT, loadLogDirs } from '../recovery/log-dir-loader.ts';
import { DELETE_DIR_SUFFIX, suffixedDirName, type LogDirMove } from './log-dir-move.ts';
import { LogDirs } from './log-dirs.ts';
import type { LogDirIdentity } from './meta-properties.ts';
import { applyRetention } from '../retention/retention.ts';
import { cleanLog } from '../cleaner/log-cleaner.ts';
import { StorageError } from '../storage-error.ts';
import { SILENT_LOGGER, type StorageLogger } from '../storage-logger.ts';
import { KeyRing } from '../encryption/key-ring.ts';

export { CLEAN_SHUTDOWN_FILE, RECOVERY_POINT_CHECKPOINT, LOG_START_OFFSET_CHECKPOINT, CLEANER_OFFSET_CHECKPOINT, parsePartitionDir } from '../recovery/log-dir-loader.ts';

export interface LogManagerOptions {
  logDirs: string[];
  /** Written to (and checked against) each directory's meta.properties; none: no meta.properties. */
  identity?: LogDirIdentity;
  /** KIP-1066 cordoned.log.dirs: no new partitions there (read at each placement). */
  cordonedLogDirs?: () => readonly string[];
  /** replica.alter.log.dirs.io.max.bytes.per.second: copy rate of AlterReplicaLogDirs moves (unset: unbounded). */
  logDirMoveBytesPerSecond?: number;
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
  /** Keys for encryption at rest (LogConfig.encryptionKeyId names the one new batches use); none: empty. */
  keyRing?: KeyRing;
}

function key(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

export class LogManager {
  private readonly byKey = new Map<string, { log: PartitionLog; logDir: string }>();
  private readonly cache: FileHandleCache;
  private readonly readBuffers: ReadBufferPool;
  /** Keys for encryption at rest (the topic manager checks a topic's key id against it). */
  readonly keyRing: KeyRing;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly pendingDeletes = new Set<{ task: () => Promise<void>; timer?: NodeJS.Timeout }>();
  private readonly defaults: LogConfig;
  private closed = false;
  /** Compacted logs: first dirty offset (persisted) and the earliest pending delete horizon (not). */
  private readonly cleanerState = new Map<string, { firstDirty: number; horizon: number }>();
  private cleaning: Promise<unknown> = Promise.resolve();
  private readonly checkpoints: CheckpointWriter;
  /** The log directories: which are offline or cordoned, placement, moves between them. */
  readonly dirs: LogDirs;

  private constructor(
    readonly logDirs: string[],
    readonly fs: FileSystem,
    readonly now: () => number,
    readonly logger: StorageLogger,
    private readonly opts: LogManagerOptions,
  ) {
    this.cache = new FileHandleCache(fs, opts.maxOpenFiles ?? 1024);
    this.checkpoints = new CheckpointWriter(fs);
    this.readBuffers = new ReadBufferPool(opts.readBufferPoolBytes);
    this.keyRing = opts.keyRing ?? KeyRing.empty();
    const flush: Partial<LogConfig> = {};
    if (opts.flushIntervalMessages !== undefined) flush.flushMessages = opts.flushIntervalMessages;
    if (opts.flushIntervalMs !== undefined) flush.flushMs = opts.flushIntervalMs;
    this.defaults = logConfig({ ...opts.defaultConfig, ...flush });
    this.dirs = new LogDirs(logDirs, {
      cache: this.cache,
      logger,
      scheduleDelete: (task, delayMs) => this.scheduleDelete(task, delayMs),
      cordoned: opts.cordonedLogDirs,
      bytesPerSecond: opts.logDirMoveBytesPerSecond,
      entries: () => this.byKey.values(),
      afterMove: async (k, source, target) => {
        if (this.closed) return;
        // The partition's entries move from the old directory's checkpoint files to the new one's.
        await this.checkpoint();
        if (this.cleanerState.has(k)) for (const d of [source, target]) await this.checkpointCleaner(d);
      },
    });
  }

  /** Opens every log directory and recovers every partition folder found. */
  static async open(opts: LogManagerOptions): Promise<LogManager> {
    if (opts.logDirs.length === 0) throw new StorageError('INVALID_ARGUMENT', 'at least one log directory is needed');
    const mgr = new LogManager(opts.logDirs, opts.fs ?? new NodeFileSystem(), opts.now ?? Date.now, opts.logger ?? SILENT_LOGGER, opts);
    try {
      await mgr.loadLogDirs();
    } catch (e) {
      await mgr.cache.closeAll();
      throw e;
    }
    await mgr.checkpoint();
    if (opts.scheduler !== false) mgr.startScheduler();
    return mgr;
  }

  private loadLogDirs(): Promise<void> {
    return loadLogDirs({
      fs: this.fs,
      dirs: this.dirs,
      identity: this.opts.identity,
      params: (logDir) => ({ fs: this.fs, logDir, config: this.defaults, ctx: this.context(), logger: this.logger, now: this.now }),
      byKey: this.byKey,
      cleanerOffsets: (k, firstDirty) => this.cleanerState.set(k, { firstDirty, horizon: -1 }),
      cache: this.cache,
      logger: this.logger,
      now: this.now,
    });
  }

  private context(): PartitionLogContext {
    return {
      cache: this.cache,
      readBuffers: this.readBuffers,
      now: this.now,
      logger: this.logger,
      scheduleDelete: (task, delayMs) => this.scheduleDelete(task, delayMs),
      logStartOffsetChanged: (log) => this.logStartOffsetChanged(log),
      keyRing: this.keyRing,
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
    const logDir = this.dirs.placement();
    const dir = `${logDir}/${key(topic, partition)}`;
    await this.fs.mkdir(dir);
    await writePartitionMetadata(this.fs, dir, topicId);
    await this.fs.syncDir(logDir);
    const log = await PartitionLog.open({ dir, topic, partition, topicId, config, ctx: this.context(), clean: true, recoveryPoint: 0, logStartOffset: 0 });
    this.byKey.set(key(topic, partition), { log, logDir });
    return log;
  }

  /**
   * A partition the broker's metadata records: its log when found; when a log directory failed at
   * start it may be there, so an offline log (KAFKA_STORAGE_ERROR) rather than a new empty one;
   * otherwise created.
   */
  async openRecorded(topic: string, partition: number, config: LogConfig, topicId: string): Promise<PartitionLog> {
    const existing = this.get(topic, partition);
    if (existing || this.dirs.offline.size === 0) return this.create(topic, partition, config, topicId);
    const [logDir, cause] = [...this.dirs.offline][0]!;
    const log = PartitionLog.offline({ dir: `${logDir}/${key(topic, partition)}`, topic, partition, topicId, config, ctx: this.context(), cause });
    this.byKey.set(key(topic, partition), { log, logDir });
    return log;
  }

  /** The log directory (as configured) holding the partition's log. */
  logDirOf(topic: string, partition: number): string | undefined {
    return this.byKey.get(key(topic, partition))?.logDir;
  }

  /** The move of the partition under way (DescribeLogDirs reports it as a future replica). */
  moveOf(topic: string, partition: number): Pick<LogDirMove, 'targetLogDir' | 'size' | 'lag' | 'done'> | undefined {
    return this.dirs.moveOf(key(topic, partition));
  }

  /** AlterReplicaLogDirs (KIP-113): moves the log to `path` in the background (log-dirs.ts has the rules). */
  alterLogDir(topic: string, partition: number, path: string): Promise<void> {
    const entry = this.byKey.get(key(topic, partition));
    if (!entry) throw new StorageError('INVALID_ARGUMENT', `no log for ${key(topic, partition)}`);
    return this.dirs.alter(key(topic, partition), entry, path);
  }

  /** Removes the partition: its folder is renamed `<topic>-<partition>.<id>-delete` and removed later. */
  async delete(topic: string, partition: number): Promise<void> {
    await this.dirs.cancel(key(topic, partition));
    const entry = this.byKey.get(key(topic, partition));
    if (!entry) return;
    if (this.dirs.offline.has(entry.logDir)) {
      // Nothing can be renamed there; the folder is found again when the dir comes back.
      this.byKey.delete(key(topic, partition));
      this.logger.warn({ topic, partition, logDir: entry.logDir }, 'partition of an offline log directory dropped; its folder stays there until the directory is usable again');
      return;
    }
    this.byKey.delete(key(topic, partition));
    this.cleanerState.delete(key(topic, partition));
    await entry.log.closeForDelete();
    const target = `${entry.logDir}/${suffixedDirName(key(topic, partition), DELETE_DIR_SUFFIX)}`;
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
        const k = key(log.topic, log.partition);
        // Kafka pauses cleaning of a log while it moves between log directories.
        if (log.isOffline || !log.config.cleanupPolicy.includes('compact') || this.dirs.moveOf(k)) continue;
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
    await this.checkpoints.write(`${logDir}/${CLEANER_OFFSET_CHECKPOINT}`, () =>
      [...this.byKey.entries()]
        .filter(([k, e]) => e.logDir === logDir && this.cleanerState.has(k))
        .map(([k, e]) => [e.log.topic, e.log.partition, this.cleanerState.get(k)!.firstDirty]),
    );
  }

  /** A log's start offset moved (DeleteRecords, retention, truncation): checkpoint its directory. */
  private logStartOffsetChanged(log: PartitionLog): Promise<void> {
    return this.checkpointLogStartOffsets(this.byKey.get(key(log.topic, log.partition))?.logDir);
  }

  /** Flushes the logs whose flush.ms has passed. */
  async flushDue(): Promise<void> {
    const now = this.now();
    for (const log of this.logs()) await log.maybeFlushByTime(now).catch(() => undefined);
  }

  /** Writes the recovery point and log start offset checkpoints of every log directory. */
  async checkpoint(): Promise<void> {
    for (const logDir of this.logDirs) {
      if (this.dirs.offline.has(logDir)) continue;
      await this.checkpoints.write(`${logDir}/${RECOVERY_POINT_CHECKPOINT}`, () =>
        this.entriesOf(logDir).map((e) => [e.log.topic, e.log.partition, e.log.recoveryPoint]),
      );
      await this.checkpointLogStartOffsets(logDir);
    }
  }

  private async checkpointLogStartOffsets(logDir: string | undefined): Promise<void> {
    if (!logDir) return;
    await this.checkpoints.write(`${logDir}/${LOG_START_OFFSET_CHECKPOINT}`, () =>
      this.entriesOf(logDir).map((e) => [e.log.topic, e.log.partition, e.log.logStartOffset]),
    );
  }

  private entriesOf(logDir: string) {
    return [...this.byKey.values()].filter((e) => e.logDir === logDir && !e.log.isOffline);
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
    // Moves stop; their future folders stay for the next start, which copies them again.
    await this.dirs.stopAll();
    const unclean = new Set(this.dirs.offline.keys());
    const entries = [...this.byKey.values()];
    let next = 0;
    // Several logs at once: their fsyncs overlap in the I/O thread pool.
    const worker = async () => {
      while (next < entries.length) {
        const { log, logDir } = entries[next++]!;
        try {
          await log.close();
        } catch (err) {
          unclean.add(logDir);
          this.logger.error({ err, topic: log.topic, partition: log.partition }, 'log did not close cleanly');
        }
        if (log.isOffline) unclean.add(logDir);
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, entries.length) }, worker));
    await this.runPendingDeletes();
    await this.checkpoint();
    await this.cache.closeAll();
    for (const logDir of this.logDirs) {
      if (unclean.has(logDir)) continue; // next start recovers its logs from the recovery points
      const h = await this.fs.open(`${logDir}/${CLEAN_SHUTDOWN_FILE}`, 'rw');
      await h.sync();
      await h.close();
      await this.fs.syncDir(logDir);
    }
  }
}
