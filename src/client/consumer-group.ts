/**
 * Membership of a classic consumer group (the JoinGroup/SyncGroup/Heartbeat protocol):
 *  join: FindCoordinator → JoinGroup (an empty member id first; the broker answers
 *  MEMBER_ID_REQUIRED with one, KIP-394) → the leader computes the assignment with the protocol the
 *  group chose → SyncGroup → heartbeats every heartbeat.interval.ms.
 * Static membership (KIP-345): with group.instance.id the member keeps its identity across
 * restarts, and does not send LeaveGroup on close (the broker keeps its partitions for the session
 * timeout, so a quick restart triggers no rebalance).
 * Eager vs cooperative (KIP-429): with only cooperative assignors configured, partitions are not
 * revoked before joining; after SyncGroup, the member revokes what it lost and, if it lost any,
 * joins again so they can be handed over.
 * Offsets are committed with the generation and member id (OffsetCommit) so a zombie member's
 * commits are fenced (ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID).
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { Connection } from './connection.ts';
import type { Cluster } from './cluster.ts';
import { ASSIGNORS, type Assignor } from './assignors.ts';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription, type Assignment } from './consumer-protocol.ts';
import { KafkaError } from './kafka-error.ts';

export interface ConsumerGroupOptions {
  groupId: string;
  groupInstanceId?: string | null;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Assignor names in preference order (default ['range', 'cooperative-sticky'], Java's default). */
  assignors?: string[];
  /** How often to look for new topics matching the subscription or new partitions (default 30 s). */
  metadataMaxAgeMs?: number;
}

export interface GroupCallbacks {
  /** Topics the member subscribes to (regex subscriptions resolved against current metadata). */
  topics(): Promise<string[]>;
  /** Partitions are about to be taken away: commit and drop them. */
  onRevoke(revoked: Assignment): Promise<void>;
  onAssign(assigned: Assignment): Promise<void>;
}

export class ConsumerGroup {
  readonly groupId: string;
  readonly groupInstanceId: string | null;
  memberId = '';
  generationId = -1;
  assignment: Assignment = new Map();
  private readonly sessionTimeoutMs: number;
  private readonly rebalanceTimeoutMs: number;
  private readonly heartbeatIntervalMs: number;
  private readonly assignors: Assignor[];
  readonly cooperative: boolean;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  /** Set when a heartbeat says the group rebalances, or the subscription changed. */
  needsRejoin = true;
  private stopped = false;
  /** Subscribed topics and their partition counts when we last joined; a change means rejoin. */
  private joinedShape = '';
  private lastShapeCheck = 0;
  private readonly metadataMaxAgeMs: number;

  constructor(
    private readonly cluster: Cluster,
    opts: ConsumerGroupOptions,
    private readonly callbacks: GroupCallbacks,
  ) {
    this.groupId = opts.groupId;
    this.groupInstanceId = opts.groupInstanceId ?? null;
    this.sessionTimeoutMs = opts.sessionTimeoutMs ?? 45_000;
    this.rebalanceTimeoutMs = opts.rebalanceTimeoutMs ?? 60_000;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 3_000;
    this.assignors = (opts.assignors ?? ['range', 'cooperative-sticky']).map((n) => {
      const a = ASSIGNORS[n];
      if (a === undefined) throw new Error(`unknown assignor ${n}: use range, roundrobin or cooperative-sticky`);
      return a;
    });
    this.cooperative = this.assignors.every((a) => a.cooperative);
    this.metadataMaxAgeMs = opts.metadataMaxAgeMs ?? 30_000;
  }

  /**
   * Rejoins when the subscription now covers other topics (a regex matched a new one) or a topic
   * gained partitions, as the Java client's metadata refresh does; checked every metadataMaxAgeMs.
   */
  async checkSubscription(): Promise<void> {
    if (this.needsRejoin || this.stopped || Date.now() - this.lastShapeCheck < this.metadataMaxAgeMs) return;
    this.lastShapeCheck = Date.now();
    const shape = await this.subscriptionShape();
    if (shape !== this.joinedShape) this.needsRejoin = true;
  }

  private async subscriptionShape(): Promise<string> {
    const topics = await this.callbacks.topics();
    if (topics.length > 0) await this.cluster.refresh(topics);
    return topics.map((t) => `${t}:${this.cluster.topics.get(t)?.partitions.length ?? 0}`).join(',');
  }

  coordinator(): Promise<Connection> {
    return this.cluster.coordinator(this.groupId);
  }

  /** Joins (or rejoins) until the member holds a stable assignment. */
  async join(): Promise<void> {
    while (this.needsRejoin && !this.stopped) {
      try {
        await this.joinOnce();
      } catch (e) {
        if (!(e instanceof KafkaError)) throw e;
        if (e.code === ErrorCode.UNKNOWN_MEMBER_ID || e.code === ErrorCode.ILLEGAL_GENERATION) {
          this.memberId = e.code === ErrorCode.UNKNOWN_MEMBER_ID ? '' : this.memberId;
          this.generationId = -1;
        } else if (e.code === ErrorCode.NOT_COORDINATOR || e.code === ErrorCode.COORDINATOR_NOT_AVAILABLE || e.code === ErrorCode.NETWORK_EXCEPTION || e.code === ErrorCode.REQUEST_TIMED_OUT) {
          this.cluster.forgetCoordinator(this.groupId);
        } else if (e.code !== ErrorCode.REBALANCE_IN_PROGRESS && e.code !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) {
          throw e;
        }
        this.needsRejoin = true;
        await new Promise((r) => setTimeout(r, this.cluster.backoff(0)));
      }
    }
  }

  private async joinOnce(): Promise<void> {
    this.stopHeartbeat();
    if (!this.cooperative && this.assignment.size > 0) {
      // Eager protocol: give everything up before joining.
      const revoked = this.assignment;
      this.assignment = new Map();
      await this.callbacks.onRevoke(revoked);
    }
    const topics = await this.callbacks.topics();
    this.joinedShape = await this.subscriptionShape();
    this.lastShapeCheck = Date.now();
    const metadata = encodeSubscription({ topics, ownedPartitions: this.cooperative ? this.assignment : new Map(), generationId: this.generationId, userData: null });
    const conn = await this.coordinator();
    const join = await conn.send(
      ApiKey.JoinGroup,
      {
        groupId: this.groupId,
        sessionTimeoutMs: this.sessionTimeoutMs,
        rebalanceTimeoutMs: this.rebalanceTimeoutMs,
        memberId: this.memberId,
        groupInstanceId: this.groupInstanceId,
        protocolType: 'consumer',
        protocols: this.assignors.map((a) => ({ name: a.name, metadata })),
        reason: null,
      },
      { timeoutMs: this.rebalanceTimeoutMs + 5_000 },
    );
    if (join.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
      this.memberId = join.memberId;
      return; // needsRejoin still set: join again with the id
    }
    if (join.errorCode !== ErrorCode.NONE) throw new KafkaError(join.errorCode, `JoinGroup ${this.groupId}`);
    this.memberId = join.memberId;
    this.generationId = join.generationId;
    let assignments: Array<{ memberId: string; assignment: Buffer }> = [];
    if (join.leader === join.memberId && !join.skipAssignment) {
      assignments = await this.leaderAssign(join.protocolName ?? this.assignors[0]!.name, join.members);
    }
    const sync = await conn.send(
      ApiKey.SyncGroup,
      {
        groupId: this.groupId,
        generationId: this.generationId,
        memberId: this.memberId,
        groupInstanceId: this.groupInstanceId,
        protocolType: 'consumer',
        protocolName: join.protocolName,
        assignments,
      },
      { timeoutMs: this.rebalanceTimeoutMs + 5_000 },
    );
    if (sync.errorCode !== ErrorCode.NONE) throw new KafkaError(sync.errorCode, `SyncGroup ${this.groupId}`);
    const assigned = decodeAssignment(sync.assignment);
    this.needsRejoin = false;
    const revoked = diff(this.assignment, assigned);
    const added = diff(assigned, this.assignment);
    this.assignment = assigned;
    if (revoked.size > 0) {
      await this.callbacks.onRevoke(revoked);
      // KIP-429: partitions we gave up go to others in a follow-up rebalance.
      if (this.cooperative) this.needsRejoin = true;
    }
    await this.callbacks.onAssign(added);
    this.startHeartbeat();
  }

  private async leaderAssign(protocol: string, members: Array<{ memberId: string; groupInstanceId: string | null; metadata: Buffer }>): Promise<Array<{ memberId: string; assignment: Buffer }>> {
    const assignor = ASSIGNORS[protocol];
    if (assignor === undefined) throw new KafkaError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, `the group chose assignor ${protocol}, which this client does not have`);
    const decoded = members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, subscription: decodeSubscription(m.metadata) }));
    const topics = [...new Set(decoded.flatMap((m) => m.subscription.topics))];
    const partitionsPerTopic = new Map<string, number>();
    if (topics.length > 0) {
      await this.cluster.refresh(topics);
      for (const t of topics) {
        const info = this.cluster.topics.get(t);
        if (info !== undefined) partitionsPerTopic.set(t, info.partitions.length);
      }
    }
    const result = assignor.assign(decoded, partitionsPerTopic);
    return [...result].map(([memberId, a]) => ({ memberId, assignment: encodeAssignment(a) }));
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    const beat = async (): Promise<void> => {
      if (this.stopped || this.needsRejoin) return;
      try {
        const conn = await this.coordinator();
        const res = await conn.send(ApiKey.Heartbeat, { groupId: this.groupId, generationId: this.generationId, memberId: this.memberId, groupInstanceId: this.groupInstanceId });
        if (res.errorCode === ErrorCode.REBALANCE_IN_PROGRESS) this.needsRejoin = true;
        else if (res.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || res.errorCode === ErrorCode.ILLEGAL_GENERATION || res.errorCode === ErrorCode.FENCED_INSTANCE_ID) {
          if (res.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
          this.generationId = -1;
          this.needsRejoin = true;
        } else if (res.errorCode === ErrorCode.NOT_COORDINATOR || res.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) {
          this.cluster.forgetCoordinator(this.groupId);
        }
      } catch {
        this.cluster.forgetCoordinator(this.groupId);
      }
      if (!this.stopped && !this.needsRejoin) this.heartbeatTimer = setTimeout(() => void beat(), this.heartbeatIntervalMs);
    };
    this.heartbeatTimer = setTimeout(() => void beat(), this.heartbeatIntervalMs);
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  /** Commits offsets (next offset to read) with this member's generation. */
  async commit(offsets: Map<string, Map<number, number>>): Promise<void> {
    if (offsets.size === 0) return;
    await this.cluster.retry(async () => {
      const conn = await this.coordinator();
      const res = await conn.send(ApiKey.OffsetCommit, {
        groupId: this.groupId,
        generationIdOrMemberEpoch: this.generationId,
        memberId: this.memberId,
        groupInstanceId: this.groupInstanceId,
        retentionTimeMs: -1n,
        topics: [...offsets].map(([name, ps]) => ({
          name,
          partitions: [...ps].map(([p, o]) => ({ partitionIndex: p, committedOffset: BigInt(o), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })),
        })),
      });
      for (const t of res.topics) {
        for (const p of t.partitions) {
          if (p.errorCode === ErrorCode.NONE) continue;
          if (p.errorCode === ErrorCode.REBALANCE_IN_PROGRESS || p.errorCode === ErrorCode.ILLEGAL_GENERATION || p.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.needsRejoin = true;
          if (p.errorCode === ErrorCode.NOT_COORDINATOR || p.errorCode === ErrorCode.COORDINATOR_NOT_AVAILABLE) this.cluster.forgetCoordinator(this.groupId);
          throw new KafkaError(p.errorCode, `commit ${t.name}-${p.partitionIndex} for group ${this.groupId}`);
        }
      }
    });
  }

  /** Leaves the group (dynamic members only; a static member keeps its place, KIP-345). */
  async leave(): Promise<void> {
    this.stopped = true;
    this.stopHeartbeat();
    if (this.memberId === '' || this.groupInstanceId !== null) return;
    try {
      const conn = await this.coordinator();
      const version = conn.version(ApiKey.LeaveGroup);
      await conn.send(
        ApiKey.LeaveGroup,
        version >= 3 ? { groupId: this.groupId, members: [{ memberId: this.memberId, groupInstanceId: null, reason: 'consumer closed' }] } : { groupId: this.groupId, memberId: this.memberId },
        { version },
      );
    } catch {
      // the session timeout removes us anyway
    }
  }
}

/** Partitions in `a` that are not in `b`. */
export function diff(a: Assignment, b: Assignment): Assignment {
  const out: Assignment = new Map();
  for (const [t, ps] of a) {
    const other = new Set(b.get(t) ?? []);
    const rest = ps.filter((p) => !other.has(p));
    if (rest.length > 0) out.set(t, rest);
  }
  return out;
}
