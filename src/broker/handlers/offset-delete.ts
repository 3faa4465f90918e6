/**
 * OffsetDelete (key 47), v0 (KIP-496): removes committed offsets of topics the group no longer
 * consumes. An active group keeps the offsets of topics its members subscribe to
 * (GROUP_SUBSCRIBED_TO_TOPIC); partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION.
 * ACLs: Delete on the group, Read on each topic.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { OffsetDeleteRequest } from '../../protocol/generated/offset-delete-request.ts';
import type { OffsetDeleteResponse } from '../../protocol/generated/offset-delete-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const offsetDelete = defineHandler<OffsetDeleteRequest, Input<OffsetDeleteResponse>>({
  apiKey: ApiKey.OffsetDelete,
  minVersion: 0,
  maxVersion: 0,
  async handle(req, ctx) {
    // ACLs: Delete on the group (stages/authorize.ts) and Read on each topic, else TOPIC_AUTHORIZATION_FAILED.
    const readable = new Map(req.topics.map((t) => [t.name, allowedOnTopic(ctx, AclOperation.READ, t.name)]));
    const exists = (topic: string, p: number) => readable.get(topic) === true && ctx.broker.image.topic(topic)?.partitions[p] !== undefined;
    const r = await ctx.broker.groupCoordinator().deleteOffsets(
      req.groupId,
      req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex).filter((p) => exists(t.name, p)) })),
    );
    if (r.errorCode !== ErrorCode.NONE) return { errorCode: r.errorCode, throttleTimeMs: 0, topics: [] };
    const codes = new Map(r.topics.map((t) => [t.name, new Map(t.partitions.map((p) => [p.partitionIndex, p.errorCode]))]));
    return {
      errorCode: ErrorCode.NONE,
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: !readable.get(t.name) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : exists(t.name, p.partitionIndex) ? (codes.get(t.name)?.get(p.partitionIndex) ?? ErrorCode.NONE) : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
        })),
      })),
    };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, topics: [] };
  },
});
