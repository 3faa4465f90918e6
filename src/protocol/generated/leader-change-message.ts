// Generated from LeaderChangeMessage.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * LeaderChangeMessage (data), versions 0-1, flexible 0+.
 *
 * Version 1 adds VoterDirectoryId (KIP-853)
 */
export interface LeaderChangeMessage {
  /** The version of the leader change message. (versions 0-1) */
  version: number;
  /** The ID of the newly elected leader. (versions 0-1, entity brokerId) */
  leaderId: number;
  /** The set of voters in the quorum for this epoch. (versions 0-1) */
  voters: Voter[];
  /** The voters who voted for the leader at the time of election. (versions 0-1) */
  grantingVoters: Voter[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Voter {
  /** The ID of the voter. (versions 0-1) */
  voterId: number;
  /** The directory id of the voter. (versions 1) */
  voterDirectoryId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const VoterFields: readonly FieldSchema[] = [
  { name: "voterId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "voterDirectoryId", type: "uuid", versions: [1, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];
const LeaderChangeMessageFields: readonly FieldSchema[] = [
  { name: "version", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "voters", type: "[]Voter", versions: [0, 1], nullable: null, tagged: null, fields: VoterFields },
  { name: "grantingVoters", type: "[]Voter", versions: [0, 1], nullable: null, tagged: null, fields: VoterFields },
];

export const leaderChangeMessageSchema: MessageSchema = {
  name: "LeaderChangeMessage",
  type: "data",
  apiKey: null,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: LeaderChangeMessageFields,
};

export function encodeLeaderChangeMessage(w: Writer, v: Input<LeaderChangeMessage>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderChangeMessage version ${version} is not supported (valid: 0-1)`);
  }
  w.int16(v.version ?? 0);
  w.int32(v.leaderId ?? 0);
  {
    const x = v.voters === undefined ? [] : v.voters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderChangeMessage.voters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderChangeMessage.voters has a null element`);
        encodeVoter(w, e, version);
      }
    }
  }
  {
    const x = v.grantingVoters === undefined ? [] : v.grantingVoters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderChangeMessage.grantingVoters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderChangeMessage.grantingVoters has a null element`);
        encodeVoter(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderChangeMessage version ${version} is not supported (valid: 0-1)`);
  }
  const f_version: number = r.int16();
  const f_leaderId: number = r.int32();
  let f_voters: Voter[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderChangeMessage.voters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Voter>(n);
      for (let i = 0; i < n; i++) a[i] = decodeVoter(r, version);
      f_voters = a;
    }
  }
  let f_grantingVoters: Voter[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderChangeMessage.grantingVoters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Voter>(n);
      for (let i = 0; i < n; i++) a[i] = decodeVoter(r, version);
      f_grantingVoters = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LeaderChangeMessage = {
    version: f_version,
    leaderId: f_leaderId,
    voters: f_voters,
    grantingVoters: f_grantingVoters,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeVoter(w: Writer, v: Input<Voter>, version: number): void {
  w.int32(v.voterId ?? 0);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeVoter(r: Reader, version: number): Voter {
  const f_voterId: number = r.int32();
  let f_voterDirectoryId: string;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  } else f_voterDirectoryId = "AAAAAAAAAAAAAAAAAAAAAA";
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Voter = {
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
