// Generated from SyncGroupRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SyncGroupRequest (request, api key 14), versions 0-5, flexible 4+.
 *
 * Versions 1 and 2 are the same as version 0.
 *
 * Starting from version 3, we add a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 4 is the first flexible version.
 *
 * Starting from version 5, the client sends the Protocol Type and the Protocol Name
 * to the broker (KIP-559). The broker will reject the request if they are inconsistent
 * with the Type and Name known by the broker.
 */
export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0-5, entity groupId) */
  groupId: string;
  /** The generation of the group. (versions 0-5) */
  generationId: number;
  /** The member ID assigned by the group. (versions 0-5) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-5, nullable 3-5, default null) */
  groupInstanceId: string | null;
  /** The group protocol type. (versions 5, nullable 5, default null) */
  protocolType: string | null;
  /** The group protocol name. (versions 5, nullable 5, default null) */
  protocolName: string | null;
  /** Each assignment. (versions 0-5) */
  assignments: SyncGroupRequestAssignment[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0-5) */
  memberId: string;
  /** The member assignment. (versions 0-5) */
  assignment: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SyncGroupRequestAssignmentFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "" },
  { name: "assignment", type: "bytes", versions: [0, 5], nullable: null, tagged: null },
];
const SyncGroupRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "generationId", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "memberId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 5], nullable: [3, 5], tagged: null, default: null },
  { name: "protocolType", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
  { name: "protocolName", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
  { name: "assignments", type: "[]SyncGroupRequestAssignment", versions: [0, 5], nullable: null, tagged: null, fields: SyncGroupRequestAssignmentFields },
];

export const syncGroupRequestSchema: MessageSchema = {
  name: "SyncGroupRequest",
  type: "request",
  apiKey: 14,
  validVersions: [0, 5],
  flexibleVersions: [4, 32767],
  fields: SyncGroupRequestFields,
};

export function encodeSyncGroupRequest(w: Writer, v: Input<SyncGroupRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SyncGroupRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.generationId ?? 0);
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequest.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.compactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolName === undefined ? null : v.protocolName;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.assignments === undefined ? [] : v.assignments;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequest.assignments cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequest.assignments has a null element`);
        encodeSyncGroupRequestAssignment(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SyncGroupRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 4;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_generationId: number = r.int32();
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 3) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  let f_protocolType: string | null;
  if (version >= 5) {
    f_protocolType = r.compactNullableString();
  } else f_protocolType = null;
  let f_protocolName: string | null;
  if (version >= 5) {
    f_protocolName = r.compactNullableString();
  } else f_protocolName = null;
  let f_assignments: SyncGroupRequestAssignment[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `SyncGroupRequest.assignments is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<SyncGroupRequestAssignment>(n);
      for (let i = 0; i < n; i++) a[i] = decodeSyncGroupRequestAssignment(r, version);
      f_assignments = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: SyncGroupRequest = {
    groupId: f_groupId,
    generationId: f_generationId,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    assignments: f_assignments,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeSyncGroupRequestAssignment(w: Writer, v: Input<SyncGroupRequestAssignment>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequestAssignment.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.assignment === undefined ? EMPTY_BYTES : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SyncGroupRequestAssignment.assignment cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestAssignment {
  const flexible = version >= 4;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  const f_assignment: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: SyncGroupRequestAssignment = {
    memberId: f_memberId,
    assignment: f_assignment,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
