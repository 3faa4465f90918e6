// Generated from DescribeGroupsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeGroupsRequest (request, api key 15), versions 0-6, flexible 5+.
 *
 * Versions 1 and 2 are the same as version 0.
 *
 * Starting in version 3, authorized operations can be requested.
 *
 * Starting in version 4, the response will include group.instance.id info for members.
 *
 * Version 5 is the first flexible version.
 *
 * Version 6 returns error code GROUP_ID_NOT_FOUND if the group ID is not found (KIP-1043).
 */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe. (versions 0-6, entity groupId) */
  groups: string[];
  /** Whether to include authorized operations. (versions 3-6) */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeGroupsRequestFields: readonly FieldSchema[] = [
  { name: "groups", type: "[]string", versions: [0, 6], nullable: null, tagged: null, entityType: "groupId" },
  { name: "includeAuthorizedOperations", type: "bool", versions: [3, 6], nullable: null, tagged: null, default: false },
];

export const describeGroupsRequestSchema: MessageSchema = {
  name: "DescribeGroupsRequest",
  type: "request",
  apiKey: 15,
  validVersions: [0, 6],
  flexibleVersions: [5, 32767],
  fields: DescribeGroupsRequestFields,
};

export function encodeDescribeGroupsRequest(w: Writer, v: Input<DescribeGroupsRequest>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeGroupsRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 5;
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeGroupsRequest.groups cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeGroupsRequest.groups has a null element`);
        (flexible ? w.compactString(e) : w.string(e));
      }
    }
  }
  if (version >= 3) {
    w.bool(v.includeAuthorizedOperations ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeGroupsRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 5;
  let f_groups: string[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeGroupsRequest.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = (flexible ? r.compactString() : r.string());
      f_groups = a;
    }
  }
  let f_includeAuthorizedOperations: boolean;
  if (version >= 3) {
    f_includeAuthorizedOperations = r.bool();
  } else f_includeAuthorizedOperations = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeGroupsRequest = {
    groups: f_groups,
    includeAuthorizedOperations: f_includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
