// Generated from DescribeQuorumRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeQuorumRequest (request, api key 55), versions 0-2, flexible 0+.
 *
 * Version 1 adds additional fields in the response. The request is unchanged (KIP-836).
 * Version 2 adds additional fields in the response. The request is unchanged (KIP-853).
 */
export interface DescribeQuorumRequest {
  /** The topics to describe. (versions 0-2) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0-2, entity topicName) */
  topicName: string;
  /** The partitions to describe. (versions 0-2) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 2], nullable: null, tagged: null, fields: PartitionDataFields },
];
const DescribeQuorumRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]TopicData", versions: [0, 2], nullable: null, tagged: null, fields: TopicDataFields },
];

export const describeQuorumRequestSchema: MessageSchema = {
  name: "DescribeQuorumRequest",
  type: "request",
  apiKey: 55,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: DescribeQuorumRequestFields,
};

export function encodeDescribeQuorumRequest(w: Writer, v: Input<DescribeQuorumRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeQuorumRequest version ${version} is not supported (valid: 0-2)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumRequest.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeQuorumRequest version ${version} is not supported (valid: 0-2)`);
  }
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeQuorumRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeQuorumRequest = {
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const f_topicName: string = r.compactString();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicData = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
