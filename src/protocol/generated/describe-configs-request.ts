// Generated from DescribeConfigsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeConfigsRequest (request, api key 32), versions 0-4, flexible 4+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds IncludeSynonyms and removes IsDefault.
 * Version 2 is the same as version 1.
 * Version 4 enables flexible versions.
 */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0-4) */
  resources: DescribeConfigsResource[];
  /** True if we should include all synonyms. (versions 1-4, default false) */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. (versions 3-4, default false) */
  includeDocumentation: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResource {
  /** The resource type. (versions 0-4) */
  resourceType: number;
  /** The resource name. (versions 0-4) */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. (versions 0-4, nullable 0-4) */
  configurationKeys: string[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeConfigsResourceFields: readonly FieldSchema[] = [
  { name: "resourceType", type: "int8", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "configurationKeys", type: "[]string", versions: [0, 4], nullable: [0, 4], tagged: null },
];
const DescribeConfigsRequestFields: readonly FieldSchema[] = [
  { name: "resources", type: "[]DescribeConfigsResource", versions: [0, 4], nullable: null, tagged: null, fields: DescribeConfigsResourceFields },
  { name: "includeSynonyms", type: "bool", versions: [1, 4], nullable: null, tagged: null, default: false },
  { name: "includeDocumentation", type: "bool", versions: [3, 4], nullable: null, tagged: null, default: false },
];

export const describeConfigsRequestSchema: MessageSchema = {
  name: "DescribeConfigsRequest",
  type: "request",
  apiKey: 32,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: DescribeConfigsRequestFields,
};

export function encodeDescribeConfigsRequest(w: Writer, v: Input<DescribeConfigsRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeConfigsRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  {
    const x = v.resources === undefined ? [] : v.resources;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsRequest.resources cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsRequest.resources has a null element`);
        encodeDescribeConfigsResource(w, e, version);
      }
    }
  }
  if (version >= 1) {
    w.bool(v.includeSynonyms ?? false);
  }
  if (version >= 3) {
    w.bool(v.includeDocumentation ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeConfigsRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  let f_resources: DescribeConfigsResource[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeConfigsRequest.resources is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeConfigsResource>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResource(r, version);
      f_resources = a;
    }
  }
  let f_includeSynonyms: boolean;
  if (version >= 1) {
    f_includeSynonyms = r.bool();
  } else f_includeSynonyms = false;
  let f_includeDocumentation: boolean;
  if (version >= 3) {
    f_includeDocumentation = r.bool();
  } else f_includeDocumentation = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsRequest = {
    resources: f_resources,
    includeSynonyms: f_includeSynonyms,
    includeDocumentation: f_includeDocumentation,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeConfigsResource(w: Writer, v: Input<DescribeConfigsResource>, version: number): void {
  const flexible = version >= 4;
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResource.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.configurationKeys === undefined ? [] : v.configurationKeys;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResource.configurationKeys has a null element`);
        (flexible ? w.compactString(e) : w.string(e));
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResource(r: Reader, version: number): DescribeConfigsResource {
  const flexible = version >= 4;
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_configurationKeys: string[] | null;
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) f_configurationKeys = null;
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = (flexible ? r.compactString() : r.string());
      f_configurationKeys = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsResource = {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configurationKeys: f_configurationKeys,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
