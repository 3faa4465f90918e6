/**
 * Loading one log directory at start (Kafka's LogManager.loadLogs for one dir). What it finds there:
 *  - `<topic>-<partition>/`: a partition log, recovered (log-loader.ts), from its recovery point in
 *    `recovery-point-offset-checkpoint` unless `.kafka_cleanshutdown` says the last close was clean;
 *  - `<topic>-<partition>.<id>-delete/`: a deleted partition or the old copy of a moved one: removed;
 *  - `<topic>-<partition>.<id>-future/`: an unfinished AlterReplicaLogDirs copy (log-dir-move.ts),
 *    returned for the LogManager to decide (it sees every directory first);
 *  - checkpoint files, read here; `meta.properties`, checked and written (meta-properties.ts).
 * The clean-shutdown marker is deleted once the logs are loaded: from then on a crash must show.
 */
import { CheckpointFile } from '../dirs/checkpoint-file.ts';
import type { FileHandleCache } from '../segment/file-handle-cache.ts';
import type { FileSystem } from '../fs/file-system.ts';
import type { LogConfig } from '../log/log-config.ts';
import { DELETE_DIR_SUFFIX, FUTURE_DIR_SUFFIX, parseSuffixedDir, suffixedDirName } from '../dirs/log-dir-move.ts';
import type { LogDirEntry, LogDirs } from '../dirs/log-dirs.ts';
import { ensureMetaProperties, type LogDirIdentity } from '../dirs/meta-properties.ts';
import { PartitionLog, type PartitionLogContext } from '../log/partition-log.ts';
import { readPartitionMetadata } from '../log/partition-metadata.ts';
import { StorageError, isStorageError } from '../storage-error.ts';
import type { StorageLogger } from '../storage-logger.ts';

export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';
export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
export const CLEANER_OFFSET_CHECKPOINT = 'cleaner-offset-checkpoint';

/** `<topic>-<partition>` → parts, or null for folders that are not partitions. */
export function parsePartitionDir(name: string): { topic: string; partition: number } | null {
  const m = /^(.+)-(\d+)$/.exec(name);
  return m ? { topic: m[1]!, partition: Number(m[2]) } : null;
}

export interface LoadedLogDir {
  logs: PartitionLog[];
  /** `<topic>-<partition>` and folder path of each future log found. */
  futures: { name: string; path: string }[];
  cleanerOffsets: Map<string, number>;
  logStartOffsets: Map<string, number>;
}

export interface LoadLogDirParams {
  fs: FileSystem;
  logDir: string;
  config: LogConfig;
  ctx: PartitionLogContext;
  logger: StorageLogger;
  now: () => number;
}

async function readOffsets(fs: FileSystem, path: string, logger: StorageLogger): Promise<Map<string, number> | null> {
  const rows = await CheckpointFile.read(fs, path);
  if (!rows) {
    logger.warn({ path }, 'checkpoint file is corrupt; logs will be recovered from their start');
    return null;
  }
  const map = new Map<string, number>();
  for (const [topic, partition, offset] of rows) if (topic && partition && offset) map.set(`${topic}-${Number(partition)}`, Number(offset));
  return map;
}

/** Opens one partition folder (several run at once: their file operations overlap in the thread pool). */
export async function openPartitionDir(p: LoadLogDirParams, path: string, name: string, clean: boolean, recoveryPoint: number, logStartOffset: number): Promise<PartitionLog | null> {
  const parsed = parsePartitionDir(name);
  if (!parsed) return null;
  const topicId = (await readPartitionMetadata(p.fs, path)) ?? '';
  return PartitionLog.open({ dir: path, topic: parsed.topic, partition: parsed.partition, topicId, config: p.config, ctx: p.ctx, clean, recoveryPoint, logStartOffset });
}

export async function loadLogDir(p: LoadLogDirParams): Promise<LoadedLogDir> {
  const { fs, logDir } = p;
  const marker = `${logDir}/${CLEAN_SHUTDOWN_FILE}`;
  const clean = (await fs.stat(marker)) !== null;
  const recoveryPoints = await readOffsets(fs, `${logDir}/${RECOVERY_POINT_CHECKPOINT}`, p.logger);
  const logStartOffsets = (await readOffsets(fs, `${logDir}/${LOG_START_OFFSET_CHECKPOINT}`, p.logger)) ?? new Map<string, number>();
  const cleanerOffsets = (await readOffsets(fs, `${logDir}/${CLEANER_OFFSET_CHECKPOINT}`, p.logger)) ?? new Map<string, number>();
  const started = p.now();
  const found: string[] = [];
  const futures: { name: string; path: string }[] = [];
  for (const name of await fs.readdir(logDir)) {
    const path = `${logDir}/${name}`;
    if (name.endsWith(DELETE_DIR_SUFFIX)) {
      await fs.rmdir(path);
      continue;
    }
    // A checkpoint write that a crash cut short leaves its temporary file: the old file stands.
    if (name.endsWith('.tmp') && (await fs.stat(path))?.isDirectory === false) {
      await fs.unlink(path);
      continue;
    }
    const future = parseSuffixedDir(name, FUTURE_DIR_SUFFIX);
    if (future) futures.push({ name: future, path });
    else if (parsePartitionDir(name) && (await fs.stat(path))?.isDirectory) found.push(name);
  }
  const logs: PartitionLog[] = [];
  let next = 0;
  const worker = async () => {
    while (next < found.length) {
      const name = found[next++]!;
      // No checkpoint entry (or an unreadable file): scan everything.
      const log = await openPartitionDir(p, `${logDir}/${name}`, name, clean, recoveryPoints?.get(name) ?? 0, logStartOffsets.get(name) ?? 0);
      if (log) logs.push(log);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, found.length) }, worker));
  // From now on a crash must be detected: the marker goes before anything is written.
  if (clean) {
    await fs.unlink(marker);
    await fs.syncDir(logDir);
  }
  p.logger.info({ logDir, partitions: logs.length, clean, ms: p.now() - started }, 'log directory loaded');
  return { logs, futures, cleanerOffsets, logStartOffsets };
}

export interface LoadLogDirsParams {
  fs: FileSystem;
  dirs: LogDirs;
  identity: LogDirIdentity | undefined;
  params: (logDir: string) => LoadLogDirParams;
  byKey: Map<string, LogDirEntry>;
  cleanerOffsets: (key: string, firstDirty: number) => void;
  cache: FileHandleCache;
  logger: StorageLogger;
  now: () => number;
}

/**
 * Loads every log directory into `byKey`: a directory that fails (created, meta.properties, read)
 * goes offline; a partition in two directories or a directory of another cluster stops the start.
 * Then the future logs found: with their current log still there, a move a crash or shutdown cut
 * short (removed and started again); without it, a swap cut between its two renames (completed).
 */
export async function loadLogDirs(p: LoadLogDirsParams): Promise<void> {
  const { fs, dirs, byKey, params, logger } = p;
  const futures: { logDir: string; name: string; path: string }[] = [];
  const startOffsets = new Map<string, number>();
  for (const logDir of dirs.dirs) {
    try {
      await fs.mkdir(logDir);
      if (p.identity) await ensureMetaProperties(fs, logDir, p.identity, p.now());
      const loaded = await loadLogDir(params(logDir));
      for (const log of loaded.logs) {
        const k = `${log.topic}-${log.partition}`;
        const other = byKey.get(k);
        if (other) {
          throw new StorageError('DUPLICATE_LOG_DIR', `partition ${k} is in both ${other.logDir} and ${logDir}, likely because a log directory failed while the partition was moved between them; delete one of the two folders (the one in the directory that failed most recently) and start again`);
        }
        byKey.set(k, { log, logDir });
      }
      for (const [k, firstDirty] of loaded.cleanerOffsets) p.cleanerOffsets(k, firstDirty);
      for (const [k, offset] of loaded.logStartOffsets) startOffsets.set(k, offset);
      for (const f of loaded.futures) futures.push({ logDir, ...f });
    } catch (e) {
      if (isStorageError(e) && (e.code === 'DUPLICATE_LOG_DIR' || e.code === 'INCONSISTENT_CLUSTER_ID')) throw e;
      dirs.offline.set(logDir, e);
      for (const [k, entry] of [...byKey]) if (entry.logDir === logDir) byKey.delete(k);
      p.cache.forgetUnder(`${logDir}/`);
      logger.error({ err: e, logDir }, 'log directory failed at start; it is offline and its partitions answer KAFKA_STORAGE_ERROR until a restart finds it usable');
    }
  }
  if (dirs.offline.size === dirs.dirs.length) {
    const first = [...dirs.offline.values()][0] as Error;
    throw new StorageError('KAFKA_STORAGE_ERROR', `none of the log directories ${dirs.dirs.join(', ')} can be used (${first?.message}); fix log.dirs or the disks`, { cause: first });
  }
  for (const f of futures) {
    const live = byKey.get(f.name);
    if (live) {
      // A move cut short: the current log is authoritative; copy again (Kafka resumes its future log).
      const trash = `${f.logDir}/${suffixedDirName(f.name, DELETE_DIR_SUFFIX)}`;
      await fs.rename(f.path, trash);
      await fs.rmdir(trash);
      if (live.logDir !== f.logDir && !dirs.moveOf(f.name)) await dirs.start(f.name, live, f.logDir);
    } else if (dirs.offline.size === 0) {
      // The swap stopped between its two renames: the future log is complete (log-dir-move.ts).
      const dir = `${f.logDir}/${f.name}`;
      await fs.rename(f.path, dir);
      await fs.syncDir(f.logDir);
      const log = await openPartitionDir(params(f.logDir), dir, f.name, false, 0, startOffsets.get(f.name) ?? 0);
      if (log) byKey.set(f.name, { log, logDir: f.logDir });
      logger.warn({ dir }, 'completed a log directory move that a crash interrupted');
    } else {
      logger.warn({ dir: f.path }, 'future log left in place: its current log may be in an offline log directory');
    }
  }
}
