// Generated from AlterUserScramCredentialsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** AlterUserScramCredentialsResponse (response, api key 51), versions 0, flexible 0+. */
export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The results for deletions and alterations, one per affected user. (versions 0) */
  results: AlterUserScramCredentialsResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterUserScramCredentialsResult {
  /** The user name. (versions 0) */
  user: string;
  /** The error code. (versions 0) */
  errorCode: number;
  /** The error message, if any. (versions 0, nullable 0) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterUserScramCredentialsResultFields: readonly FieldSchema[] = [
  { name: "user", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
];
const AlterUserScramCredentialsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]AlterUserScramCredentialsResult", versions: [0, 0], nullable: null, tagged: null, fields: AlterUserScramCredentialsResultFields },
];

export const alterUserScramCredentialsResponseSchema: MessageSchema = {
  name: "AlterUserScramCredentialsResponse",
  type: "response",
  apiKey: 51,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AlterUserScramCredentialsResponseFields,
};

export function encodeAlterUserScramCredentialsResponse(w: Writer, v: Input<AlterUserScramCredentialsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterUserScramCredentialsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterUserScramCredentialsResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterUserScramCredentialsResponse.results has a null element`);
        encodeAlterUserScramCredentialsResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterUserScramCredentialsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_results: AlterUserScramCredentialsResult[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterUserScramCredentialsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterUserScramCredentialsResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterUserScramCredentialsResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterUserScramCredentialsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterUserScramCredentialsResult(w: Writer, v: Input<AlterUserScramCredentialsResult>, version: number): void {
  {
    const x = v.user === undefined ? "" : v.user;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterUserScramCredentialsResult.user cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAlterUserScramCredentialsResult(r: Reader, version: number): AlterUserScramCredentialsResult {
  const f_user: string = r.compactString();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterUserScramCredentialsResult = {
    user: f_user,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
