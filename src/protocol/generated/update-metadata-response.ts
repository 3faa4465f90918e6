// Generated from UpdateMetadataResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * UpdateMetadataResponse (response, api key 6), versions 0-8, flexible 6+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. (versions 0-8) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UpdateMetadataResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 8], nullable: null, tagged: null, default: 0 },
];

export const updateMetadataResponseSchema: MessageSchema = {
  name: "UpdateMetadataResponse",
  type: "response",
  apiKey: 6,
  validVersions: [0, 8],
  flexibleVersions: [6, 32767],
  fields: UpdateMetadataResponseFields,
};

export function encodeUpdateMetadataResponse(w: Writer, v: Input<UpdateMetadataResponse>, version: number): void {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateMetadataResponse version ${version} is not supported (valid: 0-8)`);
  }
  const flexible = version >= 6;
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateMetadataResponse version ${version} is not supported (valid: 0-8)`);
  }
  const flexible = version >= 6;
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: UpdateMetadataResponse = {
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
