/**
 * DeleteAcls (key 31), v1-3 as Kafka 4.4 serves them (v0 removed in 4.0; v1 pattern types,
 * KIP-290; v2 flexible; v3 the USER resource type, KIP-373): removes every stored ACL that one of
 * the filters matches, and lists per filter the ACLs it matched (an ACL two filters match is listed
 * under both, as Kafka's controller does). Needs Alter on the cluster (stages/authorize.ts). A filter
 * with an UNKNOWN field gets INVALID_REQUEST with the reason; the other filters still apply. With no
 * authoriser configured every filter gets SECURITY_DISABLED, as Kafka.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DeleteAclsRequest } from '../../protocol/generated/delete-acls-request.ts';
import type { DeleteAclsResponse } from '../../protocol/generated/delete-acls-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import { filterMatches, InvalidAclError, validateFilter, type AclBinding, type AclBindingFilter } from '../security/acl.ts';

type FilterResult = NonNullable<Input<DeleteAclsResponse>['filterResults']>[number];

export const deleteAcls = defineHandler<DeleteAclsRequest, Input<DeleteAclsResponse>>({
  apiKey: ApiKey.DeleteAcls,
  minVersion: 1,
  maxVersion: 3,
  async handle(req, ctx) {
    if (ctx.broker.authorizer === null) {
      return { throttleTimeMs: 0, filterResults: req.filters.map(() => ({ errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: 'No Authorizer is configured.', matchingAcls: [] })) };
    }
    const stored = ctx.broker.metadata.acls();
    const removed = new Set<AclBinding>();
    const filterResults: FilterResult[] = req.filters.map((f) => {
      const filter: AclBindingFilter = {
        resourceType: f.resourceTypeFilter, resourceName: f.resourceNameFilter, patternType: f.patternTypeFilter,
        principal: f.principalFilter, host: f.hostFilter, operation: f.operation, permissionType: f.permissionType,
      };
      try {
        validateFilter(filter);
      } catch (e) {
        if (!(e instanceof InvalidAclError)) throw e;
        return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: e.message, matchingAcls: [] };
      }
      const matching = stored.filter((b) => filterMatches(filter, b));
      for (const b of matching) removed.add(b);
      return { errorCode: ErrorCode.NONE, errorMessage: null, matchingAcls: matching.map((b) => ({ errorCode: ErrorCode.NONE, errorMessage: null, ...b })) };
    });
    if (removed.size > 0) await ctx.broker.metadata.removeAcls([...removed]);
    return { throttleTimeMs: 0, filterResults };
  },
  errorResponse(req, errorCode) {
    return { filterResults: req.filters.map(() => ({ errorCode, errorMessage: null, matchingAcls: [] })) };
  },
});
