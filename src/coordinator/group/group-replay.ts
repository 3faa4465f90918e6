/**
 * How the records of one __consumer_offsets partition rebuild its groups (the group coordinator's
 * shards on the coordinator runtime): offset commits and their tombstones, group metadata and the
 * tombstone of a deleted group, applied in log order to groups staged per partition; offsets
 * written inside a transaction wait for its marker (txn-offsets.ts). Once the partition is fully
 * read its staged groups replace whatever was served before, and their members' session timers
 * start. Unloading a partition stops and forgets its groups and their pending offsets.
 */
import type { CoordinatorMarker, CoordinatorRecord } from '../runtime/coordinator-log.ts';
import type { CoordinatorShards } from '../runtime/coordinator-runtime.ts';
import type { Scheduler } from '../runtime/scheduler.ts';
import { ClassicGroup } from './classic-group.ts';
import type { GroupMembership } from './group-membership.ts';
import { applyCommittedTxnOffsets, removeOffset, setOffset } from './offset-manager.ts';
import { nextOffsetOrder, type TxnOffsets } from './txn-offsets.ts';
import { decodeGroupMetadataValue, decodeOffsetCommitValue, decodeOffsetsTopicKey } from './offsets-topic-records.ts';
import { computeSubscribedTopics } from './subscribed-topics.ts';

export class GroupReplay implements CoordinatorShards {
  private readonly staged = new Map<number, Map<string, ClassicGroup>>();

  constructor(
    private readonly groups: Map<string, ClassicGroup>,
    private readonly membership: GroupMembership,
    private readonly scheduler: Scheduler,
    private readonly partitionFor: (groupId: string) => number,
    private readonly txnOffsets: TxnOffsets,
  ) {}

  replay(partition: number, rec: CoordinatorRecord): void {
    const key = decodeOffsetsTopicKey(rec.key);
    if (key.type === 'offset') {
      const group = this.group(partition, key.group);
      if (rec.producer) {
        if (rec.value !== null) this.txnOffsets.add(rec.producer.producerId, key.group, { topic: key.topic, partition: key.partition, offset: { ...decodeOffsetCommitValue(rec.value), order: nextOffsetOrder() } });
      } else if (rec.value === null) removeOffset(group, key.topic, key.partition);
      else setOffset(group, key.topic, key.partition, { ...decodeOffsetCommitValue(rec.value), order: nextOffsetOrder() });
    } else if (key.type === 'group') {
      if (rec.value === null) forget(this.group(partition, key.group));
      else restore(this.group(partition, key.group), decodeGroupMetadataValue(rec.value));
    }
  }

  replayMarker(partition: number, m: CoordinatorMarker): void {
    const ended = this.txnOffsets.complete(m.producerId, (id) => this.partitionFor(id) === partition);
    if (m.commit) for (const [id, offsets] of ended) applyCommittedTxnOffsets(this.group(partition, id), offsets);
  }

  loaded(partition: number): void {
    const seen = this.staged.get(partition) ?? new Map<string, ClassicGroup>();
    this.staged.delete(partition);
    for (const [id, g] of seen) {
      if (g.members.size === 0 && !g.hasOffsets() && g.protocolType === null && !this.txnOffsets.hasGroup(id)) continue;
      const before = this.groups.get(id);
      if (before) this.membership.stopTimers(before);
      this.groups.set(id, g);
      this.membership.resumeLoadedGroup(g);
    }
  }

  unloaded(partition: number): void {
    this.staged.delete(partition);
    this.txnOffsets.drop((id) => this.partitionFor(id) === partition);
    for (const [id, g] of [...this.groups]) {
      if (this.partitionFor(id) !== partition) continue;
      this.membership.stopTimers(g);
      this.groups.delete(id);
    }
  }

  private group(partition: number, id: string): ClassicGroup {
    let seen = this.staged.get(partition);
    if (!seen) this.staged.set(partition, (seen = new Map()));
    let g = seen.get(id);
    if (!g) seen.set(id, (g = new ClassicGroup(id, this.scheduler.now())));
    return g;
  }
}

/** A deleted group: its offsets were tombstoned before it; forget the metadata. */
function forget(g: ClassicGroup): void {
  g.members.clear();
  g.staticMembers.clear();
  g.protocolType = g.protocolName = g.leaderId = null;
  g.subscribedTopics = null;
  g.generationId = 0;
  g.state = 'Empty';
}

function restore(g: ClassicGroup, v: ReturnType<typeof decodeGroupMetadataValue>): void {
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
