// Generated from ExpireDelegationTokenRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ExpireDelegationTokenRequest (request, api key 40), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 is the same as version 0.
 * Version 2 adds flexible version support
 */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (versions 0-2) */
  hmac: Buffer;
  /** The expiry time period in milliseconds. (versions 0-2) */
  expiryTimePeriodMs: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ExpireDelegationTokenRequestFields: readonly FieldSchema[] = [
  { name: "hmac", type: "bytes", versions: [0, 2], nullable: null, tagged: null },
  { name: "expiryTimePeriodMs", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
];

export const expireDelegationTokenRequestSchema: MessageSchema = {
  name: "ExpireDelegationTokenRequest",
  type: "request",
  apiKey: 40,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: ExpireDelegationTokenRequestFields,
};

export function encodeExpireDelegationTokenRequest(w: Writer, v: Input<ExpireDelegationTokenRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ExpireDelegationTokenRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.hmac === undefined ? EMPTY_BYTES : v.hmac;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ExpireDelegationTokenRequest.hmac cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  w.int64(v.expiryTimePeriodMs ?? 0n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ExpireDelegationTokenRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_hmac: Buffer = (flexible ? r.compactBytes() : r.bytes());
  const f_expiryTimePeriodMs: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ExpireDelegationTokenRequest = {
    hmac: f_hmac,
    expiryTimePeriodMs: f_expiryTimePeriodMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
