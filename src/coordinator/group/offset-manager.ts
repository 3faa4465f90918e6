/**
 * Committed offsets of classic groups: OffsetCommit (with Kafka's generation and member checks),
 * TxnOffsetCommit (pending until the transaction ends, txn-offsets.ts), OffsetFetch, OffsetDelete
 * and retention (KIP-211). Offsets are written to __consumer_offsets first and applied in memory
 * only once the write resolved, so a fetch never returns an offset that a restart would lose.
 */
import { ClassicGroup, type CommittedOffset } from './classic-group.ts';
import { GroupError } from './group-error.ts';
import type { CoordinatorRecord } from '../runtime/coordinator-log.ts';
import { encodeOffsetCommitKey, encodeOffsetCommitValue } from './offsets-topic-records.ts';
import type { Scheduler } from '../runtime/scheduler.ts';
import { nextOffsetOrder, type PendingOffset, type TxnOffsets } from './txn-offsets.ts';

export interface OffsetConfig {
  /** offset.metadata.max.bytes */
  offsetMetadataMaxBytes: number;
  /** offsets.retention.minutes, in ms */
  offsetsRetentionMs: number;
}

export const DEFAULT_OFFSET_CONFIG: OffsetConfig = {
  offsetMetadataMaxBytes: 4096,
  offsetsRetentionMs: 7 * 24 * 60 * 60 * 1000,
};

export interface OffsetCommitInput {
  groupId: string;
  /** -1 for commits from outside group management (admin tools, v0). */
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  /** OffsetCommit v2-v4 retention_time_ms; -1 = broker default. */
  retentionTimeMs: number;
  topics: {
    name: string;
    partitions: { partitionIndex: number; committedOffset: bigint; committedLeaderEpoch: number; committedMetadata: string | null }[];
  }[];
}

export interface TxnOffsetCommitInput extends Omit<OffsetCommitInput, 'retentionTimeMs'> {
  producerId: bigint;
  producerEpoch: number;
}

export interface PartitionErrors {
  topics: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }[];
}

export interface FetchedOffsets {
  errorCode: number;
  topics: {
    name: string;
    partitions: { partitionIndex: number; committedOffset: bigint; committedLeaderEpoch: number; metadata: string; errorCode: number }[];
  }[];
}

export interface OffsetDeleteResult extends PartitionErrors {
  errorCode: number;
}

/** Writes records for a group to its __consumer_offsets partition. */
export type WriteGroupRecords = (groupId: string, records: CoordinatorRecord[]) => Promise<void>;

export class OffsetManager {
  constructor(
    private readonly groups: Map<string, ClassicGroup>,
    private readonly scheduler: Scheduler,
    private readonly config: OffsetConfig,
    private readonly write: WriteGroupRecords,
    /** A commit from a member counts as a sign of life, as in Kafka. */
    private readonly renewSession: (group: ClassicGroup, memberId: string) => void,
    private readonly txnOffsets: TxnOffsets,
  ) {}

  /**
   * Kafka's ClassicGroup.validateOffsetCommit: NONE or the error every partition gets. A
   * transactional commit (KIP-447) may come without member and generation from a producer outside
   * the group, and is not held back by a rebalance.
   */
  private validateCommit(group: ClassicGroup, req: Omit<OffsetCommitInput, 'retentionTimeMs'>, transactional = false): number {
    if (group.is('Dead')) return GroupError.COORDINATOR_NOT_AVAILABLE;
    // generation -1 and an Empty group: an admin tool or a consumer without group management.
    if (req.generationId < 0 && group.is('Empty')) return GroupError.NONE;
    if (req.generationId >= 0 || req.memberId !== '' || req.groupInstanceId !== null) {
      if (req.groupInstanceId !== null) {
        const current = group.staticMembers.get(req.groupInstanceId);
        if (current === undefined) return GroupError.UNKNOWN_MEMBER_ID;
        if (current !== req.memberId) return GroupError.FENCED_INSTANCE_ID;
      }
      if (!group.members.has(req.memberId)) return GroupError.UNKNOWN_MEMBER_ID;
      if (req.generationId !== group.generationId) return GroupError.ILLEGAL_GENERATION;
    } else if (!transactional && !group.is('Empty')) {
      // A commit with no member and generation is accepted only while nobody consumes the group.
      return GroupError.UNKNOWN_MEMBER_ID;
    }
    // The member has the new generation but has not synced yet: let it retry after SyncGroup.
    if (!transactional && group.is('CompletingRebalance')) return GroupError.REBALANCE_IN_PROGRESS;
    return GroupError.NONE;
  }

  async commit(req: OffsetCommitInput): Promise<PartitionErrors> {
    const checked = this.checkCommit(req, false);
    if ('error' in checked) return checked.error;
    const { group, accepted, result } = checked;
    if (accepted.length === 0) return result;
    try {
      await this.write(
        req.groupId,
        accepted.map((a) => ({ key: encodeOffsetCommitKey(req.groupId, a.topic, a.partition), value: encodeOffsetCommitValue(a.offset) })),
      );
    } catch {
      // Not durable: the client must retry (on another coordinator if this one moved).
      return notDurable(result);
    }
    for (const a of accepted) setOffset(group, a.topic, a.partition, a.offset);
    return result;
  }

  /**
   * TxnOffsetCommit: the offsets are written in the producer's transaction and held pending until
   * its marker reaches this partition (completeTransaction). The caller has checked that the
   * group's partition is in the producer's ongoing transaction.
   */
  async commitTransactional(req: TxnOffsetCommitInput): Promise<PartitionErrors> {
    const checked = this.checkCommit({ ...req, retentionTimeMs: -1 }, true);
    if ('error' in checked) return checked.error;
    const { accepted, result } = checked;
    if (accepted.length === 0) return result;
    const producer = { producerId: req.producerId, producerEpoch: req.producerEpoch };
    try {
      await this.write(
        req.groupId,
        accepted.map((a) => ({ key: encodeOffsetCommitKey(req.groupId, a.topic, a.partition), value: encodeOffsetCommitValue(a.offset), producer })),
      );
    } catch {
      return notDurable(result);
    }
    for (const a of accepted) this.txnOffsets.add(req.producerId, req.groupId, a);
    return result;
  }

  /** The checks of OffsetCommit and TxnOffsetCommit, and the offsets they would write (each stamped in write order). */
  private checkCommit(req: OffsetCommitInput, transactional: boolean): { error: PartitionErrors } | { group: ClassicGroup; accepted: PendingOffset[]; result: PartitionErrors } {
    const all = (code: number): { error: PartitionErrors } => ({
      error: { topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })) })) },
    });
    if (req.groupId === '') return all(GroupError.INVALID_GROUP_ID);
    let group = this.groups.get(req.groupId);
    if (!group) {
      // Only a commit from outside group management may create a (simple) group.
      if (req.generationId >= 0) return all(GroupError.ILLEGAL_GENERATION);
      group = new ClassicGroup(req.groupId, this.scheduler.now());
      this.groups.set(req.groupId, group);
    }
    const error = this.validateCommit(group, req, transactional);
    if (error !== GroupError.NONE) return all(error);
    if (group.members.has(req.memberId)) this.renewSession(group, req.memberId);

    const now = this.scheduler.now();
    const order = nextOffsetOrder();
    const accepted: PendingOffset[] = [];
    const result: PartitionErrors = { topics: [] };
    for (const t of req.topics) {
      const partitions = t.partitions.map((p) => {
        const metadata = p.committedMetadata ?? '';
        if (Buffer.byteLength(metadata) > this.config.offsetMetadataMaxBytes) {
          return { partitionIndex: p.partitionIndex, errorCode: GroupError.OFFSET_METADATA_TOO_LARGE };
        }
        accepted.push({
          topic: t.name,
          partition: p.partitionIndex,
          offset: {
            offset: p.committedOffset,
            leaderEpoch: p.committedLeaderEpoch,
            metadata,
            commitTimestamp: now,
            // KIP-211: an explicit retention sets an absolute expiry; otherwise the group's state decides.
            expireTimestamp: req.retentionTimeMs >= 0 ? now + req.retentionTimeMs : null,
            order,
          },
        });
        return { partitionIndex: p.partitionIndex, errorCode: GroupError.NONE as number };
      });
      result.topics.push({ name: t.name, partitions });
    }
    return { group, accepted, result };
  }

  /**
   * OffsetFetch for one group. topics null = every committed offset (v2+). Partitions without an
   * offset answer -1 with no error, as Kafka does. With require_stable (KIP-447) a partition with
   * an offset pending in an open transaction answers UNSTABLE_OFFSET_COMMIT, so the consumer waits
   * for the transaction to end.
   */
  fetch(groupId: string, topics: { name: string; partitionIndexes: number[] }[] | null, requireStable = false): FetchedOffsets {
    const group = this.groups.get(groupId);
    const lookup = (topic: string, partition: number) => {
      if (requireStable && this.txnOffsets.isPending(groupId, topic, partition)) {
        return { partitionIndex: partition, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: GroupError.UNSTABLE_OFFSET_COMMIT as number };
      }
      const o = group?.offsets.get(topic)?.get(partition);
      return {
        partitionIndex: partition,
        committedOffset: o?.offset ?? -1n,
        committedLeaderEpoch: o?.leaderEpoch ?? -1,
        metadata: o?.metadata ?? '',
        errorCode: GroupError.NONE as number,
      };
    };
    if (topics === null) {
      if (!group || group.is('Dead')) return { errorCode: GroupError.NONE, topics: [] };
      return {
        errorCode: GroupError.NONE,
        topics: [...group.offsets].map(([name, parts]) => ({ name, partitions: [...parts.keys()].sort((a, b) => a - b).map((p) => lookup(name, p)) })),
      };
    }
    return { errorCode: GroupError.NONE, topics: topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => lookup(t.name, p)) })) };
  }

  /** OffsetDelete (KIP-496): only offsets of topics the group no longer consumes. */
  async deleteOffsets(groupId: string, topics: { name: string; partitions: number[] }[]): Promise<OffsetDeleteResult> {
    const group = this.groups.get(groupId);
    if (!group || group.is('Dead')) return { errorCode: GroupError.GROUP_ID_NOT_FOUND, topics: [] };
    if (!group.is('Empty') && !group.usesConsumerProtocol()) return { errorCode: GroupError.NON_EMPTY_GROUP, topics: [] };
    const records: CoordinatorRecord[] = [];
    const deleted: [string, number][] = [];
    const result: OffsetDeleteResult = { errorCode: GroupError.NONE, topics: [] };
    for (const t of topics) {
      const isSubscribed = group.isSubscribedToTopic(t.name);
      result.topics.push({
        name: t.name,
        partitions: t.partitions.map((p) => {
          if (isSubscribed) return { partitionIndex: p, errorCode: GroupError.GROUP_SUBSCRIBED_TO_TOPIC };
          if (group.offsets.get(t.name)?.has(p)) {
            records.push({ key: encodeOffsetCommitKey(groupId, t.name, p), value: null });
            deleted.push([t.name, p]);
          }
          return { partitionIndex: p, errorCode: GroupError.NONE };
        }),
      });
    }
    if (records.length > 0) {
      try {
        await this.write(groupId, records);
      } catch {
        return { errorCode: GroupError.COORDINATOR_NOT_AVAILABLE, topics: [] };
      }
      for (const [t, p] of deleted) removeOffset(group, t, p);
    }
    return result;
  }

  /**
   * KIP-211 retention: which offsets of a group have expired at `now`. A consumer group's offsets
   * expire only once it is Empty, counted from when it became Empty; a simple group's (no protocol
   * type) from each commit; an explicit expiry from OffsetCommit v2-v4 always wins.
   */
  expiredOffsets(group: ClassicGroup, now: number): [string, number][] {
    const out: [string, number][] = [];
    const retention = this.config.offsetsRetentionMs;
    const subscribed = group.is('Stable') && group.usesConsumerProtocol() ? group.subscribedTopics : null;
    for (const [topic, parts] of group.offsets) {
      for (const [partition, o] of parts) {
        if (this.txnOffsets.isPending(group.groupId, topic, partition)) continue;
        let expired: boolean;
        if (o.expireTimestamp !== null) expired = now >= o.expireTimestamp;
        else if (group.protocolType === null) expired = now - o.commitTimestamp >= retention;
        else if (group.is('Empty')) expired = now - (group.currentStateTimestamp ?? o.commitTimestamp) >= retention;
        // A Stable consumer group keeps offsets only for topics it still subscribes to.
        else if (subscribed !== null && !subscribed.has(topic)) expired = now - o.commitTimestamp >= retention;
        else expired = false;
        if (expired) out.push([topic, partition]);
      }
    }
    return out;
  }
}

export function setOffset(group: ClassicGroup, topic: string, partition: number, o: CommittedOffset): void {
  let parts = group.offsets.get(topic);
  if (!parts) group.offsets.set(topic, (parts = new Map()));
  parts.set(partition, o);
}

/** A committed transaction's offsets become the group's, except where a later plain commit already replaced them. */
export function applyCommittedTxnOffsets(group: ClassicGroup, offsets: PendingOffset[]): void {
  for (const p of offsets) {
    const current = group.offsets.get(p.topic)?.get(p.partition);
    if (!current || (current.order ?? 0) < (p.offset.order ?? 0)) setOffset(group, p.topic, p.partition, p.offset);
  }
}

function notDurable(result: PartitionErrors): PartitionErrors {
  for (const t of result.topics) for (const p of t.partitions) if (p.errorCode === GroupError.NONE) p.errorCode = GroupError.COORDINATOR_NOT_AVAILABLE;
  return result;
}

export function removeOffset(group: ClassicGroup, topic: string, partition: number): void {
  const parts = group.offsets.get(topic);
  if (!parts) return;
  parts.delete(partition);
  if (parts.size === 0) group.offsets.delete(topic);
}
