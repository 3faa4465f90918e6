// Generated from LeaveGroupRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * LeaveGroupRequest (request, api key 13), versions 0-5, flexible 4+.
 *
 * Version 1 and 2 are the same as version 0.
 *
 * Version 3 defines batch processing scheme with group.instance.id + member.id for identity
 *
 * Version 4 is the first flexible version.
 *
 * Version 5 adds the Reason field (KIP-800).
 */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0-5, entity groupId) */
  groupId: string;
  /** The member ID to remove from the group. (versions 0-2) */
  memberId: string;
  /** List of leaving member identities. (versions 3-5) */
  members: MemberIdentity[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MemberIdentity {
  /** The member ID to remove from the group. (versions 3-5) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3-5, nullable 3-5, default null) */
  groupInstanceId: string | null;
  /** The reason why the member left the group. (versions 5, nullable 5, default null) */
  reason: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const MemberIdentityFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 5], nullable: [3, 5], tagged: null, default: null },
  { name: "reason", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
];
const LeaveGroupRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "memberId", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "" },
  { name: "members", type: "[]MemberIdentity", versions: [3, 5], nullable: null, tagged: null, fields: MemberIdentityFields },
];

export const leaveGroupRequestSchema: MessageSchema = {
  name: "LeaveGroupRequest",
  type: "request",
  apiKey: 13,
  validVersions: [0, 5],
  flexibleVersions: [4, 32767],
  fields: LeaveGroupRequestFields,
};

export function encodeLeaveGroupRequest(w: Writer, v: Input<LeaveGroupRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaveGroupRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version <= 2) {
    {
      const x = v.memberId === undefined ? "" : v.memberId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupRequest.memberId cannot be null in version ${version}`);
      w.nullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.members === undefined ? [] : v.members;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupRequest.members cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupRequest.members has a null element`);
          encodeMemberIdentity(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaveGroupRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  let f_memberId: string;
  if (version <= 2) {
    f_memberId = r.string();
  } else f_memberId = "";
  let f_members: MemberIdentity[];
  if (version >= 3) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaveGroupRequest.members is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<MemberIdentity>(n);
        for (let i = 0; i < n; i++) a[i] = decodeMemberIdentity(r, version);
        f_members = a;
      }
    }
  } else f_members = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaveGroupRequest = {
    groupId: f_groupId,
    memberId: f_memberId,
    members: f_members,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMemberIdentity(w: Writer, v: Input<MemberIdentity>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberIdentity.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 5) {
    {
      const x = v.reason === undefined ? null : v.reason;
      w.compactNullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMemberIdentity(r: Reader, version: number): MemberIdentity {
  const flexible = version >= 4;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  const f_groupInstanceId: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_reason: string | null;
  if (version >= 5) {
    f_reason = r.compactNullableString();
  } else f_reason = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MemberIdentity = {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    reason: f_reason,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
