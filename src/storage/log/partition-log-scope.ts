/**
 * What the operations split out of partition-log.ts (log-append.ts, log-truncation.ts,
 * segment-deletion.ts, cleaned-segment-swap.ts) work on: the log plus the internals PartitionLog keeps private. Those
 * operations run inside the log's SerialQueue; PartitionLog enqueues them.
 */
import type { LogFlusher } from './log-flusher.ts';
import type { PartitionLog } from './partition-log.ts';
import type { PartitionLogContext } from './partition-log-types.ts';
import type { ProducerSnapshots } from '../producer/producer-snapshots.ts';
import type { StorageError } from '../storage-error.ts';

export interface PartitionLogScope {
  readonly log: PartitionLog;
  readonly ctx: PartitionLogContext;
  readonly flusher: LogFlusher;
  readonly snapshots: ProducerSnapshots;
  /** Throws KAFKA_STORAGE_ERROR when the log is offline or closed. */
  checkOnline(): void;
  /** Marks the log offline after an I/O failure and returns the error to throw. */
  fail(e: unknown, what: string): StorageError;
  /** Moves the log start offset (the caller checkpoints it through ctx.logStartOffsetChanged). */
  setLogStartOffset(offset: number): void;
}
