/**
 * ListOffsets (key 2), v1-11 (Kafka 4 removed v0, KIP-896).
 * v1 one offset per partition with its timestamp; v2 isolation level (KIP-98); v3 same; v4 current
 * and returned leader epochs (KIP-320); v5 same; v6 flexible; v7 max timestamp spec -3 (KIP-734);
 * v8 earliest local -4 (KIP-405); v9 latest tiered -5 (KIP-1005); v10 timeout (KIP-1075); v11
 * earliest pending upload -6 (KIP-1023).
 * Specs: -2 earliest (log start offset), -1 latest (high watermark, or last stable offset for
 * read_committed), -3 the record with the largest timestamp, -4 earliest local (= earliest: no
 * tiered storage), -5 latest tiered and -6 earliest pending upload (none: -1), otherwise the
 * first offset whose timestamp is >= the given one. Timestamp answers at or above what the
 * isolation level may read (high watermark or LSO) are -1.
 * ACLs: Describe on the topic, else TOPIC_AUTHORIZATION_FAILED (before existence: nothing leaks).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ListOffsetsRequest } from '../../protocol/generated/list-offsets-request.ts';
import type { ListOffsetsResponse } from '../../protocol/generated/list-offsets-response.ts';
import type { Input } from '../../protocol/input.ts';
import { partitionErrorOf } from '../storage-errors.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler, type RequestContext } from '../handler.ts';
import { isolationOf, type FetchIsolation, type Partition } from '../partition.ts';

type PartitionOut = NonNullable<NonNullable<Input<ListOffsetsResponse>['topics']>[number]['partitions']>[number];

const EARLIEST = -2n;
const LATEST = -1n;
const MAX_TIMESTAMP = -3n;
const EARLIEST_LOCAL = -4n;
const LATEST_TIERED = -5n;
const EARLIEST_PENDING_UPLOAD = -6n;

function result(partitionIndex: number, errorCode: number, offset = -1, timestamp = -1, leaderEpoch = -1): PartitionOut {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: BigInt(timestamp), offset: BigInt(offset), leaderEpoch };
}

async function lookUp(p: Partition, spec: bigint, isolation: FetchIsolation, ctx: RequestContext): Promise<PartitionOut> {
  const log = p.log;
  // An offline log (I/O error, or its log dir failed at start) answers nothing from memory either.
  if (log.isOffline) return result(p.index, ErrorCode.KAFKA_STORAGE_ERROR);
  // What a consumer of this isolation level can read: the high watermark, or the last stable offset.
  const readable = p.upperBound(isolation);
  if (spec === EARLIEST || spec === EARLIEST_LOCAL) return result(p.index, ErrorCode.NONE, log.logStartOffset, -1, p.leaderEpoch);
  if (spec === LATEST) return result(p.index, ErrorCode.NONE, readable, -1, p.leaderEpoch);
  if (spec === LATEST_TIERED || spec === EARLIEST_PENDING_UPLOAD) return result(p.index, ErrorCode.NONE, -1, -1, -1);
  if (spec < 0n && spec !== MAX_TIMESTAMP) return result(p.index, ErrorCode.INVALID_REQUEST);
  try {
    const found = spec === MAX_TIMESTAMP ? await log.maxTimestampRecord() : await log.offsetForTimestamp(Number(spec));
    if (!found || found.offset >= readable) return result(p.index, ErrorCode.NONE);
    return result(p.index, ErrorCode.NONE, found.offset, found.timestamp, found.leaderEpoch);
  } catch (e) {
    const { errorCode, expected } = partitionErrorOf(e);
    if (!expected) ctx.log.error({ err: e, topic: p.topic, partition: p.index }, 'offset lookup failed');
    return result(p.index, errorCode);
  }
}

export const listOffsets = defineHandler<ListOffsetsRequest, Input<ListOffsetsResponse>>({
  apiKey: ApiKey.ListOffsets,
  minVersion: 1,
  maxVersion: 11,
  async handle(req, ctx) {
    // A partition asked for twice is answered once, with INVALID_REQUEST, as Kafka does.
    const keyOf = (topic: string, partition: number) => `${topic}\0${partition}`;
    const seen = new Map<string, number>();
    for (const t of req.topics) for (const rp of t.partitions) seen.set(keyOf(t.name, rp.partitionIndex), (seen.get(keyOf(t.name, rp.partitionIndex)) ?? 0) + 1);
    const answered = new Set<string>();
    const topics = await Promise.all(
      req.topics.map(async (t) => {
        const topic = ctx.broker.image.topic(t.name);
        const describable = allowedOnTopic(ctx, AclOperation.DESCRIBE, t.name);
        const asked = t.partitions.filter((rp) => {
          const k = keyOf(t.name, rp.partitionIndex);
          if (answered.has(k)) return false;
          answered.add(k);
          return true;
        });
        const partitions = await Promise.all(
          asked.map(async (rp) => {
            if (seen.get(keyOf(t.name, rp.partitionIndex))! > 1) return result(rp.partitionIndex, ErrorCode.INVALID_REQUEST);
            if (!describable) return result(rp.partitionIndex, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
            const p = ctx.broker.replicas.leaderPartition(topic, rp.partitionIndex);
            if (typeof p === 'number') return result(rp.partitionIndex, p);
            if (rp.currentLeaderEpoch !== -1 && rp.currentLeaderEpoch !== p.leaderEpoch) {
              return result(rp.partitionIndex, rp.currentLeaderEpoch > p.leaderEpoch ? ErrorCode.UNKNOWN_LEADER_EPOCH : ErrorCode.FENCED_LEADER_EPOCH);
            }
            return lookUp(p, rp.timestamp, isolationOf(req.isolationLevel), ctx);
          }),
        );
        return { name: t.name, partitions };
      }),
    );
    return { throttleTimeMs: 0, topics };
  },
  errorResponse(req, errorCode) {
    return { topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => result(p.partitionIndex, errorCode)) })) };
  },
});
