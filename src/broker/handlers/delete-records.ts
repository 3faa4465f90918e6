/**
 * DeleteRecords (key 21), v0-2: move a partition's log start offset forward (KIP-107); segments
 * wholly below it are removed by the log. Offset -1 means "up to the high watermark".
 * v1 same; v2 flexible. Offsets above the high watermark are OFFSET_OUT_OF_RANGE; topics whose
 * cleanup.policy lacks `delete` answer POLICY_VIOLATION, as Kafka does.
 * ACLs: Delete on the topic, else TOPIC_AUTHORIZATION_FAILED.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DeleteRecordsRequest } from '../../protocol/generated/delete-records-request.ts';
import type { DeleteRecordsResponse } from '../../protocol/generated/delete-records-response.ts';
import type { Input } from '../../protocol/input.ts';
import { partitionErrorOf } from '../storage-errors.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler } from '../handler.ts';

export const deleteRecords = defineHandler<DeleteRecordsRequest, Input<DeleteRecordsResponse>>({
  apiKey: ApiKey.DeleteRecords,
  minVersion: 0,
  maxVersion: 2,
  async handle(req, ctx) {
    const topics = await Promise.all(
      req.topics.map(async (t) => {
        const topic = ctx.broker.image.topic(t.name);
        const deletable = allowedOnTopic(ctx, AclOperation.DELETE, t.name);
        const partitions = await Promise.all(
          t.partitions.map(async (rp) => {
            const fail = (errorCode: number) => ({ partitionIndex: rp.partitionIndex, lowWatermark: -1n, errorCode });
            if (!deletable) return fail(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
            const p = ctx.broker.replicas.leaderPartition(topic, rp.partitionIndex);
            if (typeof p === 'number') return fail(p);
            if (topic!.internal) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION);
            // Kafka refuses DeleteRecords on topics that are compacted only (records are not deletable by offset there).
            if (!p.log.config.cleanupPolicy.includes('delete')) return fail(ErrorCode.POLICY_VIOLATION);
            const hw = p.highWatermark;
            const target = rp.offset === -1n ? hw : Number(rp.offset);
            if (target < 0 || target > hw) return fail(ErrorCode.OFFSET_OUT_OF_RANGE);
            try {
              const low = await p.deleteRecordsBefore(target);
              ctx.log.info({ topic: t.name, partition: rp.partitionIndex, logStartOffset: low }, 'records deleted');
              return { partitionIndex: rp.partitionIndex, lowWatermark: BigInt(low), errorCode: ErrorCode.NONE };
            } catch (e) {
              const { errorCode, expected } = partitionErrorOf(e);
              if (!expected) ctx.log.error({ err: e, topic: t.name, partition: rp.partitionIndex }, 'delete records failed');
              return fail(errorCode);
            }
          }),
        );
        return { name: t.name, partitions };
      }),
    );
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode })) })) };
  },
});
