/**
 * Consumer-group administration: list (every broker answers for the groups it coordinates),
 * describe with members and their assignments, committed offsets and lag (as
 * kafka-consumer-groups --describe prints them), delete, and offset resets. Describe, offsets and
 * resets go to the group's coordinator (FindCoordinator); resets are an OffsetCommit with
 * generation -1 and no member id, which Kafka accepts only while the group has no members.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { Cluster } from './cluster.ts';
import { decodeAssignment } from './consumer-protocol.ts';
import { KafkaError, throwIfError } from './kafka-error.ts';
import { listOffsets, type OffsetSpec } from './list-offsets.ts';

export interface GroupListing {
  groupId: string;
  protocolType: string;
  state: string;
  coordinator: number;
}

export interface GroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  host: string;
  assignment: Map<string, number[]>;
}

export interface GroupDescription {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  members: GroupMember[];
}

export interface GroupOffsetLag {
  topic: string;
  partition: number;
  /** -1 when the group has no committed offset for the partition. */
  currentOffset: number;
  logEndOffset: number;
  /** null when there is no committed offset. */
  lag: number | null;
  memberId: string | null;
  host: string | null;
  clientId: string | null;
}

export class GroupAdmin {
  constructor(private readonly cluster: Cluster) {}

  async list(): Promise<GroupListing[]> {
    await this.cluster.refresh([]);
    const out: GroupListing[] = [];
    for (const b of this.cluster.brokers.values()) {
      const conn = await this.cluster.broker(b.nodeId);
      const res = await conn.send(ApiKey.ListGroups, { statesFilter: [], typesFilter: [] });
      throwIfError(res.errorCode, `list groups on broker ${b.nodeId}`);
      for (const g of res.groups) out.push({ groupId: g.groupId, protocolType: g.protocolType, state: g.groupState, coordinator: b.nodeId });
    }
    return out.sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  }

  async describe(groupId: string): Promise<GroupDescription> {
    return this.onCoordinator(groupId, async (conn) => {
      const res = await conn.send(ApiKey.DescribeGroups, { groups: [groupId], includeAuthorizedOperations: false });
      const g = res.groups[0];
      if (g === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `DescribeGroups returned nothing for ${groupId}`, { retriable: false });
      throwIfError(g.errorCode, `describe group ${groupId}`);
      return {
        groupId: g.groupId,
        state: g.groupState,
        protocolType: g.protocolType,
        protocol: g.protocolData,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          host: m.clientHost,
          assignment: g.protocolType === 'consumer' ? safeAssignment(m.memberAssignment) : new Map(),
        })),
      };
    });
  }

  /** Committed offsets of a group: topic → partition → offset. */
  async committedOffsets(groupId: string, topics?: string[]): Promise<Map<string, Map<number, number>>> {
    return this.onCoordinator(groupId, async (conn) => {
      const version = conn.version(ApiKey.OffsetFetch);
      const out = new Map<string, Map<number, number>>();
      const add = (topic: string, partition: number, offset: bigint, errorCode: number): void => {
        throwIfError(errorCode, `committed offset of ${topic}-${partition} for group ${groupId}`);
        if (offset < 0n) return;
        const m = out.get(topic) ?? new Map<number, number>();
        m.set(partition, Number(offset));
        out.set(topic, m);
      };
      let wanted: Array<{ name: string; partitionIndexes: number[] }> | null = null;
      if (topics !== undefined) {
        wanted = [];
        for (const t of topics) {
          const info = await this.cluster.topic(t);
          wanted.push({ name: t, partitionIndexes: info.partitions.map((p) => p.partition) });
        }
      }
      if (version >= 8) {
        // KIP-709: v8+ batches groups; we ask for one.
        const res = await conn.send(ApiKey.OffsetFetch, { groups: [{ groupId, topics: wanted }], requireStable: false }, { version });
        const g = res.groups[0];
        if (g === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `OffsetFetch returned nothing for ${groupId}`, { retriable: false });
        throwIfError(g.errorCode, `fetch offsets of group ${groupId}`);
        for (const t of g.topics) for (const p of t.partitions) add(t.name, p.partitionIndex, p.committedOffset, p.errorCode);
      } else {
        const res = await conn.send(ApiKey.OffsetFetch, { groupId, topics: wanted, requireStable: false }, { version });
        throwIfError(res.errorCode, `fetch offsets of group ${groupId}`);
        for (const t of res.topics) for (const p of t.partitions) add(t.name, p.partitionIndex, p.committedOffset, p.errorCode);
      }
      return out;
    });
  }

  /** One row per partition the group has an offset for or a member is assigned, with the lag. */
  async describeLag(groupId: string): Promise<{ group: GroupDescription; rows: GroupOffsetLag[] }> {
    const group = await this.describe(groupId);
    const committed = await this.committedOffsets(groupId);
    const owner = new Map<string, GroupMember>();
    for (const m of group.members) for (const [t, ps] of m.assignment) for (const p of ps) owner.set(`${t}\u0000${p}`, m);
    const keys = new Set<string>([...owner.keys()]);
    for (const [t, ps] of committed) for (const p of ps.keys()) keys.add(`${t}\u0000${p}`);
    const parts = [...keys].map((k) => {
      const [topic, p] = k.split('\u0000') as [string, string];
      return { topic, partition: Number(p) };
    });
    const ends = parts.length > 0 ? await listOffsets(this.cluster, parts, 'latest') : [];
    const rows = ends.map((e) => {
      const current = committed.get(e.topic)?.get(e.partition) ?? -1;
      const m = owner.get(`${e.topic}\u0000${e.partition}`);
      return {
        topic: e.topic,
        partition: e.partition,
        currentOffset: current,
        logEndOffset: e.offset,
        lag: current >= 0 ? Math.max(0, e.offset - current) : null,
        memberId: m?.memberId ?? null,
        host: m?.host ?? null,
        clientId: m?.clientId ?? null,
      };
    });
    return { group, rows };
  }

  async delete(groupIds: string[]): Promise<void> {
    for (const groupId of groupIds) {
      await this.onCoordinator(groupId, async (conn) => {
        const res = await conn.send(ApiKey.DeleteGroups, { groupsNames: [groupId] });
        for (const r of res.results) throwIfError(r.errorCode, `delete group ${r.groupId}`);
      });
    }
  }

  /**
   * Sets the group's committed offsets of `topic` (all partitions, or those given) to a spec or to
   * explicit offsets. Fails with a KafkaError when the group has active members (Kafka answers
   * UNKNOWN_MEMBER_ID / ILLEGAL_GENERATION): stop the consumers first, as with kafka-consumer-groups.
   */
  async resetOffsets(groupId: string, topic: string, to: OffsetSpec | { offsets: Record<number, number> }, partitions?: number[]): Promise<Map<number, number>> {
    const info = await this.cluster.retry(() => this.cluster.topic(topic));
    const ps = partitions ?? info.partitions.map((p) => p.partition);
    const target = new Map<number, number>();
    if (typeof to === 'object' && 'offsets' in to) {
      for (const [p, o] of Object.entries(to.offsets)) target.set(Number(p), o);
    } else {
      const found = await listOffsets(this.cluster, ps.map((partition) => ({ topic, partition })), to);
      // A timestamp later than every record resolves to -1: reset to the end, as Kafka's tool does.
      const ends = found.some((f) => f.offset < 0) ? await listOffsets(this.cluster, ps.map((partition) => ({ topic, partition })), 'latest') : [];
      for (const f of found) target.set(f.partition, f.offset >= 0 ? f.offset : (ends.find((e) => e.partition === f.partition)?.offset ?? 0));
    }
    await this.onCoordinator(groupId, async (conn) => {
      const res = await conn.send(ApiKey.OffsetCommit, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [{ name: topic, partitions: [...target].map(([p, o]) => ({ partitionIndex: p, committedOffset: BigInt(o), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })) }],
      });
      for (const t of res.topics) for (const p of t.partitions) throwIfError(p.errorCode, `reset offset of ${t.name}-${p.partitionIndex} for group ${groupId}`);
    });
    return target;
  }

  /** Runs `op` on the group's coordinator, finding it again after NOT_COORDINATOR and similar. */
  private onCoordinator<T>(groupId: string, op: (conn: Awaited<ReturnType<Cluster['coordinator']>>) => Promise<T>): Promise<T> {
    return this.cluster.retry(async () => {
      try {
        return await op(await this.cluster.coordinator(groupId));
      } catch (e) {
        if (e instanceof KafkaError && (e.code === ErrorCode.NOT_COORDINATOR || e.code === ErrorCode.COORDINATOR_NOT_AVAILABLE || e.code === ErrorCode.NETWORK_EXCEPTION)) {
          this.cluster.forgetCoordinator(groupId);
        }
        throw e;
      }
    });
  }
}

function safeAssignment(b: Buffer): Map<string, number[]> {
  try {
    return decodeAssignment(b);
  } catch {
    return new Map();
  }
}
