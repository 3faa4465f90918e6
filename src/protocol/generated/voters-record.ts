// Generated from VotersRecord.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** VotersRecord (data), versions 0, flexible 0+. */
export interface VotersRecord {
  /** The version of the voters record. (versions 0) */
  version: number;
  /** The set of voters in the quorum for this epoch. (versions 0) */
  voters: Voter[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Endpoint {
  /** The name of the endpoint. (versions 0, map key) */
  name: string;
  /** The hostname. (versions 0) */
  host: string;
  /** The port. (versions 0) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface KRaftVersionFeature {
  /** The minimum supported KRaft protocol version. (versions 0) */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version. (versions 0) */
  maxSupportedVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Voter {
  /** The replica id of the voter in the topic partition. (versions 0, entity brokerId) */
  voterId: number;
  /** The directory id of the voter in the topic partition. (versions 0) */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter. (versions 0) */
  endpoints: Endpoint[];
  /** The range of versions of the protocol that the replica supports. (versions 0) */
  kRaftVersionFeature: KRaftVersionFeature;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EndpointFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const KRaftVersionFeatureFields: readonly FieldSchema[] = [
  { name: "minSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "maxSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const VoterFields: readonly FieldSchema[] = [
  { name: "voterId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "voterDirectoryId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "endpoints", type: "[]Endpoint", versions: [0, 0], nullable: null, tagged: null, fields: EndpointFields },
  { name: "kRaftVersionFeature", type: "KRaftVersionFeature", versions: [0, 0], nullable: null, tagged: null, fields: KRaftVersionFeatureFields },
];
const VotersRecordFields: readonly FieldSchema[] = [
  { name: "version", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "voters", type: "[]Voter", versions: [0, 0], nullable: null, tagged: null, fields: VoterFields },
];

export const votersRecordSchema: MessageSchema = {
  name: "VotersRecord",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: VotersRecordFields,
};

function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

export function encodeVotersRecord(w: Writer, v: Input<VotersRecord>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `VotersRecord version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.version ?? 0);
  {
    const x = v.voters === undefined ? [] : v.voters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `VotersRecord.voters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `VotersRecord.voters has a null element`);
        encodeVoter(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeVotersRecord(r: Reader, version: number): VotersRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `VotersRecord version ${version} is not supported (valid: 0-0)`);
  }
  const f_version: number = r.int16();
  let f_voters: Voter[];
  {
    const n = r.compactArrayLength(25);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `VotersRecord.voters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Voter>(n);
      for (let i = 0; i < n; i++) a[i] = decodeVoter(r, version);
      f_voters = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: VotersRecord = {
    version: f_version,
    voters: f_voters,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEndpoint(w: Writer, v: Input<Endpoint>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Endpoint.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Endpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeEndpoint(r: Reader, version: number): Endpoint {
  const f_name: string = r.compactString();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Endpoint = {
    name: f_name,
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeKRaftVersionFeature(w: Writer, v: Input<KRaftVersionFeature>, version: number): void {
  w.int16(v.minSupportedVersion ?? 0);
  w.int16(v.maxSupportedVersion ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeKRaftVersionFeature(r: Reader, version: number): KRaftVersionFeature {
  const f_minSupportedVersion: number = r.int16();
  const f_maxSupportedVersion: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: KRaftVersionFeature = {
    minSupportedVersion: f_minSupportedVersion,
    maxSupportedVersion: f_maxSupportedVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeVoter(w: Writer, v: Input<Voter>, version: number): void {
  w.int32(v.voterId ?? 0);
  w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.endpoints === undefined ? [] : v.endpoints;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Voter.endpoints cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Voter.endpoints has a null element`);
        encodeEndpoint(w, e, version);
      }
    }
  }
  {
    const x = v.kRaftVersionFeature === undefined ? {} : v.kRaftVersionFeature;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Voter.kRaftVersionFeature cannot be null in version ${version}`);
    encodeKRaftVersionFeature(w, x, version);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeVoter(r: Reader, version: number): Voter {
  const f_voterId: number = r.int32();
  const f_voterDirectoryId: string = r.uuid();
  let f_endpoints: Endpoint[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Voter.endpoints is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Endpoint>(n);
      for (let i = 0; i < n; i++) a[i] = decodeEndpoint(r, version);
      f_endpoints = a;
    }
  }
  const f_kRaftVersionFeature: KRaftVersionFeature = decodeKRaftVersionFeature(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Voter = {
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    endpoints: f_endpoints,
    kRaftVersionFeature: f_kRaftVersionFeature,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
