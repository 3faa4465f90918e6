/**
 * DescribeProducers (key 61), v0 (KIP-664): the active idempotent/transactional producers of each
 * partition, from the log's producer state (id, epoch, last sequence and timestamp, open transaction).
 * ACLs: Read on the topic, else TOPIC_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeProducersRequest } from '../../protocol/generated/describe-producers-request.ts';
import type { DescribeProducersResponse } from '../../protocol/generated/describe-producers-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const describeProducers = defineHandler<DescribeProducersRequest, Input<DescribeProducersResponse>>({
  apiKey: ApiKey.DescribeProducers,
  minVersion: 0,
  maxVersion: 0,
  handle(req, ctx) {
    const topics = req.topics.map((t) => {
      const topic = ctx.broker.image.topic(t.name);
      const readable = allowedOnTopic(ctx, AclOperation.READ, t.name);
      return {
        name: t.name,
        partitions: t.partitionIndexes.map((i) => {
          if (!readable) return { partitionIndex: i, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null, activeProducers: [] };
          const p = ctx.broker.replicas.leaderPartition(topic, i);
          if (p === ErrorCode.NOT_LEADER_OR_FOLLOWER) return { partitionIndex: i, errorCode: p, errorMessage: `this broker does not lead ${t.name}-${i}`, activeProducers: [] };
          if (typeof p === 'number') return { partitionIndex: i, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `unknown partition ${t.name}-${i}`, activeProducers: [] };
          return {
            partitionIndex: i,
            errorCode: ErrorCode.NONE,
            errorMessage: null,
            activeProducers: p.log.activeProducers().map((a) => ({
              producerId: BigInt(a.producerId),
              producerEpoch: a.epoch,
              lastSequence: a.lastSequence,
              lastTimestamp: BigInt(a.lastTimestamp),
              coordinatorEpoch: a.coordinatorEpoch,
              currentTxnStartOffset: BigInt(a.currentTxnStartOffset),
            })),
          };
        }),
      };
    });
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((i) => ({ partitionIndex: i, errorCode, activeProducers: [] })) })) };
  },
});
