// Generated from DescribeAclsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeAclsResponse (response, api key 29), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds PatternType.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 enables flexible versions.
 * Version 3 adds user resource type.
 */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0-3, nullable 0-3) */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. (versions 0-3) */
  resources: DescribeAclsResource[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AclDescription {
  /** The ACL principal. (versions 0-3) */
  principal: string;
  /** The ACL host. (versions 0-3) */
  host: string;
  /** The ACL operation. (versions 0-3) */
  operation: number;
  /** The ACL permission type. (versions 0-3) */
  permissionType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeAclsResource {
  /** The resource type. (versions 0-3) */
  resourceType: number;
  /** The resource name. (versions 0-3) */
  resourceName: string;
  /** The resource pattern type. (versions 1-3, default 3) */
  patternType: number;
  /** The ACLs. (versions 0-3) */
  acls: AclDescription[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AclDescriptionFields: readonly FieldSchema[] = [
  { name: "principal", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "host", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "operation", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "permissionType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];
const DescribeAclsResourceFields: readonly FieldSchema[] = [
  { name: "resourceType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "patternType", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 3 },
  { name: "acls", type: "[]AclDescription", versions: [0, 3], nullable: null, tagged: null, fields: AclDescriptionFields },
];
const DescribeAclsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "resources", type: "[]DescribeAclsResource", versions: [0, 3], nullable: null, tagged: null, fields: DescribeAclsResourceFields },
];

export const describeAclsResponseSchema: MessageSchema = {
  name: "DescribeAclsResponse",
  type: "response",
  apiKey: 29,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DescribeAclsResponseFields,
};

export function encodeDescribeAclsResponse(w: Writer, v: Input<DescribeAclsResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.resources === undefined ? [] : v.resources;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeAclsResponse.resources cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeAclsResponse.resources has a null element`);
        encodeDescribeAclsResource(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_resources: DescribeAclsResource[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeAclsResponse.resources is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeAclsResource>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeAclsResource(r, version);
      f_resources = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeAclsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resources: f_resources,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAclDescription(w: Writer, v: Input<AclDescription>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.principal === undefined ? "" : v.principal;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AclDescription.principal cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AclDescription.host cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.operation ?? 0);
  w.int8(v.permissionType ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAclDescription(r: Reader, version: number): AclDescription {
  const flexible = version >= 2;
  const f_principal: string = (flexible ? r.compactString() : r.string());
  const f_host: string = (flexible ? r.compactString() : r.string());
  const f_operation: number = r.int8();
  const f_permissionType: number = r.int8();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AclDescription = {
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeAclsResource(w: Writer, v: Input<DescribeAclsResource>, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeAclsResource.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int8(v.patternType ?? 3);
  }
  {
    const x = v.acls === undefined ? [] : v.acls;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeAclsResource.acls cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeAclsResource.acls has a null element`);
        encodeAclDescription(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeAclsResource(r: Reader, version: number): DescribeAclsResource {
  const flexible = version >= 2;
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_patternType: number;
  if (version >= 1) {
    f_patternType = r.int8();
  } else f_patternType = 3;
  let f_acls: AclDescription[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeAclsResource.acls is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AclDescription>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAclDescription(r, version);
      f_acls = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeAclsResource = {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    patternType: f_patternType,
    acls: f_acls,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
