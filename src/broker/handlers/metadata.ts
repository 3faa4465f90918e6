/**
 * Metadata (key 3), v0-13, advertised from v0 as Kafka 4.x brokers do (KIP-896 planned to drop
 * v0-3, but 4.0 kept them; kafka-python 2.0 sends v1 without asking): v0 reads an empty topic list
 * as "all topics", v1 adds rack, controller and internal flags, v2 cluster id, v3 throttle time.
 * v4 allowAutoTopicCreation; v5 offline replicas; v6 same; v7 leader epoch (KIP-320); v8 authorized
 * operations (KIP-430); v9 flexible; v10 topic ids (KIP-516); v11 drops cluster authorized
 * operations (KIP-700); v12 topic name nullable in the response, lookup by topic id; v13 a
 * top-level error code (KIP-1102: REBOOTSTRAP_REQUIRED, which one node never needs to send).
 * This broker is the controller and the leader of every partition: Metadata never reports -1 as
 * controller (librdkafka and kafkajs admin calls wait for a live one).
 * Unknown topics are created when the request allows it and auto.create.topics.enable is true.
 * ACLs (KafkaApis): a topic the principal may not Describe is left out of an all-topics answer and
 * answered TOPIC_AUTHORIZATION_FAILED when named, whether it exists or not (nothing leaks);
 * auto-creation needs Create on the cluster or the topic. Authorized operations are the
 * principal's; cluster ones need Describe on the cluster (else 0).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { MetadataRequest } from '../../protocol/generated/metadata-request.ts';
import type { MetadataResponse } from '../../protocol/generated/metadata-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnCluster, allowedOnTopic, authorizedOperations, mayCreateTopic, ResourceType } from '../authz.ts';
import { brokerEndpoints } from '../endpoints.ts';
import { describePartitions, TOPIC_OPERATIONS, ZERO_UUID } from '../topic-description.ts';
import { defineHandler, type RequestContext } from '../handler.ts';
import type { Topic } from '../topic-manager.ts';
import { TopicError } from '../topic-manager.ts';
import { isInternalTopic, topicNameProblem } from '../topic-name.ts';

type TopicOut = NonNullable<Input<MetadataResponse>['topics']>[number];

const CLUSTER_OPERATIONS = [5, 7, 8, 9, 10, 11, 12].reduce((a, op) => a | (1 << op), 0);
const OMITTED = -2147483648;

function topicOut(t: Topic, ctx: RequestContext, includeOps: boolean): TopicOut {
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: t.topicId,
    isInternal: t.internal,
    partitions: describePartitions(t),
    topicAuthorizedOperations: includeOps ? authorizedOperations(ctx, ResourceType.TOPIC, t.name, TOPIC_OPERATIONS) : OMITTED,
  };
}

const describable = (ctx: RequestContext, t: Topic) => allowedOnTopic(ctx, AclOperation.DESCRIBE, t.name);

function errorTopic(name: string | null, topicId: string, errorCode: number): TopicOut {
  return { errorCode, name, topicId, isInternal: name !== null && isInternalTopic(name), partitions: [] };
}

function clusterOperations(ctx: RequestContext): number {
  if (!allowedOnCluster(ctx, AclOperation.DESCRIBE)) return 0;
  return authorizedOperations(ctx, ResourceType.CLUSTER, 'kafka-cluster', CLUSTER_OPERATIONS);
}

export const metadata = defineHandler<MetadataRequest, Input<MetadataResponse>>({
  apiKey: ApiKey.Metadata,
  // Kafka 4.x advertises Metadata from v0 (older librdkafka and kafka-python probe with v0-v1).
  minVersion: 0,
  maxVersion: 13,
  async handle(req, ctx) {
    const { broker } = ctx;
    const includeOps = req.includeTopicAuthorizedOperations;
    const topics: TopicOut[] = [];
    if (req.topics === null || (ctx.apiVersion === 0 && req.topics.length === 0)) {
      for (const t of broker.image.topics()) if (describable(ctx, t)) topics.push(topicOut(t, ctx, includeOps));
    } else {
      const autoCreate = req.allowAutoTopicCreation && broker.config.bool('auto.create.topics.enable');
      for (const rt of req.topics) {
        if (rt.name === null) {
          const byId = rt.topicId !== ZERO_UUID ? broker.image.topicById(rt.topicId) : undefined;
          if (byId && !describable(ctx, byId)) topics.push({ ...errorTopic(null, rt.topicId, ErrorCode.TOPIC_AUTHORIZATION_FAILED), isInternal: false });
          else topics.push(byId ? topicOut(byId, ctx, includeOps) : errorTopic(null, rt.topicId, ErrorCode.UNKNOWN_TOPIC_ID));
          continue;
        }
        if (!allowedOnTopic(ctx, AclOperation.DESCRIBE, rt.name)) {
          topics.push({ ...errorTopic(rt.name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED), isInternal: false });
          continue;
        }
        const existing = broker.image.topic(rt.name);
        if (existing) {
          topics.push(topicOut(existing, ctx, includeOps));
          continue;
        }
        if (topicNameProblem(rt.name) !== null) {
          topics.push(errorTopic(rt.name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION));
          continue;
        }
        if (!autoCreate || isInternalTopic(rt.name)) {
          topics.push(errorTopic(rt.name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION));
          continue;
        }
        if (!mayCreateTopic(ctx, rt.name)) {
          topics.push(errorTopic(rt.name, ZERO_UUID, ErrorCode.TOPIC_AUTHORIZATION_FAILED));
          continue;
        }
        try {
          const created = await broker.topics.create(rt.name, {});
          topics.push(topicOut(created!, ctx, includeOps));
        } catch (e) {
          if (!(e instanceof TopicError)) throw e;
          // Created concurrently by another request: report it as it now is, or as not ready yet
          // (LEADER_NOT_AVAILABLE is retriable: the client asks again, as with Kafka's async creation).
          const now = broker.image.topic(rt.name);
          if (now) topics.push(topicOut(now, ctx, includeOps));
          else topics.push(errorTopic(rt.name, ZERO_UUID, e.errorName === 'TOPIC_ALREADY_EXISTS' ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode[e.errorName]));
        }
      }
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      brokers: brokerEndpoints(broker, ctx.client.listener),
      clusterId: broker.clusterId,
      controllerId: broker.nodeId,
      topics,
      clusterAuthorizedOperations: req.includeClusterAuthorizedOperations ? clusterOperations(ctx) : OMITTED,
    };
  },
  errorResponse(req, errorCode, ctx) {
    return {
      brokers: [],
      clusterId: ctx.broker.clusterId,
      controllerId: ctx.broker.nodeId,
      topics: (req.topics ?? []).map((t) => errorTopic(t.name, t.topicId, errorCode)),
    };
  },
});
