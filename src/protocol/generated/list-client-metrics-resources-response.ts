// Generated from ListClientMetricsResourcesResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ListClientMetricsResourcesResponse (response, api key 74), versions 0, flexible 0+. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** Each client metrics resource in the response. (versions 0) */
  clientMetricsResources: ClientMetricsResource[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ClientMetricsResource {
  /** The resource name. (versions 0) */
  name: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ClientMetricsResourceFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const ListClientMetricsResourcesResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "clientMetricsResources", type: "[]ClientMetricsResource", versions: [0, 0], nullable: null, tagged: null, fields: ClientMetricsResourceFields },
];

export const listClientMetricsResourcesResponseSchema: MessageSchema = {
  name: "ListClientMetricsResourcesResponse",
  type: "response",
  apiKey: 74,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ListClientMetricsResourcesResponseFields,
};

export function encodeListClientMetricsResourcesResponse(w: Writer, v: Input<ListClientMetricsResourcesResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListClientMetricsResourcesResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.clientMetricsResources === undefined ? [] : v.clientMetricsResources;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListClientMetricsResourcesResponse.clientMetricsResources cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListClientMetricsResourcesResponse.clientMetricsResources has a null element`);
        encodeClientMetricsResource(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListClientMetricsResourcesResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_clientMetricsResources: ClientMetricsResource[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListClientMetricsResourcesResponse.clientMetricsResources is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ClientMetricsResource>(n);
      for (let i = 0; i < n; i++) a[i] = decodeClientMetricsResource(r, version);
      f_clientMetricsResources = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListClientMetricsResourcesResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    clientMetricsResources: f_clientMetricsResources,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeClientMetricsResource(w: Writer, v: Input<ClientMetricsResource>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ClientMetricsResource.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeClientMetricsResource(r: Reader, version: number): ClientMetricsResource {
  const f_name: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ClientMetricsResource = {
    name: f_name,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
