/**
 * The group coordinator: classic consumer groups and their committed offsets, persisted in
 * __consumer_offsets and rebuilt by replaying it (Kafka's coordinator runtime, in one thread).
 *
 * Each group lives in partition abs(hash(groupId)) % offsets.topic.num.partitions; requests for a
 * group whose partition is not loaded (still replaying, or led elsewhere) are answered with
 * COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR so clients retry. Writes to one partition are
 * coalesced per event-loop turn and appended in the order their state changes happened.
 */
import { ClassicGroup, EMPTY_BUFFER, type GroupState, type JoinResult, type SyncResult } from './classic-group.ts';
import { computeSubscribedTopics } from './subscribed-topics.ts';
import { GroupError } from './group-error.ts';
import { offsetsPartitionFor, type GroupLog, type GroupLogRecord } from './group-log.ts';
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
  setOffset,
  type FetchedOffsets,
  type OffsetCommitInput,
  type OffsetConfig,
  type OffsetDeleteResult,
  type PartitionErrors,
} from './offset-manager.ts';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsTopicKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
} from './offsets-topic-records.ts';
import { systemScheduler, type Scheduler, type TimerHandle } from './scheduler.ts';

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

interface PendingWrite {
  records: GroupLogRecord[];
  bytes: number;
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

/** Bounds of one coalesced append (well under the default max.message.bytes of 1 MiB). */
const MAX_BATCH_RECORDS = 2000;
const MAX_BATCH_BYTES = 512 * 1024;

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
  private readonly loaded = new Set<number>();
  private readonly loading = new Set<number>();
  private readonly pendingWrites = new Map<number, PendingWrite>();
  private expiryTimer: TimerHandle | null = null;
  private readonly onError: (e: unknown) => void;

  constructor(
    private readonly log: GroupLog,
    options: GroupCoordinatorOptions = {},
  ) {
    this.config = { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...options.config };
    this.scheduler = options.scheduler ?? systemScheduler;
    this.onError = options.onError ?? (() => {});
    this.membership = new GroupMembership(this.groups, this.scheduler, this.config, (g, a) => this.storeGroup(g, a), this.onError);
    this.offsets = new OffsetManager(this.groups, this.scheduler, this.config, (id, records) => this.write(id, records), (g, id) =>
      this.membership.renewSession(g, id),
    );
  }

  partitionFor(groupId: string): number {
    return offsetsPartitionFor(groupId, this.config.offsetsTopicPartitions);
  }

  /** NONE when this coordinator serves the group now, else the error the client should retry on. */
  availability(groupId: string): number {
    const p = this.partitionFor(groupId);
    if (this.loaded.has(p)) return GroupError.NONE;
    return this.loading.has(p) ? GroupError.COORDINATOR_LOAD_IN_PROGRESS : GroupError.NOT_COORDINATOR;
  }

  /** Replays the given partitions (all of them by default) and starts serving their groups. */
  async load(partitions: number[] = [...Array(this.config.offsetsTopicPartitions).keys()]): Promise<void> {
    for (const p of partitions) this.loading.add(p);
    for (const p of partitions) {
      await this.replay(p);
      this.loading.delete(p);
      this.loaded.add(p);
    }
    this.expiryTimer ??= this.scheduleExpiry();
  }

  private async replay(partition: number): Promise<void> {
    const seen = new Map<string, ClassicGroup>();
    const group = (id: string) => {
      let g = seen.get(id);
      if (!g) seen.set(id, (g = new ClassicGroup(id, this.scheduler.now())));
      return g;
    };
    for await (const rec of this.log.replay(partition)) {
      let key;
      try {
        key = decodeOffsetsTopicKey(rec.key);
        if (key.type === 'offset') {
          if (rec.value === null) removeOffset(group(key.group), key.topic, key.partition);
          else setOffset(group(key.group), key.topic, key.partition, decodeOffsetCommitValue(rec.value));
        } else if (key.type === 'group') {
          if (rec.value === null) {
            // A deleted group: its offsets were tombstoned before it; forget the metadata.
            const g = group(key.group);
            g.members.clear();
            g.staticMembers.clear();
            g.protocolType = g.protocolName = g.leaderId = null;
            g.subscribedTopics = null;
            g.generationId = 0;
            g.state = 'Empty';
          } else {
            this.restoreGroup(group(key.group), decodeGroupMetadataValue(rec.value));
          }
        }
      } catch (e) {
        // One unreadable record must not stop the coordinator from serving every other group.
        this.onError(e);
      }
    }
    for (const [id, g] of seen) {
      if (g.members.size === 0 && !g.hasOffsets() && g.protocolType === null) continue;
      this.groups.get(id) && this.membership.stopTimers(this.groups.get(id)!);
      this.groups.set(id, g);
      this.membership.resumeLoadedGroup(g);
    }
  }

  private restoreGroup(g: ClassicGroup, v: ReturnType<typeof decodeGroupMetadataValue>): void {
    g.members.clear();
    g.staticMembers.clear();
    g.protocolType = v.protocolType === '' ? null : v.protocolType;
    g.generationId = v.generation;
    g.protocolName = v.protocol;
    g.leaderId = v.leader;
    g.currentStateTimestamp = v.currentStateTimestamp;
    g.state = v.members.length === 0 ? 'Empty' : 'Stable';
    for (const m of v.members) {
      g.addMember({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        protocolType: v.protocolType,
        protocols: [{ name: v.protocol ?? '', metadata: m.subscription }],
        assignment: m.assignment,
        awaitingJoin: null,
        awaitingSync: null,
        sessionTimer: null,
        isNew: false,
      });
    }
    g.leaderId = v.leader;
    g.subscribedTopics = computeSubscribedTopics(g);
  }

  /**
   * Records written in the same turn of the event loop to one partition go out as one batch
   * (Kafka's coordinator runtime batches the same way): one append and one fsync for many
   * commits. Appends are issued in call order, so the log keeps the order of state changes.
   */
  private write(groupId: string, records: GroupLogRecord[]): Promise<void> {
    const p = this.partitionFor(groupId);
    let batch = this.pendingWrites.get(p);
    if (!batch) {
      batch = { records: [], bytes: 0, waiters: [] };
      this.pendingWrites.set(p, batch);
      setImmediate(() => this.flushWrites(p, batch!));
    }
    const b = batch;
    b.records.push(...records);
    for (const r of records) b.bytes += r.key.length + (r.value?.length ?? 0);
    const done = new Promise<void>((resolve, reject) => b.waiters.push({ resolve, reject }));
    if (b.records.length >= MAX_BATCH_RECORDS || b.bytes >= MAX_BATCH_BYTES) this.flushWrites(p, b);
    return done;
  }

  private flushWrites(p: number, batch: PendingWrite): void {
    if (this.pendingWrites.get(p) !== batch) return; // already flushed (size limit)
    this.pendingWrites.delete(p);
    this.log.append(p, batch.records).then(
      () => batch.waiters.forEach((w) => w.resolve()),
      (e: unknown) => batch.waiters.forEach((w) => w.reject(e)),
    );
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

  fetchOffsets(groupId: string, topics: { name: string; partitionIndexes: number[] }[] | null): FetchedOffsets {
    const a = this.availability(groupId);
    return a !== GroupError.NONE ? { errorCode: a, topics: [] } : this.offsets.fetch(groupId, topics);
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
      if (g.is('Dead') || !this.loaded.has(this.partitionFor(g.groupId))) continue;
      if (wanted.size > 0 && !wanted.has(g.state.toLowerCase())) continue;
      out.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state });
    }
    return out;
  }

  /** True while any owned partition is still replaying (ListGroups answers COORDINATOR_LOAD_IN_PROGRESS). */
  isLoading(): boolean {
    return this.loading.size > 0;
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

  private tombstones(g: ClassicGroup, offsets: [string, number][], withGroup = true): GroupLogRecord[] {
    const recs: GroupLogRecord[] = offsets.map(([t, p]) => ({ key: encodeOffsetCommitKey(g.groupId, t, p), value: null }));
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
      if (!this.loaded.has(this.partitionFor(g.groupId))) continue;
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
        if (this.loaded.size > 0 && this.expiryTimer === null) this.expiryTimer = this.scheduleExpiry();
      });
    });
  }

  /** Stops all timers and answers waiting requests; the coordinator serves nothing after this. */
  close(): void {
    this.expiryTimer?.cancel();
    this.expiryTimer = null;
    for (const g of this.groups.values()) this.membership.stopTimers(g);
    this.loaded.clear();
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

function* offsetKeys(g: ClassicGroup): Generator<[string, number]> {
  for (const [t, parts] of g.offsets) for (const p of parts.keys()) yield [t, p];
}

function countOffsets(g: ClassicGroup): number {
  let n = 0;
  for (const parts of g.offsets.values()) n += parts.size;
  return n;
}
