/**
 * ListTransactions (key 66), v0-2 (KIP-664): the transactional ids this coordinator serves,
 * filtered by state names (unknown names are listed back in unknownStateFilters), producer ids,
 * v1 a duration (only those whose start time is longer ago than it, KIP-994, compared as Kafka
 * does: an id with no transaction started has start time -1), v2 a regular expression the
 * whole id must match (KIP-1152; an invalid one is INVALID_REGULAR_EXPRESSION). While
 * __transaction_state loads, COORDINATOR_LOAD_IN_PROGRESS.
 * ACLs: lists only the transactional ids the principal may Describe.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ListTransactionsRequest } from '../../protocol/generated/list-transactions-request.ts';
import type { ListTransactionsResponse } from '../../protocol/generated/list-transactions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { TxnState, txnStateName, txnStateOfName } from '../../coordinator/transaction/transaction-state.ts';
import { AclOperation, allowed, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const listTransactions = defineHandler<ListTransactionsRequest, Input<ListTransactionsResponse>>({
  apiKey: ApiKey.ListTransactions,
  minVersion: 0,
  maxVersion: 2,
  handle(req, ctx) {
    const coordinator = ctx.broker.transactionCoordinator();
    const fail = (errorCode: number) => ({ throttleTimeMs: 0, errorCode, unknownStateFilters: [], transactionStates: [] });
    if (coordinator.isLoading()) return fail(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    const states = new Set<number>();
    const unknownStateFilters: string[] = [];
    for (const name of req.stateFilters) {
      const s = txnStateOfName(name);
      if (s === undefined) unknownStateFilters.push(name);
      else states.add(s);
    }
    let pattern: RegExp | null = null;
    if (ctx.apiVersion >= 2 && req.transactionalIdPattern !== null && req.transactionalIdPattern !== '') {
      try {
        pattern = new RegExp(`^(?:${req.transactionalIdPattern})$`, 'u');
      } catch {
        return fail(ErrorCode.INVALID_REGULAR_EXPRESSION);
      }
    }
    const producers = new Set(req.producerIdFilters);
    const minDuration = ctx.apiVersion >= 1 ? Number(req.durationFilter) : -1;
    const now = Date.now();
    // Unknown state names only: nothing can match (as Kafka answers).
    const none = unknownStateFilters.length > 0 && states.size === 0;
    const transactionStates = none
      ? []
      : coordinator
          .list()
          .filter(({ transactionalId, state: t }) =>
            t.state !== TxnState.DEAD &&
            (states.size === 0 || states.has(t.state)) &&
            (producers.size === 0 || producers.has(t.producerId)) &&
            (minDuration < 0 || now - t.startTimestampMs > minDuration) &&
            (pattern === null || pattern.test(transactionalId)) &&
            // ACLs: only the transactional ids the principal may Describe.
            allowed(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, transactionalId))
          .map(({ transactionalId, state: t }) => ({ transactionalId, producerId: t.producerId, transactionState: txnStateName(t.state) }));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, unknownStateFilters, transactionStates };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, unknownStateFilters: [], transactionStates: [] };
  },
});
