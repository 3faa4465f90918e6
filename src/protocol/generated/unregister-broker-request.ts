// Generated from UnregisterBrokerRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** UnregisterBrokerRequest (request, api key 64), versions 0, flexible 0+. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (versions 0, entity brokerId) */
  brokerId: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UnregisterBrokerRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
];

export const unregisterBrokerRequestSchema: MessageSchema = {
  name: "UnregisterBrokerRequest",
  type: "request",
  apiKey: 64,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: UnregisterBrokerRequestFields,
};

export function encodeUnregisterBrokerRequest(w: Writer, v: Input<UnregisterBrokerRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UnregisterBrokerRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.brokerId ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UnregisterBrokerRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_brokerId: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UnregisterBrokerRequest = {
    brokerId: f_brokerId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
