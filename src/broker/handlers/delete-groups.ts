/**
 * DeleteGroups (key 42), v0-3 (KIP-229).
 * v1 same as v0; v2 flexible; v3 an error message per group, which Kafka 4.4 leaves null for classic groups, as we do. Only Empty groups are deleted (NON_EMPTY_GROUP otherwise); their
 * offsets and metadata are removed from __consumer_offsets with tombstones.
 * ACLs: Delete on each group, else GROUP_AUTHORIZATION_FAILED.
 */
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { DeleteGroupsRequest } from '../../protocol/generated/delete-groups-request.ts';
import type { DeleteGroupsResponse } from '../../protocol/generated/delete-groups-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowed, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const deleteGroups = defineHandler<DeleteGroupsRequest, Input<DeleteGroupsResponse>>({
  apiKey: ApiKey.DeleteGroups,
  minVersion: 0,
  maxVersion: 3,
  async handle(req, ctx) {
    // ACLs: Delete on each group, else GROUP_AUTHORIZATION_FAILED for it.
    const may = (g: string) => allowed(ctx, AclOperation.DELETE, ResourceType.GROUP, g);
    const allowedGroups = req.groupsNames.filter(may);
    const deleted = allowedGroups.length === 0 ? [] : await ctx.broker.groupCoordinator().deleteGroups(allowedGroups);
    const denied = req.groupsNames.filter((g) => !may(g)).map((groupId) => ({ groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED }));
    return { throttleTimeMs: 0, results: [...deleted, ...denied].map((r) => ({ ...r, errorMessage: null })) };
  },
  errorResponse(req, errorCode) {
    return { results: req.groupsNames.map((groupId) => ({ groupId, errorCode })) };
  },
});
