/**
 * IncrementalAlterConfigs (key 44), v0-1: SET, DELETE, APPEND, SUBTRACT per key (KIP-339).
 * v1 flexible. Topics and this broker (id, or "" for the cluster default layer); changes apply live.
 * ACLs: DescribeConfigs/AlterConfigs on the topic, group or cluster (authz.ts configResourceError).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { IncrementalAlterConfigsRequest } from '../../protocol/generated/incremental-alter-configs-request.ts';
import type { IncrementalAlterConfigsResponse } from '../../protocol/generated/incremental-alter-configs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { alterResource } from '../alter-resource.ts';
import { AclOperation, configResourceError } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const incrementalAlterConfigs = defineHandler<IncrementalAlterConfigsRequest, Input<IncrementalAlterConfigsResponse>>({
  apiKey: ApiKey.IncrementalAlterConfigs,
  minVersion: 0,
  maxVersion: 1,
  async handle(req, ctx) {
    // One resource after the other, in request order, as Kafka applies them.
    const responses = [];
    for (const r of req.resources) {
      const denied = configResourceError(ctx, AclOperation.ALTER_CONFIGS, r.resourceType, r.resourceName);
      if (denied !== ErrorCode.NONE) {
        responses.push({ errorCode: denied, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName });
        continue;
      }
      responses.push(await alterResource(ctx.broker, r.resourceType, r.resourceName, r.configs.map((c) => ({ name: c.name, op: c.configOperation, value: c.value })), { replace: false, validateOnly: req.validateOnly }));
    }
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(req, errorCode) {
    return { responses: req.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName })) };
  },
});
