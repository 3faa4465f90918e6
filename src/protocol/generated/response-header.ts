// Generated from ResponseHeader.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ResponseHeader (header), versions 0-1, flexible 1+.
 *
 * Version 1 is the first flexible version.
 */
export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0-1) */
  correlationId: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ResponseHeaderFields: readonly FieldSchema[] = [
  { name: "correlationId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];

export const responseHeaderSchema: MessageSchema = {
  name: "ResponseHeader",
  type: "header",
  apiKey: null,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: ResponseHeaderFields,
};

export function encodeResponseHeader(w: Writer, v: Input<ResponseHeader>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ResponseHeader version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int32(v.correlationId ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ResponseHeader version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_correlationId: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ResponseHeader = {
    correlationId: f_correlationId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
