// Generated from ListConfigResourcesResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListConfigResourcesResponse (response, api key 74), versions 0-1, flexible 0+.
 *
 * Version 0 is used as ListClientMetricsResourcesResponse which returns all client metrics resources.
 * Version 1 adds ResourceType to ConfigResources (KIP-1142).
 */
export interface ListConfigResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** Each config resource in the response. (versions 0-1) */
  configResources: ConfigResource[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConfigResource {
  /** The resource name. (versions 0-1) */
  resourceName: string;
  /** The resource type. (versions 1, default 16) */
  resourceType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ConfigResourceFields: readonly FieldSchema[] = [
  { name: "resourceName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "resourceType", type: "int8", versions: [1, 1], nullable: null, tagged: null, default: 16 },
];
const ListConfigResourcesResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "configResources", type: "[]ConfigResource", versions: [0, 1], nullable: null, tagged: null, fields: ConfigResourceFields },
];

export const listConfigResourcesResponseSchema: MessageSchema = {
  name: "ListConfigResourcesResponse",
  type: "response",
  apiKey: 74,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ListConfigResourcesResponseFields,
};

export function encodeListConfigResourcesResponse(w: Writer, v: Input<ListConfigResourcesResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListConfigResourcesResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.configResources === undefined ? [] : v.configResources;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListConfigResourcesResponse.configResources cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListConfigResourcesResponse.configResources has a null element`);
        encodeConfigResource(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListConfigResourcesResponse(r: Reader, version: number): ListConfigResourcesResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListConfigResourcesResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_configResources: ConfigResource[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListConfigResourcesResponse.configResources is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ConfigResource>(n);
      for (let i = 0; i < n; i++) a[i] = decodeConfigResource(r, version);
      f_configResources = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListConfigResourcesResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    configResources: f_configResources,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeConfigResource(w: Writer, v: Input<ConfigResource>, version: number): void {
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConfigResource.resourceName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  if (version >= 1) {
    w.int8(v.resourceType ?? 16);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeConfigResource(r: Reader, version: number): ConfigResource {
  const f_resourceName: string = r.compactString();
  let f_resourceType: number;
  if (version >= 1) {
    f_resourceType = r.int8();
  } else f_resourceType = 16;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConfigResource = {
    resourceName: f_resourceName,
    resourceType: f_resourceType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
