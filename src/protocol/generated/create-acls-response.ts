// Generated from CreateAclsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateAclsResponse (response, api key 30), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 enables flexible versions.
 * Version 3 adds user resource type.
 */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The results for each ACL creation. (versions 0-3) */
  results: AclCreationResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AclCreationResult {
  /** The result error, or zero if there was no error. (versions 0-3) */
  errorCode: number;
  /** The result message, or null if there was no error. (versions 0-3, nullable 0-3) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AclCreationResultFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
];
const CreateAclsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]AclCreationResult", versions: [0, 3], nullable: null, tagged: null, fields: AclCreationResultFields },
];

export const createAclsResponseSchema: MessageSchema = {
  name: "CreateAclsResponse",
  type: "response",
  apiKey: 30,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreateAclsResponseFields,
};

export function encodeCreateAclsResponse(w: Writer, v: Input<CreateAclsResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateAclsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreateAclsResponse.results has a null element`);
        encodeAclCreationResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_results: AclCreationResult[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreateAclsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AclCreationResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAclCreationResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateAclsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAclCreationResult(w: Writer, v: Input<AclCreationResult>, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAclCreationResult(r: Reader, version: number): AclCreationResult {
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AclCreationResult = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
