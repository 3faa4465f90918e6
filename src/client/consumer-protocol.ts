/**
 * The "consumer" embedded protocol (Kafka's ConsumerProtocol): what a member puts in JoinGroup's
 * protocol metadata (subscription) and what the leader hands out in SyncGroup (assignment). Each
 * is an int16 version followed by the versioned body (ConsumerProtocolSubscription.json /
 * ConsumerProtocolAssignment.json). We write subscription v3 (owned partitions for cooperative
 * rebalancing, KIP-429; generation and rack, KIP-792/KIP-881) and assignment v3; we read any
 * version up to 3, and a newer one as far as v3 knows (Kafka's rule: newer versions only add fields).
 */
import { Reader } from '../protocol/reader.ts';
import { Writer } from '../protocol/writer.ts';
import {
  decodeConsumerProtocolAssignment,
  encodeConsumerProtocolAssignment,
} from '../protocol/generated/consumer-protocol-assignment.ts';
import {
  decodeConsumerProtocolSubscription,
  encodeConsumerProtocolSubscription,
  type ConsumerProtocolSubscription,
} from '../protocol/generated/consumer-protocol-subscription.ts';

export type Assignment = Map<string, number[]>;

const VERSION = 3;

export interface Subscription {
  topics: string[];
  ownedPartitions: Assignment;
  generationId: number;
  userData: Buffer | null;
}

export function encodeSubscription(s: Subscription): Buffer {
  const w = new Writer(64);
  w.int16(VERSION);
  encodeConsumerProtocolSubscription(
    w,
    {
      topics: s.topics,
      userData: s.userData,
      ownedPartitions: [...s.ownedPartitions].map(([topic, partitions]) => ({ topic, partitions })),
      generationId: s.generationId,
      rackId: null,
    },
    VERSION,
  );
  return w.finish();
}

export function decodeSubscription(b: Buffer): Subscription {
  const r = new Reader(b);
  const v = Math.min(r.int16(), VERSION);
  const s: ConsumerProtocolSubscription = decodeConsumerProtocolSubscription(r, v);
  return {
    topics: s.topics,
    ownedPartitions: new Map(s.ownedPartitions.map((t) => [t.topic, t.partitions])),
    generationId: v >= 2 ? s.generationId : -1,
    userData: s.userData,
  };
}

export function encodeAssignment(a: Assignment): Buffer {
  const w = new Writer(64);
  w.int16(VERSION);
  encodeConsumerProtocolAssignment(w, { assignedPartitions: [...a].map(([topic, partitions]) => ({ topic, partitions })), userData: null }, VERSION);
  return w.finish();
}

/** An empty buffer is a member that got nothing (Kafka sends zero bytes then). */
export function decodeAssignment(b: Buffer): Assignment {
  if (b.length === 0) return new Map();
  const r = new Reader(b);
  const v = Math.min(r.int16(), VERSION);
  const a = decodeConsumerProtocolAssignment(r, v);
  return new Map(a.assignedPartitions.map((t) => [t.topic, t.partitions]));
}
