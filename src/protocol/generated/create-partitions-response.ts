// Generated from CreatePartitionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreatePartitionsResponse (response, api key 37), versions 0-3, flexible 2+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 adds flexible version support
 *
 * Version 3 is identical to version 2 but may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the partitions creation is throttled (KIP-599).
 */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The partition creation results for each topic. (versions 0-3) */
  results: CreatePartitionsTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsTopicResult {
  /** The topic name. (versions 0-3, entity topicName) */
  name: string;
  /** The result error, or zero if there was no error. (versions 0-3) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0-3, nullable 0-3, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreatePartitionsTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: null },
];
const CreatePartitionsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]CreatePartitionsTopicResult", versions: [0, 3], nullable: null, tagged: null, fields: CreatePartitionsTopicResultFields },
];

export const createPartitionsResponseSchema: MessageSchema = {
  name: "CreatePartitionsResponse",
  type: "response",
  apiKey: 37,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreatePartitionsResponseFields,
};

export function encodeCreatePartitionsResponse(w: Writer, v: Input<CreatePartitionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreatePartitionsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsResponse.results has a null element`);
        encodeCreatePartitionsTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreatePartitionsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_results: CreatePartitionsTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatePartitionsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatePartitionsTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsTopicResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatePartitionsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatePartitionsTopicResult(w: Writer, v: Input<CreatePartitionsTopicResult>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsTopicResult {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatePartitionsTopicResult = {
    name: f_name,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
