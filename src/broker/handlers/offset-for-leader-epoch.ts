/**
 * OffsetForLeaderEpoch (key 23), v2-4 (Kafka 4 removed v0-1, KIP-896).
 * v2 current leader epoch for fencing (KIP-320); v3 replica id (consumers send -1); v4 flexible.
 * For each partition: the largest epoch <= the requested one and the offset where it ended (the log
 * end offset for the current epoch), KIP-101/KIP-279 semantics from the log's leader-epoch cache.
 * Consumers use it to detect log truncation after a leader change (KIP-320).
 * ACLs: ClusterAction on the cluster or Describe on the topic, else TOPIC_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { OffsetForLeaderEpochRequest } from '../../protocol/generated/offset-for-leader-epoch-request.ts';
import type { OffsetForLeaderEpochResponse } from '../../protocol/generated/offset-for-leader-epoch-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnCluster, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const offsetForLeaderEpoch = defineHandler<OffsetForLeaderEpochRequest, Input<OffsetForLeaderEpochResponse>>({
  apiKey: ApiKey.OffsetForLeaderEpoch,
  minVersion: 2,
  maxVersion: 4,
  handle(req, ctx) {
    // ACLs: ClusterAction on the cluster (a follower), else Describe on each topic.
    const replica = allowedOnCluster(ctx, AclOperation.CLUSTER_ACTION);
    const topics = req.topics.map((t) => {
      const topic = ctx.broker.image.topic(t.topic);
      const denied = !replica && !allowedOnTopic(ctx, AclOperation.DESCRIBE, t.topic);
      return {
        topic: t.topic,
        partitions: t.partitions.map((rp) => {
          const fail = (errorCode: number) => ({ errorCode, partition: rp.partition, leaderEpoch: -1, endOffset: -1n });
          if (denied) return fail(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
          const p = ctx.broker.replicas.leaderPartition(topic, rp.partition);
          if (typeof p === 'number') return fail(p);
          if (rp.currentLeaderEpoch !== -1 && rp.currentLeaderEpoch !== p.leaderEpoch) {
            return fail(rp.currentLeaderEpoch > p.leaderEpoch ? ErrorCode.UNKNOWN_LEADER_EPOCH : ErrorCode.FENCED_LEADER_EPOCH);
          }
          const r = p.log.endOffsetForEpoch(rp.leaderEpoch);
          return { errorCode: ErrorCode.NONE, partition: rp.partition, leaderEpoch: r.epoch, endOffset: BigInt(r.endOffset) };
        }),
      };
    });
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => ({ errorCode, partition: p.partition })) })) };
  },
});
