// Generated from DescribeConfigsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeConfigsResponse (response, api key 32), versions 0-4, flexible 4+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds ConfigSource and the synonyms.
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 * Version 4 enables flexible versions.
 */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  throttleTimeMs: number;
  /** The results for each resource. (versions 0-4) */
  results: DescribeConfigsResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsSynonym {
  /** The synonym name. (versions 1-4) */
  name: string;
  /** The synonym value. (versions 1-4, nullable 1-4) */
  value: string | null;
  /** The synonym source. (versions 1-4) */
  source: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResourceResult {
  /** The configuration name. (versions 0-4) */
  name: string;
  /** The configuration value. (versions 0-4, nullable 0-4) */
  value: string | null;
  /** True if the configuration is read-only. (versions 0-4) */
  readOnly: boolean;
  /** True if the configuration is not set. (versions 0) */
  isDefault: boolean;
  /** The configuration source. (versions 1-4, default -1) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 0-4) */
  isSensitive: boolean;
  /** The synonyms for this configuration key. (versions 1-4) */
  synonyms: DescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD. (versions 3-4, default 0) */
  configType: number;
  /** The configuration documentation. (versions 3-4, nullable 3-4) */
  documentation: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0-4) */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0-4, nullable 0-4) */
  errorMessage: string | null;
  /** The resource type. (versions 0-4) */
  resourceType: number;
  /** The resource name. (versions 0-4) */
  resourceName: string;
  /** Each listed configuration. (versions 0-4) */
  configs: DescribeConfigsResourceResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeConfigsSynonymFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [1, 4], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [1, 4], nullable: [1, 4], tagged: null, default: "" },
  { name: "source", type: "int8", versions: [1, 4], nullable: null, tagged: null, default: 0 },
];
const DescribeConfigsResourceResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [0, 4], nullable: [0, 4], tagged: null, default: "" },
  { name: "readOnly", type: "bool", versions: [0, 4], nullable: null, tagged: null, default: false },
  { name: "isDefault", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "configSource", type: "int8", versions: [1, 4], nullable: null, tagged: null, default: -1 },
  { name: "isSensitive", type: "bool", versions: [0, 4], nullable: null, tagged: null, default: false },
  { name: "synonyms", type: "[]DescribeConfigsSynonym", versions: [1, 4], nullable: null, tagged: null, fields: DescribeConfigsSynonymFields },
  { name: "configType", type: "int8", versions: [3, 4], nullable: null, tagged: null, default: 0 },
  { name: "documentation", type: "string", versions: [3, 4], nullable: [3, 4], tagged: null, default: "" },
];
const DescribeConfigsResultFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 4], nullable: [0, 4], tagged: null, default: "" },
  { name: "resourceType", type: "int8", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "configs", type: "[]DescribeConfigsResourceResult", versions: [0, 4], nullable: null, tagged: null, fields: DescribeConfigsResourceResultFields },
];
const DescribeConfigsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]DescribeConfigsResult", versions: [0, 4], nullable: null, tagged: null, fields: DescribeConfigsResultFields },
];

export const describeConfigsResponseSchema: MessageSchema = {
  name: "DescribeConfigsResponse",
  type: "response",
  apiKey: 32,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: DescribeConfigsResponseFields,
};

export function encodeDescribeConfigsResponse(w: Writer, v: Input<DescribeConfigsResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeConfigsResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResponse.results has a null element`);
        encodeDescribeConfigsResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeConfigsResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  const f_throttleTimeMs: number = r.int32();
  let f_results: DescribeConfigsResult[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeConfigsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeConfigsResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeConfigsSynonym(w: Writer, v: Input<DescribeConfigsSynonym>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsSynonym.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.value === undefined ? "" : v.value;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.source ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsSynonym {
  const flexible = version >= 4;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_value: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_source: number = r.int8();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsSynonym = {
    name: f_name,
    value: f_value,
    source: f_source,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeConfigsResourceResult(w: Writer, v: Input<DescribeConfigsResourceResult>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResourceResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.value === undefined ? "" : v.value;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.bool(v.readOnly ?? false);
  if (version <= 0) {
    w.bool(v.isDefault ?? false);
  }
  if (version >= 1) {
    w.int8(v.configSource ?? -1);
  }
  w.bool(v.isSensitive ?? false);
  if (version >= 1) {
    {
      const x = v.synonyms === undefined ? [] : v.synonyms;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResourceResult.synonyms cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResourceResult.synonyms has a null element`);
          encodeDescribeConfigsSynonym(w, e, version);
        }
      }
    }
  }
  if (version >= 3) {
    w.int8(v.configType ?? 0);
  }
  if (version >= 3) {
    {
      const x = v.documentation === undefined ? "" : v.documentation;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResourceResult {
  const flexible = version >= 4;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_value: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_readOnly: boolean = r.bool();
  let f_isDefault: boolean;
  if (version <= 0) {
    f_isDefault = r.bool();
  } else f_isDefault = false;
  let f_configSource: number;
  if (version >= 1) {
    f_configSource = r.int8();
  } else f_configSource = -1;
  const f_isSensitive: boolean = r.bool();
  let f_synonyms: DescribeConfigsSynonym[];
  if (version >= 1) {
    {
      const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `DescribeConfigsResourceResult.synonyms is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<DescribeConfigsSynonym>(n);
        for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsSynonym(r, version);
        f_synonyms = a;
      }
    }
  } else f_synonyms = [];
  let f_configType: number;
  if (version >= 3) {
    f_configType = r.int8();
  } else f_configType = 0;
  let f_documentation: string | null;
  if (version >= 3) {
    f_documentation = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_documentation = "";
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsResourceResult = {
    name: f_name,
    value: f_value,
    readOnly: f_readOnly,
    isDefault: f_isDefault,
    configSource: f_configSource,
    isSensitive: f_isSensitive,
    synonyms: f_synonyms,
    configType: f_configType,
    documentation: f_documentation,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeConfigsResult(w: Writer, v: Input<DescribeConfigsResult>, version: number): void {
  const flexible = version >= 4;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResult.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.configs === undefined ? [] : v.configs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResult.configs cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeConfigsResult.configs has a null element`);
        encodeDescribeConfigsResourceResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResult {
  const flexible = version >= 4;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_configs: DescribeConfigsResourceResult[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeConfigsResult.configs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeConfigsResourceResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeConfigsResourceResult(r, version);
      f_configs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeConfigsResult = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configs: f_configs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
