// Generated from RenewDelegationTokenRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * RenewDelegationTokenRequest (request, api key 39), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 is the same as version 0.
 * Version 2 adds flexible version support
 */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (versions 0-2) */
  hmac: Buffer;
  /** The renewal time period in milliseconds. (versions 0-2) */
  renewPeriodMs: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const RenewDelegationTokenRequestFields: readonly FieldSchema[] = [
  { name: "hmac", type: "bytes", versions: [0, 2], nullable: null, tagged: null },
  { name: "renewPeriodMs", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
];

export const renewDelegationTokenRequestSchema: MessageSchema = {
  name: "RenewDelegationTokenRequest",
  type: "request",
  apiKey: 39,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: RenewDelegationTokenRequestFields,
};

export function encodeRenewDelegationTokenRequest(w: Writer, v: Input<RenewDelegationTokenRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RenewDelegationTokenRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.hmac === undefined ? EMPTY_BYTES : v.hmac;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `RenewDelegationTokenRequest.hmac cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  w.int64(v.renewPeriodMs ?? 0n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RenewDelegationTokenRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_hmac: Buffer = (flexible ? r.compactBytes() : r.bytes());
  const f_renewPeriodMs: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: RenewDelegationTokenRequest = {
    hmac: f_hmac,
    renewPeriodMs: f_renewPeriodMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
