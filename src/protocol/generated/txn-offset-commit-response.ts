// Generated from TxnOffsetCommitResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * TxnOffsetCommitResponse (response, api key 28), versions 0-4, flexible 3+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 is the same as version 1.
 *
 * Version 3 adds illegal generation, fenced instance id, and unknown member id errors.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0-4) */
  topics: TxnOffsetCommitResponseTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0-4) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0-4, entity topicName) */
  name: string;
  /** The responses for each partition in the topic. (versions 0-4) */
  partitions: TxnOffsetCommitResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TxnOffsetCommitResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];
const TxnOffsetCommitResponseTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]TxnOffsetCommitResponsePartition", versions: [0, 4], nullable: null, tagged: null, fields: TxnOffsetCommitResponsePartitionFields },
];
const TxnOffsetCommitResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TxnOffsetCommitResponseTopic", versions: [0, 4], nullable: null, tagged: null, fields: TxnOffsetCommitResponseTopicFields },
];

export const txnOffsetCommitResponseSchema: MessageSchema = {
  name: "TxnOffsetCommitResponse",
  type: "response",
  apiKey: 28,
  validVersions: [0, 4],
  flexibleVersions: [3, 32767],
  fields: TxnOffsetCommitResponseFields,
};

export function encodeTxnOffsetCommitResponse(w: Writer, v: Input<TxnOffsetCommitResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitResponse version ${version} is not supported (valid: 0-4)`);
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
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 3;
  const f_throttleTimeMs: number = r.int32();
  let f_topics: TxnOffsetCommitResponseTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
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
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitResponseTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
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
  const f_name: string = (flexible ? r.compactString() : r.string());
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
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
