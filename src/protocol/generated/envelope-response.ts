// Generated from EnvelopeResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EnvelopeResponse (response, api key 58), versions 0, flexible 0+.
 *
 * Response struct for forwarding.
 */
export interface EnvelopeResponse {
  /** The embedded response header and data. (versions 0, nullable 0, default null) */
  responseData: Buffer | null;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EnvelopeResponseFields: readonly FieldSchema[] = [
  { name: "responseData", type: "bytes", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const envelopeResponseSchema: MessageSchema = {
  name: "EnvelopeResponse",
  type: "response",
  apiKey: 58,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: EnvelopeResponseFields,
};

export function encodeEnvelopeResponse(w: Writer, v: Input<EnvelopeResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EnvelopeResponse version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.responseData === undefined ? null : v.responseData;
    w.compactNullableBytes(x);
  }
  w.int16(v.errorCode ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EnvelopeResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_responseData: Buffer | null = r.compactNullableBytes();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: EnvelopeResponse = {
    responseData: f_responseData,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
