/**
 * The cleaner's swap (log-cleaner.ts), run inside the log's SerialQueue: a cleaned copy of an
 * inactive segment (fsynced, same base offset, same offsets with records removed) replaces it.
 * File steps, each made durable before the next: the aborted-transaction index replaced when the
 * cleaning dropped entries (first: it only loses entries whose aborted batches are already gone, so
 * a crash after it never leaves aborted data unlisted, while a marker removed with its entry left
 * behind would make consumers drop that producer's later batches), unlink the old offset and time
 * indexes, rename the cleaned file to `<base>.log.swap`, rename that over `<base>.log`, then write
 * fresh indexes. Recovery completes a swap interrupted after the `.swap` rename (log-loader.ts).
 */
import { isNotFound } from '../fs/file-system.ts';
import { writeFileSynced } from '../fs/atomic-write.ts';
import { LogSegment } from '../segment/log-segment.ts';
import { encodeAbortedTxns, type AbortedTxn } from '../segment/transaction-index.ts';
import type { PartitionLogScope } from '../log/partition-log-scope.ts';

/**
 * Replaces `old` with the file at `cleanedPath` (`size` bytes). False (and the cleaned file
 * removed) when `old` is no longer an inactive segment of the log (retention or truncation got
 * there first) or the log is offline.
 */
export async function swapCleanedSegmentLocked(scope: PartitionLogScope, old: LogSegment, cleanedPath: string, size: number, abortedTxns: AbortedTxn[] | null): Promise<boolean> {
  const { log, ctx } = scope;
  const fs = ctx.cache.fs;
  const i = log.segments.indexOf(old);
  if (log.isOffline || i < 0 || i === log.segments.length - 1) {
    await fs.unlink(cleanedPath).catch(() => undefined);
    return false;
  }
  try {
    if (abortedTxns !== null) {
      const path = old.txnIndex.path;
      if (abortedTxns.length === 0) await fs.unlink(path).catch((e) => (isNotFound(e) ? undefined : Promise.reject(e)));
      else {
        await writeFileSynced(fs, `${path}.cleaned`, encodeAbortedTxns(abortedTxns));
        await fs.rename(`${path}.cleaned`, path);
      }
      await fs.syncDir(log.dir);
    }
    // Old indexes go first: after a crash a missing index is rebuilt, a stale one would lie.
    for (const p of [old.indexPath, old.timeIndexPath]) await fs.unlink(p).catch((e) => (isNotFound(e) ? undefined : Promise.reject(e)));
    await fs.rename(cleanedPath, `${old.logPath}.swap`);
    await fs.syncDir(log.dir);
    await fs.rename(`${old.logPath}.swap`, old.logPath);
    await fs.syncDir(log.dir);
    old.retire();
    const seg = LogSegment.existing(log.dir, old.baseOffset, size, ctx.cache, log.config.indexIntervalBytes, log.config.segmentIndexBytes, old.createdAt);
    log.segments[i] = seg;
    await seg.ensureIndexes();
    await seg.writeIndexes();
    return true;
  } catch (e) {
    throw scope.fail(e, 'cleaner segment swap');
  }
}
