/**
 * EndTxn (key 26), v0-4: commit or abort the producer's transaction. Answered once the decision
 * (PrepareCommit / PrepareAbort) is committed in __transaction_state; the coordinator then writes
 * the markers. v1 same; v2 PRODUCER_FENCED (INVALID_PRODUCER_EPOCH before); v3 flexible; v4
 * TRANSACTION_ABORTABLE. v5 (Transactions V2, an epoch bump on every end) is not served: this
 * broker does not advertise transaction.version 2, so clients keep to v4.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { EndTxnRequest } from '../../protocol/generated/end-txn-request.ts';
import type { EndTxnResponse } from '../../protocol/generated/end-txn-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const endTxn = defineHandler<EndTxnRequest, Input<EndTxnResponse>>({
  apiKey: ApiKey.EndTxn,
  minVersion: 0,
  maxVersion: 4,
  async handle(req, ctx) {
    const code = await ctx.broker.transactionCoordinator().endTxn(req.transactionalId, req.producerId, req.producerEpoch, req.committed);
    const errorCode = code === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2 ? ErrorCode.INVALID_PRODUCER_EPOCH : code;
    return { throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, producerId: -1n, producerEpoch: -1 };
  },
});
