// Generated from ConsumerProtocolSubscription.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerProtocolSubscription (data), versions 0-3, flexible none.
 *
 * Subscription part of the Consumer Protocol.
 *
 * The current implementation assumes that future versions will not break compatibility. When
 * it encounters a newer version, it parses it using the current format. This basically means
 * that new versions cannot remove or reorder any of the existing fields.
 * Version 1 added the "OwnedPartitions" field to allow assigner know what partitions each member owned
 * Version 2 added a new field "GenerationId" to indicate if the member has out-of-date ownedPartitions.
 * Version 3 adds rack id to enable rack-aware assignment.
 */
export interface ConsumerProtocolSubscription {
  /** The topics that the member wants to consume. (versions 0-3) */
  topics: string[];
  /** User data that will be passed back to the consumer. (versions 0-3, nullable 0-3, default null) */
  userData: Buffer | null;
  /** The partitions that the member owns. (versions 1-3) */
  ownedPartitions: TopicPartition[];
  /** The generation id of the member. (versions 2-3, default -1) */
  generationId: number;
  /** The rack id of the member. (versions 3, nullable 3, default null) */
  rackId: string | null;
}

export interface TopicPartition {
  /** The topic name. (versions 1-3, entity topicName, map key) */
  topic: string;
  /** The partition ids. (versions 1-3) */
  partitions: number[];
}

const TopicPartitionFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [1, 3], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [1, 3], nullable: null, tagged: null },
];
const ConsumerProtocolSubscriptionFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]string", versions: [0, 3], nullable: null, tagged: null },
  { name: "userData", type: "bytes", versions: [0, 3], nullable: [0, 3], tagged: null, default: null },
  { name: "ownedPartitions", type: "[]TopicPartition", versions: [1, 3], nullable: null, tagged: null, fields: TopicPartitionFields },
  { name: "generationId", type: "int32", versions: [2, 3], nullable: null, tagged: null, default: -1 },
  { name: "rackId", type: "string", versions: [3, 3], nullable: [3, 3], tagged: null, default: null },
];

export const consumerProtocolSubscriptionSchema: MessageSchema = {
  name: "ConsumerProtocolSubscription",
  type: "data",
  apiKey: null,
  validVersions: [0, 3],
  flexibleVersions: null,
  fields: ConsumerProtocolSubscriptionFields,
};

export function encodeConsumerProtocolSubscription(w: Writer, v: Input<ConsumerProtocolSubscription>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerProtocolSubscription version ${version} is not supported (valid: 0-3)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolSubscription.topics cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolSubscription.topics has a null element`);
        w.string(e);
      }
    }
  }
  {
    const x = v.userData === undefined ? null : v.userData;
    w.nullableBytes(x);
  }
  if (version >= 1) {
    {
      const x = v.ownedPartitions === undefined ? [] : v.ownedPartitions;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolSubscription.ownedPartitions cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolSubscription.ownedPartitions has a null element`);
          encodeTopicPartition(w, e, version);
        }
      }
    }
  }
  if (version >= 2) {
    w.int32(v.generationId ?? -1);
  }
  if (version >= 3) {
    {
      const x = v.rackId === undefined ? null : v.rackId;
      w.nullableString(x);
    }
  }
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerProtocolSubscription version ${version} is not supported (valid: 0-3)`);
  }
  let f_topics: string[];
  {
    const n = r.arrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerProtocolSubscription.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.string();
      f_topics = a;
    }
  }
  const f_userData: Buffer | null = r.nullableBytes();
  let f_ownedPartitions: TopicPartition[];
  if (version >= 1) {
    {
      const n = r.arrayLength(2);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerProtocolSubscription.ownedPartitions is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<TopicPartition>(n);
        for (let i = 0; i < n; i++) a[i] = decodeTopicPartition(r, version);
        f_ownedPartitions = a;
      }
    }
  } else f_ownedPartitions = [];
  let f_generationId: number;
  if (version >= 2) {
    f_generationId = r.int32();
  } else f_generationId = -1;
  let f_rackId: string | null;
  if (version >= 3) {
    f_rackId = r.nullableString();
  } else f_rackId = null;
  return {
    topics: f_topics,
    userData: f_userData,
    ownedPartitions: f_ownedPartitions,
    generationId: f_generationId,
    rackId: f_rackId,
  };
}

function encodeTopicPartition(w: Writer, v: Input<TopicPartition>, version: number): void {
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartition.topic cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartition.partitions cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicPartition.partitions has a null element`);
        w.int32(e);
      }
    }
  }
}

function decodeTopicPartition(r: Reader, version: number): TopicPartition {
  const f_topic: string = r.string();
  let f_partitions: number[];
  {
    const n = r.arrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicPartition.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}
