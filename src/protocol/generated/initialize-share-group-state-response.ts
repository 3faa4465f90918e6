// Generated from InitializeShareGroupStateResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * InitializeShareGroupStateResponse (response, api key 83), versions 0, flexible 0+.
 *
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - FENCED_STATE_EPOCH (version 0+)
 * - INVALID_REQUEST (version 0+)
 */
export interface InitializeShareGroupStateResponse {
  /** The initialization results. (versions 0) */
  results: InitializeStateResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResult {
  /** The partition index. (versions 0) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeStateResult {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The results for the partitions. (versions 0) */
  partitions: PartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionResultFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
];
const InitializeStateResultFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionResult", versions: [0, 0], nullable: null, tagged: null, fields: PartitionResultFields },
];
const InitializeShareGroupStateResponseFields: readonly FieldSchema[] = [
  { name: "results", type: "[]InitializeStateResult", versions: [0, 0], nullable: null, tagged: null, fields: InitializeStateResultFields },
];

export const initializeShareGroupStateResponseSchema: MessageSchema = {
  name: "InitializeShareGroupStateResponse",
  type: "response",
  apiKey: 83,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: InitializeShareGroupStateResponseFields,
};

export function encodeInitializeShareGroupStateResponse(w: Writer, v: Input<InitializeShareGroupStateResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitializeShareGroupStateResponse version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `InitializeShareGroupStateResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `InitializeShareGroupStateResponse.results has a null element`);
        encodeInitializeStateResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitializeShareGroupStateResponse version ${version} is not supported (valid: 0-0)`);
  }
  let f_results: InitializeStateResult[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `InitializeShareGroupStateResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<InitializeStateResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeInitializeStateResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: InitializeShareGroupStateResponse = {
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

function encodeInitializeStateResult(w: Writer, v: Input<InitializeStateResult>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `InitializeStateResult.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `InitializeStateResult.partitions has a null element`);
        encodePartitionResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeInitializeStateResult(r: Reader, version: number): InitializeStateResult {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionResult[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `InitializeStateResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: InitializeStateResult = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
