// Generated from DeleteRecordsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteRecordsRequest (request, api key 21), versions 0-2, flexible 2+.
 *
 * Version 1 is the same as version 0.
 * Version 2 is the first flexible version.
 */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0-2) */
  topics: DeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0-2) */
  timeoutMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsPartition {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The deletion offset. -1 means that records should be truncated to the high watermark. (versions 0-2) */
  offset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsTopic {
  /** The topic name. (versions 0-2, entity topicName) */
  name: string;
  /** Each partition that we want to delete records from. (versions 0-2) */
  partitions: DeleteRecordsPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteRecordsPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "offset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
];
const DeleteRecordsTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]DeleteRecordsPartition", versions: [0, 2], nullable: null, tagged: null, fields: DeleteRecordsPartitionFields },
];
const DeleteRecordsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]DeleteRecordsTopic", versions: [0, 2], nullable: null, tagged: null, fields: DeleteRecordsTopicFields },
  { name: "timeoutMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];

export const deleteRecordsRequestSchema: MessageSchema = {
  name: "DeleteRecordsRequest",
  type: "request",
  apiKey: 21,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: DeleteRecordsRequestFields,
};

export function encodeDeleteRecordsRequest(w: Writer, v: Input<DeleteRecordsRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteRecordsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsRequest.topics has a null element`);
        encodeDeleteRecordsTopic(w, e, version);
      }
    }
  }
  w.int32(v.timeoutMs ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteRecordsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  let f_topics: DeleteRecordsTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteRecordsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteRecordsTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsTopic(r, version);
      f_topics = a;
    }
  }
  const f_timeoutMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsRequest = {
    topics: f_topics,
    timeoutMs: f_timeoutMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteRecordsPartition(w: Writer, v: Input<DeleteRecordsPartition>, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.offset ?? 0n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsPartition {
  const flexible = version >= 2;
  const f_partitionIndex: number = r.int32();
  const f_offset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsPartition = {
    partitionIndex: f_partitionIndex,
    offset: f_offset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteRecordsTopic(w: Writer, v: Input<DeleteRecordsTopic>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteRecordsTopic.partitions has a null element`);
        encodeDeleteRecordsPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsTopic {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: DeleteRecordsPartition[];
  {
    const n = (flexible ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteRecordsTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteRecordsPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteRecordsPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteRecordsTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
