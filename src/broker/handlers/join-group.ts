/**
 * JoinGroup (key 11), v0-9.
 * v1 rebalance timeout (KIP-62; v0 uses the session timeout for both); v2 throttle time; v3 same;
 * v4 a first join without a member id gets MEMBER_ID_REQUIRED and the id to use (KIP-394);
 * v5 group.instance.id for static membership (KIP-345); v6 flexible; v7 protocol type in the
 * response (KIP-559); v8 join reason (KIP-800); v9 skip_assignment for a static leader (KIP-814).
 * The response waits until the join phase of the rebalance completes.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { JoinGroupRequest } from '../../protocol/generated/join-group-request.ts';
import type { JoinGroupResponse } from '../../protocol/generated/join-group-response.ts';
import type { Input } from '../../protocol/input.ts';
import type { JoinResult } from '../../coordinator/group/classic-group.ts';
import { clientHostOf } from '../group-coordinator-host.ts';
import { defineHandler } from '../handler.ts';

function toResponse(r: JoinResult, version: number): Input<JoinGroupResponse> {
  return {
    throttleTimeMs: 0,
    errorCode: r.errorCode,
    generationId: r.generationId,
    protocolType: r.protocolType,
    // Nullable only from v7; older versions carry "" for "no protocol".
    protocolName: version >= 7 ? r.protocolName : (r.protocolName ?? ''),
    leader: r.leader,
    skipAssignment: r.skipAssignment,
    memberId: r.memberId,
    members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata })),
  };
}

export const joinGroup = defineHandler<JoinGroupRequest, Input<JoinGroupResponse>>({
  apiKey: ApiKey.JoinGroup,
  minVersion: 0,
  maxVersion: 9,
  async handle(req, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.broker.groupCoordinator().join({
      groupId: req.groupId,
      memberId: req.memberId,
      groupInstanceId: v >= 5 ? req.groupInstanceId : null,
      sessionTimeoutMs: req.sessionTimeoutMs,
      rebalanceTimeoutMs: v >= 1 ? req.rebalanceTimeoutMs : req.sessionTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
      clientId: ctx.client.clientId ?? '',
      clientHost: clientHostOf(ctx.client.remote),
      requireKnownMemberId: v >= 4,
    });
    if (r.errorCode !== 0) ctx.log.debug({ groupId: req.groupId, memberId: r.memberId, errorCode: r.errorCode }, 'join group refused');
    return toResponse(r, v);
  },
  errorResponse(req, errorCode, ctx) {
    return toResponse(
      { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId: req.memberId, members: [] },
      ctx.apiVersion,
    );
  },
});
