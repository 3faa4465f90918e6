// Generated from OffsetCommitRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetCommitRequest (request, api key 8), versions 0-10, flexible 8+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Version 1 adds timestamp and group membership information, as well as the commit timestamp.
 *
 * Version 2 adds retention time.  It removes the commit timestamp added in version 1.
 *
 * Version 3 and 4 are the same as version 2.
 *
 * Version 5 removes the retention time, which is now controlled only by a broker configuration.
 *
 * Version 6 adds the leader epoch for fencing.
 *
 * version 7 adds a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 8 is the first flexible version.
 *
 * Version 9 is the first version that can be used with the new consumer group protocol (KIP-848). The
 * request is the same as version 8.
 *
 * Version 10 adds support for topic ids and removes support for topic names (KIP-848).
 */
export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0-10, entity groupId) */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1-10, default -1) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 1-10) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 7-10, nullable 7-10, default null) */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (versions 2-4, default -1) */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. (versions 0-10) */
  topics: OffsetCommitRequestTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestPartition {
  /** The partition index. (versions 0-10) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0-10) */
  committedOffset: bigint;
  /** The leader epoch of this partition. (versions 6-10, default -1) */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. (versions 1, default -1) */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. (versions 0-10, nullable 0-10) */
  committedMetadata: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestTopic {
  /** The topic name. (versions 0-9, entity topicName) */
  name: string;
  /** The topic ID. (versions 10) */
  topicId: string;
  /** Each partition to commit offsets for. (versions 0-10) */
  partitions: OffsetCommitRequestPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetCommitRequestPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 10], nullable: null, tagged: null, default: 0 },
  { name: "committedOffset", type: "int64", versions: [0, 10], nullable: null, tagged: null, default: 0n },
  { name: "committedLeaderEpoch", type: "int32", versions: [6, 10], nullable: null, tagged: null, default: -1 },
  { name: "commitTimestamp", type: "int64", versions: [1, 1], nullable: null, tagged: null, default: -1n },
  { name: "committedMetadata", type: "string", versions: [0, 10], nullable: [0, 10], tagged: null, default: "" },
];
const OffsetCommitRequestTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [10, 10], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]OffsetCommitRequestPartition", versions: [0, 10], nullable: null, tagged: null, fields: OffsetCommitRequestPartitionFields },
];
const OffsetCommitRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 10], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "generationIdOrMemberEpoch", type: "int32", versions: [1, 10], nullable: null, tagged: null, default: -1 },
  { name: "memberId", type: "string", versions: [1, 10], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [7, 10], nullable: [7, 10], tagged: null, default: null },
  { name: "retentionTimeMs", type: "int64", versions: [2, 4], nullable: null, tagged: null, default: -1n },
  { name: "topics", type: "[]OffsetCommitRequestTopic", versions: [0, 10], nullable: null, tagged: null, fields: OffsetCommitRequestTopicFields },
];

export const offsetCommitRequestSchema: MessageSchema = {
  name: "OffsetCommitRequest",
  type: "request",
  apiKey: 8,
  validVersions: [0, 10],
  flexibleVersions: [8, 32767],
  fields: OffsetCommitRequestFields,
};

export function encodeOffsetCommitRequest(w: Writer, v: Input<OffsetCommitRequest>, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitRequest version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 8;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int32(v.generationIdOrMemberEpoch ?? -1);
  }
  if (version >= 1) {
    {
      const x = v.memberId === undefined ? "" : v.memberId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequest.memberId cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 7) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 2 && version <= 4) {
    w.int64(v.retentionTimeMs ?? -1n);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequest.topics has a null element`);
        encodeOffsetCommitRequestTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitRequest version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 8;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  let f_generationIdOrMemberEpoch: number;
  if (version >= 1) {
    f_generationIdOrMemberEpoch = r.int32();
  } else f_generationIdOrMemberEpoch = -1;
  let f_memberId: string;
  if (version >= 1) {
    f_memberId = (flexible ? r.compactString() : r.string());
  } else f_memberId = "";
  let f_groupInstanceId: string | null;
  if (version >= 7) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  let f_retentionTimeMs: bigint;
  if (version >= 2 && version <= 4) {
    f_retentionTimeMs = r.int64();
  } else f_retentionTimeMs = -1n;
  let f_topics: OffsetCommitRequestTopic[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetCommitRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetCommitRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitRequestTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitRequest = {
    groupId: f_groupId,
    generationIdOrMemberEpoch: f_generationIdOrMemberEpoch,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    retentionTimeMs: f_retentionTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetCommitRequestPartition(w: Writer, v: Input<OffsetCommitRequestPartition>, version: number): void {
  const flexible = version >= 8;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.committedOffset ?? 0n);
  if (version >= 6) {
    w.int32(v.committedLeaderEpoch ?? -1);
  }
  if (version >= 1 && version <= 1) {
    w.int64(v.commitTimestamp ?? -1n);
  }
  {
    const x = v.committedMetadata === undefined ? "" : v.committedMetadata;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestPartition {
  const flexible = version >= 8;
  const f_partitionIndex: number = r.int32();
  const f_committedOffset: bigint = r.int64();
  let f_committedLeaderEpoch: number;
  if (version >= 6) {
    f_committedLeaderEpoch = r.int32();
  } else f_committedLeaderEpoch = -1;
  let f_commitTimestamp: bigint;
  if (version >= 1 && version <= 1) {
    f_commitTimestamp = r.int64();
  } else f_commitTimestamp = -1n;
  const f_committedMetadata: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitRequestPartition = {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    commitTimestamp: f_commitTimestamp,
    committedMetadata: f_committedMetadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetCommitRequestTopic(w: Writer, v: Input<OffsetCommitRequestTopic>, version: number): void {
  const flexible = version >= 8;
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequestTopic.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequestTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitRequestTopic.partitions has a null element`);
        encodeOffsetCommitRequestPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestTopic {
  const flexible = version >= 8;
  let f_name: string;
  if (version <= 9) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: OffsetCommitRequestPartition[];
  {
    const n = (flexible ? r.compactArrayLength(13) : r.arrayLength(13));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetCommitRequestTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetCommitRequestPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitRequestPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitRequestTopic = {
    name: f_name,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
