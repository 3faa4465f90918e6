/**
 * How Metadata and DescribeTopicPartitions describe a topic's partitions: leader, replicas and ISR
 * as the metadata image has them (one node: this broker for all three), and the topic operations a client
 * may perform (no authorizer: all of them).
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { Topic } from './topic-manager.ts';

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** AclOperation bits a client may perform on a topic (no authorizer: all). */
export const TOPIC_OPERATIONS = [3, 4, 5, 6, 7, 8, 10, 11].reduce((a, op) => a | (1 << op), 0);

/** Partitions `from` .. `from + count - 1` of `t` (all by default), with their replica sets. */
export function describePartitions(t: Topic, from = 0, count = t.partitions.length) {
  return t.partitions.slice(from, from + count).map((p) => ({
    errorCode: ErrorCode.NONE,
    partitionIndex: p.index,
    leaderId: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicaNodes: [...p.replicas],
    isrNodes: [...p.isr],
    offlineReplicas: [] as number[],
  }));
}
