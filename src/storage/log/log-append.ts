/**
 * The append path of a partition log, run inside its SerialQueue: validate the incoming v2 batches
 * (incoming-batches.ts), plan offsets, epochs and producer checks (append-plan.ts, KIP-98), roll
 * the active segment when it is full or old enough (Kafka's LogSegment.shouldRoll), write with one
 * write, then commit producer state, the aborted-transaction index of markers (transaction-index.ts)
 * and leader epochs. Durability is the caller's (PartitionLog.append). A log with an encryption key
 * stores its data batches encrypted (encryption/log-encryption.ts): the CRCs are then checked
 * before the write, since the stored bytes are not the ones received.
 */
import { planAppend, type AppendOrigin } from './append-plan.ts';
import { checkIncomingCrcs, parseIncomingBatches } from './incoming-batches.ts';
import type { LogConfig } from './log-config.ts';
import { LogSegment } from '../segment/log-segment.ts';
import type { AppendOptions, AppendResult } from './partition-log-types.ts';
import type { PartitionLogScope } from './partition-log-scope.ts';
import { StorageError, isStorageError } from '../storage-error.ts';
import { encryptAppend } from '../encryption/log-encryption.ts';
import { EncryptionError } from '../encryption/encrypted-batch.ts';

export async function appendLocked(scope: PartitionLogScope, received: Buffer, opts: AppendOptions, origin: AppendOrigin): Promise<AppendResult> {
  const { log, ctx } = scope;
  let records = received;
  const keyId = log.config.encryptionKeyId ?? null;
  scope.checkOnline();
  const now = opts.now ?? ctx.now();
  const logAppendTime = log.config.messageTimestampType === 'LogAppendTime' && origin !== 'replication' ? now : -1;
  // Stamping LogAppendTime rewrites the CRC, so it must be checked first; otherwise the check runs
  // while the bytes are being written.
  const deferCrc = logAppendTime < 0 && keyId === null;
  const batches = parseIncomingBatches(records, deferCrc);
  if (records.length > log.config.segmentBytes) {
    throw new StorageError('RECORD_LIST_TOO_LARGE', `append of ${records.length} bytes exceeds segment.bytes (${log.config.segmentBytes})`);
  }
  const plan = planAppend(records, batches, { logEndOffset: log.logEndOffset, origin, leaderEpoch: opts.leaderEpoch, logAppendTime, producerState: log.producerState });
  if (plan.duplicate) {
    if (deferCrc) checkIncomingCrcs(records, batches);
    return { baseOffset: plan.baseOffset, lastOffset: plan.lastOffset, logAppendTime: -1, logStartOffset: log.logStartOffset, duplicate: true };
  }
  if (keyId !== null) {
    try {
      records = encryptAppend(records, plan.placed, keyId, ctx.keyRing);
    } catch (e) {
      if (e instanceof EncryptionError) log.logEncryptionFailure(e, 'append');
      throw e;
    }
  }
  const segment = shouldRoll(log.active, log.config, records.length, plan.placed[0]!.maxTimestamp, plan.lastOffset, now) ? await rollLocked(scope, now) : log.active;
  try {
    await segment.append(records, plan.placed, deferCrc ? () => checkIncomingCrcs(records, batches) : undefined);
  } catch (e) {
    if (isStorageError(e) && e.code === 'CORRUPT_MESSAGE') throw e; // the bad batch is cut from the file again
    throw scope.fail(e, 'write');
  }
  plan.producers.commit();
  scope.snapshots.changed();
  for (const txn of plan.completedTxns) {
    if (!txn.aborted) continue;
    try {
      await segment.txnIndex.append({ ...txn, lastStableOffset: log.producerState.lastStableOffsetAfter(txn) });
    } catch (e) {
      throw scope.fail(e, 'transaction index write');
    }
  }
  let epochsChanged = false;
  for (const s of plan.epochStarts) epochsChanged = log.epochs.assign(s.epoch, s.offset) || epochsChanged;
  if (epochsChanged) {
    try {
      await log.epochs.persist();
    } catch (e) {
      throw scope.fail(e, 'leader epoch checkpoint');
    }
  }
  scope.flusher.appended(plan.messages);
  return { baseOffset: plan.baseOffset, lastOffset: plan.lastOffset, logAppendTime, logStartOffset: log.logStartOffset };
}

/** Whether this append needs a new active segment first (Kafka's LogSegment.shouldRoll). */
function shouldRoll(seg: LogSegment, config: LogConfig, size: number, maxTimestamp: number, lastOffset: number, now: number): boolean {
  if (seg.size === 0) return false;
  const waited = seg.firstBatchTimestamp >= 0 ? maxTimestamp - seg.firstBatchTimestamp : now - seg.createdAt;
  return seg.size > config.segmentBytes - size || waited > config.segmentMs || seg.indexIsFull() || !seg.canHoldOffset(lastOffset);
}

/**
 * Closes the active segment (indexes written exactly sized, producer snapshot) and starts a new one
 * at the log end offset; an empty active segment stays.
 */
export async function rollLocked(scope: PartitionLogScope, now: number): Promise<LogSegment> {
  const { log, ctx } = scope;
  const old = log.active;
  const base = log.logEndOffset;
  if (old.size === 0) return old;
  try {
    await old.writeIndexes();
    const seg = await LogSegment.create(log.dir, base, ctx.cache, log.config.indexIntervalBytes, log.config.segmentIndexBytes, now);
    log.segments.push(seg);
    await scope.snapshots.write(base);
    return seg;
  } catch (e) {
    throw scope.fail(e, 'segment roll');
  }
}
