/**
 * TxnOffsetCommit (key 28), v0-6: offsets a transactional producer commits for a consumer group
 * inside its transaction (consume-transform-produce, KIP-98/KIP-447). They are written to the
 * group's partition of __consumer_offsets in the producer's transaction and become the group's
 * committed offsets only when the COMMIT marker lands there (dropped on ABORT); until then OffsetFetch
 * with require_stable answers UNSTABLE_OFFSET_COMMIT for them.
 * v2 committed leader epoch; v3 flexible, generation, member id and group instance id (KIP-447: a
 * zombie member of an older generation is fenced with ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID /
 * FENCED_INSTANCE_ID); v4 TRANSACTION_ABORTABLE; v5 (Transactions V2) adds the group's partition to
 * the transaction itself, with no AddOffsetsToTxn before it; v6 topics by id (KIP-1319).
 * Up to v4 the partition must already be in the producer's ongoing transaction (AddOffsetsToTxn),
 * else INVALID_TXN_STATE, as Kafka's partition verification answers.
 * ACLs: Write on the transactional id, Read on the group (stages/authorize.ts), Read on each topic.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { TxnOffsetCommitRequest } from '../../protocol/generated/txn-offset-commit-request.ts';
import type { TxnOffsetCommitResponse } from '../../protocol/generated/txn-offset-commit-response.ts';
import type { Input } from '../../protocol/input.ts';
import { OFFSETS_TOPIC } from '../group-coordinator-host.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

/** NONE when the group's partition is (or, from v5, has now been put) in the producer's ongoing transaction. */
async function inTransaction(ctx: RequestContext, req: TxnOffsetCommitRequest): Promise<number> {
  const partition = ctx.broker.groupCoordinator().partitionFor(req.groupId);
  const txns = ctx.broker.transactionCoordinator();
  if (ctx.apiVersion >= 5) return txns.addPartitions(req.transactionalId, req.producerId, req.producerEpoch, new Map([[OFFSETS_TOPIC, [partition]]]));
  return txns.verifyPartition(req.transactionalId, req.producerId, req.producerEpoch, OFFSETS_TOPIC, partition, ErrorCode.INVALID_TXN_STATE);
}

export const txnOffsetCommit = defineHandler<TxnOffsetCommitRequest, Input<TxnOffsetCommitResponse>>({
  apiKey: ApiKey.TxnOffsetCommit,
  minVersion: 0,
  maxVersion: 6,
  async handle(req, ctx) {
    const v = ctx.apiVersion;
    const image = ctx.broker.image;
    const names = req.topics.map((t) => (v >= 6 ? (image.topicById(t.topicId)?.name ?? null) : t.name));
    const answer = (code: (topicIndex: number, partition: number) => number) => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t, i) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code(i, p.partitionIndex) })) })),
    });
    // ACLs: Read on each topic (Write on the transactional id and Read on the group: stages/authorize.ts).
    const denied = names.map((n) => n !== null && n !== undefined && !allowedOnTopic(ctx, AclOperation.READ, n));
    const known = (i: number, partition: number) => {
      const name = names[i];
      return !denied[i] && name !== null && name !== undefined && image.topic(name)?.partitions[partition] !== undefined;
    };
    const unknownCode = (i: number) => (names[i] === null ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const verified = await inTransaction(ctx, req);
    if (verified !== ErrorCode.NONE) return answer(() => verified);
    const topics = req.topics
      .map((t, i) => ({
        name: names[i] ?? '',
        partitions: t.partitions
          .filter((p) => known(i, p.partitionIndex))
          .map((p) => ({ partitionIndex: p.partitionIndex, committedOffset: p.committedOffset, committedLeaderEpoch: v >= 2 ? p.committedLeaderEpoch : -1, committedMetadata: p.committedMetadata })),
      }))
      .filter((t) => t.partitions.length > 0);
    const result =
      topics.length === 0
        ? { topics: [] }
        : await ctx.broker.groupCoordinator().commitTxnOffsets({
            groupId: req.groupId,
            producerId: req.producerId,
            producerEpoch: req.producerEpoch,
            generationId: v >= 3 ? req.generationIdOrMemberEpoch : -1,
            memberId: v >= 3 ? req.memberId : '',
            groupInstanceId: v >= 3 ? req.groupInstanceId : null,
            topics,
          });
    const errors = new Map<string, number>();
    for (const t of result.topics) for (const p of t.partitions) errors.set(`${t.name}:${p.partitionIndex}`, p.errorCode);
    return answer((i, p) => (denied[i] ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : known(i, p) ? (errors.get(`${names[i]}:${p}`) ?? ErrorCode.NONE) : unknownCode(i)));
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })) })) };
  },
});
