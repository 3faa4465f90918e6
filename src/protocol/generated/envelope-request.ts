// Generated from EnvelopeRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EnvelopeRequest (request, api key 58), versions 0, flexible 0+.
 *
 * Request struct for forwarding.
 */
export interface EnvelopeRequest {
  /** The embedded request header and data. (versions 0) */
  requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. (versions 0, nullable 0) */
  requestPrincipal: Buffer | null;
  /** The original client's address in bytes. (versions 0) */
  clientHostAddress: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EnvelopeRequestFields: readonly FieldSchema[] = [
  { name: "requestData", type: "bytes", versions: [0, 0], nullable: null, tagged: null },
  { name: "requestPrincipal", type: "bytes", versions: [0, 0], nullable: [0, 0], tagged: null },
  { name: "clientHostAddress", type: "bytes", versions: [0, 0], nullable: null, tagged: null },
];

export const envelopeRequestSchema: MessageSchema = {
  name: "EnvelopeRequest",
  type: "request",
  apiKey: 58,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: EnvelopeRequestFields,
};

export function encodeEnvelopeRequest(w: Writer, v: Input<EnvelopeRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EnvelopeRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.requestData === undefined ? EMPTY_BYTES : v.requestData;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EnvelopeRequest.requestData cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  {
    const x = v.requestPrincipal === undefined ? EMPTY_BYTES : v.requestPrincipal;
    w.compactNullableBytes(x);
  }
  {
    const x = v.clientHostAddress === undefined ? EMPTY_BYTES : v.clientHostAddress;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EnvelopeRequest.clientHostAddress cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EnvelopeRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_requestData: Buffer = r.compactBytes();
  const f_requestPrincipal: Buffer | null = r.compactNullableBytes();
  const f_clientHostAddress: Buffer = r.compactBytes();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: EnvelopeRequest = {
    requestData: f_requestData,
    requestPrincipal: f_requestPrincipal,
    clientHostAddress: f_clientHostAddress,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
