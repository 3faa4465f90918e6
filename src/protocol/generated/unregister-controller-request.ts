// Generated from UnregisterControllerRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** UnregisterControllerRequest (request, api key 94), versions 0, flexible 0+. */
export interface UnregisterControllerRequest {
  /** The controller ID to unregister. (versions 0) */
  controllerId: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UnregisterControllerRequestFields: readonly FieldSchema[] = [
  { name: "controllerId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const unregisterControllerRequestSchema: MessageSchema = {
  name: "UnregisterControllerRequest",
  type: "request",
  apiKey: 94,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: UnregisterControllerRequestFields,
};

export function encodeUnregisterControllerRequest(w: Writer, v: Input<UnregisterControllerRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UnregisterControllerRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.controllerId ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterControllerRequest(r: Reader, version: number): UnregisterControllerRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UnregisterControllerRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_controllerId: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UnregisterControllerRequest = {
    controllerId: f_controllerId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
