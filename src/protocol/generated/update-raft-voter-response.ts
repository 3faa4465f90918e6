// Generated from UpdateRaftVoterResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** UpdateRaftVoterResponse (response, api key 82), versions 0, flexible 0+. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** Details of the current Raft cluster leader. (versions 0, tagged 0 as tag 0) */
  currentLeader: CurrentLeader;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown. (versions 0, default -1, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0, default -1) */
  leaderEpoch: number;
  /** The node's hostname. (versions 0) */
  host: string;
  /** The node's port. (versions 0) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CurrentLeaderFields: readonly FieldSchema[] = [
  { name: "leaderId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1 },
  { name: "host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const UpdateRaftVoterResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "currentLeader", type: "CurrentLeader", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 0, fields: CurrentLeaderFields },
];

export const updateRaftVoterResponseSchema: MessageSchema = {
  name: "UpdateRaftVoterResponse",
  type: "response",
  apiKey: 82,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: UpdateRaftVoterResponseFields,
};

function defaultCurrentLeader(): CurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: "", port: 0 };
}

function isDefaultCurrentLeader(v: Input<CurrentLeader>): boolean {
  return (v.leaderId === undefined || v.leaderId === -1) &&
    (v.leaderEpoch === undefined || v.leaderEpoch === -1) &&
    (v.host === undefined || v.host === "") &&
    (v.port === undefined || v.port === 0) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

export function encodeUpdateRaftVoterResponse(w: Writer, v: Input<UpdateRaftVoterResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateRaftVoterResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.currentLeader === undefined ? {} : v.currentLeader;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateRaftVoterResponse.currentLeader cannot be null in version ${version}`);
    if (!isDefaultCurrentLeader(x)) {
      const tw = new Writer(64);
      encodeCurrentLeader(tw, x, version);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateRaftVoterResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_currentLeader: CurrentLeader = defaultCurrentLeader();
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_currentLeader = decodeCurrentLeader(tr, version);
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: UpdateRaftVoterResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    currentLeader: f_currentLeader,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCurrentLeader(w: Writer, v: Input<CurrentLeader>, version: number): void {
  w.int32(v.leaderId ?? -1);
  w.int32(v.leaderEpoch ?? -1);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CurrentLeader.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCurrentLeader(r: Reader, version: number): CurrentLeader {
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: CurrentLeader = {
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
