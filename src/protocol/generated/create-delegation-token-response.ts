// Generated from CreateDelegationTokenResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateDelegationTokenResponse (response, api key 38), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 adds token requester details
 */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (versions 0-3) */
  errorCode: number;
  /** The principal type of the token owner. (versions 0-3) */
  principalType: string;
  /** The name of the token owner. (versions 0-3) */
  principalName: string;
  /** The principal type of the requester of the token. (versions 3) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3) */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. (versions 0-3) */
  issueTimestampMs: bigint;
  /** When this token expires. (versions 0-3) */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. (versions 0-3) */
  maxTimestampMs: bigint;
  /** The token UUID. (versions 0-3) */
  tokenId: string;
  /** HMAC of the delegation token. (versions 0-3) */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreateDelegationTokenResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "principalType", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "principalName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "tokenRequesterPrincipalType", type: "string", versions: [3, 3], nullable: null, tagged: null, default: "" },
  { name: "tokenRequesterPrincipalName", type: "string", versions: [3, 3], nullable: null, tagged: null, default: "" },
  { name: "issueTimestampMs", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "expiryTimestampMs", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "maxTimestampMs", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "tokenId", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "hmac", type: "bytes", versions: [0, 3], nullable: null, tagged: null },
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];

export const createDelegationTokenResponseSchema: MessageSchema = {
  name: "CreateDelegationTokenResponse",
  type: "response",
  apiKey: 38,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreateDelegationTokenResponseFields,
};

export function encodeCreateDelegationTokenResponse(w: Writer, v: Input<CreateDelegationTokenResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateDelegationTokenResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.principalType === undefined ? "" : v.principalType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.principalType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.principalName === undefined ? "" : v.principalName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.principalName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalType === undefined ? "" : v.tokenRequesterPrincipalType;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.tokenRequesterPrincipalType cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalName === undefined ? "" : v.tokenRequesterPrincipalName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.tokenRequesterPrincipalName cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  w.int64(v.issueTimestampMs ?? 0n);
  w.int64(v.expiryTimestampMs ?? 0n);
  w.int64(v.maxTimestampMs ?? 0n);
  {
    const x = v.tokenId === undefined ? "" : v.tokenId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.tokenId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.hmac === undefined ? EMPTY_BYTES : v.hmac;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenResponse.hmac cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  w.int32(v.throttleTimeMs ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateDelegationTokenResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_principalType: string = (flexible ? r.compactString() : r.string());
  const f_principalName: string = (flexible ? r.compactString() : r.string());
  let f_tokenRequesterPrincipalType: string;
  if (version >= 3) {
    f_tokenRequesterPrincipalType = r.compactString();
  } else f_tokenRequesterPrincipalType = "";
  let f_tokenRequesterPrincipalName: string;
  if (version >= 3) {
    f_tokenRequesterPrincipalName = r.compactString();
  } else f_tokenRequesterPrincipalName = "";
  const f_issueTimestampMs: bigint = r.int64();
  const f_expiryTimestampMs: bigint = r.int64();
  const f_maxTimestampMs: bigint = r.int64();
  const f_tokenId: string = (flexible ? r.compactString() : r.string());
  const f_hmac: Buffer = (flexible ? r.compactBytes() : r.bytes());
  const f_throttleTimeMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateDelegationTokenResponse = {
    errorCode: f_errorCode,
    principalType: f_principalType,
    principalName: f_principalName,
    tokenRequesterPrincipalType: f_tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: f_tokenRequesterPrincipalName,
    issueTimestampMs: f_issueTimestampMs,
    expiryTimestampMs: f_expiryTimestampMs,
    maxTimestampMs: f_maxTimestampMs,
    tokenId: f_tokenId,
    hmac: f_hmac,
    throttleTimeMs: f_throttleTimeMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
