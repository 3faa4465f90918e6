/**
 * DescribeTopicPartitions (key 75), v0 (KIP-966): what Metadata says of topics and their partitions,
 * paged. kafka-topics --describe of Kafka 4.x asks it. No topics = every topic; topics come sorted by
 * name; the cursor says where to start (topic name, partition index), and when the partition limit
 * (at most 2000, as Kafka's max.request.partition.size.limit) cuts the answer, NextCursor says where
 * the next page begins. This broker leads every partition, so each has it as the only replica, ISR
 * member and leader, and no eligible leader replicas beyond the ISR (empty ELR lists).
 * ACLs: Describe on each topic (left out of an all-topics answer, TOPIC_AUTHORIZATION_FAILED when named).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeTopicPartitionsRequest } from '../../protocol/generated/describe-topic-partitions-request.ts';
import type { DescribeTopicPartitionsResponse } from '../../protocol/generated/describe-topic-partitions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';
import type { Topic } from '../topic-manager.ts';
import { describePartitions, TOPIC_OPERATIONS, ZERO_UUID } from '../topic-description.ts';
import { isInternalTopic } from '../topic-name.ts';

type Response = Input<DescribeTopicPartitionsResponse>;
type TopicOut = NonNullable<Response['topics']>[number];

/** Kafka's max.request.partition.size.limit default. */
const MAX_PARTITIONS = 2000;

function describe(t: Topic, from: number, count: number): TopicOut {
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: t.topicId,
    isInternal: t.internal,
    // No eligible leader replicas beyond the ISR (empty ELR lists, as Kafka 4.4 answers).
    partitions: describePartitions(t, from, count).map((p) => ({ ...p, eligibleLeaderReplicas: [], lastKnownElr: [] })),
    topicAuthorizedOperations: TOPIC_OPERATIONS,
  };
}

function unknownTopic(name: string): TopicOut {
  return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name, topicId: ZERO_UUID, isInternal: isInternalTopic(name), partitions: [], topicAuthorizedOperations: TOPIC_OPERATIONS };
}

export const describeTopicPartitions = defineHandler<DescribeTopicPartitionsRequest, Response>({
  apiKey: ApiKey.DescribeTopicPartitions,
  minVersion: 0,
  maxVersion: 0,
  handle(req, ctx) {
    const image = ctx.broker.image;
    // ACLs: Describe on each topic; left out of "all", TOPIC_AUTHORIZATION_FAILED when named.
    const describable = (name: string) => allowedOnTopic(ctx, AclOperation.DESCRIBE, name);
    const names = req.topics.length === 0 ? [...image.topics()].map((t) => t.name).filter(describable) : [...new Set(req.topics.map((t) => t.name))];
    names.sort();
    const cursor = req.cursor;
    let budget = Math.max(0, Math.min(req.responsePartitionLimit, MAX_PARTITIONS));
    const out: TopicOut[] = [];
    let nextCursor: Response['nextCursor'] = null;
    for (const name of names) {
      if (cursor !== null && name < cursor.topicName) continue;
      if (!describable(name)) {
        out.push({ ...unknownTopic(name), errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED });
        continue;
      }
      const t = image.topic(name);
      if (!t) {
        out.push(unknownTopic(name));
        continue;
      }
      const from = cursor !== null && name === cursor.topicName ? Math.max(0, cursor.partitionIndex) : 0;
      if (budget === 0) {
        nextCursor = { topicName: name, partitionIndex: from };
        break;
      }
      const count = Math.min(budget, Math.max(0, t.partitions.length - from));
      out.push(describe(t, from, count));
      budget -= count;
      if (from + count < t.partitions.length) {
        nextCursor = { topicName: name, partitionIndex: from + count };
        break;
      }
    }
    return { throttleTimeMs: 0, topics: out, nextCursor };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ ...unknownTopic(t.name), errorCode })), nextCursor: null };
  },
});
