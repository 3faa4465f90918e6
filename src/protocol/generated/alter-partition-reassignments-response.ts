// Generated from AlterPartitionReassignmentsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterPartitionReassignmentsResponse (response, api key 45), versions 0-1, flexible 0+.
 *
 * Version 1 adds the ability to allow/disallow changing the replication factor as part of the request.
 */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of the request was allowed. (versions 1, default true) */
  allowReplicationFactorChange: boolean;
  /** The top-level error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-1, nullable 0-1) */
  errorMessage: string | null;
  /** The responses to topics to reassign. (versions 0-1) */
  responses: ReassignableTopicResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReassignablePartitionResponse {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. (versions 0-1, nullable 0-1) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReassignableTopicResponse {
  /** The topic name. (versions 0-1, entity topicName) */
  name: string;
  /** The responses to partitions to reassign. (versions 0-1) */
  partitions: ReassignablePartitionResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ReassignablePartitionResponseFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
];
const ReassignableTopicResponseFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]ReassignablePartitionResponse", versions: [0, 1], nullable: null, tagged: null, fields: ReassignablePartitionResponseFields },
];
const AlterPartitionReassignmentsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "allowReplicationFactorChange", type: "bool", versions: [1, 1], nullable: null, tagged: null, default: true },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
  { name: "responses", type: "[]ReassignableTopicResponse", versions: [0, 1], nullable: null, tagged: null, fields: ReassignableTopicResponseFields },
];

export const alterPartitionReassignmentsResponseSchema: MessageSchema = {
  name: "AlterPartitionReassignmentsResponse",
  type: "response",
  apiKey: 45,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: AlterPartitionReassignmentsResponseFields,
};

export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: Input<AlterPartitionReassignmentsResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionReassignmentsResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  if (version >= 1) {
    w.bool(v.allowReplicationFactorChange ?? true);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionReassignmentsResponse.responses cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionReassignmentsResponse.responses has a null element`);
        encodeReassignableTopicResponse(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionReassignmentsResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_allowReplicationFactorChange: boolean;
  if (version >= 1) {
    f_allowReplicationFactorChange = r.bool();
  } else f_allowReplicationFactorChange = true;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_responses: ReassignableTopicResponse[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterPartitionReassignmentsResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReassignableTopicResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReassignableTopicResponse(r, version);
      f_responses = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    allowReplicationFactorChange: f_allowReplicationFactorChange,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    responses: f_responses,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReassignablePartitionResponse(w: Writer, v: Input<ReassignablePartitionResponse>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReassignablePartitionResponse(r: Reader, version: number): ReassignablePartitionResponse {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReassignablePartitionResponse = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReassignableTopicResponse(w: Writer, v: Input<ReassignableTopicResponse>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopicResponse.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopicResponse.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopicResponse.partitions has a null element`);
        encodeReassignablePartitionResponse(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReassignableTopicResponse(r: Reader, version: number): ReassignableTopicResponse {
  const f_name: string = r.compactString();
  let f_partitions: ReassignablePartitionResponse[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReassignableTopicResponse.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReassignablePartitionResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReassignablePartitionResponse(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReassignableTopicResponse = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
