/**
 * One classic consumer group (the JoinGroup/SyncGroup protocol): members, generation, selected
 * protocol, leader and state. This file holds the data and the rules that need no clock; the
 * membership operations in group-membership.ts drive it. States and transitions follow Kafka's
 * ClassicGroupState:
 *
 *   Empty ──join──▶ PreparingRebalance ──all joined / timeout──▶ CompletingRebalance
 *     ▲                   ▲      │                                    │ leader's SyncGroup
 *     └── no members ─────┘      └──── member leaves / fails ◀── Stable ◀┘
 *   any state ──delete / offsets all expired──▶ Dead
 */
import type { TimerHandle } from '../runtime/scheduler.ts';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** Where each state may be entered from (Kafka's ClassicGroupState.validPreviousStates). */
const VALID_PREVIOUS: Record<GroupState, readonly GroupState[]> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};

export interface GroupProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinMemberView {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Buffer;
}

export interface JoinResult {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  /** KIP-814: the leader must not compute a new assignment (static leader rejoining a Stable group). */
  skipAssignment: boolean;
  memberId: string;
  /** Filled for the leader only: every member's metadata for the selected protocol. */
  members: JoinMemberView[];
}

export interface SyncResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export interface GroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: GroupProtocol[];
  assignment: Buffer;
  /** Set while the member waits for the join phase to complete. */
  awaitingJoin: ((r: JoinResult) => void) | null;
  /** Set while the member waits for the leader's assignment. */
  awaitingSync: ((r: SyncResult) => void) | null;
  sessionTimer: TimerHandle | null;
  /** Joined during the current rebalance (KIP-394: such members are not kept alive forever). */
  isNew: boolean;
}

/** A committed offset as kept in memory and in __consumer_offsets. */
export interface CommittedOffset {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
  /** Explicit expiry from OffsetCommit v2-v4 retention_time_ms, else null (KIP-211). */
  expireTimestamp: number | null;
  /** In memory only: where its record sits in log order (txn-offsets.ts). */
  order?: number;
}

export const EMPTY_BUFFER = Buffer.alloc(0);

export function joinError(errorCode: number, memberId: string): JoinResult {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId,
    members: [],
  };
}

export function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY_BUFFER };
}

export class ClassicGroup {
  state: GroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  /**
   * The members' subscribed topics as of the current generation (subscribed-topics.ts); null when
   * unknown.
   */
  subscribedTopics: Set<string> | null = null;
  /** When the group entered its current state; offsets of an Empty group expire from here (KIP-211). */
  currentStateTimestamp: number | null;
  readonly members = new Map<string, GroupMember>();
  /** group.instance.id → member id (KIP-345 static membership). */
  readonly staticMembers = new Map<string, string>();
  /** KIP-394: ids handed out with MEMBER_ID_REQUIRED, not yet joined; value is their expiry timer. */
  readonly pendingMembers = new Map<string, TimerHandle>();
  /** Members that joined the current generation and have not yet sent SyncGroup. */
  readonly pendingSyncMembers = new Set<string>();
  /** topic → partition → committed offset. */
  readonly offsets = new Map<string, Map<number, CommittedOffset>>();
  /** A member joined while the initial rebalance delay was running (extends the delay). */
  newMemberAdded = false;
  /** The running join-phase timer (rebalance timeout or initial delay). */
  joinTimer: TimerHandle | null = null;
  /** The running pending-sync timer of this generation. */
  syncTimer: TimerHandle | null = null;

  constructor(
    readonly groupId: string,
    now: number,
  ) {
    this.currentStateTimestamp = now;
  }

  is(state: GroupState): boolean {
    return this.state === state;
  }

  canTransitionTo(target: GroupState): boolean {
    return VALID_PREVIOUS[target].includes(this.state);
  }

  transitionTo(target: GroupState, now: number): void {
    if (!this.canTransitionTo(target)) {
      throw new Error(`group ${this.groupId}: illegal transition ${this.state} → ${target}`);
    }
    this.state = target;
    this.currentStateTimestamp = now;
  }

  addMember(m: GroupMember): void {
    if (this.members.size === 0) this.protocolType = m.protocolType;
    this.members.set(m.memberId, m);
    if (m.groupInstanceId !== null) this.staticMembers.set(m.groupInstanceId, m.memberId);
    if (this.leaderId === null) this.leaderId = m.memberId;
  }

  removeMember(memberId: string): GroupMember | undefined {
    const m = this.members.get(memberId);
    if (!m) return undefined;
    m.sessionTimer?.cancel();
    m.sessionTimer = null;
    this.members.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
    if (m.groupInstanceId !== null && this.staticMembers.get(m.groupInstanceId) === memberId) {
      this.staticMembers.delete(m.groupInstanceId);
    }
    if (this.leaderId === memberId) {
      // Prefer a member already rejoining so the next generation has a leader who will sync.
      let next: string | null = null;
      for (const o of this.members.values()) {
        if (o.awaitingJoin) {
          next = o.memberId;
          break;
        }
      }
      this.leaderId = next ?? this.members.keys().next().value ?? null;
    }
    return m;
  }

  /** KIP-345: a request naming an instance id held by a different member id is fenced. */
  isStaticMemberFenced(groupInstanceId: string | null, memberId: string): boolean {
    if (groupInstanceId === null) return false;
    const current = this.staticMembers.get(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  hasAllMembersJoined(): boolean {
    for (const m of this.members.values()) if (!m.awaitingJoin) return false;
    return this.pendingMembers.size === 0;
  }

  /** The largest rebalance timeout among members: how long a join phase may last. */
  rebalanceTimeoutMs(): number {
    let t = 0;
    for (const m of this.members.values()) t = Math.max(t, m.rebalanceTimeoutMs);
    return t;
  }

  /** Protocols every member supports, in the order of the first member's preferences. */
  candidateProtocols(): string[] {
    const all = [...this.members.values()];
    if (all.length === 0) return [];
    return all[0]!.protocols
      .map((p) => p.name)
      .filter((name) => all.every((m) => m.protocols.some((p) => p.name === name)));
  }

  /**
   * Kafka's vote: each member votes for its most preferred protocol among those all members
   * support; the most votes wins (ties go to the first member's preference).
   */
  selectProtocol(): string | null {
    const candidates = this.candidateProtocols();
    if (candidates.length === 0) return null;
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const pick = m.protocols.find((p) => candidates.includes(p.name))!.name;
      votes.set(pick, (votes.get(pick) ?? 0) + 1);
    }
    let best = candidates[0]!;
    for (const c of candidates) if ((votes.get(c) ?? 0) > (votes.get(best) ?? 0)) best = c;
    return best;
  }

  /**
   * Whether a member with these protocols may join (INCONSISTENT_GROUP_PROTOCOL otherwise): the
   * protocol type must match and one of its protocols must be supported by every other member.
   */
  supportsProtocols(protocolType: string, protocols: GroupProtocol[], ignoreMemberId?: string): boolean {
    const others = [...this.members.values()].filter((m) => m.memberId !== ignoreMemberId);
    if (others.length === 0) return protocolType.length > 0 && protocols.length > 0;
    if (protocolType !== this.protocolType) return false;
    return protocols.some((p) => others.every((m) => m.protocols.some((q) => q.name === p.name)));
  }

  metadataFor(m: GroupMember, protocolName: string | null): Buffer {
    return m.protocols.find((p) => p.name === protocolName)?.metadata ?? EMPTY_BUFFER;
  }

  /** The members list a leader receives: each member's metadata for the selected protocol. */
  memberViews(): JoinMemberView[] {
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      metadata: this.metadataFor(m, this.protocolName),
    }));
  }

  hasOffsets(): boolean {
    return this.offsets.size > 0;
  }

  /** Groups that only store offsets (no protocol type) behave as "simple" groups for expiry. */
  usesConsumerProtocol(): boolean {
    return this.protocolType === 'consumer';
  }

  /** As Kafka: when the topics are unknown, a consumer group counts as subscribed to every topic. */
  isSubscribedToTopic(topic: string): boolean {
    return this.subscribedTopics !== null ? this.subscribedTopics.has(topic) : this.usesConsumerProtocol();
  }
}

/** Same protocols, same metadata, same order: a rejoin with this changes nothing. */
export function sameProtocols(a: GroupProtocol[], b: GroupProtocol[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]!.name && p.metadata.equals(b[i]!.metadata));
}
