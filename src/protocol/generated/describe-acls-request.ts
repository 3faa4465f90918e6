// Generated from DescribeAclsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeAclsRequest (request, api key 29), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 adds resource pattern type.
 * Version 2 enables flexible versions.
 * Version 3 adds user resource type.
 */
export interface DescribeAclsRequest {
  /** The resource type. (versions 0-3) */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. (versions 0-3, nullable 0-3) */
  resourceNameFilter: string | null;
  /** The resource pattern to match. (versions 1-3, default 3) */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. (versions 0-3, nullable 0-3) */
  principalFilter: string | null;
  /** The host to match, or null to match any host. (versions 0-3, nullable 0-3) */
  hostFilter: string | null;
  /** The operation to match. (versions 0-3) */
  operation: number;
  /** The permission type to match. (versions 0-3) */
  permissionType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeAclsRequestFields: readonly FieldSchema[] = [
  { name: "resourceTypeFilter", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "resourceNameFilter", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "patternTypeFilter", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 3 },
  { name: "principalFilter", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "hostFilter", type: "string", versions: [0, 3], nullable: [0, 3], tagged: null, default: "" },
  { name: "operation", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "permissionType", type: "int8", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];

export const describeAclsRequestSchema: MessageSchema = {
  name: "DescribeAclsRequest",
  type: "request",
  apiKey: 29,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DescribeAclsRequestFields,
};

export function encodeDescribeAclsRequest(w: Writer, v: Input<DescribeAclsRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeAclsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int8(v.resourceTypeFilter ?? 0);
  {
    const x = v.resourceNameFilter === undefined ? "" : v.resourceNameFilter;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int8(v.patternTypeFilter ?? 3);
  }
  {
    const x = v.principalFilter === undefined ? "" : v.principalFilter;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.hostFilter === undefined ? "" : v.hostFilter;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.operation ?? 0);
  w.int8(v.permissionType ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeAclsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_resourceTypeFilter: number = r.int8();
  const f_resourceNameFilter: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_patternTypeFilter: number;
  if (version >= 1) {
    f_patternTypeFilter = r.int8();
  } else f_patternTypeFilter = 3;
  const f_principalFilter: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_hostFilter: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_operation: number = r.int8();
  const f_permissionType: number = r.int8();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeAclsRequest = {
    resourceTypeFilter: f_resourceTypeFilter,
    resourceNameFilter: f_resourceNameFilter,
    patternTypeFilter: f_patternTypeFilter,
    principalFilter: f_principalFilter,
    hostFilter: f_hostFilter,
    operation: f_operation,
    permissionType: f_permissionType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
