/**
 * DescribeClientQuotas (key 48), v0-1 (KIP-546; v1 flexible): the stored quotas of the entities
 * that match the filter. Each filter component names an entity type and an exact name, the default
 * entity, or any named entity; `strict` asks for entities with no other entity types. An invalid
 * filter is INVALID_REQUEST for the whole request, as in Kafka.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeClientQuotasRequest } from '../../protocol/generated/describe-client-quotas-request.ts';
import type { DescribeClientQuotasResponse } from '../../protocol/generated/describe-client-quotas-response.ts';
import type { Input } from '../../protocol/input.ts';
import { filterProblem, matches } from '../client-quotas.ts';
import { defineHandler } from '../handler.ts';

export const describeClientQuotas = defineHandler<DescribeClientQuotasRequest, Input<DescribeClientQuotasResponse>>({
  apiKey: ApiKey.DescribeClientQuotas,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    const problem = filterProblem(req.components);
    if (problem) return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, entries: null };
    const entries = ctx.broker.metadata.clientQuotas()
      .filter((q) => matches(q.entity, req.components, req.strict))
      .map((q) => ({ entity: q.entity, values: Object.entries(q.values).map(([key, value]) => ({ key, value })) }));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, entries };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, errorMessage: null, entries: null };
  },
});
