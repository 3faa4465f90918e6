// Generated from StreamsGroupTopologyDescriptionUpdateResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * StreamsGroupTopologyDescriptionUpdateResponse (response, api key 93), versions 0, flexible 0+.
 *
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - UNSUPPORTED_VERSION (version 0+)
 * - UNKNOWN_MEMBER_ID (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - STREAMS_TOPOLOGY_DESCRIPTION_UPDATE_FAILED (version 0+)
 */
export interface StreamsGroupTopologyDescriptionUpdateResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StreamsGroupTopologyDescriptionUpdateResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
];

export const streamsGroupTopologyDescriptionUpdateResponseSchema: MessageSchema = {
  name: "StreamsGroupTopologyDescriptionUpdateResponse",
  type: "response",
  apiKey: 93,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupTopologyDescriptionUpdateResponseFields,
};

export function encodeStreamsGroupTopologyDescriptionUpdateResponse(w: Writer, v: Input<StreamsGroupTopologyDescriptionUpdateResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyDescriptionUpdateResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupTopologyDescriptionUpdateResponse(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyDescriptionUpdateResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupTopologyDescriptionUpdateResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
