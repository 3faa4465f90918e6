/**
 * AlterClientQuotas (key 49), v0-1 (KIP-546; v1 flexible): sets and removes quota values per entity
 * (user, client-id, ip; a null name is the type's default). Each entry is checked on its own — known
 * entity types, no ip mixed with the others, keys that belong to the entity, positive values, whole
 * numbers for byte and connection rates — and refused entries are INVALID_REQUEST with the reason
 * while the valid ones apply, as in Kafka. validate_only checks without storing. Stored in the
 * metadata store, so they survive restarts.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AlterClientQuotasRequest } from '../../protocol/generated/alter-client-quotas-request.ts';
import type { AlterClientQuotasResponse } from '../../protocol/generated/alter-client-quotas-response.ts';
import type { Input } from '../../protocol/input.ts';
import { entityKey, entityProblem, opProblem, type QuotaEntry } from '../client-quotas.ts';
import { defineHandler } from '../handler.ts';

export const alterClientQuotas = defineHandler<AlterClientQuotasRequest, Input<AlterClientQuotasResponse>>({
  apiKey: ApiKey.AlterClientQuotas,
  minVersion: 0,
  maxVersion: 1,
  async handle(req, ctx) {
    const store = new Map<string, QuotaEntry>(ctx.broker.metadata.clientQuotas().map((q) => [entityKey(q.entity), { entity: q.entity, values: { ...q.values } }]));
    let changed = false;
    const entries = req.entries.map((e) => {
      const problem = entityProblem(e.entity) ?? e.ops.map((op) => opProblem(e.entity, op.key, op.value, op.remove)).find((p) => p !== null) ?? null;
      if (problem) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, entity: e.entity };
      if (!req.validateOnly) {
        const k = entityKey(e.entity);
        const entry = store.get(k) ?? { entity: e.entity.map((x) => ({ entityType: x.entityType, entityName: x.entityName })), values: {} };
        for (const op of e.ops) {
          if (op.remove) delete entry.values[op.key];
          else entry.values[op.key] = op.value;
        }
        store.set(k, entry);
        changed = true;
      }
      return { errorCode: ErrorCode.NONE, errorMessage: null, entity: e.entity };
    });
    if (changed) await ctx.broker.metadata.setClientQuotas([...store.values()]);
    return { throttleTimeMs: 0, entries };
  },
  errorResponse(req, errorCode) {
    return { entries: req.entries.map((e) => ({ errorCode, errorMessage: null, entity: e.entity })) };
  },
});
