// Generated from BrokerRegistrationResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * BrokerRegistrationResponse (response, api key 62), versions 0-4, flexible 0+.
 *
 * Version 1 adds Zk broker epoch to the request if the broker is migrating from Zk mode to KRaft mode.
 * Version 2 adds the PreviousBrokerEpoch to the request for the KIP-966
 * Version 3 is the same as version 2 (new field in request).
 * Version 4 is the same as version 2 (new field in request).
 */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. (versions 0-4, default -1) */
  brokerEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BrokerRegistrationResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "brokerEpoch", type: "int64", versions: [0, 4], nullable: null, tagged: null, default: -1n },
];

export const brokerRegistrationResponseSchema: MessageSchema = {
  name: "BrokerRegistrationResponse",
  type: "response",
  apiKey: 62,
  validVersions: [0, 4],
  flexibleVersions: [0, 32767],
  fields: BrokerRegistrationResponseFields,
};

export function encodeBrokerRegistrationResponse(w: Writer, v: Input<BrokerRegistrationResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerRegistrationResponse version ${version} is not supported (valid: 0-4)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerRegistrationResponse version ${version} is not supported (valid: 0-4)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_brokerEpoch: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: BrokerRegistrationResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    brokerEpoch: f_brokerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
