/**
 * OffsetCommit (key 8), v0-10.
 * v1 generation and member id, per-partition commit timestamp (ignored, as in Kafka since 2.1);
 * v2 retention_time_ms (KIP-211: -1 = broker default); v3 throttle time; v4 same; v5 no retention
 * time; v6 committed leader epoch (KIP-320); v7 group.instance.id (KIP-345); v8 flexible;
 * v9 generation or member epoch (KIP-848; classic groups read it as the generation); v10 topics by
 * id (KIP-848). Partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION, of unknown topic ids
 * UNKNOWN_TOPIC_ID, as in Kafka.
 * ACLs: Read on the group (stages/authorize.ts) and on each topic, else TOPIC_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { OffsetCommitRequest } from '../../protocol/generated/offset-commit-request.ts';
import type { OffsetCommitResponse } from '../../protocol/generated/offset-commit-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const offsetCommit = defineHandler<OffsetCommitRequest, Input<OffsetCommitResponse>>({
  apiKey: ApiKey.OffsetCommit,
  // Advertised from v2 as Kafka 4.x does (KIP-896); older versions are still answered.
  minVersion: 2,
  maxVersion: 10,
  legacyMinVersion: 0,
  async handle(req, ctx) {
    const v = ctx.apiVersion;
    // v10 names topics by id (KIP-848); offsets are kept by name, as Kafka keeps them.
    const names = req.topics.map((t) => (v >= 10 ? (ctx.broker.image.topicById(t.topicId)?.name ?? null) : t.name));
    const unknown = new Map<number, Set<number>>();
    // ACLs: Read on the topic (the group's Read is checked in stages/authorize.ts), before existence.
    const denied = names.map((n) => n !== null && !allowedOnTopic(ctx, AclOperation.READ, n));
    const known = req.topics
      .map((t, i) => {
        const name = names[i]!;
        if (denied[i]) return { name: name ?? '', partitions: [] };
        const topic = name === null ? undefined : ctx.broker.image.topic(name);
        const partitions = t.partitions.filter((p) => {
          if (topic?.partitions[p.partitionIndex]) return true;
          let s = unknown.get(i);
          if (!s) unknown.set(i, (s = new Set()));
          s.add(p.partitionIndex);
          return false;
        });
        return { name: name ?? '', partitions };
      })
      .filter((t) => t.partitions.length > 0);
    const result = known.length === 0 ? { topics: [] } : await ctx.broker.groupCoordinator().commitOffsets({
      groupId: req.groupId,
      generationId: v >= 1 ? req.generationIdOrMemberEpoch : -1,
      memberId: v >= 1 ? req.memberId : '',
      groupInstanceId: v >= 7 ? req.groupInstanceId : null,
      retentionTimeMs: v >= 2 && v <= 4 ? Number(req.retentionTimeMs) : -1,
      topics: known.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          committedOffset: p.committedOffset,
          committedLeaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
          committedMetadata: p.committedMetadata,
        })),
      })),
    });
    const errors = new Map<string, Map<number, number>>();
    for (const t of result.topics) {
      const m = errors.get(t.name) ?? new Map<number, number>();
      for (const p of t.partitions) m.set(p.partitionIndex, p.errorCode);
      errors.set(t.name, m);
    }
    const unknownCode = v >= 10 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t, i) => ({
        name: t.name,
        topicId: t.topicId,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: denied[i] ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : unknown.get(i)?.has(p.partitionIndex)
            ? (names[i] === null ? unknownCode : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
            : (errors.get(names[i]!)?.get(p.partitionIndex) ?? ErrorCode.NONE),
        })),
      })),
    };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })) })) };
  },
});
