/**
 * CreatePartitions (key 37), v0-3: grow a topic's partition count (never shrink).
 * v1 same; v2 flexible; v3 same. Explicit assignments must name only this broker.
 * ACLs: Alter on the topic, else TOPIC_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { CreatePartitionsRequest } from '../../protocol/generated/create-partitions-request.ts';
import type { CreatePartitionsResponse } from '../../protocol/generated/create-partitions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';
import { TopicError } from '../topic-manager.ts';

export const createPartitions = defineHandler<CreatePartitionsRequest, Input<CreatePartitionsResponse>>({
  apiKey: ApiKey.CreatePartitions,
  minVersion: 0,
  maxVersion: 3,
  async handle(req, ctx) {
    const b = ctx.broker;
    const seen = new Map<string, number>();
    for (const t of req.topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
    const results = [];
    for (const t of req.topics) {
      if (seen.get(t.name) === 1 && !allowedOnTopic(ctx, AclOperation.ALTER, t.name)) {
        results.push({ name: t.name, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'The topic authorization is failed.' });
        continue;
      }
      try {
        if (seen.get(t.name)! > 1) throw new TopicError('INVALID_REQUEST', `topic ${t.name} appears more than once`);
        const topic = b.image.topic(t.name);
        if (topic?.internal) throw new TopicError('INVALID_REQUEST', `internal topic ${t.name} cannot get partitions from clients`);
        if (t.assignments !== null) {
          const added = t.count - (topic?.partitions.length ?? 0);
          if (t.assignments.length !== added) throw new TopicError('INVALID_REPLICA_ASSIGNMENT', `${t.assignments.length} assignments given for ${added} new partitions`);
          if (t.assignments.some((a) => a.brokerIds.length === 0 || a.brokerIds.some((id) => id !== b.nodeId))) {
            throw new TopicError('INVALID_REPLICA_ASSIGNMENT', `assignments must name only broker ${b.nodeId}`);
          }
        }
        await b.topics.addPartitions(t.name, t.count, req.validateOnly);
        results.push({ name: t.name, errorCode: ErrorCode.NONE, errorMessage: null });
      } catch (e) {
        if (!(e instanceof TopicError)) throw e;
        results.push({ name: t.name, errorCode: ErrorCode[e.errorName], errorMessage: e.message });
      }
    }
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, errorCode) {
    return { results: req.topics.map((t) => ({ name: t.name, errorCode, errorMessage: null })) };
  },
});
