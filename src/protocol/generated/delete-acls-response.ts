// Generated from DeleteAclsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteAclsResponse (response, api key 31), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds the resource pattern type.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 enables flexible versions.
 * Version 3 adds the user resource type.
 */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The results for each filter. (versions 0-3) */
  filterResults: DeleteAclsFilterResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0-3) */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. (versions 0-3, nullable 0-3) */
  errorMessage: string | null;
  /** The ACL resource type. (versions 0-3) */
  resourceType: number;
  /** The ACL resource name. (versions 0-3) */
  resourceName: string;
  /** The ACL resource pattern type. (versions 1-3, default 3) */
  patternType: number;
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

export interface DeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if the filter succeeded. (versions 0-3, nullable 0-3) */
  errorMessage: string | null;
  /** The ACLs which matched this filter. (versions 0-3) */
  matchingAcls: DeleteAclsMatchingAcl[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteAclsMatchingAclFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "resourceType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "patternType", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 3 },
  { name: "principal", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "host", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "operation", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "permissionType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];
const DeleteAclsFilterResultFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "matchingAcls", type: "[]DeleteAclsMatchingAcl", versions: [0, 3], nullable: null, tagged: null, fields: DeleteAclsMatchingAclFields },
];
const DeleteAclsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "filterResults", type: "[]DeleteAclsFilterResult", versions: [0, 3], nullable: null, tagged: null, fields: DeleteAclsFilterResultFields },
];

export const deleteAclsResponseSchema: MessageSchema = {
  name: "DeleteAclsResponse",
  type: "response",
  apiKey: 31,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DeleteAclsResponseFields,
};

export function encodeDeleteAclsResponse(w: Writer, v: Input<DeleteAclsResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.filterResults === undefined ? [] : v.filterResults;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsResponse.filterResults cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsResponse.filterResults has a null element`);
        encodeDeleteAclsFilterResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteAclsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_filterResults: DeleteAclsFilterResult[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteAclsResponse.filterResults is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteAclsFilterResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteAclsFilterResult(r, version);
      f_filterResults = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteAclsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    filterResults: f_filterResults,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteAclsMatchingAcl(w: Writer, v: Input<DeleteAclsMatchingAcl>, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsMatchingAcl.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int8(v.patternType ?? 3);
  }
  {
    const x = v.principal === undefined ? "" : v.principal;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsMatchingAcl.principal cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsMatchingAcl.host cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.operation ?? 0);
  w.int8(v.permissionType ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsMatchingAcl {
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_patternType: number;
  if (version >= 1) {
    f_patternType = r.int8();
  } else f_patternType = 3;
  const f_principal: string = (flexible ? r.compactString() : r.string());
  const f_host: string = (flexible ? r.compactString() : r.string());
  const f_operation: number = r.int8();
  const f_permissionType: number = r.int8();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteAclsMatchingAcl = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    patternType: f_patternType,
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteAclsFilterResult(w: Writer, v: Input<DeleteAclsFilterResult>, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.matchingAcls === undefined ? [] : v.matchingAcls;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsFilterResult.matchingAcls cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteAclsFilterResult.matchingAcls has a null element`);
        encodeDeleteAclsMatchingAcl(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsFilterResult {
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_matchingAcls: DeleteAclsMatchingAcl[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteAclsFilterResult.matchingAcls is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteAclsMatchingAcl>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteAclsMatchingAcl(r, version);
      f_matchingAcls = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteAclsFilterResult = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    matchingAcls: f_matchingAcls,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
