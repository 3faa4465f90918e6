// Generated from OffsetCommitResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetCommitResponse (response, api key 8), versions 0-10, flexible 8+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Versions 1 and 2 are the same as version 0.
 *
 * Version 3 adds the throttle time to the response.
 *
 * Starting in version 4, on quota violation, brokers send out responses before throttling.
 *
 * Versions 5 and 6 are the same as version 4.
 *
 * Version 7 offsetCommitRequest supports a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 8 is the first flexible version.
 *
 * Version 9 is the first version that can be used with the new consumer group protocol (KIP-848). The response is
 * the same as version 8 but can return STALE_MEMBER_EPOCH when the new consumer group protocol is used and
 * GROUP_ID_NOT_FOUND when the group does not exist for both protocols.
 *
 * Version 10 adds support for topic ids and removes support for topic names (KIP-848).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - ILLEGAL_GENERATION (version 1+)
 * - UNKNOWN_MEMBER_ID (version 1+)
 * - INVALID_COMMIT_OFFSET_SIZE (version 0+)
 * - FENCED_MEMBER_EPOCH (version 7+)
 * - GROUP_ID_NOT_FOUND (version 9+)
 * - STALE_MEMBER_EPOCH (version 9+)
 * - UNKNOWN_TOPIC_ID (version 10+)
 */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-10) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0-10) */
  topics: OffsetCommitResponseTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponsePartition {
  /** The partition index. (versions 0-10) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-10) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponseTopic {
  /** The topic name. (versions 0-9, entity topicName) */
  name: string;
  /** The topic ID. (versions 10) */
  topicId: string;
  /** The responses for each partition in the topic. (versions 0-10) */
  partitions: OffsetCommitResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetCommitResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 10], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 10], nullable: null, tagged: null, default: 0 },
];
const OffsetCommitResponseTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [10, 10], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]OffsetCommitResponsePartition", versions: [0, 10], nullable: null, tagged: null, fields: OffsetCommitResponsePartitionFields },
];
const OffsetCommitResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [3, 10], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]OffsetCommitResponseTopic", versions: [0, 10], nullable: null, tagged: null, fields: OffsetCommitResponseTopicFields },
];

export const offsetCommitResponseSchema: MessageSchema = {
  name: "OffsetCommitResponse",
  type: "response",
  apiKey: 8,
  validVersions: [0, 10],
  flexibleVersions: [8, 32767],
  fields: OffsetCommitResponseFields,
};

export function encodeOffsetCommitResponse(w: Writer, v: Input<OffsetCommitResponse>, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitResponse version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 8;
  if (version >= 3) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitResponse.topics has a null element`);
        encodeOffsetCommitResponseTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitResponse version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 8;
  let f_throttleTimeMs: number;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_topics: OffsetCommitResponseTopic[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetCommitResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetCommitResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitResponseTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetCommitResponsePartition(w: Writer, v: Input<OffsetCommitResponsePartition>, version: number): void {
  const flexible = version >= 8;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponsePartition {
  const flexible = version >= 8;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitResponsePartition = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetCommitResponseTopic(w: Writer, v: Input<OffsetCommitResponseTopic>, version: number): void {
  const flexible = version >= 8;
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitResponseTopic.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitResponseTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitResponseTopic.partitions has a null element`);
        encodeOffsetCommitResponsePartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseTopic {
  const flexible = version >= 8;
  let f_name: string;
  if (version <= 9) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: OffsetCommitResponsePartition[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetCommitResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetCommitResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetCommitResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitResponseTopic = {
    name: f_name,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
