/**
 * EndTxn (key 26), v0-5: commit or abort the producer's transaction. Answered once the decision
 * (PrepareCommit / PrepareAbort) is committed in __transaction_state; the coordinator then writes
 * the markers. v1 same; v2 PRODUCER_FENCED (INVALID_PRODUCER_EPOCH before); v3 flexible; v4
 * TRANSACTION_ABORTABLE; v5 Transactions V2 (KIP-890): the epoch is bumped on every end and the
 * answer carries the producer id and epoch of the next transaction.
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
  maxVersion: 5,
  async handle(req, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.broker.transactionCoordinator().endTxn(req.transactionalId, req.producerId, req.producerEpoch, req.committed, v >= 5 ? 2 : 0);
    const errorCode = r.errorCode === ErrorCode.PRODUCER_FENCED && v < 2 ? ErrorCode.INVALID_PRODUCER_EPOCH : r.errorCode;
    return { throttleTimeMs: 0, errorCode, producerId: r.producerId, producerEpoch: r.producerEpoch };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, producerId: -1n, producerEpoch: -1 };
  },
});
