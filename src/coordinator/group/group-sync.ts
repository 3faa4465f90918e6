/**
 * SyncGroup of the classic protocol: members of a completed join wait here for the leader's
 * assignment; the leader's SyncGroup persists the group with it (append-then-complete: nobody gets
 * an assignment a crash could take back) and then hands every member its part, and the group
 * becomes Stable. A failed write sends the group back to rebalancing with COORDINATOR_NOT_AVAILABLE.
 * Error codes as Kafka's classic group coordinator (KIP-559 for the protocol checks).
 */
import { EMPTY_BUFFER, syncError, type ClassicGroup, type SyncResult } from './classic-group.ts';
import { GroupError } from './group-error.ts';
import type { StoreGroup, SyncRequest } from './group-membership.ts';
import type { RebalanceDriver } from './rebalance-driver.ts';
import type { Scheduler } from '../runtime/scheduler.ts';

export class GroupSync {
  constructor(
    private readonly groups: Map<string, ClassicGroup>,
    private readonly scheduler: Scheduler,
    private readonly store: StoreGroup,
    private readonly driver: RebalanceDriver,
    private readonly onError: (e: unknown) => void,
  ) {}

  sync(req: SyncRequest): Promise<SyncResult> {
    return new Promise((resolve) => {
      const fail = (code: number) => resolve(syncError(code));
      const group = this.groups.get(req.groupId);
      if (!group) return fail(GroupError.UNKNOWN_MEMBER_ID);
      if (group.is('Dead')) return fail(GroupError.COORDINATOR_NOT_AVAILABLE);
      if (group.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return fail(GroupError.FENCED_INSTANCE_ID);
      const member = group.members.get(req.memberId);
      if (!member) return fail(GroupError.UNKNOWN_MEMBER_ID);
      if (req.generationId !== group.generationId) return fail(GroupError.ILLEGAL_GENERATION);
      // KIP-559: the client names what it expects; a mismatch means it joined another protocol.
      if (
        (req.protocolType !== null && req.protocolType !== group.protocolType) ||
        (req.protocolName !== null && req.protocolName !== group.protocolName)
      ) {
        return fail(GroupError.INCONSISTENT_GROUP_PROTOCOL);
      }
      switch (group.state) {
        case 'PreparingRebalance':
          return fail(GroupError.REBALANCE_IN_PROGRESS);
        case 'Stable':
          group.pendingSyncMembers.delete(member.memberId);
          this.driver.scheduleSession(group, member);
          return resolve(this.syncOk(group, member.assignment));
        case 'CompletingRebalance':
          member.awaitingSync?.(syncError(GroupError.REBALANCE_IN_PROGRESS));
          member.awaitingSync = resolve;
          group.pendingSyncMembers.delete(member.memberId);
          this.driver.scheduleSession(group, member);
          if (member.memberId === group.leaderId) this.installAssignment(group, req.assignments);
          return;
        default:
          return fail(GroupError.UNKNOWN_MEMBER_ID);
      }
    });
  }

  private syncOk(group: ClassicGroup, assignment: Buffer): SyncResult {
    return {
      errorCode: GroupError.NONE,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      assignment,
    };
  }

  /** The leader's SyncGroup: persist, then hand every member its part and become Stable. */
  private installAssignment(group: ClassicGroup, given: SyncRequest['assignments']): void {
    const assignments = new Map<string, Buffer>();
    for (const id of group.members.keys()) assignments.set(id, EMPTY_BUFFER);
    for (const a of given) if (assignments.has(a.memberId)) assignments.set(a.memberId, a.assignment);
    const generation = group.generationId;
    const stillCurrent = () => group.is('CompletingRebalance') && group.generationId === generation;
    this.store(group, assignments).then(
      () => {
        if (!stillCurrent()) return;
        for (const m of group.members.values()) {
          m.assignment = assignments.get(m.memberId) ?? EMPTY_BUFFER;
          const cb = m.awaitingSync;
          m.awaitingSync = null;
          cb?.(this.syncOk(group, m.assignment));
        }
        group.transitionTo('Stable', this.scheduler.now());
      },
      (e) => {
        this.onError(e);
        if (!stillCurrent()) return;
        this.driver.prepareRebalance(group, GroupError.COORDINATOR_NOT_AVAILABLE);
      },
    );
  }

}
