/**
 * Reads one partition for a Fetch: checks the topic, partition, leader epoch and offset, then takes
 * whole batches through the partition up to the high watermark (read_uncommitted) or the last
 * stable offset (read_committed, with the aborted transactions among those records from the
 * log's transaction indexes), within the partition's and the response's remaining byte limits (the
 * first partition with data gets at least one batch, KIP-74). Records are returned as the log's bytes; an empty read is an empty buffer, never null.
 */
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { PartitionData } from '../../protocol/generated/fetch-response.ts';
import type { Input } from '../../protocol/input.ts';
import { kafkaErrorOf } from '../storage-errors.ts';
import type { BrokerServices } from '../broker-services.ts';
import type { Partition } from '../partition.ts';
import type { SessionPartition } from './fetch-session-cache.ts';

const EMPTY = Buffer.alloc(0);

export interface FetchTarget {
  topicKey: string;
  partition: number;
  fetchOffset: number;
  maxBytes: number;
  currentLeaderEpoch: number;
  /** The session entry to update after answering, when the fetch uses a session. */
  session: SessionPartition | null;
}

export interface PartitionResult {
  target: FetchTarget;
  topicKey: string;
  partition: Partition | null;
  data: Input<PartitionData>;
  bytes: number;
  /** For incremental fetches: records, an error, or a changed high watermark / log start offset. */
  hasNews: boolean;
  /** Gives the records' buffer back to the log's pool: once the response has been sent, or dropped. */
  release: () => void;
}

const NOTHING = (): void => undefined;

function errorResult(target: FetchTarget, errorCode: number, partition: Partition | null = null): PartitionResult {
  return {
    target,
    topicKey: target.topicKey,
    partition,
    data: { partitionIndex: target.partition, errorCode, highWatermark: -1n, lastStableOffset: -1n, logStartOffset: -1n, abortedTransactions: null, preferredReadReplica: -1, records: EMPTY },
    bytes: 0,
    hasNews: true,
    release: NOTHING,
  };
}

export async function readFetchPartition(
  broker: BrokerServices,
  target: FetchTarget,
  opts: { useIds: boolean; readCommitted: boolean; responseBytesLeft: number; firstWithData: boolean; mayRead?: (topic: string) => boolean },
): Promise<PartitionResult> {
  const topic = opts.useIds ? broker.image.topicById(target.topicKey) : broker.image.topic(target.topicKey);
  // ACLs: Read on the topic, checked before its existence (an unknown topic id stays UNKNOWN_TOPIC_ID).
  const name = opts.useIds ? topic?.name : target.topicKey;
  if (opts.mayRead && name !== undefined && !opts.mayRead(name)) return errorResult(target, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  if (!topic) return errorResult(target, opts.useIds ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const p = broker.replicas.leaderPartition(topic, target.partition);
  if (typeof p === 'number') return errorResult(target, p);
  // KIP-320: a consumer that knows a newer epoch than ours is ahead of us; an older one is fenced.
  if (target.currentLeaderEpoch !== -1 && target.currentLeaderEpoch !== p.leaderEpoch) {
    return errorResult(target, target.currentLeaderEpoch > p.leaderEpoch ? ErrorCode.UNKNOWN_LEADER_EPOCH : ErrorCode.FENCED_LEADER_EPOCH, p);
  }
  const hw = p.highWatermark;
  const lso = p.lastStableOffset;
  const upTo = opts.readCommitted ? lso : hw;
  const start = target.fetchOffset;
  if (start < p.logStartOffset || start > p.logEndOffset) return errorResult(target, ErrorCode.OFFSET_OUT_OF_RANGE, p);
  let records: Buffer = EMPTY;
  let release = NOTHING;
  let aborted: { producerId: bigint; firstOffset: bigint }[] | null = opts.readCommitted ? [] : null;
  const limit = Math.min(target.maxBytes, opts.responseBytesLeft);
  if (start < upTo && (limit > 0 || opts.firstWithData)) {
    try {
      const r = await p.read(start, Math.max(limit, 0), opts.readCommitted ? 'TXN_COMMITTED' : 'HIGH_WATERMARK', { minOneBatch: opts.firstWithData });
      records = r.records.length > 0 ? r.records : EMPTY;
      release = r.release;
      if (opts.readCommitted) aborted = await p.abortedTransactions(start, records);
    } catch (e) {
      release();
      const code = kafkaErrorOf(e);
      if (code === ErrorCode.OFFSET_OUT_OF_RANGE || code === ErrorCode.KAFKA_STORAGE_ERROR) return errorResult(target, code, p);
      throw e;
    }
  }
  const logStartOffset = p.logStartOffset;
  const s = target.session;
  const hasNews = records.length > 0 || s === null || s.lastHighWatermark !== hw || s.lastLogStartOffset !== logStartOffset;
  return {
    target,
    topicKey: target.topicKey,
    partition: p,
    data: {
      partitionIndex: target.partition,
      errorCode: ErrorCode.NONE,
      highWatermark: BigInt(hw),
      lastStableOffset: BigInt(lso),
      logStartOffset: BigInt(logStartOffset),
      abortedTransactions: aborted,
      preferredReadReplica: -1,
      records,
    },
    bytes: records.length,
    hasNews,
    release,
  };
}
