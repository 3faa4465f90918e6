/** The shapes of PartitionLog's API (partition-log.ts re-exports them). */
import type { AppendOrigin } from './append-plan.ts';
import type { FileHandleCache } from '../segment/file-handle-cache.ts';
import type { ReadBufferPool } from '../segment/read-buffer-pool.ts';
import type { PartitionLog } from './partition-log.ts';
import type { StorageLogger } from '../storage-logger.ts';
import type { KeyRing } from '../encryption/key-ring.ts';

export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** The append time stamped on the batches, -1 unless the topic uses LogAppendTime. */
  logAppendTime: number;
  logStartOffset: number;
  /** The batch repeated one of the producer's last 5; these are the original offsets, nothing was written. */
  duplicate?: boolean;
}

export interface ReadResult {
  /** Whole batches, possibly none, never one whose last offset is >= upTo. */
  records: Buffer;
  logStartOffset: number;
  logEndOffset: number;
  /**
   * Gives the buffer under `records` back for reuse; call it once nothing will read `records` again
   * (never before). Not calling it is fine: the buffer is then collected like any other.
   */
  release: () => void;
}

export interface AppendOptions {
  leaderEpoch: number;
  now?: number;
  /**
   * 'client' (default): offsets assigned, producer checks, control batches refused.
   * 'coordinator': like client but control batches (transaction markers) allowed.
   * 'replication': a follower appending the leader's batches: offsets and epochs kept, no checks.
   */
  origin?: AppendOrigin;
}

/** What the LogManager gives each log. */
export interface PartitionLogContext {
  cache: FileHandleCache;
  readBuffers: ReadBufferPool;
  now: () => number;
  logger: StorageLogger;
  /** Runs `task` after `delayMs` (file.delete.delay.ms), or at shutdown at the latest. */
  scheduleDelete: (task: () => Promise<void>, delayMs: number) => void;
  /** The log start offset moved (DeleteRecords, retention): the manager checkpoints it. */
  logStartOffsetChanged: (log: PartitionLog) => Promise<void>;
  /** Keys for encryption at rest (empty when the broker has none). */
  keyRing: KeyRing;
}

