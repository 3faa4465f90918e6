/**
 * ListOffsets for a set of partitions, each request sent to the partition's leader: the offset for
 * a spec (KIP-79 timestamps: -2 earliest, -1 latest, -3 max timestamp per KIP-734, or a timestamp
 * in ms → the first offset whose timestamp is at least that). Shared by the consumer (reset and
 * seek by time) and the admin client (list offsets, lag, group offset resets).
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { Cluster } from './cluster.ts';
import { KafkaError } from './kafka-error.ts';

export type OffsetSpec = 'earliest' | 'latest' | 'max-timestamp' | { timestamp: number };

export interface PartitionOffset {
  topic: string;
  partition: number;
  /** -1 when no record has a timestamp at or after the one asked for. */
  offset: number;
  timestamp: number;
  leaderEpoch: number;
}

export function specTimestamp(spec: OffsetSpec): bigint {
  if (spec === 'earliest') return -2n;
  if (spec === 'latest') return -1n;
  if (spec === 'max-timestamp') return -3n;
  return BigInt(Math.trunc(spec.timestamp));
}

/** 0 = read_uncommitted (high watermark), 1 = read_committed (last stable offset). */
export async function listOffsets(
  cluster: Cluster,
  partitions: Array<{ topic: string; partition: number }>,
  spec: OffsetSpec,
  isolationLevel = 0,
): Promise<PartitionOffset[]> {
  return cluster.retry(async () => {
    const byLeader = new Map<number, Map<string, number[]>>();
    for (const { topic, partition } of partitions) {
      const leader = await cluster.leaderOf(topic, partition);
      const topics = byLeader.get(leader) ?? new Map<string, number[]>();
      topics.set(topic, [...(topics.get(topic) ?? []), partition]);
      byLeader.set(leader, topics);
    }
    const ts = specTimestamp(spec);
    const answers = await Promise.all(
      [...byLeader].map(async ([leader, topics]) => {
        const conn = await cluster.broker(leader);
        // v7+ knows max-timestamp (KIP-734); older brokers would reject -3.
        const res = await conn.send(ApiKey.ListOffsets, {
          replicaId: -1,
          isolationLevel,
          topics: [...topics].map(([name, ps]) => ({
            name,
            partitions: ps.map((p) => ({ partitionIndex: p, currentLeaderEpoch: -1, timestamp: ts, maxNumOffsets: 1 })),
          })),
          timeoutMs: cluster.requestTimeoutMs,
        });
        const out: PartitionOffset[] = [];
        for (const t of res.topics) {
          for (const p of t.partitions) {
            if (p.errorCode !== ErrorCode.NONE) throw new KafkaError(p.errorCode, `ListOffsets ${t.name}-${p.partitionIndex}`);
            const offset = p.oldStyleOffsets.length > 0 && p.offset < 0n ? p.oldStyleOffsets[0]! : p.offset;
            out.push({ topic: t.name, partition: p.partitionIndex, offset: Number(offset), timestamp: Number(p.timestamp), leaderEpoch: p.leaderEpoch });
          }
        }
        return out;
      }),
    );
    return answers.flat().sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
  });
}
