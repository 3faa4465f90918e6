/**
 * AddOffsetsToTxn (key 25), v0-4: a transactional producer is about to commit a group's offsets in
 * its transaction (sendOffsetsToTransaction), so the group's partition of __consumer_offsets joins
 * the transaction and gets its marker at the end. v1 same; v2 PRODUCER_FENCED
 * (INVALID_PRODUCER_EPOCH before); v3 flexible; v4 TRANSACTION_ABORTABLE.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AddOffsetsToTxnRequest } from '../../protocol/generated/add-offsets-to-txn-request.ts';
import type { AddOffsetsToTxnResponse } from '../../protocol/generated/add-offsets-to-txn-response.ts';
import type { Input } from '../../protocol/input.ts';
import { OFFSETS_TOPIC } from '../group-coordinator-host.ts';
import { defineHandler } from '../handler.ts';

export const addOffsetsToTxn = defineHandler<AddOffsetsToTxnRequest, Input<AddOffsetsToTxnResponse>>({
  apiKey: ApiKey.AddOffsetsToTxn,
  minVersion: 0,
  maxVersion: 4,
  async handle(req, ctx) {
    const partition = ctx.broker.groupCoordinator().partitionFor(req.groupId);
    let errorCode = await ctx.broker.transactionCoordinator().addPartitions(req.transactionalId, req.producerId, req.producerEpoch, new Map([[OFFSETS_TOPIC, [partition]]]));
    if (errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) errorCode = ErrorCode.INVALID_PRODUCER_EPOCH;
    return { throttleTimeMs: 0, errorCode };
  },
  errorResponse(_req, errorCode) {
    return { errorCode };
  },
});
