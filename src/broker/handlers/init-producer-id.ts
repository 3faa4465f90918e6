/**
 * InitProducerId (key 22), v0-5, non-transactional producers only so far.
 * v1 same; v2 flexible; v3 lets a producer bump its epoch by presenting its current id and epoch
 * (KIP-360); v4 same; v5 same (KIP-890 part 2 clients). Producer ids come from the metadata store, which
 * persists the reserved block, so an id is never reused across restarts. A bump for an
 * idempotent producer gets a fresh id at epoch 0, which Kafka also allows (the old id's state
 * simply expires).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { InitProducerIdRequest } from '../../protocol/generated/init-producer-id-request.ts';
import type { InitProducerIdResponse } from '../../protocol/generated/init-producer-id-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const initProducerId = defineHandler<InitProducerIdRequest, Input<InitProducerIdResponse>>({
  apiKey: ApiKey.InitProducerId,
  minVersion: 0,
  maxVersion: 5,
  async handle(req, ctx) {
    if (req.transactionalId !== null) {
      // Transactions need the transaction coordinator (not built yet): Kafka's answer when none is available.
      return { throttleTimeMs: 0, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, producerId: -1n, producerEpoch: -1 };
    }
    const producerId = await ctx.broker.metadata.allocateProducerId();
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: BigInt(producerId), producerEpoch: 0 };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, producerId: -1n, producerEpoch: -1 };
  },
});
