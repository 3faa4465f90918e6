/**
 * Deleting a partition log's oldest segments (retention, DeleteRecords, the log start offset moving
 * past them), run inside the log's SerialQueue. Files are renamed `.deleted` at once, so a restart
 * never loads them, and removed after file.delete.delay.ms, so reads already under way finish. The
 * log start offset never falls below the first remaining segment's base offset, and producer
 * snapshots below it go too.
 */
import type { LogSegment } from '../segment/log-segment.ts';
import type { PartitionLogScope } from '../log/partition-log-scope.ts';
import { StorageError } from '../storage-error.ts';

/**
 * Deletes, oldest first, the segments for which `pred(segment, nextSegment)` holds, stopping at the
 * first that does not; never the active segment (retention rolls it first when it must go).
 */
export async function deleteSegmentsLocked(scope: PartitionLogScope, pred: (seg: LogSegment, next: LogSegment | undefined) => boolean, reason: string): Promise<number> {
  const { log, ctx } = scope;
  let n = 0;
  while (log.segments.length > 1 && pred(log.segments[0]!, log.segments[1])) {
    const seg = log.segments.shift()!;
    n++;
    try {
      await seg.renameTo('.deleted');
    } catch (e) {
      throw scope.fail(e, 'segment delete');
    }
    ctx.scheduleDelete(() => seg.deleteFiles('.deleted'), log.config.fileDeleteDelayMs);
    ctx.logger.info({ topic: log.topic, partition: log.partition, segment: seg.baseOffset, reason }, 'deleted segment');
  }
  if (n > 0) {
    const first = log.segments[0]!.baseOffset;
    if (first > log.logStartOffset) {
      // Retention: the segments are gone either way; the periodic checkpoint retries a failed write.
      await advanceLogStartOffset(scope, first).catch((err: unknown) => {
        ctx.logger.warn({ err, topic: log.topic, partition: log.partition }, 'log start offset checkpoint failed; the periodic checkpoint retries');
      });
    }
    await scope.snapshots.deleteBelow(first).catch(() => undefined);
  }
  return n;
}

/**
 * Moves the log start offset up to `offset` (checkpointed) and deletes the segments wholly below it.
 * A failed checkpoint rejects with KAFKA_STORAGE_ERROR but leaves the partition online: the new
 * start is in force in memory, and the next checkpoint (periodic, or a retried DeleteRecords) makes
 * it durable.
 */
export async function advanceLogStartOffset(scope: PartitionLogScope, offset: number): Promise<void> {
  const { log } = scope;
  if (offset <= log.logStartOffset) return;
  scope.setLogStartOffset(offset);
  // Both files only move forward what a reload would recompute from the log start offset (the epoch
  // entries below it are cut again; the log start checkpoint is retried by the periodic one), so a
  // failed write is logged and the partition stays online.
  if (log.epochs.truncateFromStart(offset)) {
    await log.epochs.persist().catch((err: unknown) => {
      scope.ctx.logger.warn({ err, topic: log.topic, partition: log.partition }, 'leader epoch checkpoint failed after the log start moved');
    });
  }
  await checkpointLogStart(scope);
  await deleteSegmentsLocked(scope, (seg, next) => next !== undefined && next.baseOffset <= offset, 'log start offset');
}

/** Writes the log start offset checkpoint; a failure is the request's, never the partition's. */
export async function checkpointLogStart(scope: PartitionLogScope): Promise<void> {
  const { log } = scope;
  try {
    await scope.ctx.logStartOffsetChanged(log);
  } catch (e) {
    throw new StorageError('KAFKA_STORAGE_ERROR', `log start offset checkpoint failed for ${log.topic}-${log.partition}: ${(e as Error).message}`, { cause: e });
  }
}
