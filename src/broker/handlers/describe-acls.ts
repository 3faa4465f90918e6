/**
 * DescribeAcls (key 29), v1-3 as Kafka 4.4 serves them (v0 removed in 4.0; v1 pattern types,
 * KIP-290; v2 flexible; v3 the USER resource type, KIP-373): the stored ACLs that match the filter,
 * grouped by resource pattern. Needs Describe on the cluster (stages/authorize.ts). With no
 * authoriser configured: SECURITY_DISABLED, as Kafka. A filter with an UNKNOWN field is
 * INVALID_REQUEST with the reason (Kafka closes the connection while parsing such a request).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeAclsRequest } from '../../protocol/generated/describe-acls-request.ts';
import type { DescribeAclsResponse } from '../../protocol/generated/describe-acls-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import { filterMatches, InvalidAclError, validateFilter, type AclBinding, type AclBindingFilter } from '../security/acl.ts';

type Resource = NonNullable<Input<DescribeAclsResponse>['resources']>[number] & { acls: object[] };

/** The bindings grouped by resource pattern, in the order the patterns first appear. */
export function groupByResource(acls: readonly AclBinding[]): Resource[] {
  const out = new Map<string, Resource>();
  for (const b of acls) {
    const key = `${b.resourceType}\u0000${b.patternType}\u0000${b.resourceName}`;
    let r = out.get(key);
    if (!r) out.set(key, (r = { resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, acls: [] }));
    r.acls.push({ principal: b.principal, host: b.host, operation: b.operation, permissionType: b.permissionType });
  }
  return [...out.values()];
}

export const describeAcls = defineHandler<DescribeAclsRequest, Input<DescribeAclsResponse>>({
  apiKey: ApiKey.DescribeAcls,
  minVersion: 1,
  maxVersion: 3,
  handle(req, ctx) {
    if (ctx.broker.authorizer === null) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: 'No Authorizer is configured on the broker', resources: [] };
    }
    const filter: AclBindingFilter = {
      resourceType: req.resourceTypeFilter, resourceName: req.resourceNameFilter, patternType: req.patternTypeFilter,
      principal: req.principalFilter, host: req.hostFilter, operation: req.operation, permissionType: req.permissionType,
    };
    try {
      validateFilter(filter);
    } catch (e) {
      if (!(e instanceof InvalidAclError)) throw e;
      return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: e.message, resources: [] };
    }
    const matching = ctx.broker.metadata.acls().filter((b) => filterMatches(filter, b));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, resources: groupByResource(matching) };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, errorMessage: null, resources: [] };
  },
});
