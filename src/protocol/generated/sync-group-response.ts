// Generated from SyncGroupResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SyncGroupResponse (response, api key 14), versions 0-5, flexible 4+.
 *
 * Version 1 adds throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Starting from version 3, syncGroupRequest supports a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 4 is the first flexible version.
 *
 * Starting from version 5, the broker sends back the Protocol Type and the Protocol Name
 * to the client (KIP-559).
 */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  errorCode: number;
  /** The group protocol type. (versions 5, nullable 5, default null) */
  protocolType: string | null;
  /** The group protocol name. (versions 5, nullable 5, default null) */
  protocolName: string | null;
  /** The member assignment. (versions 0-5) */
  assignment: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SyncGroupResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "protocolType", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
  { name: "protocolName", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
  { name: "assignment", type: "bytes", versions: [0, 5], nullable: null, tagged: null },
];

export const syncGroupResponseSchema: MessageSchema = {
  name: "SyncGroupResponse",
  type: "response",
  apiKey: 14,
  validVersions: [0, 5],
  flexibleVersions: [4, 32767],
  fields: SyncGroupResponseFields,
};

export function encodeSyncGroupResponse(w: Writer, v: Input<SyncGroupResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SyncGroupResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 5) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.compactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolName === undefined ? null : v.protocolName;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.assignment === undefined ? EMPTY_BYTES : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupResponse.assignment cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SyncGroupResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  const f_errorCode: number = r.int16();
  let f_protocolType: string | null;
  if (version >= 5) {
    f_protocolType = r.compactNullableString();
  } else f_protocolType = null;
  let f_protocolName: string | null;
  if (version >= 5) {
    f_protocolName = r.compactNullableString();
  } else f_protocolName = null;
  const f_assignment: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: SyncGroupResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    assignment: f_assignment,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
