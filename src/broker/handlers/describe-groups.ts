/**
 * DescribeGroups (key 15), v0-6.
 * v1 throttle time; v2 same; v3 authorized operations on request (KIP-430); v4 group.instance.id
 * of members (KIP-345); v5 flexible; v6 error message, GROUP_ID_NOT_FOUND for an unknown group
 * (KIP-1043), which v0-5 describe as Dead with no error. Member metadata and
 * assignments are shown once the group is Stable.
 * ACLs: Describe on each group, else GROUP_AUTHORIZATION_FAILED; authorized operations are the principal's.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeGroupsRequest } from '../../protocol/generated/describe-groups-request.ts';
import type { DescribeGroupsResponse } from '../../protocol/generated/describe-groups-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowed, authorizedOperations, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

/** Kafka's "not requested" marker for authorized operations. */
const OPERATIONS_NOT_REQUESTED = -2147483648;
/** Without ACLs every operation on a group is allowed: READ (3), DELETE (6), DESCRIBE (8). */
const ALL_GROUP_OPERATIONS = (1 << 3) | (1 << 6) | (1 << 8);

export const describeGroups = defineHandler<DescribeGroupsRequest, Input<DescribeGroupsResponse>>({
  apiKey: ApiKey.DescribeGroups,
  minVersion: 0,
  maxVersion: 6,
  handle(req, ctx) {
    const coordinator = ctx.broker.groupCoordinator();
    const askOps = ctx.apiVersion >= 3 && req.includeAuthorizedOperations;
    return {
      throttleTimeMs: 0,
      groups: req.groups.map((id) => {
        // ACLs: Describe on each group, else GROUP_AUTHORIZATION_FAILED for it.
        if (!allowed(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, id)) {
          return { groupId: id, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, errorMessage: null, groupState: '', protocolType: '', protocolData: '', members: [], authorizedOperations: OPERATIONS_NOT_REQUESTED };
        }
        const ops = askOps ? authorizedOperations(ctx, ResourceType.GROUP, id, ALL_GROUP_OPERATIONS) : OPERATIONS_NOT_REQUESTED;
        const described = { ...coordinator.describeGroup(id), authorizedOperations: ops };
        if (ctx.apiVersion >= 6 && described.errorCode === ErrorCode.NONE && coordinator.groupState(id) === undefined) {
          return { ...described, errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: `Group ${id} not found.` };
        }
        return described;
      }),
    };
  },
  errorResponse(req, errorCode) {
    return { groups: req.groups.map((groupId) => ({ groupId, errorCode, groupState: '', protocolType: '', protocolData: '', members: [] })) };
  },
});
