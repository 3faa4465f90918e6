/**
 * DescribeQuorum (key 55), v0-2 (KIP-595; v1 fetch and catch-up times, KIP-836; v2 error messages,
 * voter directory ids and node endpoints, KIP-853). `kafka-metadata-quorum describe` asks it for the
 * metadata log, __cluster_metadata-0. Samsa keeps its metadata without a Raft quorum (a local file
 * on one node), so it answers as a single-voter quorum would: this broker is the leader and the only
 * voter, caught up now, with no observers, at leader epoch 1; the offsets are 0 because there is no
 * metadata log to count them in. Any other partition is UNKNOWN_TOPIC_OR_PARTITION, as Kafka answers.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeQuorumRequest } from '../../protocol/generated/describe-quorum-request.ts';
import type { DescribeQuorumResponse } from '../../protocol/generated/describe-quorum-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

const METADATA_TOPIC = '__cluster_metadata';
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export const describeQuorum = defineHandler<DescribeQuorumRequest, Input<DescribeQuorumResponse>>({
  apiKey: ApiKey.DescribeQuorum,
  minVersion: 0,
  maxVersion: 2,
  handle(req, ctx) {
    const b = ctx.broker;
    const now = BigInt(Date.now());
    const self = { replicaId: b.nodeId, replicaDirectoryId: ZERO_UUID, logEndOffset: 0n, lastFetchTimestamp: now, lastCaughtUpTimestamp: now };
    const ep = b.advertisedEndpoint();
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      topics: req.topics.map((t) => ({
        topicName: t.topicName,
        partitions: t.partitions.map((p) => t.topicName === METADATA_TOPIC && p.partitionIndex === 0
          ? { partitionIndex: 0, errorCode: ErrorCode.NONE, errorMessage: null, leaderId: b.nodeId, leaderEpoch: 1, highWatermark: 0n, currentVoters: [self], observers: [] }
          : { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: null, leaderId: -1, leaderEpoch: -1, highWatermark: -1n, currentVoters: [], observers: [] }),
      })),
      nodes: [{ nodeId: b.nodeId, listeners: [{ name: ep.listener, host: ep.host, port: ep.port }] }],
    };
  },
  errorResponse(req, errorCode) {
    return { errorCode, errorMessage: null, topics: [], nodes: [] };
  },
});
