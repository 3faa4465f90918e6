// Generated from DescribeUserScramCredentialsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeUserScramCredentialsResponse (response, api key 50), versions 0, flexible 0+. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (versions 0) */
  errorCode: number;
  /** The message-level error message, if any. (versions 0, nullable 0) */
  errorMessage: string | null;
  /** The results for descriptions, one per user. (versions 0) */
  results: DescribeUserScramCredentialsResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CredentialInfo {
  /** The SCRAM mechanism. (versions 0) */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. (versions 0) */
  iterations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsResult {
  /** The user name. (versions 0) */
  user: string;
  /** The user-level error code. (versions 0) */
  errorCode: number;
  /** The user-level error message, if any. (versions 0, nullable 0) */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. (versions 0) */
  credentialInfos: CredentialInfo[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CredentialInfoFields: readonly FieldSchema[] = [
  { name: "mechanism", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "iterations", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const DescribeUserScramCredentialsResultFields: readonly FieldSchema[] = [
  { name: "user", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "credentialInfos", type: "[]CredentialInfo", versions: [0, 0], nullable: null, tagged: null, fields: CredentialInfoFields },
];
const DescribeUserScramCredentialsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "results", type: "[]DescribeUserScramCredentialsResult", versions: [0, 0], nullable: null, tagged: null, fields: DescribeUserScramCredentialsResultFields },
];

export const describeUserScramCredentialsResponseSchema: MessageSchema = {
  name: "DescribeUserScramCredentialsResponse",
  type: "response",
  apiKey: 50,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeUserScramCredentialsResponseFields,
};

export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: Input<DescribeUserScramCredentialsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeUserScramCredentialsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsResponse.results has a null element`);
        encodeDescribeUserScramCredentialsResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeUserScramCredentialsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_results: DescribeUserScramCredentialsResult[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeUserScramCredentialsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeUserScramCredentialsResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeUserScramCredentialsResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCredentialInfo(w: Writer, v: Input<CredentialInfo>, version: number): void {
  w.int8(v.mechanism ?? 0);
  w.int32(v.iterations ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCredentialInfo(r: Reader, version: number): CredentialInfo {
  const f_mechanism: number = r.int8();
  const f_iterations: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: CredentialInfo = {
    mechanism: f_mechanism,
    iterations: f_iterations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeUserScramCredentialsResult(w: Writer, v: Input<DescribeUserScramCredentialsResult>, version: number): void {
  {
    const x = v.user === undefined ? "" : v.user;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsResult.user cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.credentialInfos === undefined ? [] : v.credentialInfos;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsResult.credentialInfos cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsResult.credentialInfos has a null element`);
        encodeCredentialInfo(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResult {
  const f_user: string = r.compactString();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_credentialInfos: CredentialInfo[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeUserScramCredentialsResult.credentialInfos is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CredentialInfo>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCredentialInfo(r, version);
      f_credentialInfos = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeUserScramCredentialsResult = {
    user: f_user,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    credentialInfos: f_credentialInfos,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
