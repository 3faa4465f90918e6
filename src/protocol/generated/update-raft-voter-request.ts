// Generated from UpdateRaftVoterRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** UpdateRaftVoterRequest (request, api key 82), versions 0, flexible 0+. */
export interface UpdateRaftVoterRequest {
  /** The cluster id. (versions 0, nullable 0) */
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. (versions 0) */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition. (versions 0) */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition. (versions 0) */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader. (versions 0) */
  listeners: Listener[];
  /** The range of versions of the protocol that the replica supports. (versions 0) */
  kRaftVersionFeature: KRaftVersionFeature;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Listener {
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

const ListenerFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const KRaftVersionFeatureFields: readonly FieldSchema[] = [
  { name: "minSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "maxSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const UpdateRaftVoterRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "currentLeaderEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "voterId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "voterDirectoryId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "listeners", type: "[]Listener", versions: [0, 0], nullable: null, tagged: null, fields: ListenerFields },
  { name: "kRaftVersionFeature", type: "KRaftVersionFeature", versions: [0, 0], nullable: null, tagged: null, fields: KRaftVersionFeatureFields },
];

export const updateRaftVoterRequestSchema: MessageSchema = {
  name: "UpdateRaftVoterRequest",
  type: "request",
  apiKey: 82,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: UpdateRaftVoterRequestFields,
};

function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

export function encodeUpdateRaftVoterRequest(w: Writer, v: Input<UpdateRaftVoterRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateRaftVoterRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.clusterId === undefined ? "" : v.clusterId;
    w.compactNullableString(x);
  }
  w.int32(v.currentLeaderEpoch ?? 0);
  w.int32(v.voterId ?? 0);
  w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.listeners === undefined ? [] : v.listeners;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateRaftVoterRequest.listeners cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateRaftVoterRequest.listeners has a null element`);
        encodeListener(w, e, version);
      }
    }
  }
  {
    const x = v.kRaftVersionFeature === undefined ? {} : v.kRaftVersionFeature;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateRaftVoterRequest.kRaftVersionFeature cannot be null in version ${version}`);
    encodeKRaftVersionFeature(w, x, version);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateRaftVoterRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_clusterId: string | null = r.compactNullableString();
  const f_currentLeaderEpoch: number = r.int32();
  const f_voterId: number = r.int32();
  const f_voterDirectoryId: string = r.uuid();
  let f_listeners: Listener[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateRaftVoterRequest.listeners is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Listener>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListener(r, version);
      f_listeners = a;
    }
  }
  const f_kRaftVersionFeature: KRaftVersionFeature = decodeKRaftVersionFeature(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UpdateRaftVoterRequest = {
    clusterId: f_clusterId,
    currentLeaderEpoch: f_currentLeaderEpoch,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    listeners: f_listeners,
    kRaftVersionFeature: f_kRaftVersionFeature,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListener(w: Writer, v: Input<Listener>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Listener.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Listener.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeListener(r: Reader, version: number): Listener {
  const f_name: string = r.compactString();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Listener = {
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
