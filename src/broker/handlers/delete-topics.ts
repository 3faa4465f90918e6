/**
 * DeleteTopics (key 20), v1-6 (Kafka 4 removed v0, KIP-896).
 * v1 throttle time; v2-3 no change; v4 flexible; v5 error messages; v6 topics by name or by id
 * (KIP-516). Internal topics cannot be deleted by clients.
 * ACLs: Delete on the topic, else TOPIC_AUTHORIZATION_FAILED whether it exists or not; a topic
 * named by id without Describe on it is answered without its name.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DeleteTopicsRequest } from '../../protocol/generated/delete-topics-request.ts';
import type { DeleteTopicsResponse } from '../../protocol/generated/delete-topics-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';
import { TopicError } from '../topic-manager.ts';

type Result = NonNullable<Input<DeleteTopicsResponse>['responses']>[number];
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

function targets(req: DeleteTopicsRequest, version: number): { name: string | null; topicId: string }[] {
  if (version >= 6) return req.topics.map((t) => ({ name: t.name, topicId: t.topicId }));
  return req.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
}

export const deleteTopics = defineHandler<DeleteTopicsRequest, Input<DeleteTopicsResponse>>({
  apiKey: ApiKey.DeleteTopics,
  minVersion: 1,
  maxVersion: 6,
  async handle(req, ctx) {
    const manager = ctx.broker.topics;
    const image = ctx.broker.image;
    const responses: Result[] = [];
    for (const t of targets(req, ctx.apiVersion)) {
      let name = t.name;
      if (name === null || (t.topicId !== ZERO_UUID && name === '')) {
        const topic = image.topicById(t.topicId);
        if (!topic) {
          responses.push({ name: null, topicId: t.topicId, errorCode: ErrorCode.UNKNOWN_TOPIC_ID, errorMessage: `no topic with id ${t.topicId}` });
          continue;
        }
        // Named by id without Describe: the name is not given back (the id is not secret).
        if (!allowedOnTopic(ctx, AclOperation.DESCRIBE, topic.name)) {
          responses.push({ name: null, topicId: t.topicId, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null });
          continue;
        }
        name = topic.name;
      }
      if (!allowedOnTopic(ctx, AclOperation.DELETE, name)) {
        responses.push({ name, topicId: t.topicId, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null });
        continue;
      }
      try {
        const deleted = await manager.delete(name);
        responses.push({ name, topicId: deleted.topicId, errorCode: ErrorCode.NONE, errorMessage: null });
      } catch (e) {
        if (!(e instanceof TopicError)) throw e;
        responses.push({ name, topicId: t.topicId, errorCode: ErrorCode[e.errorName], errorMessage: e.message });
      }
    }
    return { throttleTimeMs: 0, responses };
  },
  errorResponse(req, errorCode, ctx) {
    return { responses: targets(req, ctx.apiVersion).map((t) => ({ name: t.name, topicId: t.topicId, errorCode })) };
  },
});
