/**
 * DescribeTransactions (key 65), v0 (KIP-664): the state of each transactional id — state name,
 * timeout, start time, producer id and epoch, and the partitions of its ongoing transaction.
 * Unknown ids get TRANSACTIONAL_ID_NOT_FOUND; ids whose __transaction_state partition is loading
 * or not served here COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR.
 * ACLs: Describe on each transactional id, else TRANSACTIONAL_ID_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeTransactionsRequest } from '../../protocol/generated/describe-transactions-request.ts';
import type { DescribeTransactionsResponse } from '../../protocol/generated/describe-transactions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { txnStateName } from '../../coordinator/transaction/transaction-state.ts';
import { AclOperation, allowed, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

const none = (transactionalId: string, errorCode: number) => ({
  errorCode, transactionalId, transactionState: '', transactionTimeoutMs: 0, transactionStartTimeMs: -1n, producerId: -1n, producerEpoch: -1, topics: [],
});

export const describeTransactions = defineHandler<DescribeTransactionsRequest, Input<DescribeTransactionsResponse>>({
  apiKey: ApiKey.DescribeTransactions,
  minVersion: 0,
  maxVersion: 0,
  handle(req, ctx) {
    const coordinator = ctx.broker.transactionCoordinator();
    return {
      throttleTimeMs: 0,
      transactionStates: req.transactionalIds.map((id) => {
        if (!allowed(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, id)) return none(id, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
        const a = coordinator.availability(id);
        if (a !== ErrorCode.NONE) return none(id, a);
        const t = coordinator.describe(id);
        if (!t) return none(id, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
        return {
          errorCode: ErrorCode.NONE,
          transactionalId: id,
          transactionState: txnStateName(t.state),
          transactionTimeoutMs: t.transactionTimeoutMs,
          transactionStartTimeMs: BigInt(t.startTimestampMs),
          producerId: t.producerId,
          producerEpoch: t.producerEpoch,
          topics: [...t.partitions].map(([topic, partitions]) => ({ topic, partitions })),
        };
      }),
    };
  },
  errorResponse(req, errorCode) {
    return { transactionStates: req.transactionalIds.map((id) => none(id, errorCode)) };
  },
});
