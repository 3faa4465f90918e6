/**
 * CreateAcls (key 30), v1-3 as Kafka 4.4 serves them (v0 removed in 4.0; v1 pattern types,
 * KIP-290; v2 flexible; v3 the USER resource type, KIP-373): stores each valid ACL in the metadata
 * store (an ACL already there stays one), one result per creation in request order. Needs Alter on
 * the cluster (stages/authorize.ts). An ACL Kafka would refuse (ANY or UNKNOWN types, a pattern type
 * other than LITERAL or PREFIXED, a cluster resource not named kafka-cluster, an empty name, a
 * principal without a type) gets INVALID_REQUEST with Kafka's message; the others are still created.
 * With no authoriser configured every creation gets SECURITY_DISABLED, as Kafka.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { CreateAclsRequest } from '../../protocol/generated/create-acls-request.ts';
import type { CreateAclsResponse } from '../../protocol/generated/create-acls-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import { InvalidAclError, validateBinding, type AclBinding } from '../security/acl.ts';

type Result = NonNullable<Input<CreateAclsResponse>['results']>[number];

export const createAcls = defineHandler<CreateAclsRequest, Input<CreateAclsResponse>>({
  apiKey: ApiKey.CreateAcls,
  minVersion: 1,
  maxVersion: 3,
  async handle(req, ctx) {
    if (ctx.broker.authorizer === null) {
      return { throttleTimeMs: 0, results: req.creations.map(() => ({ errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: 'No Authorizer is configured.' })) };
    }
    const valid: AclBinding[] = [];
    const results: Result[] = req.creations.map((c) => {
      const b: AclBinding = {
        resourceType: c.resourceType, resourceName: c.resourceName, patternType: c.resourcePatternType,
        principal: c.principal, host: c.host, operation: c.operation, permissionType: c.permissionType,
      };
      try {
        validateBinding(b);
      } catch (e) {
        if (!(e instanceof InvalidAclError)) throw e;
        return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: e.message };
      }
      valid.push(b);
      return { errorCode: ErrorCode.NONE, errorMessage: null };
    });
    if (valid.length > 0) await ctx.broker.metadata.addAcls(valid);
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, errorCode) {
    return { results: req.creations.map(() => ({ errorCode, errorMessage: null })) };
  },
});
