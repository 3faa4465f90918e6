// Generated from AlterShareGroupOffsetsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterShareGroupOffsetsResponse (response, api key 91), versions 0, flexible 0+.
 *
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - NON_EMPTY_GROUP (version 0+)
 * - KAFKA_STORAGE_ERROR (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - UNKNOWN_SERVER_ERROR (version 0+)
 */
export interface AlterShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** The results for each topic. (versions 0) */
  responses: AlterShareGroupOffsetsResponseTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsResponsePartition {
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsResponseTopic {
  /** The topic name. (versions 0, entity topicName, map key) */
  topicName: string;
  /** The unique topic ID. (versions 0) */
  topicId: string;
  /** (versions 0) */
  partitions: AlterShareGroupOffsetsResponsePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterShareGroupOffsetsResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
];
const AlterShareGroupOffsetsResponseTopicFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]AlterShareGroupOffsetsResponsePartition", versions: [0, 0], nullable: null, tagged: null, fields: AlterShareGroupOffsetsResponsePartitionFields },
];
const AlterShareGroupOffsetsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
  { name: "responses", type: "[]AlterShareGroupOffsetsResponseTopic", versions: [0, 0], nullable: null, tagged: null, fields: AlterShareGroupOffsetsResponseTopicFields },
];

export const alterShareGroupOffsetsResponseSchema: MessageSchema = {
  name: "AlterShareGroupOffsetsResponse",
  type: "response",
  apiKey: 91,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AlterShareGroupOffsetsResponseFields,
};

export function encodeAlterShareGroupOffsetsResponse(w: Writer, v: Input<AlterShareGroupOffsetsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterShareGroupOffsetsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsResponse.responses cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsResponse.responses has a null element`);
        encodeAlterShareGroupOffsetsResponseTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterShareGroupOffsetsResponse(r: Reader, version: number): AlterShareGroupOffsetsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterShareGroupOffsetsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_responses: AlterShareGroupOffsetsResponseTopic[];
  {
    const n = r.compactArrayLength(18);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterShareGroupOffsetsResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterShareGroupOffsetsResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterShareGroupOffsetsResponseTopic(r, version);
      f_responses = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    responses: f_responses,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterShareGroupOffsetsResponsePartition(w: Writer, v: Input<AlterShareGroupOffsetsResponsePartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsResponsePartition(r: Reader, version: number): AlterShareGroupOffsetsResponsePartition {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsResponsePartition = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterShareGroupOffsetsResponseTopic(w: Writer, v: Input<AlterShareGroupOffsetsResponseTopic>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsResponseTopic.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsResponseTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterShareGroupOffsetsResponseTopic.partitions has a null element`);
        encodeAlterShareGroupOffsetsResponsePartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAlterShareGroupOffsetsResponseTopic(r: Reader, version: number): AlterShareGroupOffsetsResponseTopic {
  const f_topicName: string = r.compactString();
  const f_topicId: string = r.uuid();
  let f_partitions: AlterShareGroupOffsetsResponsePartition[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterShareGroupOffsetsResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterShareGroupOffsetsResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterShareGroupOffsetsResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterShareGroupOffsetsResponseTopic = {
    topicName: f_topicName,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
