// Generated from TxnOffsetCommitResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * TxnOffsetCommitResponse (response, api key 28), versions 0-6, flexible 3+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 is the same as version 1.
 *
 * Version 3 adds illegal generation, fenced instance id, and unknown member id errors.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 5 is the same with version 3 (KIP-890).
 *
 * Version 6 adds support for topic IDs and removes support for topic names. It can also return
 * GROUP_ID_NOT_FOUND, STALE_MEMBER_EPOCH and UNKNOWN_TOPIC_ID (KIP-1319).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - TRANSACTIONAL_ID_AUTHORIZATION_FAILED (version 0+)
 * - INVALID_PRODUCER_ID_MAPPING (version 0+)
 * - INVALID_PRODUCER_EPOCH (version 0+)
 * - PRODUCER_FENCED (version 0+)
 * - INVALID_TXN_STATE (version 0+)
 * - UNSUPPORTED_FOR_MESSAGE_FORMAT (version 0+)
 * - UNKNOWN_TOPIC_OR_PARTITION (version 0+)
 * - OFFSET_METADATA_TOO_LARGE (version 0+)
 * - ILLEGAL_GENERATION (version 3+)
 * - UNKNOWN_MEMBER_ID (version 3+)
 * - FENCED_INSTANCE_ID (version 3+)
 * - TRANSACTION_ABORTABLE (version 4+)
 * - GROUP_ID_NOT_FOUND (version 6+)
 * - STALE_MEMBER_EPOCH (version 6+)
 * - UNKNOWN_TOPIC_ID (version 6+)
 */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-6) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0-6) */
  topics: TxnOffsetCommitResponseTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0-6) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-6) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0-5, entity topicName) */
  name: string;
  /** The topic ID. (versions 6) */
  topicId: string;
  /** The responses for each partition in the topic. (versions 0-6) */
  partitions: TxnOffsetCommitResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TxnOffsetCommitResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
];
const TxnOffsetCommitResponseTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [6, 6], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]TxnOffsetCommitResponsePartition", versions: [0, 6], nullable: null, tagged: null, fields: TxnOffsetCommitResponsePartitionFields },
];
const TxnOffsetCommitResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TxnOffsetCommitResponseTopic", versions: [0, 6], nullable: null, tagged: null, fields: TxnOffsetCommitResponseTopicFields },
];

export const txnOffsetCommitResponseSchema: MessageSchema = {
  name: "TxnOffsetCommitResponse",
  type: "response",
  apiKey: 28,
  validVersions: [0, 6],
  flexibleVersions: [3, 32767],
  fields: TxnOffsetCommitResponseFields,
};

export function encodeTxnOffsetCommitResponse(w: Writer, v: Input<TxnOffsetCommitResponse>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponse.topics has a null element`);
        encodeTxnOffsetCommitResponseTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  const f_throttleTimeMs: number = r.int32();
  let f_topics: TxnOffsetCommitResponseTopic[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TxnOffsetCommitResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TxnOffsetCommitResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitResponseTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTxnOffsetCommitResponsePartition(w: Writer, v: Input<TxnOffsetCommitResponsePartition>, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponsePartition {
  const flexible = version >= 3;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitResponsePartition = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTxnOffsetCommitResponseTopic(w: Writer, v: Input<TxnOffsetCommitResponseTopic>, version: number): void {
  const flexible = version >= 3;
  if (version <= 5) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponseTopic.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 6) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponseTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponseTopic.partitions has a null element`);
        encodeTxnOffsetCommitResponsePartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTopic {
  const flexible = version >= 3;
  let f_name: string;
  if (version <= 5) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 6) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: TxnOffsetCommitResponsePartition[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TxnOffsetCommitResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TxnOffsetCommitResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitResponseTopic = {
    name: f_name,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
