/**
 * ListPartitionReassignments (key 46), v0 (KIP-455). A reassignment on one broker completes the
 * moment it is accepted (AlterPartitionReassignments), so none is ever in progress: the answer
 * lists no topics.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ListPartitionReassignmentsRequest } from '../../protocol/generated/list-partition-reassignments-request.ts';
import type { ListPartitionReassignmentsResponse } from '../../protocol/generated/list-partition-reassignments-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const listPartitionReassignments = defineHandler<ListPartitionReassignmentsRequest, Input<ListPartitionReassignmentsResponse>>({
  apiKey: ApiKey.ListPartitionReassignments,
  minVersion: 0,
  maxVersion: 0,
  handle() {
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics: [] };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, errorMessage: null, topics: [] };
  },
});
