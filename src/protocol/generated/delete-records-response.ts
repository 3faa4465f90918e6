// Generated from DeleteRecordsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteRecordsResponse (response, api key 21), versions 0-2, flexible 2+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 is the first flexible version.
 */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. (versions 0-2) */
  topics: DeleteRecordsTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsPartitionResult {
  /** The partition index. (versions 0-2, map key) */
  partitionIndex: number;
  /** The partition low water mark. (versions 0-2) */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0-2) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsTopicResult {
  /** The topic name. (versions 0-2, entity topicName, map key) */
  name: string;
  /** Each partition that we wanted to delete records from. (versions 0-2) */
  partitions: DeleteRecordsPartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteRecordsPartitionResultFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "lowWatermark", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const DeleteRecordsTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]DeleteRecordsPartitionResult", versions: [0, 2], nullable: null, tagged: null, fields: DeleteRecordsPartitionResultFields },
];
const DeleteRecordsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]DeleteRecordsTopicResult", versions: [0, 2], nullable: null, tagged: null, fields: DeleteRecordsTopicResultFields },
];

export const deleteRecordsResponseSchema: MessageSchema = {
  name: "DeleteRecordsResponse",
  type: "response",
  apiKey: 21,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: DeleteRecordsResponseFields,
};

export function encodeDeleteRecordsResponse(w: Writer, v: Input<DeleteRecordsResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteRecordsResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsResponse.topics has a null element`);
        encodeDeleteRecordsTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteRecordsResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_topics: DeleteRecordsTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteRecordsResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteRecordsTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsTopicResult(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteRecordsPartitionResult(w: Writer, v: Input<DeleteRecordsPartitionResult>, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.lowWatermark ?? 0n);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsPartitionResult {
  const flexible = version >= 2;
  const f_partitionIndex: number = r.int32();
  const f_lowWatermark: bigint = r.int64();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsPartitionResult = {
    partitionIndex: f_partitionIndex,
    lowWatermark: f_lowWatermark,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteRecordsTopicResult(w: Writer, v: Input<DeleteRecordsTopicResult>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopicResult.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopicResult.partitions has a null element`);
        encodeDeleteRecordsPartitionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsTopicResult {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: DeleteRecordsPartitionResult[];
  {
    const n = (flexible ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteRecordsTopicResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteRecordsPartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsPartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsTopicResult = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
