/**
 * AlterConfigs (key 33), v0-2: the resource's whole set of overrides is replaced by the request's
 * (keys left out go back to their defaults). v1 same; v2 flexible. Superseded by
 * IncrementalAlterConfigs (KIP-339) but still used by older admin clients.
 * ACLs: DescribeConfigs/AlterConfigs on the topic, group or cluster (authz.ts configResourceError).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AlterConfigsRequest } from '../../protocol/generated/alter-configs-request.ts';
import type { AlterConfigsResponse } from '../../protocol/generated/alter-configs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { alterResource } from '../alter-resource.ts';
import { AclOperation, configResourceError } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const alterConfigs = defineHandler<AlterConfigsRequest, Input<AlterConfigsResponse>>({
  apiKey: ApiKey.AlterConfigs,
  minVersion: 0,
  maxVersion: 2,
  async handle(req, ctx) {
    // One resource after the other, in request order, as Kafka applies them.
    const responses = [];
    for (const r of req.resources) {
      const denied = configResourceError(ctx, AclOperation.ALTER_CONFIGS, r.resourceType, r.resourceName);
      if (denied !== ErrorCode.NONE) {
        responses.push({ errorCode: denied, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName });
        continue;
      }
      responses.push(await alterResource(ctx.broker, r.resourceType, r.resourceName, r.configs.map((c) => ({ name: c.name, op: 0, value: c.value })), { replace: true, validateOnly: req.validateOnly }));
    }
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(req, errorCode) {
    return { responses: req.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName })) };
  },
});
