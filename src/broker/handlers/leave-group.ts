/**
 * LeaveGroup (key 13), v0-5.
 * v1 throttle time; v2 same; v3 batched leave of several members, by member id or by
 * group.instance.id for static members (KIP-345); v4 flexible; v5 per-member reason (KIP-800).
 * v0-2 name one member and report its error at the top level.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { LeaveGroupRequest } from '../../protocol/generated/leave-group-request.ts';
import type { LeaveGroupResponse } from '../../protocol/generated/leave-group-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const leaveGroup = defineHandler<LeaveGroupRequest, Input<LeaveGroupResponse>>({
  apiKey: ApiKey.LeaveGroup,
  minVersion: 0,
  maxVersion: 5,
  handle(req, ctx) {
    const batched = ctx.apiVersion >= 3;
    const leaving = batched
      ? req.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId }))
      : [{ memberId: req.memberId, groupInstanceId: null }];
    for (const m of batched ? req.members : []) {
      if (m.reason) ctx.log.info({ groupId: req.groupId, memberId: m.memberId, reason: m.reason }, 'member leaving group');
    }
    const r = ctx.broker.groupCoordinator().leave(req.groupId, leaving);
    if (batched) return { throttleTimeMs: 0, errorCode: r.errorCode, members: r.members };
    return { throttleTimeMs: 0, errorCode: r.errorCode !== ErrorCode.NONE ? r.errorCode : (r.members[0]?.errorCode ?? ErrorCode.NONE) };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, members: [] };
  },
});
