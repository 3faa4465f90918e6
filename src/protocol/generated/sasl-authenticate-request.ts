// Generated from SaslAuthenticateRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SaslAuthenticateRequest (request, api key 36), versions 0-2, flexible 2+.
 *
 * Version 1 is the same as version 0.
 * Version 2 adds flexible version support
 */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0-2) */
  authBytes: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SaslAuthenticateRequestFields: readonly FieldSchema[] = [
  { name: "authBytes", type: "bytes", versions: [0, 2], nullable: null, tagged: null },
];

export const saslAuthenticateRequestSchema: MessageSchema = {
  name: "SaslAuthenticateRequest",
  type: "request",
  apiKey: 36,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: SaslAuthenticateRequestFields,
};

export function encodeSaslAuthenticateRequest(w: Writer, v: Input<SaslAuthenticateRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslAuthenticateRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.authBytes === undefined ? EMPTY_BYTES : v.authBytes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SaslAuthenticateRequest.authBytes cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslAuthenticateRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_authBytes: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: SaslAuthenticateRequest = {
    authBytes: f_authBytes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
