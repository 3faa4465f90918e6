/**
 * DeleteGroups (key 42), v0-3 (KIP-229).
 * v1 same as v0; v2 flexible; v3 an error message per group, which Kafka 4.4 leaves null for classic groups, as we do. Only Empty groups are deleted (NON_EMPTY_GROUP otherwise); their
 * offsets and metadata are removed from __consumer_offsets with tombstones.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { DeleteGroupsRequest } from '../../protocol/generated/delete-groups-request.ts';
import type { DeleteGroupsResponse } from '../../protocol/generated/delete-groups-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const deleteGroups = defineHandler<DeleteGroupsRequest, Input<DeleteGroupsResponse>>({
  apiKey: ApiKey.DeleteGroups,
  minVersion: 0,
  maxVersion: 3,
  async handle(req, ctx) {
    const results = await ctx.broker.groupCoordinator().deleteGroups(req.groupsNames);
    return { throttleTimeMs: 0, results: results.map((r) => ({ ...r, errorMessage: null })) };
  },
  errorResponse(req, errorCode) {
    return { results: req.groupsNames.map((groupId) => ({ groupId, errorCode })) };
  },
});
