// Generated from ElectLeadersResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ElectLeadersResponse (response, api key 43), versions 0-2, flexible 2+.
 *
 * Version 1 adds a top-level error code.
 *
 * Version 2 is the first flexible version.
 */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 1-2) */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (versions 0-2) */
  replicaElectionResults: ReplicaElectionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResult {
  /** The partition id. (versions 0-2) */
  partitionId: number;
  /** The result error, or zero if there was no error. (versions 0-2) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0-2, nullable 0-2) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReplicaElectionResult {
  /** The topic name. (versions 0-2, entity topicName) */
  topic: string;
  /** The results for each partition. (versions 0-2) */
  partitionResult: PartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionResultFields: readonly FieldSchema[] = [
  { name: "partitionId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
];
const ReplicaElectionResultFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionResult", type: "[]PartitionResult", versions: [0, 2], nullable: null, tagged: null, fields: PartitionResultFields },
];
const ElectLeadersResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [1, 2], nullable: null, tagged: null, default: 0 },
  { name: "replicaElectionResults", type: "[]ReplicaElectionResult", versions: [0, 2], nullable: null, tagged: null, fields: ReplicaElectionResultFields },
];

export const electLeadersResponseSchema: MessageSchema = {
  name: "ElectLeadersResponse",
  type: "response",
  apiKey: 43,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: ElectLeadersResponseFields,
};

export function encodeElectLeadersResponse(w: Writer, v: Input<ElectLeadersResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ElectLeadersResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  if (version >= 1) {
    w.int16(v.errorCode ?? 0);
  }
  {
    const x = v.replicaElectionResults === undefined ? [] : v.replicaElectionResults;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ElectLeadersResponse.replicaElectionResults cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ElectLeadersResponse.replicaElectionResults has a null element`);
        encodeReplicaElectionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ElectLeadersResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_errorCode: number;
  if (version >= 1) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_replicaElectionResults: ReplicaElectionResult[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ElectLeadersResponse.replicaElectionResults is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReplicaElectionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReplicaElectionResult(r, version);
      f_replicaElectionResults = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ElectLeadersResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    replicaElectionResults: f_replicaElectionResults,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionResult(w: Writer, v: Input<PartitionResult>, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionId ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionResult(r: Reader, version: number): PartitionResult {
  const flexible = version >= 2;
  const f_partitionId: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionResult = {
    partitionId: f_partitionId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReplicaElectionResult(w: Writer, v: Input<ReplicaElectionResult>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReplicaElectionResult.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitionResult === undefined ? [] : v.partitionResult;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReplicaElectionResult.partitionResult cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReplicaElectionResult.partitionResult has a null element`);
        encodePartitionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeReplicaElectionResult(r: Reader, version: number): ReplicaElectionResult {
  const flexible = version >= 2;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitionResult: PartitionResult[];
  {
    const n = (flexible ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReplicaElectionResult.partitionResult is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResult(r, version);
      f_partitionResult = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ReplicaElectionResult = {
    topic: f_topic,
    partitionResult: f_partitionResult,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
