/**
 * AlterPartitionReassignments (key 45), v0-1 (KIP-455; v1 AllowReplicationFactorChange, KIP-860).
 * One broker: the only replica set a partition can have is this broker, which it already has, so a
 * reassignment to it is done at once (NONE) and kafka-reassign-partitions completes; a set naming
 * any other broker is INVALID_REPLICA_ASSIGNMENT (no such broker is registered), as are empty or
 * duplicated sets; cancelling (null replicas) is NO_REASSIGNMENT_IN_PROGRESS. Moving a replica
 * between log directories is AlterReplicaLogDirs, which the tool sends next.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AlterPartitionReassignmentsRequest } from '../../protocol/generated/alter-partition-reassignments-request.ts';
import type { AlterPartitionReassignmentsResponse } from '../../protocol/generated/alter-partition-reassignments-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

function check(ctx: RequestContext, topicName: string, partitionIndex: number, replicas: number[] | null): { errorCode: number; errorMessage: string | null } {
  const partition = ctx.broker.image.topic(topicName)?.partitions[partitionIndex];
  if (!partition) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `no partition ${topicName}-${partitionIndex}` };
  if (replicas === null) return { errorCode: ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, errorMessage: `no reassignment of ${topicName}-${partitionIndex} is in progress` };
  if (replicas.length === 0) return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'the replica set is empty' };
  if (new Set(replicas).size !== replicas.length) return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `duplicate replicas in ${replicas.join(',')}` };
  const others = replicas.filter((r) => r !== ctx.broker.nodeId);
  if (others.length > 0) return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `broker ${others.join(', ')} is not registered; this cluster has broker ${ctx.broker.nodeId} only` };
  return { errorCode: ErrorCode.NONE, errorMessage: null };
}

export const alterPartitionReassignments = defineHandler<AlterPartitionReassignmentsRequest, Input<AlterPartitionReassignmentsResponse>>({
  apiKey: ApiKey.AlterPartitionReassignments,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    return {
      throttleTimeMs: 0,
      allowReplicationFactorChange: req.allowReplicationFactorChange,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      responses: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, ...check(ctx, t.name, p.partitionIndex, p.replicas) })),
      })),
    };
  },
  errorResponse(req, errorCode) {
    return { errorCode, errorMessage: null, responses: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage: null })) })) };
  },
});
