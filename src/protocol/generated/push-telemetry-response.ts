// Generated from PushTelemetryResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** PushTelemetryResponse (response, api key 72), versions 0, flexible 0+. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PushTelemetryResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const pushTelemetryResponseSchema: MessageSchema = {
  name: "PushTelemetryResponse",
  type: "response",
  apiKey: 72,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: PushTelemetryResponseFields,
};

export function encodePushTelemetryResponse(w: Writer, v: Input<PushTelemetryResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `PushTelemetryResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `PushTelemetryResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PushTelemetryResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
