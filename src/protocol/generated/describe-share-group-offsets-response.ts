// Generated from DescribeShareGroupOffsetsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeShareGroupOffsetsResponse (response, api key 90), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces Lag (KIP-1226).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - UNKNOWN_SERVER_ERROR (version 0+)
 */
export interface DescribeShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The results for each group. (versions 0-1) */
  groups: DescribeShareGroupOffsetsResponseGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponsePartition {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The share-partition start offset. (versions 0-1) */
  startOffset: bigint;
  /** The leader epoch of the partition. (versions 0-1) */
  leaderEpoch: number;
  /** The share-partition lag. (versions 1, default -1) */
  lag: bigint;
  /** The partition-level error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The partition-level error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponseTopic {
  /** The topic name. (versions 0-1, entity topicName) */
  topicName: string;
  /** The unique topic ID. (versions 0-1) */
  topicId: string;
  /** (versions 0-1) */
  partitions: DescribeShareGroupOffsetsResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponseGroup {
  /** The group identifier. (versions 0-1, entity groupId) */
  groupId: string;
  /** The results for each topic. (versions 0-1) */
  topics: DescribeShareGroupOffsetsResponseTopic[];
  /** The group-level error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The group-level error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeShareGroupOffsetsResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "lag", type: "int64", versions: [1, 1], nullable: null, tagged: null, default: -1n },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
];
const DescribeShareGroupOffsetsResponseTopicFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]DescribeShareGroupOffsetsResponsePartition", versions: [0, 1], nullable: null, tagged: null, fields: DescribeShareGroupOffsetsResponsePartitionFields },
];
const DescribeShareGroupOffsetsResponseGroupFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]DescribeShareGroupOffsetsResponseTopic", versions: [0, 1], nullable: null, tagged: null, fields: DescribeShareGroupOffsetsResponseTopicFields },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
];
const DescribeShareGroupOffsetsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]DescribeShareGroupOffsetsResponseGroup", versions: [0, 1], nullable: null, tagged: null, fields: DescribeShareGroupOffsetsResponseGroupFields },
];

export const describeShareGroupOffsetsResponseSchema: MessageSchema = {
  name: "DescribeShareGroupOffsetsResponse",
  type: "response",
  apiKey: 90,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: DescribeShareGroupOffsetsResponseFields,
};

export function encodeDescribeShareGroupOffsetsResponse(w: Writer, v: Input<DescribeShareGroupOffsetsResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeShareGroupOffsetsResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponse.groups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponse.groups has a null element`);
        encodeDescribeShareGroupOffsetsResponseGroup(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeShareGroupOffsetsResponse(r: Reader, version: number): DescribeShareGroupOffsetsResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeShareGroupOffsetsResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_groups: DescribeShareGroupOffsetsResponseGroup[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeShareGroupOffsetsResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeShareGroupOffsetsResponseGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeShareGroupOffsetsResponseGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeShareGroupOffsetsResponsePartition(w: Writer, v: Input<DescribeShareGroupOffsetsResponsePartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.startOffset ?? 0n);
  w.int32(v.leaderEpoch ?? 0);
  if (version >= 1) {
    w.int64(v.lag ?? -1n);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponsePartition(r: Reader, version: number): DescribeShareGroupOffsetsResponsePartition {
  const f_partitionIndex: number = r.int32();
  const f_startOffset: bigint = r.int64();
  const f_leaderEpoch: number = r.int32();
  let f_lag: bigint;
  if (version >= 1) {
    f_lag = r.int64();
  } else f_lag = -1n;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsResponsePartition = {
    partitionIndex: f_partitionIndex,
    startOffset: f_startOffset,
    leaderEpoch: f_leaderEpoch,
    lag: f_lag,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeShareGroupOffsetsResponseTopic(w: Writer, v: Input<DescribeShareGroupOffsetsResponseTopic>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseTopic.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseTopic.partitions has a null element`);
        encodeDescribeShareGroupOffsetsResponsePartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponseTopic(r: Reader, version: number): DescribeShareGroupOffsetsResponseTopic {
  const f_topicName: string = r.compactString();
  const f_topicId: string = r.uuid();
  let f_partitions: DescribeShareGroupOffsetsResponsePartition[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeShareGroupOffsetsResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeShareGroupOffsetsResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeShareGroupOffsetsResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsResponseTopic = {
    topicName: f_topicName,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeShareGroupOffsetsResponseGroup(w: Writer, v: Input<DescribeShareGroupOffsetsResponseGroup>, version: number): void {
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseGroup.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsResponseGroup.topics has a null element`);
        encodeDescribeShareGroupOffsetsResponseTopic(w, e, version);
      }
    }
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsResponseGroup(r: Reader, version: number): DescribeShareGroupOffsetsResponseGroup {
  const f_groupId: string = r.compactString();
  let f_topics: DescribeShareGroupOffsetsResponseTopic[];
  {
    const n = r.compactArrayLength(18);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeShareGroupOffsetsResponseGroup.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeShareGroupOffsetsResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeShareGroupOffsetsResponseTopic(r, version);
      f_topics = a;
    }
  }
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsResponseGroup = {
    groupId: f_groupId,
    topics: f_topics,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
