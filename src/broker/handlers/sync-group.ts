/**
 * SyncGroup (key 14), v0-5.
 * v1 throttle time; v2 same; v3 group.instance.id (KIP-345); v4 flexible; v5 protocol type and
 * name in request and response, checked against the group's (KIP-559).
 * The leader sends every member's assignment; each member's response waits for the leader's.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { SyncGroupRequest } from '../../protocol/generated/sync-group-request.ts';
import type { SyncGroupResponse } from '../../protocol/generated/sync-group-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const syncGroup = defineHandler<SyncGroupRequest, Input<SyncGroupResponse>>({
  apiKey: ApiKey.SyncGroup,
  minVersion: 0,
  maxVersion: 5,
  async handle(req, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.broker.groupCoordinator().sync({
      groupId: req.groupId,
      generationId: req.generationId,
      memberId: req.memberId,
      groupInstanceId: v >= 3 ? req.groupInstanceId : null,
      protocolType: v >= 5 ? req.protocolType : null,
      protocolName: v >= 5 ? req.protocolName : null,
      assignments: req.assignments.map((a) => ({ memberId: a.memberId, assignment: a.assignment })),
    });
    return { throttleTimeMs: 0, errorCode: r.errorCode, protocolType: r.protocolType, protocolName: r.protocolName, assignment: r.assignment };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) };
  },
});
