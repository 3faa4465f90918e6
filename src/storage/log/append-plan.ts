/**
 * The checks and offset assignment of one append, before anything is written: producer checks
 * (idempotence, epochs), control-batch and empty-batch rules per origin, offsets from the log end
 * (or the leader's, for replication), then the in-place patches (base offset, leader epoch,
 * LogAppendTime). Patching happens only once every batch passed, so a refused append leaves the
 * caller's buffer as it was.
 */
import { setBaseOffset, setLogAppendTime, setPartitionLeaderEpoch } from '../../protocol/record-batch/batch-header.ts';
import type { IncomingBatch } from './incoming-batches.ts';
import type { AppendedBatch } from '../segment/log-segment.ts';
import type { BatchMetadata, CompletedTxn, ProducerAppendInfo, ProducerStateManager } from '../producer/producer-state.ts';
import { producerBatchInfo } from '../producer/producer-state-store.ts';
import { StorageError } from '../storage-error.ts';

export type AppendOrigin = 'client' | 'coordinator' | 'replication';

export interface AppendPlan {
  /** Set when the append repeats one of its producer's last 5 batches: nothing is to be written. */
  duplicate?: BatchMetadata;
  placed: AppendedBatch[];
  epochStarts: { epoch: number; offset: number }[];
  producers: ProducerAppendInfo;
  /** Transactions the append's markers end, in offset order. */
  completedTxns: CompletedTxn[];
  baseOffset: number;
  lastOffset: number;
  messages: number;
}

export function planAppend(
  records: Buffer,
  batches: IncomingBatch[],
  opts: { logEndOffset: number; origin: AppendOrigin; leaderEpoch: number; logAppendTime: number; producerState: ProducerStateManager },
): AppendPlan {
  const { origin, logAppendTime } = opts;
  const producers = opts.producerState.begin();
  const placed: AppendedBatch[] = [];
  const epochStarts: { epoch: number; offset: number }[] = [];
  const bases: number[] = [];
  const completedTxns: CompletedTxn[] = [];
  let next = opts.logEndOffset;
  let messages = 0;
  for (const b of batches) {
    if (b.control && origin === 'client') throw new StorageError('INVALID_RECORD', 'clients may not write control batches');
    if (b.recordsCount === 0 && origin !== 'replication') throw new StorageError('INVALID_RECORD', 'a batch with no records cannot be appended');
    const base = origin === 'replication' ? b.baseOffset : next;
    if (base < next) throw new StorageError('INVALID_RECORD', `replicated batch at offset ${base} is below the log end offset ${next}`);
    if (b.producerId >= 0) {
      const info = { ...producerBatchInfo(records.subarray(b.at, b.at + b.size), 0, b.size), firstOffset: base, lastOffset: base + b.lastOffsetDelta };
      if (origin === 'coordinator') producers.check(info, { sequences: false });
      else if (origin === 'client') {
        const duplicate = producers.findDuplicate(info);
        if (duplicate) {
          // Produce v3+ carries one batch per partition; a duplicate inside a larger append is an error.
          if (batches.length !== 1) throw new StorageError('DUPLICATE_SEQUENCE_NUMBER', `batch from producer ${info.producerId} repeats sequence ${info.baseSequence}`);
          return { duplicate, placed: [], epochStarts: [], producers, completedTxns, baseOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset, messages: 0 };
        }
        producers.check(info);
      }
      const completed = producers.update(info);
      if (completed) completedTxns.push(completed);
    }
    epochStarts.push({ epoch: origin === 'replication' ? b.leaderEpoch : opts.leaderEpoch, offset: base });
    placed.push({ at: b.at, size: b.size, lastOffset: base + b.lastOffsetDelta, maxTimestamp: logAppendTime >= 0 ? logAppendTime : b.maxTimestamp });
    bases.push(base);
    messages += b.recordsCount;
    next = base + b.lastOffsetDelta + 1;
  }
  if (origin !== 'replication') {
    batches.forEach((b, i) => {
      const batch = records.subarray(b.at, b.at + b.size);
      setBaseOffset(batch, bases[i]!);
      setPartitionLeaderEpoch(batch, opts.leaderEpoch);
      if (logAppendTime >= 0) setLogAppendTime(batch, logAppendTime);
    });
  }
  return { placed, epochStarts, producers, completedTxns, baseOffset: bases[0]!, lastOffset: next - 1, messages };
}
