// Generated from DescribeGroupsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeGroupsResponse (response, api key 15), versions 0-6, flexible 5+.
 *
 * Version 1 added throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Starting in version 3, brokers can send authorized operations.
 *
 * Starting in version 4, the response will optionally include group.instance.id info for members.
 *
 * Version 5 is the first flexible version.
 *
 * Version 6 returns error code GROUP_ID_NOT_FOUND if the group ID is not found (KIP-1043).
 * ProtocolData is currently only filled in if the group state is in the Stable state.
 * N.B. If the group is in the Dead state, the members array will always be empty.
 * This is currently only provided if the group is in the Stable state.
 * This is currently only provided if the group is in the Stable state.
 */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-6) */
  throttleTimeMs: number;
  /** Each described group. (versions 0-6) */
  groups: DescribedGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedGroupMember {
  /** The member id. (versions 0-6) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 4-6, nullable 4-6, default null) */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. (versions 0-6) */
  clientId: string;
  /** The client host. (versions 0-6) */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. (versions 0-6) */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. (versions 0-6) */
  memberAssignment: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0-6) */
  errorCode: number;
  /** The describe error message, or null if there was no error. (versions 6, nullable 6, default null) */
  errorMessage: string | null;
  /** The group ID string. (versions 0-6, entity groupId) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0-6) */
  groupState: string;
  /** The group protocol type, or the empty string. (versions 0-6) */
  protocolType: string;
  /** The group protocol data, or the empty string. (versions 0-6) */
  protocolData: string;
  /** The group members. (versions 0-6) */
  members: DescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3-6, default -2147483648) */
  authorizedOperations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribedGroupMemberFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [4, 6], nullable: [4, 6], tagged: null, default: null },
  { name: "clientId", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "memberMetadata", type: "bytes", versions: [0, 6], nullable: null, tagged: null },
  { name: "memberAssignment", type: "bytes", versions: [0, 6], nullable: null, tagged: null },
];
const DescribedGroupFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [6, 6], nullable: [6, 6], tagged: null, default: null },
  { name: "groupId", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "groupState", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "protocolType", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "protocolData", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "" },
  { name: "members", type: "[]DescribedGroupMember", versions: [0, 6], nullable: null, tagged: null, fields: DescribedGroupMemberFields },
  { name: "authorizedOperations", type: "int32", versions: [3, 6], nullable: null, tagged: null, default: -2147483648 },
];
const DescribeGroupsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 6], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]DescribedGroup", versions: [0, 6], nullable: null, tagged: null, fields: DescribedGroupFields },
];

export const describeGroupsResponseSchema: MessageSchema = {
  name: "DescribeGroupsResponse",
  type: "response",
  apiKey: 15,
  validVersions: [0, 6],
  flexibleVersions: [5, 32767],
  fields: DescribeGroupsResponseFields,
};

export function encodeDescribeGroupsResponse(w: Writer, v: Input<DescribeGroupsResponse>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeGroupsResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 5;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeGroupsResponse.groups cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeGroupsResponse.groups has a null element`);
        encodeDescribedGroup(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeGroupsResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 5;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_groups: DescribedGroup[];
  {
    const n = (flexible ? r.compactArrayLength(7) : r.arrayLength(7));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeGroupsResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeGroupsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedGroupMember(w: Writer, v: Input<DescribedGroupMember>, version: number): void {
  const flexible = version >= 5;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroupMember.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 4) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroupMember.clientId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroupMember.clientHost cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.memberMetadata === undefined ? EMPTY_BYTES : v.memberMetadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroupMember.memberMetadata cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  {
    const x = v.memberAssignment === undefined ? EMPTY_BYTES : v.memberAssignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroupMember.memberAssignment cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribedGroupMember(r: Reader, version: number): DescribedGroupMember {
  const flexible = version >= 5;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 4) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  const f_clientId: string = (flexible ? r.compactString() : r.string());
  const f_clientHost: string = (flexible ? r.compactString() : r.string());
  const f_memberMetadata: Buffer = (flexible ? r.compactBytes() : r.bytes());
  const f_memberAssignment: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribedGroupMember = {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    memberMetadata: f_memberMetadata,
    memberAssignment: f_memberAssignment,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedGroup(w: Writer, v: Input<DescribedGroup>, version: number): void {
  const flexible = version >= 5;
  w.int16(v.errorCode ?? 0);
  if (version >= 6) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.groupState === undefined ? "" : v.groupState;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupState cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.protocolType === undefined ? "" : v.protocolType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.protocolType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.protocolData === undefined ? "" : v.protocolData;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.protocolData cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.members === undefined ? [] : v.members;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members has a null element`);
        encodeDescribedGroupMember(w, e, version);
      }
    }
  }
  if (version >= 3) {
    w.int32(v.authorizedOperations ?? -2147483648);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribedGroup(r: Reader, version: number): DescribedGroup {
  const flexible = version >= 5;
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 6) {
    f_errorMessage = r.compactNullableString();
  } else f_errorMessage = null;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_groupState: string = (flexible ? r.compactString() : r.string());
  const f_protocolType: string = (flexible ? r.compactString() : r.string());
  const f_protocolData: string = (flexible ? r.compactString() : r.string());
  let f_members: DescribedGroupMember[];
  {
    const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribedGroup.members is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedGroupMember>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedGroupMember(r, version);
      f_members = a;
    }
  }
  let f_authorizedOperations: number;
  if (version >= 3) {
    f_authorizedOperations = r.int32();
  } else f_authorizedOperations = -2147483648;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribedGroup = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    groupId: f_groupId,
    groupState: f_groupState,
    protocolType: f_protocolType,
    protocolData: f_protocolData,
    members: f_members,
    authorizedOperations: f_authorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
