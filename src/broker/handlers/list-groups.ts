/**
 * ListGroups (key 16), v0-5.
 * v1 throttle time; v2 same; v3 flexible; v4 states filter and group state in the response
 * (KIP-518); v5 types filter and group type (KIP-848: every group here is "classic").
 * While __consumer_offsets is still loading, the groups known so far are listed with
 * COORDINATOR_LOAD_IN_PROGRESS, as Kafka does.
 * ACLs: all groups with Describe on the cluster, else only the groups the principal may Describe.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ListGroupsRequest } from '../../protocol/generated/list-groups-request.ts';
import type { ListGroupsResponse } from '../../protocol/generated/list-groups-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowed, allowedOnCluster, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

const CLASSIC = 'classic';

export const listGroups = defineHandler<ListGroupsRequest, Input<ListGroupsResponse>>({
  apiKey: ApiKey.ListGroups,
  minVersion: 0,
  maxVersion: 5,
  handle(req, ctx) {
    const v = ctx.apiVersion;
    const coordinator = ctx.broker.groupCoordinator();
    const types = v >= 5 ? req.typesFilter.map((t) => t.toLowerCase()) : [];
    const groups = types.length > 0 && !types.includes(CLASSIC) ? [] : coordinator.listGroups(v >= 4 ? req.statesFilter : []);
    // ACLs: Describe on the cluster lists every group, else those the principal may Describe.
    const everyGroup = allowedOnCluster(ctx, AclOperation.DESCRIBE);
    return {
      throttleTimeMs: 0,
      errorCode: coordinator.isLoading() ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE,
      groups: groups.filter((g) => everyGroup || allowed(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, g.groupId)).map((g) => ({ ...g, groupType: CLASSIC })),
    };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, groups: [] };
  },
});
