/**
 * The timers and transitions of a classic group's rebalance: session expiry, the join phase
 * (rebalance timeout, or group.initial.rebalance.delay.ms for an Empty group, KIP-134), the next
 * generation, and the pending-sync timeout. GroupMembership calls in here after each request;
 * timer callbacks run on the same thread, so there is a single writer.
 */
import { ClassicGroup, EMPTY_BUFFER, joinError, syncError, type GroupMember, type JoinResult } from './classic-group.ts';
import { GroupError } from './group-error.ts';
import type { MembershipConfig, StoreGroup } from './group-membership.ts';
import type { Scheduler } from '../runtime/scheduler.ts';
import { computeSubscribedTopics } from './subscribed-topics.ts';

export class RebalanceDriver {
  /** Groups whose join phase is the initial delay, which never completes early. */
  private readonly initialDelay = new WeakSet<ClassicGroup>();
  /** When the latest member joined a group in its initial delay. */
  private readonly lastJoinAt = new WeakMap<ClassicGroup, number>();

  constructor(
    private readonly scheduler: Scheduler,
    private readonly config: MembershipConfig,
    private readonly store: StoreGroup,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** The join response for `member` in the group's current generation. */
  joinResultFor(group: ClassicGroup, member: GroupMember, skipAssignment = false): JoinResult {
    const isLeader = member.memberId === group.leaderId;
    return {
      errorCode: GroupError.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      skipAssignment: isLeader && skipAssignment,
      memberId: member.memberId,
      members: isLeader ? group.memberViews() : [],
    };
  }

  /** A sign of life other than a heartbeat (an offset commit from the member). */
  renewSession(group: ClassicGroup, memberId: string): void {
    const m = group.members.get(memberId);
    if (m) this.scheduleSession(group, m);
  }

  /**
   * After replaying __consumer_offsets: members restored from the log get a session timer, so
   * those that never come back are removed and the group rebalances (as Kafka does on load).
   */
  resumeLoadedGroup(group: ClassicGroup): void {
    for (const m of group.members.values()) this.scheduleSession(group, m);
  }

  /** Stops every timer of a group (group deleted, coordinator closed). */
  stopTimers(group: ClassicGroup): void {
    group.joinTimer?.cancel();
    group.syncTimer?.cancel();
    group.joinTimer = group.syncTimer = null;
    for (const t of group.pendingMembers.values()) t.cancel();
    group.pendingMembers.clear();
    for (const m of group.members.values()) {
      m.sessionTimer?.cancel();
      m.sessionTimer = null;
      const join = m.awaitingJoin;
      const sync = m.awaitingSync;
      m.awaitingJoin = m.awaitingSync = null;
      join?.(joinError(GroupError.COORDINATOR_NOT_AVAILABLE, m.memberId));
      sync?.(syncError(GroupError.COORDINATOR_NOT_AVAILABLE));
    }
  }

  scheduleSession(group: ClassicGroup, member: GroupMember, timeoutMs = member.sessionTimeoutMs): void {
    member.sessionTimer?.cancel();
    member.sessionTimer = this.scheduler.schedule(timeoutMs, () => this.onSessionExpired(group, member));
  }

  private onSessionExpired(group: ClassicGroup, member: GroupMember): void {
    member.sessionTimer = null;
    if (group.members.get(member.memberId) !== member) return;
    // Members waiting in a join or sync phase are kept alive: the rebalance timeout and the
    // pending-sync timeout bound those phases. New members are not (KIP-394).
    if ((member.awaitingJoin && !member.isNew) || member.awaitingSync) return this.scheduleSession(group, member);
    this.removeMemberAndUpdateGroup(group, member.memberId);
  }

  expirePendingMember(group: ClassicGroup, memberId: string): void {
    if (!group.pendingMembers.delete(memberId)) return;
    this.tryCompleteJoin(group);
  }

  removeMemberAndUpdateGroup(group: ClassicGroup, memberId: string): void {
    const m = group.removeMember(memberId);
    if (!m) return;
    const join = m.awaitingJoin;
    const sync = m.awaitingSync;
    m.awaitingJoin = m.awaitingSync = null;
    join?.(joinError(GroupError.UNKNOWN_MEMBER_ID, memberId));
    sync?.(syncError(GroupError.UNKNOWN_MEMBER_ID));
    if (group.is('Stable') || group.is('CompletingRebalance')) this.prepareRebalance(group);
    else if (group.is('PreparingRebalance')) this.tryCompleteJoin(group);
  }

  maybePrepareRebalance(group: ClassicGroup): void {
    if (group.is('PreparingRebalance')) this.tryCompleteJoin(group);
    else if (group.canTransitionTo('PreparingRebalance')) this.prepareRebalance(group);
  }

  /** Starts a join phase; members waiting for a sync of the abandoned generation get `syncErrorCode`. */
  prepareRebalance(group: ClassicGroup, syncErrorCode: number = GroupError.REBALANCE_IN_PROGRESS): void {
    if (group.is('CompletingRebalance')) {
      for (const m of group.members.values()) {
        m.assignment = EMPTY_BUFFER;
        const cb = m.awaitingSync;
        m.awaitingSync = null;
        cb?.(syncError(syncErrorCode));
      }
    }
    group.syncTimer?.cancel();
    group.syncTimer = null;
    group.pendingSyncMembers.clear();
    group.joinTimer?.cancel();
    const wasEmpty = group.is('Empty');
    group.transitionTo('PreparingRebalance', this.scheduler.now());
    const delay = this.config.initialRebalanceDelayMs;
    if (wasEmpty && delay > 0) {
      // KIP-134: wait for more members before the first generation of an empty group.
      this.initialDelay.add(group);
      group.newMemberAdded = false;
      this.scheduleInitialDelay(group, delay, Math.max(group.rebalanceTimeoutMs() - delay, 0));
    } else {
      group.joinTimer = this.scheduler.schedule(group.rebalanceTimeoutMs(), () => this.completeJoin(group));
      this.tryCompleteJoin(group);
    }
  }

  /**
   * KIP-134's initial delay. Kafka extends it by a whole group.initial.rebalance.delay.ms whenever
   * a member joined during the previous delay, so ten consumers starting together wait two delays.
   * We extend only to `delay` after the latest join (still bounded by the rebalance timeout): the
   * same "wait until members stop arriving", and the first generation forms within delay + the
   * spread of the joins, as issue 5's benchmark target asks.
   */
  private scheduleInitialDelay(group: ClassicGroup, delayMs: number, remainingMs: number): void {
    group.joinTimer = this.scheduler.schedule(delayMs, () => {
      if (group.newMemberAdded && remainingMs > 0) {
        group.newMemberAdded = false;
        const sinceLastJoin = this.scheduler.now() - (this.lastJoinAt.get(group) ?? 0);
        const next = Math.min(Math.max(this.config.initialRebalanceDelayMs - sinceLastJoin, 0), remainingMs);
        if (next > 0) return this.scheduleInitialDelay(group, next, remainingMs - next);
      }
      this.completeJoin(group);
    });
  }

  /** Notes a member's arrival during the initial delay (it extends the delay). */
  memberJoinedDuringInitialDelay(group: ClassicGroup): void {
    group.newMemberAdded = true;
    this.lastJoinAt.set(group, this.scheduler.now());
  }

  tryCompleteJoin(group: ClassicGroup): void {
    if (group.is('PreparingRebalance') && !this.initialDelay.has(group) && group.hasAllMembersJoined()) {
      this.completeJoin(group);
    }
  }

  /** Ends the join phase: drop members that did not rejoin, start the next generation. */
  private completeJoin(group: ClassicGroup): void {
    if (!group.is('PreparingRebalance')) return;
    group.joinTimer?.cancel();
    group.joinTimer = null;
    this.initialDelay.delete(group);
    for (const m of [...group.members.values()]) if (!m.awaitingJoin) group.removeMember(m.memberId);
    const now = this.scheduler.now();
    group.generationId++;
    if (group.members.size === 0) {
      group.protocolName = null;
      group.leaderId = null;
      group.subscribedTopics = computeSubscribedTopics(group);
      group.transitionTo('Empty', now);
      this.store(group).catch(this.onError);
      return;
    }
    group.protocolName = group.selectProtocol();
    group.subscribedTopics = computeSubscribedTopics(group);
    group.transitionTo('CompletingRebalance', now);
    const generation = group.generationId;
    for (const id of group.members.keys()) group.pendingSyncMembers.add(id);
    group.syncTimer = this.scheduler.schedule(group.rebalanceTimeoutMs(), () => this.expirePendingSync(group, generation));
    for (const m of group.members.values()) {
      const cb = m.awaitingJoin!;
      m.awaitingJoin = null;
      m.isNew = false;
      this.scheduleSession(group, m);
      cb(this.joinResultFor(group, m));
    }
  }

  /** Members that joined but never sent SyncGroup within the rebalance timeout are removed. */
  private expirePendingSync(group: ClassicGroup, generation: number): void {
    group.syncTimer = null;
    if (group.generationId !== generation) return;
    if (!group.is('CompletingRebalance') && !group.is('Stable')) return;
    if (group.pendingSyncMembers.size === 0) return;
    for (const id of [...group.pendingSyncMembers]) {
      const m = group.removeMember(id);
      m?.awaitingSync?.(syncError(GroupError.UNKNOWN_MEMBER_ID));
    }
    this.prepareRebalance(group);
  }
}
