/**
 * Truncation of a partition log (a follower cutting its log back to the leader's, KIP-101 and
 * KIP-279), run inside the log's SerialQueue. A batch holding the truncation offset goes whole, as in
 * Kafka. Below the log start offset, truncation is truncateFullyAndStartAt: the whole log goes and
 * restarts empty there. Either way the result is fsynced before it resolves: a follower that
 * truncated must not see the old batches again after a crash.
 */
import { LogSegment } from '../segment/log-segment.ts';
import type { PartitionLogScope } from './partition-log-scope.ts';

/** Removes every batch whose last offset is >= `offset`. */
export async function truncateLocked(scope: PartitionLogScope, offset: number): Promise<void> {
  const { log } = scope;
  if (offset >= log.logEndOffset) return;
  if (offset < log.logStartOffset) return truncateFullyLocked(scope, offset);
  scope.flusher.truncationStarted();
  try {
    while (log.segments.length > 1 && log.active.baseOffset > offset) {
      const seg = log.segments.pop()!;
      await seg.deleteFiles();
    }
    await log.active.truncateTo(offset);
    // Truncation must be durable: a follower that truncated must not see the old batches again
    // after a crash (and a recovery point above the new end would be a lie).
    await log.active.sync();
    await scope.ctx.cache.fs.syncDir(log.dir);
    await afterTruncation(scope);
  } catch (e) {
    throw scope.fail(e, 'truncation');
  }
}

async function afterTruncation(scope: PartitionLogScope): Promise<void> {
  const { log } = scope;
  const end = log.logEndOffset;
  scope.flusher.resetTo(Math.min(scope.flusher.durableTo, end));
  // The batch holding the log start offset went whole: the log start follows the log end down.
  if (log.logStartOffset > end) {
    scope.setLogStartOffset(end);
    await scope.ctx.logStartOffsetChanged(log);
  }
  if (log.epochs.truncateFromEnd(end)) await log.epochs.persist();
  await scope.snapshots.deleteAbove(end);
  await scope.snapshots.rebuild(log.segments, log.logEndOffset);
}

/** Deletes the whole log and restarts it empty at `offset` (a follower too far behind). */
export async function truncateFullyLocked(scope: PartitionLogScope, offset: number): Promise<void> {
  const { log, ctx } = scope;
  scope.flusher.truncationStarted();
  try {
    const old = log.segments;
    log.segments = [];
    for (const seg of old) await seg.deleteFiles();
    log.segments = [await LogSegment.create(log.dir, offset, ctx.cache, log.config.indexIntervalBytes, log.config.segmentIndexBytes, ctx.now())];
    await ctx.cache.fs.syncDir(log.dir);
    log.active.needsDirSync = false;
    scope.setLogStartOffset(offset);
    scope.flusher.resetTo(offset);
    log.epochs.clear();
    await log.epochs.persist();
    await scope.snapshots.clear();
    await ctx.logStartOffsetChanged(log);
  } catch (e) {
    throw scope.fail(e, 'truncation');
  }
}
