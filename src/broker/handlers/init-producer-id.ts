/**
 * InitProducerId (key 22), v0-5. With a transactional id the transaction coordinator answers (a
 * fresh producer id at epoch 0, or the epoch bumped; an open transaction of the id is aborted first
 * and the caller told CONCURRENT_TRANSACTIONS); PRODUCER_FENCED is INVALID_PRODUCER_EPOCH before v4.
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
      if (req.transactionalId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, producerId: -1n, producerEpoch: -1 };
      const expected = ctx.apiVersion >= 3 && req.producerId !== -1n ? { producerId: req.producerId, producerEpoch: req.producerEpoch } : null;
      const r = await ctx.broker.transactionCoordinator().initProducerId(req.transactionalId, req.transactionTimeoutMs, expected);
      const errorCode = r.errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 4 ? ErrorCode.INVALID_PRODUCER_EPOCH : r.errorCode;
      return { throttleTimeMs: 0, errorCode, producerId: r.producerId, producerEpoch: r.producerEpoch };
    }
    const producerId = await ctx.broker.metadata.allocateProducerId();
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: BigInt(producerId), producerEpoch: 0 };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, producerId: -1n, producerEpoch: -1 };
  },
});
