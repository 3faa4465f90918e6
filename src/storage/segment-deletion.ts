/**
 * Deleting a partition log's oldest segments (retention, DeleteRecords, the log start offset moving
 * past them), run inside the log's SerialQueue. Files are renamed `.deleted` at once, so a restart
 * never loads them, and removed after file.delete.delay.ms, so reads already under way finish. The
 * log start offset never falls below the first remaining segment's base offset, and producer
 * snapshots below it go too.
 */
import type { LogSegment } from './log-segment.ts';
import type { PartitionLogScope } from './partition-log-scope.ts';

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
    if (first > log.logStartOffset) await advanceLogStartOffset(scope, first);
    await scope.snapshots.deleteBelow(first).catch(() => undefined);
  }
  return n;
}

/** Moves the log start offset up to `offset` (checkpointed) and deletes the segments wholly below it. */
export async function advanceLogStartOffset(scope: PartitionLogScope, offset: number): Promise<void> {
  const { log } = scope;
  if (offset <= log.logStartOffset) return;
  scope.setLogStartOffset(offset);
  try {
    if (log.epochs.truncateFromStart(offset)) await log.epochs.persist();
    await scope.ctx.logStartOffsetChanged(log);
  } catch (e) {
    throw scope.fail(e, 'log start offset checkpoint');
  }
  await deleteSegmentsLocked(scope, (seg, next) => next !== undefined && next.baseOffset <= offset, 'log start offset');
}
