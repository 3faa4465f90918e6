// Generated from DeleteGroupsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteGroupsRequest (request, api key 42), versions 0-3, flexible 2+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 corresponds to the addition of an ErrorMessage field on each per-group
 * result in the response (populated when the broker needs to surface a cause to the
 * caller). The request body shape is unchanged at version 3.
 */
export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0-3, entity groupId) */
  groupsNames: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteGroupsRequestFields: readonly FieldSchema[] = [
  { name: "groupsNames", type: "[]string", versions: [0, 3], nullable: null, tagged: null, entityType: "groupId" },
];

export const deleteGroupsRequestSchema: MessageSchema = {
  name: "DeleteGroupsRequest",
  type: "request",
  apiKey: 42,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DeleteGroupsRequestFields,
};

export function encodeDeleteGroupsRequest(w: Writer, v: Input<DeleteGroupsRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteGroupsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  {
    const x = v.groupsNames === undefined ? [] : v.groupsNames;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteGroupsRequest.groupsNames cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteGroupsRequest.groupsNames has a null element`);
        (flexible ? w.compactString(e) : w.string(e));
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteGroupsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  let f_groupsNames: string[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteGroupsRequest.groupsNames is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = (flexible ? r.compactString() : r.string());
      f_groupsNames = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteGroupsRequest = {
    groupsNames: f_groupsNames,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
