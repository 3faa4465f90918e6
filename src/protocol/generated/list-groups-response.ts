// Generated from ListGroupsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListGroupsResponse (response, api key 16), versions 0-5, flexible 3+.
 *
 * Version 1 adds the throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out
 * responses before throttling.
 *
 * Version 3 is the first flexible version.
 *
 * Version 4 adds the GroupState field (KIP-518).
 *
 * Version 5 adds the GroupType field (KIP-848).
 */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  errorCode: number;
  /** Each group in the response. (versions 0-5) */
  groups: ListedGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListedGroup {
  /** The group ID. (versions 0-5, entity groupId) */
  groupId: string;
  /** The group protocol type. (versions 0-5) */
  protocolType: string;
  /** The group state name. (versions 4-5) */
  groupState: string;
  /** The group type name. (versions 5) */
  groupType: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListedGroupFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "protocolType", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "" },
  { name: "groupState", type: "string", versions: [4, 5], nullable: null, tagged: null, default: "" },
  { name: "groupType", type: "string", versions: [5, 5], nullable: null, tagged: null, default: "" },
];
const ListGroupsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]ListedGroup", versions: [0, 5], nullable: null, tagged: null, fields: ListedGroupFields },
];

export const listGroupsResponseSchema: MessageSchema = {
  name: "ListGroupsResponse",
  type: "response",
  apiKey: 16,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: ListGroupsResponseFields,
};

export function encodeListGroupsResponse(w: Writer, v: Input<ListGroupsResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListGroupsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListGroupsResponse.groups cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListGroupsResponse.groups has a null element`);
        encodeListedGroup(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListGroupsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  const f_errorCode: number = r.int16();
  let f_groups: ListedGroup[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListGroupsResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ListedGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListedGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListGroupsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListedGroup(w: Writer, v: Input<ListedGroup>, version: number): void {
  const flexible = version >= 3;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListedGroup.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.protocolType === undefined ? "" : v.protocolType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListedGroup.protocolType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 4) {
    {
      const x = v.groupState === undefined ? "" : v.groupState;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListedGroup.groupState cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.groupType === undefined ? "" : v.groupType;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListedGroup.groupType cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeListedGroup(r: Reader, version: number): ListedGroup {
  const flexible = version >= 3;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_protocolType: string = (flexible ? r.compactString() : r.string());
  let f_groupState: string;
  if (version >= 4) {
    f_groupState = r.compactString();
  } else f_groupState = "";
  let f_groupType: string;
  if (version >= 5) {
    f_groupType = r.compactString();
  } else f_groupType = "";
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListedGroup = {
    groupId: f_groupId,
    protocolType: f_protocolType,
    groupState: f_groupState,
    groupType: f_groupType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
