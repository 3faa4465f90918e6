// Generated from BeginQuorumEpochRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * BeginQuorumEpochRequest (request, api key 53), versions 0-1, flexible 1+.
 *
 * Version 1 adds flexible versions, voter key and leader endpoints (KIP-853)
 */
export interface BeginQuorumEpochRequest {
  /** The cluster id. (versions 0-1, nullable 0-1, default null) */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. (versions 1, default -1, entity brokerId) */
  voterId: number;
  /** The topics. (versions 0-1) */
  topics: TopicData[];
  /** Endpoints for the leader. (versions 1) */
  leaderEndpoints: LeaderEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The directory id of the receiving replica. (versions 1) */
  voterDirectoryId: string;
  /** The ID of the newly elected leader. (versions 0-1, entity brokerId) */
  leaderId: number;
  /** The epoch of the newly elected leader. (versions 0-1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0-1, entity topicName) */
  topicName: string;
  /** The partitions. (versions 0-1) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderEndpoint {
  /** The name of the endpoint. (versions 1, map key) */
  name: string;
  /** The node's hostname. (versions 1) */
  host: string;
  /** The node's port. (versions 1) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "voterDirectoryId", type: "uuid", versions: [1, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "leaderId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 1], nullable: null, tagged: null, fields: PartitionDataFields },
];
const LeaderEndpointFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [1, 1], nullable: null, tagged: null, default: 0 },
];
const BeginQuorumEpochRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "voterId", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "topics", type: "[]TopicData", versions: [0, 1], nullable: null, tagged: null, fields: TopicDataFields },
  { name: "leaderEndpoints", type: "[]LeaderEndpoint", versions: [1, 1], nullable: null, tagged: null, fields: LeaderEndpointFields },
];

export const beginQuorumEpochRequestSchema: MessageSchema = {
  name: "BeginQuorumEpochRequest",
  type: "request",
  apiKey: 53,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: BeginQuorumEpochRequestFields,
};

export function encodeBeginQuorumEpochRequest(w: Writer, v: Input<BeginQuorumEpochRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BeginQuorumEpochRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  {
    const x = v.clusterId === undefined ? null : v.clusterId;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 1) {
    w.int32(v.voterId ?? -1);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `BeginQuorumEpochRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `BeginQuorumEpochRequest.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  if (version >= 1) {
    {
      const x = v.leaderEndpoints === undefined ? [] : v.leaderEndpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `BeginQuorumEpochRequest.leaderEndpoints cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `BeginQuorumEpochRequest.leaderEndpoints has a null element`);
          encodeLeaderEndpoint(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BeginQuorumEpochRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_clusterId: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_voterId: number;
  if (version >= 1) {
    f_voterId = r.int32();
  } else f_voterId = -1;
  let f_topics: TopicData[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `BeginQuorumEpochRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let f_leaderEndpoints: LeaderEndpoint[];
  if (version >= 1) {
    {
      const n = r.compactArrayLength(4);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `BeginQuorumEpochRequest.leaderEndpoints is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<LeaderEndpoint>(n);
        for (let i = 0; i < n; i++) a[i] = decodeLeaderEndpoint(r, version);
        f_leaderEndpoints = a;
      }
    }
  } else f_leaderEndpoints = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: BeginQuorumEpochRequest = {
    clusterId: f_clusterId,
    voterId: f_voterId,
    topics: f_topics,
    leaderEndpoints: f_leaderEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  const flexible = version >= 1;
  w.int32(v.partitionIndex ?? 0);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const flexible = version >= 1;
  const f_partitionIndex: number = r.int32();
  let f_voterDirectoryId: string;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  } else f_voterDirectoryId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    voterDirectoryId: f_voterDirectoryId,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const flexible = version >= 1;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  let f_partitions: PartitionData[];
  {
    const n = (flexible ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TopicData = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderEndpoint(w: Writer, v: Input<LeaderEndpoint>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderEndpoint.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderEndpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeLeaderEndpoint(r: Reader, version: number): LeaderEndpoint {
  const f_name: string = r.compactString();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LeaderEndpoint = {
    name: f_name,
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
