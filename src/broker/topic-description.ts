/**
 * How Metadata and DescribeTopicPartitions describe a topic's partitions: this broker leads every
 * partition and is its only replica and ISR member (one node), and the topic operations a client
 * may perform (no authorizer: all of them).
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { Topic } from './topic-manager.ts';

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** AclOperation bits a client may perform on a topic (no authorizer: all). */
export const TOPIC_OPERATIONS = [3, 4, 5, 6, 7, 8, 10, 11].reduce((a, op) => a | (1 << op), 0);

/** Partitions `from` .. `from + count - 1` of `t` (all by default), led by `node`. */
export function describePartitions(t: Topic, node: number, from = 0, count = t.partitions.length) {
  return t.partitions.slice(from, from + count).map((p) => ({
    errorCode: ErrorCode.NONE,
    partitionIndex: p.index,
    leaderId: node,
    leaderEpoch: p.leaderEpoch,
    replicaNodes: [node],
    isrNodes: [node],
    offlineReplicas: [] as number[],
  }));
}
