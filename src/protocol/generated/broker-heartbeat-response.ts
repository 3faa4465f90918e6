// Generated from BrokerHeartbeatResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * BrokerHeartbeatResponse (response, api key 63), versions 0-2, flexible 0+.
 *
 * Version 1 is the same as version 0 (new field in request).
 * Version 2 is the same as version 0 (new field in request).
 */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. (versions 0-2, default false) */
  isCaughtUp: boolean;
  /** True if the broker is fenced. (versions 0-2, default true) */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. (versions 0-2) */
  shouldShutDown: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BrokerHeartbeatResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "isCaughtUp", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "isFenced", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: true },
  { name: "shouldShutDown", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
];

export const brokerHeartbeatResponseSchema: MessageSchema = {
  name: "BrokerHeartbeatResponse",
  type: "response",
  apiKey: 63,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: BrokerHeartbeatResponseFields,
};

export function encodeBrokerHeartbeatResponse(w: Writer, v: Input<BrokerHeartbeatResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  w.bool(v.isCaughtUp ?? false);
  w.bool(v.isFenced ?? true);
  w.bool(v.shouldShutDown ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_isCaughtUp: boolean = r.bool();
  const f_isFenced: boolean = r.bool();
  const f_shouldShutDown: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: BrokerHeartbeatResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    isCaughtUp: f_isCaughtUp,
    isFenced: f_isFenced,
    shouldShutDown: f_shouldShutDown,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
