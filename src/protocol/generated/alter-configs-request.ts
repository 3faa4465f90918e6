// Generated from AlterConfigsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterConfigsRequest (request, api key 33), versions 0-2, flexible 2+.
 *
 * Version 1 is the same as version 0.
 * Version 2 enables flexible versions.
 */
export interface AlterConfigsRequest {
  /** The updates for each resource. (versions 0-2) */
  resources: AlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (versions 0-2) */
  validateOnly: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterableConfig {
  /** The configuration key name. (versions 0-2, map key) */
  name: string;
  /** The value to set for the configuration key. (versions 0-2, nullable 0-2) */
  value: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsResource {
  /** The resource type. (versions 0-2, map key) */
  resourceType: number;
  /** The resource name. (versions 0-2, map key) */
  resourceName: string;
  /** The configurations. (versions 0-2) */
  configs: AlterableConfig[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterableConfigFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "value", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
];
const AlterConfigsResourceFields: readonly FieldSchema[] = [
  { name: "resourceType", type: "int8", versions: [0, 2], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "resourceName", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "configs", type: "[]AlterableConfig", versions: [0, 2], nullable: null, tagged: null, fields: AlterableConfigFields },
];
const AlterConfigsRequestFields: readonly FieldSchema[] = [
  { name: "resources", type: "[]AlterConfigsResource", versions: [0, 2], nullable: null, tagged: null, fields: AlterConfigsResourceFields },
  { name: "validateOnly", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
];

export const alterConfigsRequestSchema: MessageSchema = {
  name: "AlterConfigsRequest",
  type: "request",
  apiKey: 33,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: AlterConfigsRequestFields,
};

export function encodeAlterConfigsRequest(w: Writer, v: Input<AlterConfigsRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterConfigsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.resources === undefined ? [] : v.resources;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsRequest.resources cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsRequest.resources has a null element`);
        encodeAlterConfigsResource(w, e, version);
      }
    }
  }
  w.bool(v.validateOnly ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterConfigsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  let f_resources: AlterConfigsResource[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterConfigsRequest.resources is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterConfigsResource>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterConfigsResource(r, version);
      f_resources = a;
    }
  }
  const f_validateOnly: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterConfigsRequest = {
    resources: f_resources,
    validateOnly: f_validateOnly,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterableConfig(w: Writer, v: Input<AlterableConfig>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterableConfig.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.value === undefined ? "" : v.value;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterableConfig(r: Reader, version: number): AlterableConfig {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_value: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterableConfig = {
    name: f_name,
    value: f_value,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterConfigsResource(w: Writer, v: Input<AlterConfigsResource>, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsResource.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.configs === undefined ? [] : v.configs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsResource.configs cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterConfigsResource.configs has a null element`);
        encodeAlterableConfig(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterConfigsResource(r: Reader, version: number): AlterConfigsResource {
  const flexible = version >= 2;
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_configs: AlterableConfig[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterConfigsResource.configs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterableConfig>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterableConfig(r, version);
      f_configs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterConfigsResource = {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configs: f_configs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
