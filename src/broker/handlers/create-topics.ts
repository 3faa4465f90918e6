/**
 * CreateTopics (key 19), v2-7 (Kafka 4 removed v0-1, KIP-896).
 * v1 validateOnly; v2 throttle time; v3 no change; v4 topic defaults (-1 partitions/replication
 * factor, KIP-464); v5 flexible, and the response reports the created topic's partitions,
 * replication factor and configs (KIP-525); v6 same as 5; v7 topic ids in the response (KIP-516).
 * Explicit replica assignments are accepted when they name only this broker.
 * ACLs: Create on the cluster or the topic, else TOPIC_AUTHORIZATION_FAILED; the created topic's
 * configs are shown only with DescribeConfigs on it.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { CreateTopicsRequest } from '../../protocol/generated/create-topics-request.ts';
import type { CreateTopicsResponse } from '../../protocol/generated/create-topics-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic, mayCreateTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';
import { TopicError } from '../topic-manager.ts';
import { describeTopicConfigs } from '../describe-topic-configs.ts';

type Result = NonNullable<Input<CreateTopicsResponse>['topics']>[number];

export const createTopics = defineHandler<CreateTopicsRequest, Input<CreateTopicsResponse>>({
  apiKey: ApiKey.CreateTopics,
  minVersion: 2,
  maxVersion: 7,
  async handle(req, ctx) {
    const { topics: manager } = ctx.broker;
    const seen = new Map<string, number>();
    for (const t of req.topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
    const results: Result[] = [];
    for (const t of req.topics) {
      if (seen.get(t.name)! > 1) {
        results.push({ name: t.name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `topic ${t.name} appears more than once in the request` });
        continue;
      }
      if (!mayCreateTopic(ctx, t.name)) {
        results.push({ name: t.name, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'Authorization failed.', topicConfigErrorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED });
        continue;
      }
      const configsVisible = allowedOnTopic(ctx, AclOperation.DESCRIBE_CONFIGS, t.name);
      try {
        const configs: Record<string, string> = {};
        for (const c of t.configs) {
          if (c.value === null) throw new TopicError('INVALID_CONFIG', `config ${c.name} has a null value`);
          configs[c.name] = c.value;
        }
        let numPartitions = t.numPartitions;
        let replicationFactor = t.replicationFactor;
        if (t.assignments.length > 0) {
          if (numPartitions !== -1 || replicationFactor !== -1) {
            throw new TopicError('INVALID_REQUEST', 'give either replica assignments or partitions and replication factor, not both');
          }
          const ids = t.assignments.map((a) => a.partitionIndex).sort((a, b) => a - b);
          if (ids.some((id, i) => id !== i)) throw new TopicError('INVALID_PARTITIONS', 'replica assignments must cover partitions 0..n-1');
          for (const a of t.assignments) {
            if (a.brokerIds.length === 0 || a.brokerIds.some((b) => b !== ctx.broker.nodeId)) {
              throw new TopicError('INVALID_REPLICA_ASSIGNMENT', `replica assignment for partition ${a.partitionIndex} must name only broker ${ctx.broker.nodeId}`);
            }
          }
          numPartitions = t.assignments.length;
          replicationFactor = t.assignments[0]!.brokerIds.length;
        }
        const topic = await manager.create(t.name, { numPartitions, replicationFactor, configs, validateOnly: req.validateOnly });
        const np = topic ? topic.partitions.length : numPartitions === -1 ? ctx.broker.config.int('num.partitions') : numPartitions;
        results.push({
          name: t.name,
          topicId: topic?.topicId,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          numPartitions: np,
          replicationFactor: 1,
          // Without DescribeConfigs on the topic its configs are not shown (Kafka: topicConfigErrorCode).
          topicConfigErrorCode: configsVisible ? ErrorCode.NONE : ErrorCode.TOPIC_AUTHORIZATION_FAILED,
          configs: !configsVisible ? [] : describeTopicConfigs(ctx.broker, topic?.configs ?? new Map(), null).map((c) => ({
            name: c.name, value: c.value, readOnly: c.readOnly, configSource: c.configSource, isSensitive: false,
          })),
        });
      } catch (e) {
        if (!(e instanceof TopicError)) throw e;
        results.push({ name: t.name, errorCode: ErrorCode[e.errorName], errorMessage: e.message });
      }
    }
    return { throttleTimeMs: 0, topics: results };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, errorCode })) };
  },
});
