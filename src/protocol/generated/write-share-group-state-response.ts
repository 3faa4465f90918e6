// Generated from WriteShareGroupStateResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * WriteShareGroupStateResponse (response, api key 85), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces DeliveryCompleteCount in the request (KIP-1226).
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - UNKNOWN_TOPIC_OR_PARTITION (version 0+)
 * - FENCED_LEADER_EPOCH (version 0+)
 * - FENCED_STATE_EPOCH (version 0+)
 * - INVALID_REQUEST (version 0+)
 */
export interface WriteShareGroupStateResponse {
  /** The write results. (versions 0-1) */
  results: WriteStateResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResult {
  /** The partition index. (versions 0-1) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteStateResult {
  /** The topic identifier. (versions 0-1) */
  topicId: string;
  /** The results for the partitions. (versions 0-1) */
  partitions: PartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionResultFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
];
const WriteStateResultFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionResult", versions: [0, 1], nullable: null, tagged: null, fields: PartitionResultFields },
];
const WriteShareGroupStateResponseFields: readonly FieldSchema[] = [
  { name: "results", type: "[]WriteStateResult", versions: [0, 1], nullable: null, tagged: null, fields: WriteStateResultFields },
];

export const writeShareGroupStateResponseSchema: MessageSchema = {
  name: "WriteShareGroupStateResponse",
  type: "response",
  apiKey: 85,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: WriteShareGroupStateResponseFields,
};

export function encodeWriteShareGroupStateResponse(w: Writer, v: Input<WriteShareGroupStateResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteShareGroupStateResponse version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteShareGroupStateResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteShareGroupStateResponse.results has a null element`);
        encodeWriteStateResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteShareGroupStateResponse version ${version} is not supported (valid: 0-1)`);
  }
  let f_results: WriteStateResult[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteShareGroupStateResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WriteStateResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWriteStateResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: WriteShareGroupStateResponse = {
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionResult(w: Writer, v: Input<PartitionResult>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionResult(r: Reader, version: number): PartitionResult {
  const f_partition: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionResult = {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWriteStateResult(w: Writer, v: Input<WriteStateResult>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteStateResult.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteStateResult.partitions has a null element`);
        encodePartitionResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeWriteStateResult(r: Reader, version: number): WriteStateResult {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionResult[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteStateResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: WriteStateResult = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
