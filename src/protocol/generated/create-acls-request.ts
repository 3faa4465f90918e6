// Generated from CreateAclsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateAclsRequest (request, api key 30), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds resource pattern type.
 * Version 2 enables flexible versions.
 * Version 3 adds user resource type.
 */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (versions 0-3) */
  creations: AclCreation[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AclCreation {
  /** The type of the resource. (versions 0-3) */
  resourceType: number;
  /** The resource name for the ACL. (versions 0-3) */
  resourceName: string;
  /** The pattern type for the ACL. (versions 1-3, default 3) */
  resourcePatternType: number;
  /** The principal for the ACL. (versions 0-3) */
  principal: string;
  /** The host for the ACL. (versions 0-3) */
  host: string;
  /** The operation type for the ACL (read, write, etc.). (versions 0-3) */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). (versions 0-3) */
  permissionType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AclCreationFields: readonly FieldSchema[] = [
  { name: "resourceType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "resourceName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "resourcePatternType", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 3 },
  { name: "principal", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "host", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "operation", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "permissionType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];
const CreateAclsRequestFields: readonly FieldSchema[] = [
  { name: "creations", type: "[]AclCreation", versions: [0, 3], nullable: null, tagged: null, fields: AclCreationFields },
];

export const createAclsRequestSchema: MessageSchema = {
  name: "CreateAclsRequest",
  type: "request",
  apiKey: 30,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreateAclsRequestFields,
};

export function encodeCreateAclsRequest(w: Writer, v: Input<CreateAclsRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateAclsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  {
    const x = v.creations === undefined ? [] : v.creations;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateAclsRequest.creations cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreateAclsRequest.creations has a null element`);
        encodeAclCreation(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateAclsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  let f_creations: AclCreation[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreateAclsRequest.creations is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AclCreation>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAclCreation(r, version);
      f_creations = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateAclsRequest = {
    creations: f_creations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAclCreation(w: Writer, v: Input<AclCreation>, version: number): void {
  const flexible = version >= 2;
  w.int8(v.resourceType ?? 0);
  {
    const x = v.resourceName === undefined ? "" : v.resourceName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AclCreation.resourceName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int8(v.resourcePatternType ?? 3);
  }
  {
    const x = v.principal === undefined ? "" : v.principal;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AclCreation.principal cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AclCreation.host cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.operation ?? 0);
  w.int8(v.permissionType ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAclCreation(r: Reader, version: number): AclCreation {
  const flexible = version >= 2;
  const f_resourceType: number = r.int8();
  const f_resourceName: string = (flexible ? r.compactString() : r.string());
  let f_resourcePatternType: number;
  if (version >= 1) {
    f_resourcePatternType = r.int8();
  } else f_resourcePatternType = 3;
  const f_principal: string = (flexible ? r.compactString() : r.string());
  const f_host: string = (flexible ? r.compactString() : r.string());
  const f_operation: number = r.int8();
  const f_permissionType: number = r.int8();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AclCreation = {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    resourcePatternType: f_resourcePatternType,
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
