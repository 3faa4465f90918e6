/**
 * One partition as its replica manager sees it (Kafka's Partition): the log, the leader epoch, the
 * replica set, and the only owner of the partition's watermarks. Appends and reads go through it:
 *
 * - log end offset: the log's; the local replica's acknowledged end is what the flush policy has
 *   made durable (an append resolves then), so a fetch never returns data that an
 *   acknowledged-then-crashed broker could lose.
 * - high watermark: the smallest acknowledged end over the in-sync replicas. One node: the local
 *   one, so it moves as soon as an append resolves; followers report theirs with
 *   followerAcknowledged (their fetches, in the cluster issue).
 * - last stable offset: the high watermark, or the first offset of the oldest open transaction
 *   below it (the `unstableFrom` hook: by default the log's first unstable offset, from its
 *   producer state; tests set their own).
 *
 * acks=all appends wait in the delayed-produce purgatory until the high watermark passes them
 * (on one node at once); acks=1 answers after the local append. Fetch long polls wait here for the
 * high watermark to move.
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { offsetAfterBatches } from '../protocol/record-batch/batch-header.ts';
import type { LogConfig } from '../storage/log/log-config.ts';
import type { PartitionLog } from '../storage/log/partition-log.ts';
import type { AppendOrigin } from '../storage/log/append-plan.ts';
import type { AppendResult, ReadResult } from '../storage/log/partition-log-types.ts';
import { DelayedProducePurgatory } from './delayed-produce.ts';
import { PartitionError } from './partition-error.ts';

/** How far a read may go (Kafka's FetchIsolation): the log end (coordinator loading), the high watermark, or the last stable offset. */
export type FetchIsolation = 'LOG_END' | 'HIGH_WATERMARK' | 'TXN_COMMITTED';

/** The wire isolation level of Fetch and ListOffsets (0 read_uncommitted, 1 read_committed). */
export function isolationOf(isolationLevel: number): FetchIsolation {
  return isolationLevel === 1 ? 'TXN_COMMITTED' : 'HIGH_WATERMARK';
}

export interface LeaderAppendOptions {
  /** 1: answer after the local append; -1: after the high watermark passes the records (0 is 1 without a response). */
  requiredAcks: number;
  origin?: AppendOrigin;
  /** acks=all: fewer in-sync replicas than this (capped at the replica count, as Kafka does) refuses the append (NOT_ENOUGH_REPLICAS). */
  minInsyncReplicas?: number;
  /** acks=all: how long to wait for the high watermark (the Produce request's timeout). */
  timeoutMs?: number;
}

/** The replica set of a partition: its leader, all replicas and the in-sync ones (node ids). */
export interface ReplicaSet {
  leader: number;
  replicas: readonly number[];
  isr: readonly number[];
}

const DEFAULT_ACK_TIMEOUT_MS = 30_000;

export class Partition {
  private hw: number;
  /** What this replica has acknowledged (durable under the flush policy). */
  private localEnd: number;
  /** What each follower has acknowledged (its fetch offset); none on one node. */
  private followerEnds = new Map<number, number>();
  private waiters = new Set<() => void>();
  private readonly delayedProduce = new DelayedProducePurgatory();
  /** First offset of the oldest open transaction, when there is one. */
  unstableFrom: () => number | null = () => this.log.firstUnstableOffset();

  constructor(
    readonly topic: string,
    readonly index: number,
    readonly topicId: string,
    readonly log: PartitionLog,
    public leaderEpoch: number,
    public replicaSet: ReplicaSet,
  ) {
    this.localEnd = log.logEndOffset;
    this.hw = log.logEndOffset;
  }

  get logStartOffset(): number {
    return this.log.logStartOffset;
  }

  get logEndOffset(): number {
    return this.log.logEndOffset;
  }

  get highWatermark(): number {
    // Records removed by truncation or retention pull the high watermark along.
    return Math.max(Math.min(this.hw, this.log.logEndOffset), this.log.logStartOffset);
  }

  get lastStableOffset(): number {
    const hw = this.highWatermark;
    const unstable = this.unstableFrom();
    return unstable === null ? hw : Math.max(Math.min(unstable, hw), this.log.logStartOffset);
  }

  /** The offset a read with `isolation` stops before. */
  upperBound(isolation: FetchIsolation): number {
    if (isolation === 'LOG_END') return this.log.logEndOffset;
    return isolation === 'TXN_COMMITTED' ? this.lastStableOffset : this.highWatermark;
  }

  /** Acks waiting for the high watermark (a figure for metrics). */
  get delayedProduceCount(): number {
    return this.delayedProduce.size;
  }

  /**
   * Appends as the leader (Kafka's appendRecordsToLeader) and answers per `requiredAcks`. Throws
   * the log's StorageError, or PartitionError(NOT_ENOUGH_REPLICAS / REQUEST_TIMED_OUT) for acks=all.
   */
  async appendAsLeader(records: Buffer, opts: LeaderAppendOptions): Promise<AppendResult> {
    const all = opts.requiredAcks === -1;
    // Kafka's effective min ISR: never more than the partition has replicas (so one replica takes acks=all).
    const minIsr = Math.min(opts.minInsyncReplicas ?? 1, this.replicaSet.replicas.length);
    if (all && this.replicaSet.isr.length < minIsr) {
      throw new PartitionError(
        ErrorCode.NOT_ENOUGH_REPLICAS,
        `${this.topic}-${this.index} has ${this.replicaSet.isr.length} in-sync replicas, fewer than min.insync.replicas=${minIsr}`,
      );
    }
    const r = await this.log.append(records, { leaderEpoch: this.leaderEpoch, origin: opts.origin ?? 'client' });
    this.acknowledgedLocally(r.lastOffset + 1);
    if (!all) return r;
    const needed = r.lastOffset + 1;
    if (this.hw >= needed) return r;
    const outcome = await this.delayedProduce.wait(needed, opts.timeoutMs ?? DEFAULT_ACK_TIMEOUT_MS);
    if (outcome === 'closed') throw new PartitionError(ErrorCode.NOT_LEADER_OR_FOLLOWER, `${this.topic}-${this.index} is no longer led by this broker`);
    if (outcome === 'timeout') throw new PartitionError(ErrorCode.REQUEST_TIMED_OUT, `${this.topic}-${this.index}: the in-sync replicas did not acknowledge offset ${r.lastOffset} in time`);
    return r;
  }

  /** Whole batches from `offset`, at most `maxBytes` (at least one with `minOneBatch`), below the bound of `isolation`. */
  read(offset: number, maxBytes: number, isolation: FetchIsolation, opts: { minOneBatch?: boolean } = {}): Promise<ReadResult> {
    return this.log.read(offset, maxBytes, this.upperBound(isolation), opts);
  }

  /**
   * The aborted transactions a read_committed Fetch of `records` (read from `fetchOffset`) reports,
   * as FetchResponse entries; none for an empty read.
   */
  async abortedTransactions(fetchOffset: number, records: Buffer): Promise<{ producerId: bigint; firstOffset: bigint }[]> {
    const upperBound = offsetAfterBatches(records);
    if (upperBound < 0) return [];
    const txns = await this.log.abortedTransactions(fetchOffset, upperBound);
    return txns.map((t) => ({ producerId: BigInt(t.producerId), firstOffset: BigInt(t.firstOffset) }));
  }

  /**
   * DeleteRecords: moves the log start offset to `offset` (at most the high watermark, checked by
   * the caller) and returns the new low watermark.
   */
  async deleteRecordsBefore(offset: number): Promise<number> {
    if (offset <= this.log.logStartOffset) return this.log.logStartOffset;
    const low = await this.log.deleteRecordsBefore(offset);
    this.wake();
    return low;
  }

  updateConfig(config: LogConfig): void {
    this.log.updateConfig(config);
  }

  /** The local replica acknowledged everything below `end`; with one in-sync replica that is the high watermark. */
  private acknowledgedLocally(end: number): void {
    if (end > this.localEnd) this.localEnd = end;
    this.maybeIncrementHighWatermark();
  }

  /**
   * A follower fetched from `end` (Kafka's updateFollowerFetchState): it holds everything below it.
   * The cluster's replica fetcher calls this; on one node there are no followers.
   */
  followerAcknowledged(nodeId: number, end: number): void {
    if (end > (this.followerEnds.get(nodeId) ?? -1)) this.followerEnds.set(nodeId, end);
    this.maybeIncrementHighWatermark();
  }

  /** The high watermark is the smallest acknowledged end over the in-sync replicas; it never goes back. */
  private maybeIncrementHighWatermark(): void {
    let candidate = this.localEnd;
    for (const id of this.replicaSet.isr) {
      if (id === this.replicaSet.leader) continue;
      candidate = Math.min(candidate, this.followerEnds.get(id) ?? this.hw);
    }
    if (candidate <= this.hw) return;
    this.hw = candidate;
    this.delayedProduce.complete(candidate);
    this.wake();
  }

  /** The partition went away (deleted) or stopped being led here: long polls answer, acks=all waiters fail. */
  close(): void {
    this.delayedProduce.cancelAll();
    this.wake();
  }

  /** Wakes waiting long polls so they read again (new data, or the partition went away). */
  private wake(): void {
    if (this.waiters.size === 0) return;
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** `cb` runs once, at the next high watermark move (or when the partition closes). Returns a function that cancels it. */
  onHighWatermark(cb: () => void): () => void {
    this.waiters.add(cb);
    return () => this.waiters.delete(cb);
  }
}
