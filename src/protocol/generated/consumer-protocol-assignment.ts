// Generated from ConsumerProtocolAssignment.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerProtocolAssignment (data), versions 0-3, flexible none.
 *
 * Assignment part of the Consumer Protocol.
 *
 * The current implementation assumes that future versions will not break compatibility. When
 * it encounters a newer version, it parses it using the current format. This basically means
 * that new versions cannot remove or reorder any of the existing fields.
 *
 * Version 2 is to support a new field "GenerationId" in ConsumerProtocolSubscription.
 * Version 3 adds rack id to ConsumerProtocolSubscription.
 */
export interface ConsumerProtocolAssignment {
  /** The list of topics and partitions assigned to this consumer. (versions 0-3) */
  assignedPartitions: TopicPartition[];
  /** User data. (versions 0-3, nullable 0-3, default null) */
  userData: Buffer | null;
}

export interface TopicPartition {
  /** The topic name. (versions 0-3, entity topicName, map key) */
  topic: string;
  /** The list of partitions assigned to this consumer. (versions 0-3) */
  partitions: number[];
}

const TopicPartitionFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 3], nullable: null, tagged: null },
];
const ConsumerProtocolAssignmentFields: readonly FieldSchema[] = [
  { name: "assignedPartitions", type: "[]TopicPartition", versions: [0, 3], nullable: null, tagged: null, fields: TopicPartitionFields },
  { name: "userData", type: "bytes", versions: [0, 3], nullable: [0, 3], tagged: null, default: null },
];

export const consumerProtocolAssignmentSchema: MessageSchema = {
  name: "ConsumerProtocolAssignment",
  type: "data",
  apiKey: null,
  validVersions: [0, 3],
  flexibleVersions: null,
  fields: ConsumerProtocolAssignmentFields,
};

export function encodeConsumerProtocolAssignment(w: Writer, v: Input<ConsumerProtocolAssignment>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerProtocolAssignment version ${version} is not supported (valid: 0-3)`);
  }
  {
    const x = v.assignedPartitions === undefined ? [] : v.assignedPartitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolAssignment.assignedPartitions cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerProtocolAssignment.assignedPartitions has a null element`);
        encodeTopicPartition(w, e, version);
      }
    }
  }
  {
    const x = v.userData === undefined ? null : v.userData;
    w.nullableBytes(x);
  }
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerProtocolAssignment version ${version} is not supported (valid: 0-3)`);
  }
  let f_assignedPartitions: TopicPartition[];
  {
    const n = r.arrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerProtocolAssignment.assignedPartitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartition(r, version);
      f_assignedPartitions = a;
    }
  }
  const f_userData: Buffer | null = r.nullableBytes();
  return {
    assignedPartitions: f_assignedPartitions,
    userData: f_userData,
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
