// Generated from AlterReplicaLogDirsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterReplicaLogDirsResponse (response, api key 34), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Starting in version 1, on quota violation brokers send out responses before throttling.
 * Version 2 enables flexible versions.
 */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The results for each topic. (versions 0-2) */
  results: AlterReplicaLogDirTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirPartitionResult {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirTopicResult {
  /** The name of the topic. (versions 0-2, entity topicName) */
  topicName: string;
  /** The results for each partition. (versions 0-2) */
  partitions: AlterReplicaLogDirPartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterReplicaLogDirPartitionResultFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const AlterReplicaLogDirTopicResultFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]AlterReplicaLogDirPartitionResult", versions: [0, 2], nullable: null, tagged: null, fields: AlterReplicaLogDirPartitionResultFields },
];
const AlterReplicaLogDirsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]AlterReplicaLogDirTopicResult", versions: [0, 2], nullable: null, tagged: null, fields: AlterReplicaLogDirTopicResultFields },
];

export const alterReplicaLogDirsResponseSchema: MessageSchema = {
  name: "AlterReplicaLogDirsResponse",
  type: "response",
  apiKey: 34,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: AlterReplicaLogDirsResponseFields,
};

export function encodeAlterReplicaLogDirsResponse(w: Writer, v: Input<AlterReplicaLogDirsResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterReplicaLogDirsResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirsResponse.results has a null element`);
        encodeAlterReplicaLogDirTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterReplicaLogDirsResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_results: AlterReplicaLogDirTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterReplicaLogDirsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterReplicaLogDirTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirTopicResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterReplicaLogDirsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterReplicaLogDirPartitionResult(w: Writer, v: Input<AlterReplicaLogDirPartitionResult>, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirPartitionResult {
  const flexible = version >= 2;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterReplicaLogDirPartitionResult = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterReplicaLogDirTopicResult(w: Writer, v: Input<AlterReplicaLogDirTopicResult>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopicResult.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopicResult.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopicResult.partitions has a null element`);
        encodeAlterReplicaLogDirPartitionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirTopicResult {
  const flexible = version >= 2;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  let f_partitions: AlterReplicaLogDirPartitionResult[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterReplicaLogDirTopicResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterReplicaLogDirPartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirPartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterReplicaLogDirTopicResult = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
