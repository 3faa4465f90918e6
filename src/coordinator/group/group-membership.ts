/**
 * The classic group membership protocol: JoinGroup, SyncGroup (group-sync.ts), Heartbeat,
 * LeaveGroup and the timers behind them (rebalance-driver.ts) (session timeout, rebalance timeout, group.initial.rebalance.delay.ms, pending
 * sync). Behaviour and error codes follow Kafka's classic group coordinator (GroupMetadataManager's
 * classicGroup* paths); KIP numbers are cited where a rule comes from one.
 *
 * Single writer: every method runs to completion on Node's one thread and timers are callbacks on
 * the same thread, so joins, heartbeats and commits never interleave inside a state change. The
 * only asynchronous step is persisting group metadata, after which the state is re-checked
 * (generation and state) before anything is applied.
 */
import { randomUUID } from 'node:crypto';
import {
  ClassicGroup,
  EMPTY_BUFFER,
  joinError,
  sameProtocols,
  syncError,
  type GroupMember,
  type GroupProtocol,
  type JoinResult,
  type SyncResult,
} from './classic-group.ts';
import { GroupError } from './group-error.ts';
import { RebalanceDriver } from './rebalance-driver.ts';
import { GroupSync } from './group-sync.ts';
import type { Scheduler } from '../runtime/scheduler.ts';

export interface MembershipConfig {
  /** group.min.session.timeout.ms */
  minSessionTimeoutMs: number;
  /** group.max.session.timeout.ms */
  maxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms */
  initialRebalanceDelayMs: number;
  /** group.max.size */
  maxGroupSize: number;
  /** How long a member that joined during a rebalance may wait before it is dropped (KIP-394). */
  newMemberJoinTimeoutMs: number;
}

export const DEFAULT_MEMBERSHIP_CONFIG: MembershipConfig = {
  minSessionTimeoutMs: 6_000,
  maxSessionTimeoutMs: 1_800_000,
  initialRebalanceDelayMs: 3_000,
  maxGroupSize: 2_147_483_647,
  newMemberJoinTimeoutMs: 300_000,
};

export interface JoinRequest {
  groupId: string;
  memberId: string;
  groupInstanceId: string | null;
  sessionTimeoutMs: number;
  /** JoinGroup v0 has none: pass the session timeout, as Kafka does. */
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: GroupProtocol[];
  clientId: string;
  clientHost: string;
  /** JoinGroup v4+ (KIP-394): a first join without a member id gets MEMBER_ID_REQUIRED. */
  requireKnownMemberId: boolean;
}

export interface SyncRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  /** SyncGroup v5+ (KIP-559); null when the version has no such field. */
  protocolType: string | null;
  protocolName: string | null;
  assignments: { memberId: string; assignment: Buffer }[];
}

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

export interface LeaveResult {
  errorCode: number;
  members: { memberId: string; groupInstanceId: string | null; errorCode: number }[];
}

/** Persists the group's metadata (optionally with the assignments about to be installed). */
export type StoreGroup = (group: ClassicGroup, assignments?: Map<string, Buffer>) => Promise<void>;

export { joinError, syncError };

export class GroupMembership {
  private readonly driver: RebalanceDriver;
  private readonly syncing: GroupSync;

  constructor(
    private readonly groups: Map<string, ClassicGroup>,
    private readonly scheduler: Scheduler,
    private readonly config: MembershipConfig,
    private readonly store: StoreGroup,
    private readonly onError: (e: unknown) => void = () => {},
  ) {
    this.driver = new RebalanceDriver(scheduler, config, store, onError);
    this.syncing = new GroupSync(groups, scheduler, store, this.driver, onError);
  }

  /** A sign of life other than a heartbeat (an offset commit from the member). */
  renewSession(group: ClassicGroup, memberId: string): void {
    this.driver.renewSession(group, memberId);
  }

  /** After replaying __consumer_offsets: restored members get session timers. */
  resumeLoadedGroup(group: ClassicGroup): void {
    this.driver.resumeLoadedGroup(group);
  }

  /** Stops every timer of a group and answers its waiting requests. */
  stopTimers(group: ClassicGroup): void {
    this.driver.stopTimers(group);
  }

  join(req: JoinRequest): Promise<JoinResult> {
    return new Promise((resolve) => {
      const fail = (code: number, memberId = req.memberId) => resolve(joinError(code, memberId));
      if (req.groupId === '') return fail(GroupError.INVALID_GROUP_ID);
      if (
        req.sessionTimeoutMs < this.config.minSessionTimeoutMs ||
        req.sessionTimeoutMs > this.config.maxSessionTimeoutMs
      ) {
        return fail(GroupError.INVALID_SESSION_TIMEOUT);
      }
      let group = this.groups.get(req.groupId);
      if (!group) {
        if (req.memberId !== '') return fail(GroupError.UNKNOWN_MEMBER_ID);
        group = new ClassicGroup(req.groupId, this.scheduler.now());
        this.groups.set(req.groupId, group);
      }
      if (group.is('Dead')) return fail(GroupError.COORDINATOR_NOT_AVAILABLE);
      if (req.memberId === '') this.joinUnknownMember(group, req, resolve);
      else this.joinKnownMember(group, req, resolve);
    });
  }

  private isFull(group: ClassicGroup): boolean {
    return group.members.size + group.pendingMembers.size >= this.config.maxGroupSize;
  }

  private joinUnknownMember(group: ClassicGroup, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    const fail = (code: number, memberId = '') => resolve(joinError(code, memberId));
    if (!group.supportsProtocols(req.protocolType, req.protocols)) return fail(GroupError.INCONSISTENT_GROUP_PROTOCOL);
    if (req.groupInstanceId !== null) {
      // KIP-345: static members never need MEMBER_ID_REQUIRED; a known instance id replaces its
      // previous member id and keeps its assignment.
      const newId = `${req.groupInstanceId}-${randomUUID()}`;
      const oldId = group.staticMembers.get(req.groupInstanceId);
      if (oldId !== undefined) return this.replaceStaticMember(group, oldId, newId, req, resolve);
      if (this.isFull(group)) return fail(GroupError.GROUP_MAX_SIZE_REACHED);
      return this.addMemberAndRebalance(group, newId, req, resolve);
    }
    if (this.isFull(group)) return fail(GroupError.GROUP_MAX_SIZE_REACHED);
    const newId = `${req.clientId}-${randomUUID()}`;
    if (req.requireKnownMemberId) {
      // KIP-394: hand out the id and wait for the member to come back with it, so a client that
      // times out on its first join cannot leave an orphan member behind.
      const timer = this.scheduler.schedule(req.sessionTimeoutMs, () => this.driver.expirePendingMember(group, newId));
      group.pendingMembers.set(newId, timer);
      return resolve(joinError(GroupError.MEMBER_ID_REQUIRED, newId));
    }
    this.addMemberAndRebalance(group, newId, req, resolve);
  }

  private joinKnownMember(group: ClassicGroup, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    const fail = (code: number) => resolve(joinError(code, req.memberId));
    if (group.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return fail(GroupError.FENCED_INSTANCE_ID);
    const pending = group.pendingMembers.get(req.memberId);
    if (pending) {
      if (!group.supportsProtocols(req.protocolType, req.protocols)) return fail(GroupError.INCONSISTENT_GROUP_PROTOCOL);
      pending.cancel();
      group.pendingMembers.delete(req.memberId);
      return this.addMemberAndRebalance(group, req.memberId, req, resolve);
    }
    const member = group.members.get(req.memberId);
    if (!member) return fail(GroupError.UNKNOWN_MEMBER_ID);
    if (!group.supportsProtocols(req.protocolType, req.protocols, req.memberId)) {
      return fail(GroupError.INCONSISTENT_GROUP_PROTOCOL);
    }
    switch (group.state) {
      case 'PreparingRebalance':
        return this.updateMemberAndRebalance(group, member, req, resolve);
      case 'CompletingRebalance':
        // The member lost our join response: give it again unless its protocols changed.
        if (sameProtocols(member.protocols, req.protocols)) return resolve(this.driver.joinResultFor(group, member));
        return this.updateMemberAndRebalance(group, member, req, resolve);
      case 'Stable':
        // A leader rejoining wants a new assignment (e.g. topic metadata changed); so does any
        // member whose subscription changed (cooperative rebalancing's second round, KIP-429).
        if (member.memberId === group.leaderId || !sameProtocols(member.protocols, req.protocols)) {
          return this.updateMemberAndRebalance(group, member, req, resolve);
        }
        this.driver.scheduleSession(group, member);
        return resolve(this.driver.joinResultFor(group, member));
      default:
        return fail(GroupError.UNKNOWN_MEMBER_ID);
    }
  }

  private addMemberAndRebalance(
    group: ClassicGroup,
    memberId: string,
    req: JoinRequest,
    resolve: (r: JoinResult) => void,
  ): void {
    const member: GroupMember = {
      memberId,
      groupInstanceId: req.groupInstanceId,
      clientId: req.clientId,
      clientHost: req.clientHost,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs,
      sessionTimeoutMs: req.sessionTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols,
      assignment: EMPTY_BUFFER,
      awaitingJoin: resolve,
      awaitingSync: null,
      sessionTimer: null,
      isNew: true,
    };
    group.addMember(member);
    // Extends group.initial.rebalance.delay.ms while members keep arriving (KIP-134).
    if (group.is('PreparingRebalance') && group.generationId === 0) this.driver.memberJoinedDuringInitialDelay(group);
    this.driver.scheduleSession(group, member, this.config.newMemberJoinTimeoutMs);
    this.driver.maybePrepareRebalance(group);
  }

  private updateMemberAndRebalance(
    group: ClassicGroup,
    member: GroupMember,
    req: JoinRequest,
    resolve: (r: JoinResult) => void,
  ): void {
    // A second JoinGroup from the same member replaces the first; answer the first so it does not dangle.
    member.awaitingJoin?.(joinError(GroupError.REBALANCE_IN_PROGRESS, member.memberId));
    member.protocols = req.protocols;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    member.clientId = req.clientId;
    member.clientHost = req.clientHost;
    member.awaitingJoin = resolve;
    this.driver.scheduleSession(group, member);
    this.driver.maybePrepareRebalance(group);
  }

  /** KIP-345: a restarted static member takes over its instance id's place in the group. */
  private replaceStaticMember(
    group: ClassicGroup,
    oldId: string,
    newId: string,
    req: JoinRequest,
    resolve: (r: JoinResult) => void,
  ): void {
    const old = group.members.get(oldId)!;
    old.awaitingJoin?.(joinError(GroupError.FENCED_INSTANCE_ID, oldId));
    old.awaitingSync?.(syncError(GroupError.FENCED_INSTANCE_ID));
    old.sessionTimer?.cancel();
    const member: GroupMember = {
      ...old,
      memberId: newId,
      clientId: req.clientId,
      clientHost: req.clientHost,
      sessionTimeoutMs: req.sessionTimeoutMs,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs,
      protocols: req.protocols,
      awaitingJoin: null,
      awaitingSync: null,
      sessionTimer: null,
      isNew: false,
    };
    // Rebuild the map in the same order so the member keeps its place (and leader choice).
    const entries = [...group.members.values()].map((m) => (m.memberId === oldId ? member : m));
    group.members.clear();
    for (const m of entries) group.members.set(m.memberId, m);
    group.staticMembers.set(req.groupInstanceId!, newId);
    if (group.leaderId === oldId) group.leaderId = newId;
    if (group.pendingSyncMembers.delete(oldId)) group.pendingSyncMembers.add(newId);
    this.driver.scheduleSession(group, member);

    if (group.is('Stable') && group.selectProtocol() === group.protocolName) {
      // Same protocol next generation: no rebalance, the member gets its old assignment on SyncGroup.
      const isLeader = group.leaderId === newId;
      this.store(group).then(
        () => resolve(this.driver.joinResultFor(group, member, isLeader)),
        (e) => {
          this.onError(e);
          resolve(joinError(GroupError.UNKNOWN_SERVER_ERROR, newId));
        },
      );
      return;
    }
    member.awaitingJoin = resolve;
    if (group.is('PreparingRebalance')) this.driver.tryCompleteJoin(group);
    else this.driver.maybePrepareRebalance(group);
  }

  sync(req: SyncRequest): Promise<SyncResult> {
    return this.syncing.sync(req);
  }

  heartbeat(req: HeartbeatRequest): number {
    const group = this.groups.get(req.groupId);
    if (!group) return GroupError.UNKNOWN_MEMBER_ID;
    if (group.is('Dead')) return GroupError.COORDINATOR_NOT_AVAILABLE;
    if (group.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return GroupError.FENCED_INSTANCE_ID;
    const member = group.members.get(req.memberId);
    if (!member) return GroupError.UNKNOWN_MEMBER_ID;
    if (req.generationId !== group.generationId) return GroupError.ILLEGAL_GENERATION;
    switch (group.state) {
      case 'PreparingRebalance':
        this.driver.scheduleSession(group, member);
        return GroupError.REBALANCE_IN_PROGRESS;
      case 'CompletingRebalance':
      case 'Stable':
        this.driver.scheduleSession(group, member);
        return GroupError.NONE;
      default:
        return GroupError.UNKNOWN_MEMBER_ID;
    }
  }

  /** LeaveGroup, batched since v3 (KIP-345: static members leave by instance id). */
  leave(groupId: string, leaving: { memberId: string; groupInstanceId: string | null }[]): LeaveResult {
    const group = this.groups.get(groupId);
    if (!group) {
      return {
        errorCode: GroupError.NONE,
        members: leaving.map((l) => ({ ...l, errorCode: GroupError.UNKNOWN_MEMBER_ID })),
      };
    }
    if (group.is('Dead')) return { errorCode: GroupError.COORDINATOR_NOT_AVAILABLE, members: [] };
    const members = leaving.map((l) => {
      let code: number = GroupError.NONE;
      if (l.groupInstanceId !== null) {
        const current = group.staticMembers.get(l.groupInstanceId);
        if (current === undefined) code = GroupError.UNKNOWN_MEMBER_ID;
        else if (l.memberId !== '' && l.memberId !== current) code = GroupError.FENCED_INSTANCE_ID;
        else this.driver.removeMemberAndUpdateGroup(group, current);
      } else if (group.pendingMembers.has(l.memberId)) {
        group.pendingMembers.get(l.memberId)!.cancel();
        group.pendingMembers.delete(l.memberId);
        this.driver.tryCompleteJoin(group);
      } else if (!group.members.has(l.memberId)) {
        code = GroupError.UNKNOWN_MEMBER_ID;
      } else {
        this.driver.removeMemberAndUpdateGroup(group, l.memberId);
      }
      return { ...l, errorCode: code };
    });
    return { errorCode: GroupError.NONE, members };
  }
}
