/**
 * The broker's log directories (`log.dirs`, several of them: JBOD): which failed at start (offline,
 * Kafka's log.dir.failure), where a new partition goes (Kafka's nextLogDirs: the online directory
 * holding the fewest partitions, cordoned ones left out while another is left, KIP-1066), and the
 * moves of partitions between them under way (AlterReplicaLogDirs, KIP-113; log-dir-move.ts).
 */
import { isAbsolute, resolve } from 'node:path';
import type { FileHandleCache } from '../segment/file-handle-cache.ts';
import { LogDirMove } from './log-dir-move.ts';
import type { PartitionLog } from '../log/partition-log.ts';
import { StorageError } from '../storage-error.ts';
import type { StorageLogger } from '../storage-logger.ts';

/** A partition's log and the directory (as configured) holding it. */
export interface LogDirEntry {
  log: PartitionLog;
  logDir: string;
}

export interface LogDirsDeps {
  cache: FileHandleCache;
  logger: StorageLogger;
  scheduleDelete: (task: () => Promise<void>, delayMs: number) => void;
  cordoned?: () => readonly string[];
  bytesPerSecond?: number;
  entries: () => Iterable<LogDirEntry>;
  /** A move finished: the partition's checkpoint entries belong to `target` now. */
  afterMove: (key: string, source: string, target: string) => Promise<void>;
}

export class LogDirs {
  /** Directories that failed at start, with the error. */
  readonly offline = new Map<string, unknown>();
  private readonly moves = new Map<string, LogDirMove>();
  /** Per partition, the last alter() call: calls for one partition run one after the other. */
  private readonly altering = new Map<string, Promise<void>>();

  constructor(
    readonly dirs: readonly string[],
    private readonly deps: LogDirsDeps,
  ) {}

  get online(): string[] {
    return this.dirs.filter((d) => !this.offline.has(d));
  }

  isOffline(dir: string): boolean {
    return this.offline.has(dir);
  }

  /** Whether no new partitions go to `dir` (KIP-1066 cordoned.log.dirs). */
  isCordoned(dir: string): boolean {
    return (this.deps.cordoned?.() ?? []).some((d) => resolve(d) === resolve(dir));
  }

  /** Where the next new partition goes. */
  placement(): string {
    const online = this.online;
    const open = online.filter((d) => !this.isCordoned(d));
    if (open.length === 0) this.deps.logger.warn({ logDirs: online }, 'every online log directory is cordoned; placing the new partition on one of them');
    const counts = new Map((open.length > 0 ? open : online).map((d) => [d, 0]));
    for (const e of this.deps.entries()) if (counts.has(e.logDir)) counts.set(e.logDir, counts.get(e.logDir)! + 1);
    return [...counts.entries()].sort((a, b) => a[1] - b[1])[0]![0];
  }

  /** The configured directory an absolute path names (Kafka compares absolute paths), else LOG_DIR_NOT_FOUND. */
  find(path: string): string {
    const dir = isAbsolute(path) ? this.dirs.find((d) => resolve(d) === resolve(path)) : undefined;
    if (dir === undefined) throw new StorageError('LOG_DIR_NOT_FOUND', `log dir ${path} is not one of log.dirs (${this.dirs.map((d) => resolve(d)).join(', ')}); give its absolute path`);
    return dir;
  }

  moveOf(key: string): LogDirMove | undefined {
    return this.moves.get(key);
  }

  /**
   * Moves the partition to `path` in the background. A move to where the log lives is a no-op; one
   * elsewhere replaces a move under way to another directory. KAFKA_STORAGE_ERROR for an offline
   * target or log, and while any directory is offline (Kafka creates no future log then).
   */
  alter(key: string, entry: LogDirEntry, path: string): Promise<void> {
    const run = (this.altering.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => this.alterNow(key, entry, path));
    this.altering.set(key, run);
    void run.finally(() => this.altering.get(key) === run && this.altering.delete(key)).catch(() => undefined);
    return run;
  }

  private async alterNow(key: string, entry: LogDirEntry, path: string): Promise<void> {
    const target = this.find(path);
    if (this.offline.has(target)) throw new StorageError('KAFKA_STORAGE_ERROR', `log dir ${path} is offline`);
    if (entry.log.isOffline) throw new StorageError('KAFKA_STORAGE_ERROR', `the log of ${key} is offline`);
    const current = this.moves.get(key);
    if (current?.targetLogDir === target) return;
    await current?.cancel();
    if (entry.logDir === target) return;
    if (this.offline.size > 0) throw new StorageError('KAFKA_STORAGE_ERROR', `cannot move ${key} while log directories ${[...this.offline.keys()].join(', ')} are offline`);
    await this.start(key, entry, target);
  }

  /** Starts copying the partition's log into `target` (also at start, for a move a restart cut short). */
  async start(key: string, entry: LogDirEntry, target: string): Promise<void> {
    const source = entry.logDir;
    const move = await LogDirMove.begin({
      log: entry.log,
      targetLogDir: target,
      cache: this.deps.cache,
      logger: this.deps.logger,
      scheduleDelete: this.deps.scheduleDelete,
      bytesPerSecond: this.deps.bytesPerSecond,
      moved: () => (entry.logDir = target),
    });
    this.moves.set(key, move);
    void move.done
      .then(async (moved) => {
        if (this.moves.get(key) === move) this.moves.delete(key);
        if (moved) await this.deps.afterMove(key, source, target);
      })
      .catch((err) => this.deps.logger.warn({ err, partition: key }, 'checkpoint after a log directory move failed'));
  }

  /** Gives up the partition's move (it is being deleted); its future folder goes. */
  async cancel(key: string): Promise<void> {
    await this.moves.get(key)?.cancel();
  }

  /** Shutdown: every move stops, leaving its future folder for the next start. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.moves.values()].map((m) => m.stop()));
  }
}
