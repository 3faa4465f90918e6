/**
 * The group coordinator: classic consumer groups and their committed offsets, persisted in
 * __consumer_offsets and rebuilt by replaying it, on the coordinator runtime
 * (../runtime/coordinator-runtime.ts: loading and unloading partitions, the single writer,
 * coalesced appends that complete once committed).
 *
 * Each group lives in partition abs(hash(groupId)) % offsets.topic.num.partitions; requests for a
 * group whose partition is not loaded (still replaying, or led elsewhere) are answered with
 * COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR so clients retry. How records of the partition
 * rebuild its groups is group-replay.ts.
 */
import { ClassicGroup, EMPTY_BUFFER, type GroupState, type JoinResult, type SyncResult } from './classic-group.ts';
import { GroupError } from './group-error.ts';
import {
  DEFAULT_MEMBERSHIP_CONFIG,
  GroupMembership,
  joinError,
  syncError,
  type HeartbeatRequest,
  type JoinRequest,
  type LeaveResult,
  type MembershipConfig,
  type SyncRequest,
} from './group-membership.ts';
import {
  DEFAULT_OFFSET_CONFIG,
  OffsetManager,
  removeOffset,
  type FetchedOffsets,
  type OffsetCommitInput,
  type OffsetConfig,
  type OffsetDeleteResult,
  type PartitionErrors,
  type TxnOffsetCommitInput,
  applyCommittedTxnOffsets,
} from './offset-manager.ts';
import { TxnOffsets } from './txn-offsets.ts';
import { encodeGroupMetadataKey, encodeGroupMetadataValue, encodeOffsetCommitKey } from './offsets-topic-records.ts';
import { GroupReplay } from './group-replay.ts';
import type { CoordinatorLog, CoordinatorMarker, CoordinatorRecord } from '../runtime/coordinator-log.ts';
import { CoordinatorRuntime, type Availability } from '../runtime/coordinator-runtime.ts';
import { systemScheduler, type Scheduler, type TimerHandle } from '../runtime/scheduler.ts';

export interface GroupCoordinatorConfig extends MembershipConfig, OffsetConfig {
  /** offsets.topic.num.partitions */
  offsetsTopicPartitions: number;
  /** offsets.retention.check.interval.ms */
  offsetsRetentionCheckIntervalMs: number;
}

export const DEFAULT_GROUP_COORDINATOR_CONFIG: GroupCoordinatorConfig = {
  ...DEFAULT_MEMBERSHIP_CONFIG,
  ...DEFAULT_OFFSET_CONFIG,
  offsetsTopicPartitions: 50,
  offsetsRetentionCheckIntervalMs: 600_000,
};

export interface DescribedGroup {
  groupId: string;
  errorCode: number;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    memberMetadata: Buffer;
    memberAssignment: Buffer;
  }[];
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState: string;
}

export interface GroupCoordinatorOptions {
  scheduler?: Scheduler;
  config?: Partial<GroupCoordinatorConfig>;
  /** Called with errors that have no request to answer (background writes). */
  onError?: (e: unknown) => void;
}

export class GroupCoordinator {
  readonly config: GroupCoordinatorConfig;
  private readonly scheduler: Scheduler;
  private readonly groups = new Map<string, ClassicGroup>();
  private readonly membership: GroupMembership;
  private readonly offsets: OffsetManager;
  private readonly runtime: CoordinatorRuntime;
  private readonly txnOffsets = new TxnOffsets();
  private expiryTimer: TimerHandle | null = null;
  private readonly onError: (e: unknown) => void;

  constructor(
    log: CoordinatorLog,
    options: GroupCoordinatorOptions = {},
  ) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.scheduler = options.scheduler ?? systemScheduler;
    this.onError = options.onError ?? (() => {});
    this.membership = new GroupMembership(this.groups, this.scheduler, this.config, (g, a) => this.storeGroup(g, a), this.onError);
    const replay = new GroupReplay(this.groups, this.membership, this.scheduler, (id) => this.partitionFor(id), this.txnOffsets);
    this.runtime = new CoordinatorRuntime(log, replay, { partitions: this.config.offsetsTopicPartitions, onError: this.onError });
    this.offsets = new OffsetManager(
      this.groups,
      this.scheduler,
      this.config,
      (id, records) => this.write(id, records),
      (g, id) => this.membership.renewSession(g, id),
      this.txnOffsets,
    );
  }

  partitionFor(groupId: string): number {
    return this.runtime.partitionFor(groupId);
  }

  /** NONE when this coordinator serves the group now, else the error the client should retry on. */
  availability(groupId: string): number {
    return AVAILABILITY_ERROR[this.runtime.availability(this.partitionFor(groupId))];
  }

  /** Replays the given partitions (all of them by default) and starts serving their groups. */
  async load(partitions?: number[]): Promise<void> {
    await this.runtime.load(partitions);
    this.expiryTimer ??= this.scheduleExpiry();
  }

  /** True while the partition is loaded or loading here. */
  serves(partition: number): boolean {
    return this.runtime.availability(partition) !== 'NOT_COORDINATOR';
  }

  /** Stops serving the groups of that partition (its leadership moved to another broker). */
  unload(partition: number): void {
    this.runtime.unload(partition);
  }

  private write(groupId: string, records: CoordinatorRecord[]): Promise<void> {
    return this.runtime.append(this.partitionFor(groupId), records);
  }

  private storeGroup(g: ClassicGroup, assignments?: Map<string, Buffer>): Promise<void> {
    const value = encodeGroupMetadataValue({
      protocolType: g.protocolType ?? '',
      generation: g.generationId,
      protocol: g.protocolName,
      leader: g.leaderId,
      currentStateTimestamp: g.currentStateTimestamp,
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: g.metadataFor(m, g.protocolName),
        assignment: assignments?.get(m.memberId) ?? m.assignment,
      })),
    });
    return this.write(g.groupId, [{ key: encodeGroupMetadataKey(g.groupId), value }]);
  }

  // ---- membership ----

  join(req: JoinRequest): Promise<JoinResult> {
    const a = this.availability(req.groupId);
    return a !== GroupError.NONE ? Promise.resolve(joinError(a, req.memberId)) : this.membership.join(req);
  }

  sync(req: SyncRequest): Promise<SyncResult> {
    const a = this.availability(req.groupId);
    return a !== GroupError.NONE ? Promise.resolve(syncError(a)) : this.membership.sync(req);
  }

  heartbeat(req: HeartbeatRequest): number {
    const a = this.availability(req.groupId);
    return a !== GroupError.NONE ? a : this.membership.heartbeat(req);
  }

  leave(groupId: string, members: { memberId: string; groupInstanceId: string | null }[]): LeaveResult {
    const a = this.availability(groupId);
    return a !== GroupError.NONE ? { errorCode: a, members: [] } : this.membership.leave(groupId, members);
  }

  // ---- offsets ----

  commitOffsets(req: OffsetCommitInput): Promise<PartitionErrors> {
    const a = this.availability(req.groupId);
    if (a !== GroupError.NONE) {
      return Promise.resolve({
        topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: a })) })),
      });
    }
    return this.offsets.commit(req);
  }

  /** TxnOffsetCommit: offsets pending in the producer's transaction until its marker (completeTransaction). */
  commitTxnOffsets(req: TxnOffsetCommitInput): Promise<PartitionErrors> {
    const a = this.availability(req.groupId);
    if (a !== GroupError.NONE) {
      return Promise.resolve({
        topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: a })) })),
      });
    }
    return this.offsets.commitTransactional(req);
  }

  /**
   * The transaction coordinator's marker for one partition of __consumer_offsets (Kafka's
   * WriteTxnMarkers to the group coordinator): written after everything queued for the partition,
   * then the producer's pending offsets there are applied (COMMIT) or dropped (ABORT). Rejects with
   * NotCoordinatorError when the partition is not served here; the transaction coordinator retries.
   */
  async completeTransaction(partition: number, marker: CoordinatorMarker): Promise<void> {
    await this.runtime.appendMarker(partition, marker);
    const ended = this.txnOffsets.complete(marker.producerId, (id) => this.partitionFor(id) === partition);
    if (!marker.commit) return;
    for (const [groupId, offsets] of ended) {
      let g = this.groups.get(groupId);
      if (!g) this.groups.set(groupId, (g = new ClassicGroup(groupId, this.scheduler.now())));
      applyCommittedTxnOffsets(g, offsets);
    }
  }

  fetchOffsets(groupId: string, topics: { name: string; partitionIndexes: number[] }[] | null, requireStable = false): FetchedOffsets {
    const a = this.availability(groupId);
    return a !== GroupError.NONE ? { errorCode: a, topics: [] } : this.offsets.fetch(groupId, topics, requireStable);
  }

  deleteOffsets(groupId: string, topics: { name: string; partitions: number[] }[]): Promise<OffsetDeleteResult> {
    const a = this.availability(groupId);
    return a !== GroupError.NONE ? Promise.resolve({ errorCode: a, topics: [] }) : this.offsets.deleteOffsets(groupId, topics);
  }

  // ---- admin ----

  describeGroup(groupId: string): DescribedGroup {
    const base = { groupId, groupState: 'Dead', protocolType: '', protocolData: '', members: [] };
    const a = this.availability(groupId);
    if (a !== GroupError.NONE) return { ...base, errorCode: a };
    const g = this.groups.get(groupId);
    if (!g) return { ...base, errorCode: GroupError.NONE };
    // Metadata and assignments are shown only when they are settled (Stable), as in Kafka.
    const stable = g.is('Stable');
    return {
      groupId,
      errorCode: GroupError.NONE,
      groupState: g.state,
      protocolType: g.protocolType ?? '',
      protocolData: stable ? (g.protocolName ?? '') : '',
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: stable ? g.metadataFor(m, g.protocolName) : EMPTY_BUFFER,
        memberAssignment: stable ? m.assignment : EMPTY_BUFFER,
      })),
    };
  }

  /** ListGroups; `states` (KIP-518) filters case-insensitively, empty = all. */
  listGroups(states: string[] = []): ListedGroup[] {
    const wanted = new Set(states.map((s) => s.toLowerCase()));
    const out: ListedGroup[] = [];
    for (const g of this.groups.values()) {
      if (g.is('Dead') || !this.runtime.isLoaded(this.partitionFor(g.groupId))) continue;
      if (wanted.size > 0 && !wanted.has(g.state.toLowerCase())) continue;
      out.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state });
    }
    return out;
  }

  /** True while any owned partition is still replaying (ListGroups answers COORDINATOR_LOAD_IN_PROGRESS). */
  isLoading(): boolean {
    return this.runtime.isLoading();
  }

  async deleteGroups(groupIds: string[]): Promise<{ groupId: string; errorCode: number }[]> {
    return Promise.all(groupIds.map(async (groupId) => ({ groupId, errorCode: await this.deleteGroup(groupId) })));
  }

  private async deleteGroup(groupId: string): Promise<number> {
    const a = this.availability(groupId);
    if (a !== GroupError.NONE) return a;
    const g = this.groups.get(groupId);
    if (!g || g.is('Dead')) return GroupError.GROUP_ID_NOT_FOUND;
    if (!g.is('Empty')) return GroupError.NON_EMPTY_GROUP;
    try {
      await this.write(groupId, this.tombstones(g, [...offsetKeys(g)]));
    } catch (e) {
      this.onError(e);
      return GroupError.COORDINATOR_NOT_AVAILABLE;
    }
    this.removeGroup(g);
    return GroupError.NONE;
  }

  private tombstones(g: ClassicGroup, offsets: [string, number][], withGroup = true): CoordinatorRecord[] {
    const recs: CoordinatorRecord[] = offsets.map(([t, p]) => ({ key: encodeOffsetCommitKey(g.groupId, t, p), value: null }));
    if (withGroup) recs.push({ key: encodeGroupMetadataKey(g.groupId), value: null });
    return recs;
  }

  private removeGroup(g: ClassicGroup): void {
    if (g.canTransitionTo('Dead')) g.transitionTo('Dead', this.scheduler.now());
    this.membership.stopTimers(g);
    if (this.groups.get(g.groupId) === g) this.groups.delete(g.groupId);
  }

  /** Removes expired offsets with tombstones; Empty groups left with none are deleted (KIP-211). */
  async expireOffsets(): Promise<number> {
    const now = this.scheduler.now();
    let removed = 0;
    const work: Promise<void>[] = [];
    for (const g of [...this.groups.values()]) {
      if (!this.runtime.isLoaded(this.partitionFor(g.groupId))) continue;
      const expired = this.offsets.expiredOffsets(g, now);
      const dropGroup = g.is('Empty') && g.offsets.size > 0 && countOffsets(g) === expired.length;
      const emptyNoOffsets = g.is('Empty') && g.offsets.size === 0 && g.members.size === 0 && g.pendingMembers.size === 0;
      if (expired.length === 0 && !emptyNoOffsets) continue;
      const records = this.tombstones(g, expired, dropGroup || emptyNoOffsets);
      work.push(
        this.write(g.groupId, records).then(
          () => {
            for (const [t, p] of expired) removeOffset(g, t, p);
            removed += expired.length;
            if ((dropGroup || emptyNoOffsets) && g.is('Empty') && !g.hasOffsets() && g.members.size === 0) this.removeGroup(g);
          },
          this.onError,
        ),
      );
    }
    await Promise.all(work);
    return removed;
  }

  private scheduleExpiry(): TimerHandle {
    return this.scheduler.schedule(this.config.offsetsRetentionCheckIntervalMs, () => {
      this.expiryTimer = null;
      void this.expireOffsets().finally(() => {
        if (this.runtime.loadedPartitions().length > 0 && this.expiryTimer === null) this.expiryTimer = this.scheduleExpiry();
      });
    });
  }

  /** Stops all timers and answers waiting requests; the coordinator serves nothing after this. */
  close(): void {
    this.expiryTimer?.cancel();
    this.expiryTimer = null;
    this.runtime.close();
    for (const g of this.groups.values()) this.membership.stopTimers(g);
  }

  /** The state of a group, for tests and admin views; undefined when unknown. */
  groupState(groupId: string): GroupState | undefined {
    return this.groups.get(groupId)?.state;
  }

  /** The group's generation (rebalances so far), for tests and admin views; undefined when unknown. */
  groupGeneration(groupId: string): number | undefined {
    return this.groups.get(groupId)?.generationId;
  }
}

const AVAILABILITY_ERROR: Record<Availability, number> = {
  AVAILABLE: GroupError.NONE,
  LOADING: GroupError.COORDINATOR_LOAD_IN_PROGRESS,
  NOT_COORDINATOR: GroupError.NOT_COORDINATOR,
};

function* offsetKeys(g: ClassicGroup): Generator<[string, number]> {
  for (const [t, parts] of g.offsets) for (const p of parts.keys()) yield [t, p];
}

function countOffsets(g: ClassicGroup): number {
  let n = 0;
  for (const parts of g.offsets.values()) n += parts.size;
  return n;
}
