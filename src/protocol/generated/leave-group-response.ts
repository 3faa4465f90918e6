// Generated from LeaveGroupResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * LeaveGroupResponse (response, api key 13), versions 0-5, flexible 4+.
 *
 * Version 1 adds the throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Starting in version 3, we will make leave group request into batch mode and add group.instance.id.
 *
 * Version 4 is the first flexible version.
 *
 * Version 5 is the same as version 4.
 */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  errorCode: number;
  /** List of leaving member responses. (versions 3-5) */
  members: MemberResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MemberResponse {
  /** The member ID to remove from the group. (versions 3-5) */
  memberId: string;
  /** The group instance ID to remove from the group. (versions 3-5, nullable 3-5) */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. (versions 3-5) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const MemberResponseFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 5], nullable: [3, 5], tagged: null, default: "" },
  { name: "errorCode", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
];
const LeaveGroupResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "members", type: "[]MemberResponse", versions: [3, 5], nullable: null, tagged: null, fields: MemberResponseFields },
];

export const leaveGroupResponseSchema: MessageSchema = {
  name: "LeaveGroupResponse",
  type: "response",
  apiKey: 13,
  validVersions: [0, 5],
  flexibleVersions: [4, 32767],
  fields: LeaveGroupResponseFields,
};

export function encodeLeaveGroupResponse(w: Writer, v: Input<LeaveGroupResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaveGroupResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 3) {
    {
      const x = v.members === undefined ? [] : v.members;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupResponse.members cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaveGroupResponse.members has a null element`);
          encodeMemberResponse(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaveGroupResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  const f_errorCode: number = r.int16();
  let f_members: MemberResponse[];
  if (version >= 3) {
    {
      const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaveGroupResponse.members is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<MemberResponse>(n);
        for (let i = 0; i < n; i++) a[i] = decodeMemberResponse(r, version);
        f_members = a;
      }
    }
  } else f_members = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaveGroupResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    members: f_members,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMemberResponse(w: Writer, v: Input<MemberResponse>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberResponse.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.groupInstanceId === undefined ? "" : v.groupInstanceId;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMemberResponse(r: Reader, version: number): MemberResponse {
  const flexible = version >= 4;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  const f_groupInstanceId: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MemberResponse = {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
