// Generated from DescribeDelegationTokenResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeDelegationTokenResponse (response, api key 41), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 adds flexible version support
 * Version 3 adds token requester details
 */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number;
  /** The tokens. (versions 0-3) */
  tokens: DescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedDelegationTokenRenewer {
  /** The renewer principal type. (versions 0-3) */
  principalType: string;
  /** The renewer principal name. (versions 0-3) */
  principalName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedDelegationToken {
  /** The token principal type. (versions 0-3) */
  principalType: string;
  /** The token principal name. (versions 0-3) */
  principalName: string;
  /** The principal type of the requester of the token. (versions 3) */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3) */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. (versions 0-3) */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. (versions 0-3) */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. (versions 0-3) */
  maxTimestamp: bigint;
  /** The token ID. (versions 0-3) */
  tokenId: string;
  /** The token HMAC. (versions 0-3) */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. (versions 0-3) */
  renewers: DescribedDelegationTokenRenewer[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribedDelegationTokenRenewerFields: readonly FieldSchema[] = [
  { name: "principalType", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "principalName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
];
const DescribedDelegationTokenFields: readonly FieldSchema[] = [
  { name: "principalType", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "principalName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "tokenRequesterPrincipalType", type: "string", versions: [3, 3], nullable: null, tagged: null, default: "" },
  { name: "tokenRequesterPrincipalName", type: "string", versions: [3, 3], nullable: null, tagged: null, default: "" },
  { name: "issueTimestamp", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "expiryTimestamp", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "maxTimestamp", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
  { name: "tokenId", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "hmac", type: "bytes", versions: [0, 3], nullable: null, tagged: null },
  { name: "renewers", type: "[]DescribedDelegationTokenRenewer", versions: [0, 3], nullable: null, tagged: null, fields: DescribedDelegationTokenRenewerFields },
];
const DescribeDelegationTokenResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "tokens", type: "[]DescribedDelegationToken", versions: [0, 3], nullable: null, tagged: null, fields: DescribedDelegationTokenFields },
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];

export const describeDelegationTokenResponseSchema: MessageSchema = {
  name: "DescribeDelegationTokenResponse",
  type: "response",
  apiKey: 41,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DescribeDelegationTokenResponseFields,
};

export function encodeDescribeDelegationTokenResponse(w: Writer, v: Input<DescribeDelegationTokenResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeDelegationTokenResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.tokens === undefined ? [] : v.tokens;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeDelegationTokenResponse.tokens cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeDelegationTokenResponse.tokens has a null element`);
        encodeDescribedDelegationToken(w, e, version);
      }
    }
  }
  w.int32(v.throttleTimeMs ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeDelegationTokenResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  let f_tokens: DescribedDelegationToken[];
  {
    const n = (flexible ? r.compactArrayLength(29) : r.arrayLength(29));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeDelegationTokenResponse.tokens is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedDelegationToken>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedDelegationToken(r, version);
      f_tokens = a;
    }
  }
  const f_throttleTimeMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeDelegationTokenResponse = {
    errorCode: f_errorCode,
    tokens: f_tokens,
    throttleTimeMs: f_throttleTimeMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedDelegationTokenRenewer(w: Writer, v: Input<DescribedDelegationTokenRenewer>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.principalType === undefined ? "" : v.principalType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationTokenRenewer.principalType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.principalName === undefined ? "" : v.principalName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationTokenRenewer.principalName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribedDelegationTokenRenewer(r: Reader, version: number): DescribedDelegationTokenRenewer {
  const flexible = version >= 2;
  const f_principalType: string = (flexible ? r.compactString() : r.string());
  const f_principalName: string = (flexible ? r.compactString() : r.string());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribedDelegationTokenRenewer = {
    principalType: f_principalType,
    principalName: f_principalName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedDelegationToken(w: Writer, v: Input<DescribedDelegationToken>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.principalType === undefined ? "" : v.principalType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.principalType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.principalName === undefined ? "" : v.principalName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.principalName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalType === undefined ? "" : v.tokenRequesterPrincipalType;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.tokenRequesterPrincipalType cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalName === undefined ? "" : v.tokenRequesterPrincipalName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.tokenRequesterPrincipalName cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  w.int64(v.issueTimestamp ?? 0n);
  w.int64(v.expiryTimestamp ?? 0n);
  w.int64(v.maxTimestamp ?? 0n);
  {
    const x = v.tokenId === undefined ? "" : v.tokenId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.tokenId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.hmac === undefined ? EMPTY_BYTES : v.hmac;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.hmac cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  {
    const x = v.renewers === undefined ? [] : v.renewers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.renewers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribedDelegationToken.renewers has a null element`);
        encodeDescribedDelegationTokenRenewer(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribedDelegationToken(r: Reader, version: number): DescribedDelegationToken {
  const flexible = version >= 2;
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
  const f_issueTimestamp: bigint = r.int64();
  const f_expiryTimestamp: bigint = r.int64();
  const f_maxTimestamp: bigint = r.int64();
  const f_tokenId: string = (flexible ? r.compactString() : r.string());
  const f_hmac: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let f_renewers: DescribedDelegationTokenRenewer[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribedDelegationToken.renewers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedDelegationTokenRenewer>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedDelegationTokenRenewer(r, version);
      f_renewers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribedDelegationToken = {
    principalType: f_principalType,
    principalName: f_principalName,
    tokenRequesterPrincipalType: f_tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: f_tokenRequesterPrincipalName,
    issueTimestamp: f_issueTimestamp,
    expiryTimestamp: f_expiryTimestamp,
    maxTimestamp: f_maxTimestamp,
    tokenId: f_tokenId,
    hmac: f_hmac,
    renewers: f_renewers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
