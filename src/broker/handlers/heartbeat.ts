/**
 * Heartbeat (key 12), v0-4.
 * v1 throttle time; v2 same; v3 group.instance.id (KIP-345); v4 flexible.
 * Keeps the member's session alive; REBALANCE_IN_PROGRESS tells it to rejoin.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { HeartbeatRequest } from '../../protocol/generated/heartbeat-request.ts';
import type { HeartbeatResponse } from '../../protocol/generated/heartbeat-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const heartbeat = defineHandler<HeartbeatRequest, Input<HeartbeatResponse>>({
  apiKey: ApiKey.Heartbeat,
  minVersion: 0,
  maxVersion: 4,
  handle(req, ctx) {
    const errorCode = ctx.broker.groupCoordinator().heartbeat({
      groupId: req.groupId,
      generationId: req.generationId,
      memberId: req.memberId,
      groupInstanceId: ctx.apiVersion >= 3 ? req.groupInstanceId : null,
    });
    return { throttleTimeMs: 0, errorCode };
  },
  errorResponse(_req, errorCode) {
    return { errorCode };
  },
});
