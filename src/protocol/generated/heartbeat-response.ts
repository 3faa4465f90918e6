// Generated from HeartbeatResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * HeartbeatResponse (response, api key 12), versions 0-4, flexible 4+.
 *
 * Version 1 adds throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Starting from version 3, heartbeatRequest supports a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 4 is the first flexible version.
 */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-4) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const HeartbeatResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];

export const heartbeatResponseSchema: MessageSchema = {
  name: "HeartbeatResponse",
  type: "response",
  apiKey: 12,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: HeartbeatResponseFields,
};

export function encodeHeartbeatResponse(w: Writer, v: Input<HeartbeatResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `HeartbeatResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `HeartbeatResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: HeartbeatResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
