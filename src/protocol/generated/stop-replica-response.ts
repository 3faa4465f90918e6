// Generated from StopReplicaResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * StopReplicaResponse (response, api key 5), versions 0-4, flexible 2+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. (versions 0-4) */
  errorCode: number;
  /** The responses for each partition. (versions 0-4) */
  partitionErrors: StopReplicaPartitionError[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaPartitionError {
  /** The topic name. (versions 0-4, entity topicName) */
  topicName: string;
  /** The partition index. (versions 0-4) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. (versions 0-4) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StopReplicaPartitionErrorFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];
const StopReplicaResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "partitionErrors", type: "[]StopReplicaPartitionError", versions: [0, 4], nullable: null, tagged: null, fields: StopReplicaPartitionErrorFields },
];

export const stopReplicaResponseSchema: MessageSchema = {
  name: "StopReplicaResponse",
  type: "response",
  apiKey: 5,
  validVersions: [0, 4],
  flexibleVersions: [2, 32767],
  fields: StopReplicaResponseFields,
};

export function encodeStopReplicaResponse(w: Writer, v: Input<StopReplicaResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StopReplicaResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.partitionErrors === undefined ? [] : v.partitionErrors;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaResponse.partitionErrors cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaResponse.partitionErrors has a null element`);
        encodeStopReplicaPartitionError(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StopReplicaResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  let f_partitionErrors: StopReplicaPartitionError[];
  {
    const n = (flexible ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaResponse.partitionErrors is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<StopReplicaPartitionError>(n);
      for (let i = 0; i < n; i++) a[i] = decodeStopReplicaPartitionError(r, version);
      f_partitionErrors = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: StopReplicaResponse = {
    errorCode: f_errorCode,
    partitionErrors: f_partitionErrors,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeStopReplicaPartitionError(w: Writer, v: Input<StopReplicaPartitionError>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaPartitionError.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeStopReplicaPartitionError(r: Reader, version: number): StopReplicaPartitionError {
  const flexible = version >= 2;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: StopReplicaPartitionError = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
