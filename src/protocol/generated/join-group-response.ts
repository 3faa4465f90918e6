// Generated from JoinGroupResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * JoinGroupResponse (response, api key 11), versions 0-9, flexible 6+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds throttle time.
 *
 * Starting in version 3, on quota violation, brokers send out responses before throttling.
 *
 * Starting in version 4, the client needs to issue a second request to join group
 * with assigned id.
 *
 * Version 5 is bumped to apply group.instance.id to identify member across restarts.
 *
 * Version 6 is the first flexible version.
 *
 * Starting from version 7, the broker sends back the Protocol Type to the client (KIP-559).
 *
 * Version 8 is the same as version 7.
 *
 * Version 9 adds the SkipAssignment field.
 */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-9) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-9) */
  errorCode: number;
  /** The generation ID of the group. (versions 0-9, default -1) */
  generationId: number;
  /** The group protocol name. (versions 7-9, nullable 7-9, default null) */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. (versions 0-9, nullable 7-9) */
  protocolName: string | null;
  /** The leader of the group. (versions 0-9) */
  leader: string;
  /** True if the leader must skip running the assignment. (versions 9, default false) */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. (versions 0-9) */
  memberId: string;
  /** The group members. (versions 0-9) */
  members: JoinGroupResponseMember[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupResponseMember {
  /** The group member ID. (versions 0-9) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5-9, nullable 5-9, default null) */
  groupInstanceId: string | null;
  /** The group member metadata. (versions 0-9) */
  metadata: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const JoinGroupResponseMemberFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [5, 9], nullable: [5, 9], tagged: null, default: null },
  { name: "metadata", type: "bytes", versions: [0, 9], nullable: null, tagged: null },
];
const JoinGroupResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [2, 9], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 9], nullable: null, tagged: null, default: 0 },
  { name: "generationId", type: "int32", versions: [0, 9], nullable: null, tagged: null, default: -1 },
  { name: "protocolType", type: "string", versions: [7, 9], nullable: [7, 9], tagged: null, default: null },
  { name: "protocolName", type: "string", versions: [0, 9], nullable: [7, 9], tagged: null, default: "" },
  { name: "leader", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "" },
  { name: "skipAssignment", type: "bool", versions: [9, 9], nullable: null, tagged: null, default: false },
  { name: "memberId", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "" },
  { name: "members", type: "[]JoinGroupResponseMember", versions: [0, 9], nullable: null, tagged: null, fields: JoinGroupResponseMemberFields },
];

export const joinGroupResponseSchema: MessageSchema = {
  name: "JoinGroupResponse",
  type: "response",
  apiKey: 11,
  validVersions: [0, 9],
  flexibleVersions: [6, 32767],
  fields: JoinGroupResponseFields,
};

export function encodeJoinGroupResponse(w: Writer, v: Input<JoinGroupResponse>, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `JoinGroupResponse version ${version} is not supported (valid: 0-9)`);
  }
  const flexible = version >= 6;
  if (version >= 2) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  w.int16(v.errorCode ?? 0);
  w.int32(v.generationId ?? -1);
  if (version >= 7) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.protocolName === undefined ? "" : v.protocolName;
    if (x === null && !(version >= 7)) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponse.protocolName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.leader === undefined ? "" : v.leader;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponse.leader cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 9) {
    w.bool(v.skipAssignment ?? false);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponse.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.members === undefined ? [] : v.members;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponse.members cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponse.members has a null element`);
        encodeJoinGroupResponseMember(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `JoinGroupResponse version ${version} is not supported (valid: 0-9)`);
  }
  const flexible = version >= 6;
  let f_throttleTimeMs: number;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  const f_errorCode: number = r.int16();
  const f_generationId: number = r.int32();
  let f_protocolType: string | null;
  if (version >= 7) {
    f_protocolType = r.compactNullableString();
  } else f_protocolType = null;
  const f_protocolName: string | null = (flexible ? (version >= 7 ? r.compactNullableString() : r.compactString()) : (version >= 7 ? r.nullableString() : r.string()));
  const f_leader: string = (flexible ? r.compactString() : r.string());
  let f_skipAssignment: boolean;
  if (version >= 9) {
    f_skipAssignment = r.bool();
  } else f_skipAssignment = false;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_members: JoinGroupResponseMember[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `JoinGroupResponse.members is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<JoinGroupResponseMember>(n);
      for (let i = 0; i < n; i++) a[i] = decodeJoinGroupResponseMember(r, version);
      f_members = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: JoinGroupResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    generationId: f_generationId,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    leader: f_leader,
    skipAssignment: f_skipAssignment,
    memberId: f_memberId,
    members: f_members,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeJoinGroupResponseMember(w: Writer, v: Input<JoinGroupResponseMember>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponseMember.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 5) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  {
    const x = v.metadata === undefined ? EMPTY_BYTES : v.metadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupResponseMember.metadata cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseMember {
  const flexible = version >= 6;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 5) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  const f_metadata: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: JoinGroupResponseMember = {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    metadata: f_metadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
