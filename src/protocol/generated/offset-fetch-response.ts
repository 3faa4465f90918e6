// Generated from OffsetFetchResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetFetchResponse (response, api key 9), versions 0-10, flexible 6+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds a top-level error code.
 *
 * Version 3 adds the throttle time.
 *
 * Starting in version 4, on quota violation, brokers send out responses before throttling.
 *
 * Version 5 adds the leader epoch to the committed offset.
 *
 * Version 6 is the first flexible version.
 *
 * Version 7 adds pending offset commit as new error response on partition level.
 *
 * Version 8 is adding support for fetching offsets for multiple groups
 *
 * Version 9 is the first version that can be used with the new consumer group protocol (KIP-848). The response is
 * the same as version 8 but can return STALE_MEMBER_EPOCH and UNKNOWN_MEMBER_ID errors when the new consumer group
 * protocol is used.
 *
 * Version 10 adds support for topic ids and removes support for topic names (KIP-848).
 * It can return UNKNOWN_TOPIC_ID if topic IDs used and the topic is not found in metadata.
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - UNSTABLE_OFFSET_COMMIT (version 7+)
 * - UNKNOWN_MEMBER_ID (version 9+)
 * - STALE_MEMBER_EPOCH (version 9+)
 * - UNKNOWN_TOPIC_ID (version 10+)
 */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-10) */
  throttleTimeMs: number;
  /** The responses per topic. (versions 0-7) */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. (versions 2-7, default 0) */
  errorCode: number;
  /** The responses per group id. (versions 8-10) */
  groups: OffsetFetchResponseGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  partitionIndex: number;
  /** The committed message offset. (versions 0-7) */
  committedOffset: bigint;
  /** The leader epoch. (versions 5-7, default -1) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 0-7, nullable 0-7) */
  metadata: string | null;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseTopic {
  /** The topic name. (versions 0-7, entity topicName) */
  name: string;
  /** The responses per partition. (versions 0-7) */
  partitions: OffsetFetchResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponsePartitions {
  /** The partition index. (versions 8-10) */
  partitionIndex: number;
  /** The committed message offset. (versions 8-10) */
  committedOffset: bigint;
  /** The leader epoch. (versions 8-10, default -1) */
  committedLeaderEpoch: number;
  /** The partition metadata. (versions 8-10, nullable 8-10) */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. (versions 8-10) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseTopics {
  /** The topic name. (versions 8-9, entity topicName) */
  name: string;
  /** The topic ID. (versions 10) */
  topicId: string;
  /** The responses per partition. (versions 8-10) */
  partitions: OffsetFetchResponsePartitions[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseGroup {
  /** The group ID. (versions 8-10, entity groupId) */
  groupId: string;
  /** The responses per topic. (versions 8-10) */
  topics: OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. (versions 8-10, default 0) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetFetchResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "committedOffset", type: "int64", versions: [0, 7], nullable: null, tagged: null, default: 0n },
  { name: "committedLeaderEpoch", type: "int32", versions: [5, 7], nullable: null, tagged: null, default: -1 },
  { name: "metadata", type: "string", versions: [0, 7], nullable: [0, 7], tagged: null, default: "" },
  { name: "errorCode", type: "int16", versions: [0, 7], nullable: null, tagged: null, default: 0 },
];
const OffsetFetchResponseTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]OffsetFetchResponsePartition", versions: [0, 7], nullable: null, tagged: null, fields: OffsetFetchResponsePartitionFields },
];
const OffsetFetchResponsePartitionsFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [8, 10], nullable: null, tagged: null, default: 0 },
  { name: "committedOffset", type: "int64", versions: [8, 10], nullable: null, tagged: null, default: 0n },
  { name: "committedLeaderEpoch", type: "int32", versions: [8, 10], nullable: null, tagged: null, default: -1 },
  { name: "metadata", type: "string", versions: [8, 10], nullable: [8, 10], tagged: null, default: "" },
  { name: "errorCode", type: "int16", versions: [8, 10], nullable: null, tagged: null, default: 0 },
];
const OffsetFetchResponseTopicsFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [8, 9], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [10, 10], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]OffsetFetchResponsePartitions", versions: [8, 10], nullable: null, tagged: null, fields: OffsetFetchResponsePartitionsFields },
];
const OffsetFetchResponseGroupFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [8, 10], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]OffsetFetchResponseTopics", versions: [8, 10], nullable: null, tagged: null, fields: OffsetFetchResponseTopicsFields },
  { name: "errorCode", type: "int16", versions: [8, 10], nullable: null, tagged: null, default: 0 },
];
const OffsetFetchResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [3, 10], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]OffsetFetchResponseTopic", versions: [0, 7], nullable: null, tagged: null, fields: OffsetFetchResponseTopicFields },
  { name: "errorCode", type: "int16", versions: [2, 7], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]OffsetFetchResponseGroup", versions: [8, 10], nullable: null, tagged: null, fields: OffsetFetchResponseGroupFields },
];

export const offsetFetchResponseSchema: MessageSchema = {
  name: "OffsetFetchResponse",
  type: "response",
  apiKey: 9,
  validVersions: [0, 10],
  flexibleVersions: [6, 32767],
  fields: OffsetFetchResponseFields,
};

export function encodeOffsetFetchResponse(w: Writer, v: Input<OffsetFetchResponse>, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetFetchResponse version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 6;
  if (version >= 3) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  if (version <= 7) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponse.topics cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponse.topics has a null element`);
          encodeOffsetFetchResponseTopic(w, e, version);
        }
      }
    }
  }
  if (version >= 2 && version <= 7) {
    w.int16(v.errorCode ?? 0);
  }
  if (version >= 8) {
    {
      const x = v.groups === undefined ? [] : v.groups;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponse.groups cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponse.groups has a null element`);
          encodeOffsetFetchResponseGroup(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetFetchResponse version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 6;
  let f_throttleTimeMs: number;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_topics: OffsetFetchResponseTopic[];
  if (version <= 7) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchResponse.topics is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<OffsetFetchResponseTopic>(n);
        for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseTopic(r, version);
        f_topics = a;
      }
    }
  } else f_topics = [];
  let f_errorCode: number;
  if (version >= 2 && version <= 7) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_groups: OffsetFetchResponseGroup[];
  if (version >= 8) {
    {
      const n = r.compactArrayLength(4);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchResponse.groups is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<OffsetFetchResponseGroup>(n);
        for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseGroup(r, version);
        f_groups = a;
      }
    }
  } else f_groups = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetFetchResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
    errorCode: f_errorCode,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchResponsePartition(w: Writer, v: Input<OffsetFetchResponsePartition>, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.committedOffset ?? 0n);
  if (version >= 5) {
    w.int32(v.committedLeaderEpoch ?? -1);
  }
  {
    const x = v.metadata === undefined ? "" : v.metadata;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponsePartition {
  const flexible = version >= 6;
  const f_partitionIndex: number = r.int32();
  const f_committedOffset: bigint = r.int64();
  let f_committedLeaderEpoch: number;
  if (version >= 5) {
    f_committedLeaderEpoch = r.int32();
  } else f_committedLeaderEpoch = -1;
  const f_metadata: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetFetchResponsePartition = {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    metadata: f_metadata,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchResponseTopic(w: Writer, v: Input<OffsetFetchResponseTopic>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopic.partitions has a null element`);
        encodeOffsetFetchResponsePartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseTopic {
  const flexible = version >= 6;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: OffsetFetchResponsePartition[];
  {
    const n = (flexible ? r.compactArrayLength(15) : r.arrayLength(15));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetFetchResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetFetchResponseTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchResponsePartitions(w: Writer, v: Input<OffsetFetchResponsePartitions>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.committedOffset ?? 0n);
  w.int32(v.committedLeaderEpoch ?? -1);
  {
    const x = v.metadata === undefined ? "" : v.metadata;
    w.compactNullableString(x);
  }
  w.int16(v.errorCode ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOffsetFetchResponsePartitions(r: Reader, version: number): OffsetFetchResponsePartitions {
  const f_partitionIndex: number = r.int32();
  const f_committedOffset: bigint = r.int64();
  const f_committedLeaderEpoch: number = r.int32();
  const f_metadata: string | null = r.compactNullableString();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OffsetFetchResponsePartitions = {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    metadata: f_metadata,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchResponseTopics(w: Writer, v: Input<OffsetFetchResponseTopics>, version: number): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopics.name cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopics.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseTopics.partitions has a null element`);
        encodeOffsetFetchResponsePartitions(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseTopics {
  let f_name: string;
  if (version <= 9) {
    f_name = r.compactString();
  } else f_name = "";
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: OffsetFetchResponsePartitions[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchResponseTopics.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetFetchResponsePartitions>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponsePartitions(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OffsetFetchResponseTopics = {
    name: f_name,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchResponseGroup(w: Writer, v: Input<OffsetFetchResponseGroup>, version: number): void {
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseGroup.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchResponseGroup.topics has a null element`);
        encodeOffsetFetchResponseTopics(w, e, version);
      }
    }
  }
  w.int16(v.errorCode ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseGroup {
  const f_groupId: string = r.compactString();
  let f_topics: OffsetFetchResponseTopics[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchResponseGroup.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetFetchResponseTopics>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchResponseTopics(r, version);
      f_topics = a;
    }
  }
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OffsetFetchResponseGroup = {
    groupId: f_groupId,
    topics: f_topics,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
