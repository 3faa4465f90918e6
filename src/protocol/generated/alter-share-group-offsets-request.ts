// Generated from AlterShareGroupOffsetsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** AlterShareGroupOffsetsRequest (request, api key 91), versions 0, flexible 0+. */
export interface AlterShareGroupOffsetsRequest {
  /** The group identifier. (versions 0, entity groupId) */
  groupId: string;
  /** The topics to alter offsets for. (versions 0) */
  topics: AlterShareGroupOffsetsRequestTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsRequestPartition {
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** The share-partition start offset. (versions 0) */
  startOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0, entity topicName, map key) */
  topicName: string;
  /** Each partition to alter offsets for. (versions 0) */
  partitions: AlterShareGroupOffsetsRequestPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterShareGroupOffsetsRequestPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];
const AlterShareGroupOffsetsRequestTopicFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]AlterShareGroupOffsetsRequestPartition", versions: [0, 0], nullable: null, tagged: null, fields: AlterShareGroupOffsetsRequestPartitionFields },
];
const AlterShareGroupOffsetsRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]AlterShareGroupOffsetsRequestTopic", versions: [0, 0], nullable: null, tagged: null, fields: AlterShareGroupOffsetsRequestTopicFields },
];

export const alterShareGroupOffsetsRequestSchema: MessageSchema = {
  name: "AlterShareGroupOffsetsRequest",
  type: "request",
  apiKey: 91,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AlterShareGroupOffsetsRequestFields,
};

export function encodeAlterShareGroupOffsetsRequest(w: Writer, v: Input<AlterShareGroupOffsetsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterShareGroupOffsetsRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequest.topics has a null element`);
        encodeAlterShareGroupOffsetsRequestTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterShareGroupOffsetsRequest(r: Reader, version: number): AlterShareGroupOffsetsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterShareGroupOffsetsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: AlterShareGroupOffsetsRequestTopic[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterShareGroupOffsetsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterShareGroupOffsetsRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterShareGroupOffsetsRequestTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterShareGroupOffsetsRequestPartition(w: Writer, v: Input<AlterShareGroupOffsetsRequestPartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.startOffset ?? 0n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsRequestPartition(r: Reader, version: number): AlterShareGroupOffsetsRequestPartition {
  const f_partitionIndex: number = r.int32();
  const f_startOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsRequestPartition = {
    partitionIndex: f_partitionIndex,
    startOffset: f_startOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterShareGroupOffsetsRequestTopic(w: Writer, v: Input<AlterShareGroupOffsetsRequestTopic>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequestTopic.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequestTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsRequestTopic.partitions has a null element`);
        encodeAlterShareGroupOffsetsRequestPartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsRequestTopic(r: Reader, version: number): AlterShareGroupOffsetsRequestTopic {
  const f_topicName: string = r.compactString();
  let f_partitions: AlterShareGroupOffsetsRequestPartition[];
  {
    const n = r.compactArrayLength(12);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterShareGroupOffsetsRequestTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterShareGroupOffsetsRequestPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterShareGroupOffsetsRequestPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsRequestTopic = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
