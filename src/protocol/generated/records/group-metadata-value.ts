// Generated from GroupMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * GroupMetadataValue (data), versions 0-4, flexible 4+.
 *
 * Version 4 is the first flexible version.
 * KIP-915: bumping the version will no longer make this record backward compatible.
 * We suggest to add/remove only tagged fields to maintain backward compatibility.
 */
export interface GroupMetadataValue {
  /** (versions 0-4) */
  protocolType: string;
  /** (versions 0-4) */
  generation: number;
  /** (versions 0-4, nullable 0-4) */
  protocol: string | null;
  /** (versions 0-4, nullable 0-4) */
  leader: string | null;
  /** (versions 2-4, default -1) */
  currentStateTimestamp: bigint;
  /** (versions 0-4) */
  members: MemberMetadata[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MemberMetadata {
  /** (versions 0-4) */
  memberId: string;
  /** (versions 3-4, nullable 3-4, default null) */
  groupInstanceId: string | null;
  /** (versions 0-4) */
  clientId: string;
  /** (versions 0-4) */
  clientHost: string;
  /** (versions 1-4, default -1) */
  rebalanceTimeout: number;
  /** (versions 0-4) */
  sessionTimeout: number;
  /** (versions 0-4) */
  subscription: Buffer;
  /** (versions 0-4) */
  assignment: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const MemberMetadataFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 4], nullable: [3, 4], tagged: null, default: null },
  { name: "clientId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "rebalanceTimeout", type: "int32", versions: [1, 4], nullable: null, tagged: null, default: -1 },
  { name: "sessionTimeout", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "subscription", type: "bytes", versions: [0, 4], nullable: null, tagged: null },
  { name: "assignment", type: "bytes", versions: [0, 4], nullable: null, tagged: null },
];
const GroupMetadataValueFields: readonly FieldSchema[] = [
  { name: "protocolType", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "generation", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "protocol", type: "string", versions: [0, 4], nullable: [0, 4], tagged: null, default: "" },
  { name: "leader", type: "string", versions: [0, 4], nullable: [0, 4], tagged: null, default: "" },
  { name: "currentStateTimestamp", type: "int64", versions: [2, 4], nullable: null, tagged: null, default: -1n },
  { name: "members", type: "[]MemberMetadata", versions: [0, 4], nullable: null, tagged: null, fields: MemberMetadataFields },
];

export const groupMetadataValueSchema: MessageSchema = {
  name: "GroupMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: GroupMetadataValueFields,
};

export function encodeGroupMetadataValue(w: Writer, v: Input<GroupMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataValue version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  {
    const x = v.protocolType === undefined ? "" : v.protocolType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GroupMetadataValue.protocolType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.generation ?? 0);
  {
    const x = v.protocol === undefined ? "" : v.protocol;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.leader === undefined ? "" : v.leader;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 2) {
    w.int64(v.currentStateTimestamp ?? -1n);
  }
  {
    const x = v.members === undefined ? [] : v.members;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GroupMetadataValue.members cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `GroupMetadataValue.members has a null element`);
        encodeMemberMetadata(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeGroupMetadataValue(r: Reader, version: number): GroupMetadataValue {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataValue version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  const f_protocolType: string = (flexible ? r.compactString() : r.string());
  const f_generation: number = r.int32();
  const f_protocol: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_leader: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_currentStateTimestamp: bigint;
  if (version >= 2) {
    f_currentStateTimestamp = r.int64();
  } else f_currentStateTimestamp = -1n;
  let f_members: MemberMetadata[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `GroupMetadataValue.members is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<MemberMetadata>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMemberMetadata(r, version);
      f_members = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: GroupMetadataValue = {
    protocolType: f_protocolType,
    generation: f_generation,
    protocol: f_protocol,
    leader: f_leader,
    currentStateTimestamp: f_currentStateTimestamp,
    members: f_members,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMemberMetadata(w: Writer, v: Input<MemberMetadata>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberMetadata.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberMetadata.clientId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberMetadata.clientHost cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int32(v.rebalanceTimeout ?? -1);
  }
  w.int32(v.sessionTimeout ?? 0);
  {
    const x = v.subscription === undefined ? EMPTY_BYTES : v.subscription;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberMetadata.subscription cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  {
    const x = v.assignment === undefined ? EMPTY_BYTES : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MemberMetadata.assignment cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMemberMetadata(r: Reader, version: number): MemberMetadata {
  const flexible = version >= 4;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 3) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  const f_clientId: string = (flexible ? r.compactString() : r.string());
  const f_clientHost: string = (flexible ? r.compactString() : r.string());
  let f_rebalanceTimeout: number;
  if (version >= 1) {
    f_rebalanceTimeout = r.int32();
  } else f_rebalanceTimeout = -1;
  const f_sessionTimeout: number = r.int32();
  const f_subscription: Buffer = (flexible ? r.compactBytes() : r.bytes());
  const f_assignment: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MemberMetadata = {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    rebalanceTimeout: f_rebalanceTimeout,
    sessionTimeout: f_sessionTimeout,
    subscription: f_subscription,
    assignment: f_assignment,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
