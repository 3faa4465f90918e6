// Generated from RequestHeader.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * RequestHeader (header), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 0 of the RequestHeader is only used by v0 of ControlledShutdownRequest.
 *
 * Version 1 is the first version with ClientId.
 *
 * Version 2 is the first flexible version.
 * The ClientId string must be serialized with the old-style two-byte length prefix.
 * The reason is that older brokers must be able to read the request header for any
 * ApiVersionsRequest, even if it is from a newer version.
 * Since the client is sending the ApiVersionsRequest in order to discover what
 * versions are supported, the client does not know the best version to use.
 */
export interface RequestHeader {
  /** The API key of this request. (versions 0-2) */
  requestApiKey: number;
  /** The API version of this request. (versions 0-2) */
  requestApiVersion: number;
  /** The correlation ID of this request. (versions 0-2) */
  correlationId: number;
  /** The client ID string. (versions 1-2, nullable 1-2) */
  clientId: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const RequestHeaderFields: readonly FieldSchema[] = [
  { name: "requestApiKey", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "requestApiVersion", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "correlationId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "clientId", type: "string", versions: [1, 2], nullable: [1, 2], tagged: null, flexible: null, default: "" },
];

export const requestHeaderSchema: MessageSchema = {
  name: "RequestHeader",
  type: "header",
  apiKey: null,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: RequestHeaderFields,
};

export function encodeRequestHeader(w: Writer, v: Input<RequestHeader>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RequestHeader version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int16(v.requestApiKey ?? 0);
  w.int16(v.requestApiVersion ?? 0);
  w.int32(v.correlationId ?? 0);
  if (version >= 1) {
    {
      const x = v.clientId === undefined ? "" : v.clientId;
      w.nullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RequestHeader version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_requestApiKey: number = r.int16();
  const f_requestApiVersion: number = r.int16();
  const f_correlationId: number = r.int32();
  let f_clientId: string | null;
  if (version >= 1) {
    f_clientId = r.nullableString();
  } else f_clientId = "";
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: RequestHeader = {
    requestApiKey: f_requestApiKey,
    requestApiVersion: f_requestApiVersion,
    correlationId: f_correlationId,
    clientId: f_clientId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
