// Generated from JoinGroupRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * JoinGroupRequest (request, api key 11), versions 0-9, flexible 6+.
 *
 * Version 1 adds RebalanceTimeoutMs. Version 2 and 3 are the same as version 1.
 *
 * Starting from version 4, the client needs to issue a second request to join group
 *
 * Starting from version 5, we add a new field called groupInstanceId to indicate member identity across restarts.
 * with assigned id.
 *
 * Version 6 is the first flexible version.
 *
 * Version 7 is the same as version 6.
 *
 * Version 8 adds the Reason field (KIP-800).
 *
 * Version 9 is the same as version 8.
 * Note: if RebalanceTimeoutMs is not present, SessionTimeoutMs should be
 * used instead.  The default of -1 here is just intended as a placeholder.
 */
export interface JoinGroupRequest {
  /** The group identifier. (versions 0-9, entity groupId) */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0-9) */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1-9, default -1) */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. (versions 0-9) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5-9, nullable 5-9, default null) */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0-9) */
  protocolType: string;
  /** The list of protocols that the member supports. (versions 0-9) */
  protocols: JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. (versions 8-9, nullable 8-9, default null) */
  reason: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupRequestProtocol {
  /** The protocol name. (versions 0-9, map key) */
  name: string;
  /** The protocol metadata. (versions 0-9) */
  metadata: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const JoinGroupRequestProtocolFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "metadata", type: "bytes", versions: [0, 9], nullable: null, tagged: null },
];
const JoinGroupRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "sessionTimeoutMs", type: "int32", versions: [0, 9], nullable: null, tagged: null, default: 0 },
  { name: "rebalanceTimeoutMs", type: "int32", versions: [1, 9], nullable: null, tagged: null, default: -1 },
  { name: "memberId", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [5, 9], nullable: [5, 9], tagged: null, default: null },
  { name: "protocolType", type: "string", versions: [0, 9], nullable: null, tagged: null, default: "" },
  { name: "protocols", type: "[]JoinGroupRequestProtocol", versions: [0, 9], nullable: null, tagged: null, fields: JoinGroupRequestProtocolFields },
  { name: "reason", type: "string", versions: [8, 9], nullable: [8, 9], tagged: null, default: null },
];

export const joinGroupRequestSchema: MessageSchema = {
  name: "JoinGroupRequest",
  type: "request",
  apiKey: 11,
  validVersions: [0, 9],
  flexibleVersions: [6, 32767],
  fields: JoinGroupRequestFields,
};

export function encodeJoinGroupRequest(w: Writer, v: Input<JoinGroupRequest>, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `JoinGroupRequest version ${version} is not supported (valid: 0-9)`);
  }
  const flexible = version >= 6;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.sessionTimeoutMs ?? 0);
  if (version >= 1) {
    w.int32(v.rebalanceTimeoutMs ?? -1);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequest.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 5) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  {
    const x = v.protocolType === undefined ? "" : v.protocolType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequest.protocolType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.protocols === undefined ? [] : v.protocols;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequest.protocols cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequest.protocols has a null element`);
        encodeJoinGroupRequestProtocol(w, e, version);
      }
    }
  }
  if (version >= 8) {
    {
      const x = v.reason === undefined ? null : v.reason;
      w.compactNullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `JoinGroupRequest version ${version} is not supported (valid: 0-9)`);
  }
  const flexible = version >= 6;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_sessionTimeoutMs: number = r.int32();
  let f_rebalanceTimeoutMs: number;
  if (version >= 1) {
    f_rebalanceTimeoutMs = r.int32();
  } else f_rebalanceTimeoutMs = -1;
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 5) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  const f_protocolType: string = (flexible ? r.compactString() : r.string());
  let f_protocols: JoinGroupRequestProtocol[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `JoinGroupRequest.protocols is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<JoinGroupRequestProtocol>(n);
      for (let i = 0; i < n; i++) a[i] = decodeJoinGroupRequestProtocol(r, version);
      f_protocols = a;
    }
  }
  let f_reason: string | null;
  if (version >= 8) {
    f_reason = r.compactNullableString();
  } else f_reason = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: JoinGroupRequest = {
    groupId: f_groupId,
    sessionTimeoutMs: f_sessionTimeoutMs,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    protocolType: f_protocolType,
    protocols: f_protocols,
    reason: f_reason,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeJoinGroupRequestProtocol(w: Writer, v: Input<JoinGroupRequestProtocol>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequestProtocol.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.metadata === undefined ? EMPTY_BYTES : v.metadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `JoinGroupRequestProtocol.metadata cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestProtocol {
  const flexible = version >= 6;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_metadata: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: JoinGroupRequestProtocol = {
    name: f_name,
    metadata: f_metadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
