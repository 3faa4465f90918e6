/**
 * ElectLeaders (key 43), v0-2 (KIP-183 preferred, KIP-460 unclean election types in v1, v2 flexible).
 * On one broker every partition is led by its only, preferred and in-sync replica, so nothing needs
 * electing: each partition asked for is answered ELECTION_NOT_NEEDED, unknown ones
 * UNKNOWN_TOPIC_OR_PARTITION. Asked for all partitions (null), the answer lists every topic with no
 * partitions, as Kafka leaves out the partitions that needed no election.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ElectLeadersRequest } from '../../protocol/generated/elect-leaders-request.ts';
import type { ElectLeadersResponse } from '../../protocol/generated/elect-leaders-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

const PREFERRED = 0;
const UNCLEAN = 1;

export const electLeaders = defineHandler<ElectLeadersRequest, Input<ElectLeadersResponse>>({
  apiKey: ApiKey.ElectLeaders,
  minVersion: 0,
  maxVersion: 2,
  handle(req, ctx) {
    const type = ctx.apiVersion >= 1 ? req.electionType : PREFERRED;
    if (type !== PREFERRED && type !== UNCLEAN) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, replicaElectionResults: [] };
    }
    // All partitions: every topic is listed, with no partition results (none needed an election).
    if (req.topicPartitions === null) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: [...ctx.broker.image.topics()].map((t) => ({ topic: t.name, partitionResult: [] })) };
    }
    const results = req.topicPartitions.map((t) => {
      const topic = ctx.broker.image.topic(t.topic);
      return {
        topic: t.topic,
        partitionResult: t.partitions.map((partitionId) => topic?.partitions[partitionId]
          ? { partitionId, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: 'Leader election not needed for topic partition.' }
          : { partitionId, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'This server does not host this topic-partition.' }),
      };
    });
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: results };
  },
  errorResponse(req, errorCode) {
    return {
      errorCode,
      replicaElectionResults: (req.topicPartitions ?? []).map((t) => ({ topic: t.topic, partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage: null })) })),
    };
  },
});
