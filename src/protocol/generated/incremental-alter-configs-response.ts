// Generated from IncrementalAlterConfigsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * IncrementalAlterConfigsResponse (response, api key 44), versions 0-1, flexible 1+.
 *
 * Version 1 is the first flexible version.
 */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The responses for each resource. (versions 0-1) */
  responses: AlterConfigsResourceResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsResourceResponse {
  /** The resource error code. (versions 0-1) */
  errorCode: number;
  /** The resource error message, or null if there was no error. (versions 0-1, nullable 0-1) */
  errorMessage: string | null;
  /** The resource type. (versions 0-1) */
  resourceType: number;
  /** The resource name. (versions 0-1) */
  resourceName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterConfigsResourceResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
  { name: "resourceType", type: "int8", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
];
const IncrementalAlterConfigsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "responses", type: "[]AlterConfigsResourceResponse", versions: [0, 1], nullable: null, tagged: null, fields: AlterConfigsResourceResponseFields },
];

export const incrementalAlterConfigsResponseSchema: MessageSchema = {
  name: "IncrementalAlterConfigsResponse",
  type: "response",
  apiKey: 44,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: IncrementalAlterConfigsResponseFields,
};

export function encodeIncrementalAlterConfigsResponse(w: Writer, v: Input<IncrementalAlterConfigsResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `IncrementalAlterConfigsResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `IncrementalAlterConfigsResponse.responses cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `IncrementalAlterConfigsResponse.responses has a null element`);
        encodeAlterConfigsResourceResponse(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `IncrementalAlterConfigsResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_throttleTimeMs: number = r.int32();
  let f_responses: AlterConfigsResourceResponse[];
  {
    const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `IncrementalAlterConfigsResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterConfigsResourceResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterConfigsResourceResponse(r, version);
      f_responses = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: IncrementalAlterConfigsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    responses: f_responses,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterConfigsResourceResponse(w: Writer, v: Input<AlterConfigsResourceResponse>, version: number): void {
  const flexible = version >= 1;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsResourceResponse.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResourceResponse {
  const flexible = version >= 1;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterConfigsResourceResponse = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resourceType: f_resourceType,
    resourceName: f_resourceName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
