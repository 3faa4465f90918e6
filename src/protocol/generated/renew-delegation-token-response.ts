// Generated from RenewDelegationTokenResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * RenewDelegationTokenResponse (response, api key 39), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 adds flexible version support
 */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (versions 0-2) */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const RenewDelegationTokenResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "expiryTimestampMs", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];

export const renewDelegationTokenResponseSchema: MessageSchema = {
  name: "RenewDelegationTokenResponse",
  type: "response",
  apiKey: 39,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: RenewDelegationTokenResponseFields,
};

export function encodeRenewDelegationTokenResponse(w: Writer, v: Input<RenewDelegationTokenResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RenewDelegationTokenResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  w.int64(v.expiryTimestampMs ?? 0n);
  w.int32(v.throttleTimeMs ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RenewDelegationTokenResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_expiryTimestampMs: bigint = r.int64();
  const f_throttleTimeMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: RenewDelegationTokenResponse = {
    errorCode: f_errorCode,
    expiryTimestampMs: f_expiryTimestampMs,
    throttleTimeMs: f_throttleTimeMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
