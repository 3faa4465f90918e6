// Generated from AddRaftVoterRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AddRaftVoterRequest (request, api key 80), versions 0-1, flexible 0+.
 *
 * Version 1 adds the AckWhenCommitted field.
 */
export interface AddRaftVoterRequest {
  /** The cluster id. (versions 0-1, nullable 0-1) */
  clusterId: string | null;
  /** The maximum time to wait for the request to complete before returning. (versions 0-1) */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition. (versions 0-1) */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition. (versions 0-1) */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter. (versions 0-1) */
  listeners: Listener[];
  /** When true, return a response after the new voter set is committed. Otherwise, return after the leader writes the changes locally. (versions 1, default true) */
  ackWhenCommitted: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Listener {
  /** The name of the endpoint. (versions 0-1, map key) */
  name: string;
  /** The hostname. (versions 0-1) */
  host: string;
  /** The port. (versions 0-1) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListenerFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const AddRaftVoterRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
  { name: "timeoutMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "voterId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "voterDirectoryId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "listeners", type: "[]Listener", versions: [0, 1], nullable: null, tagged: null, fields: ListenerFields },
  { name: "ackWhenCommitted", type: "bool", versions: [1, 1], nullable: null, tagged: null, default: true },
];

export const addRaftVoterRequestSchema: MessageSchema = {
  name: "AddRaftVoterRequest",
  type: "request",
  apiKey: 80,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: AddRaftVoterRequestFields,
};

export function encodeAddRaftVoterRequest(w: Writer, v: Input<AddRaftVoterRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddRaftVoterRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.clusterId === undefined ? "" : v.clusterId;
    w.compactNullableString(x);
  }
  w.int32(v.timeoutMs ?? 0);
  w.int32(v.voterId ?? 0);
  w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.listeners === undefined ? [] : v.listeners;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddRaftVoterRequest.listeners cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AddRaftVoterRequest.listeners has a null element`);
        encodeListener(w, e, version);
      }
    }
  }
  if (version >= 1) {
    w.bool(v.ackWhenCommitted ?? true);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddRaftVoterRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_clusterId: string | null = r.compactNullableString();
  const f_timeoutMs: number = r.int32();
  const f_voterId: number = r.int32();
  const f_voterDirectoryId: string = r.uuid();
  let f_listeners: Listener[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AddRaftVoterRequest.listeners is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Listener>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListener(r, version);
      f_listeners = a;
    }
  }
  let f_ackWhenCommitted: boolean;
  if (version >= 1) {
    f_ackWhenCommitted = r.bool();
  } else f_ackWhenCommitted = true;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AddRaftVoterRequest = {
    clusterId: f_clusterId,
    timeoutMs: f_timeoutMs,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    listeners: f_listeners,
    ackWhenCommitted: f_ackWhenCommitted,
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
