// Generated from EndQuorumEpochRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EndQuorumEpochRequest (request, api key 54), versions 0-1, flexible 1+.
 *
 * Version 1 adds flexible versions, replaces preferred successors with preferred candidates
 * and adds leader endpoints (KIP-853)
 */
export interface EndQuorumEpochRequest {
  /** The cluster id. (versions 0-1, nullable 0-1, default null) */
  clusterId: string | null;
  /** The topics. (versions 0-1) */
  topics: TopicData[];
  /** Endpoints for the leader. (versions 1) */
  leaderEndpoints: LeaderEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReplicaInfo {
  /** The ID of the candidate replica. (versions 1, entity brokerId) */
  candidateId: number;
  /** The directory ID of the candidate replica. (versions 1) */
  candidateDirectoryId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The current leader ID that is resigning. (versions 0-1, entity brokerId) */
  leaderId: number;
  /** The current epoch. (versions 0-1) */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election. (versions 0) */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election. (versions 1) */
  preferredCandidates: ReplicaInfo[];
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

const ReplicaInfoFields: readonly FieldSchema[] = [
  { name: "candidateId", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "candidateDirectoryId", type: "uuid", versions: [1, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "preferredSuccessors", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
  { name: "preferredCandidates", type: "[]ReplicaInfo", versions: [1, 1], nullable: null, tagged: null, fields: ReplicaInfoFields },
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
const EndQuorumEpochRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "topics", type: "[]TopicData", versions: [0, 1], nullable: null, tagged: null, fields: TopicDataFields },
  { name: "leaderEndpoints", type: "[]LeaderEndpoint", versions: [1, 1], nullable: null, tagged: null, fields: LeaderEndpointFields },
];

export const endQuorumEpochRequestSchema: MessageSchema = {
  name: "EndQuorumEpochRequest",
  type: "request",
  apiKey: 54,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: EndQuorumEpochRequestFields,
};

export function encodeEndQuorumEpochRequest(w: Writer, v: Input<EndQuorumEpochRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndQuorumEpochRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  {
    const x = v.clusterId === undefined ? null : v.clusterId;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochRequest.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  if (version >= 1) {
    {
      const x = v.leaderEndpoints === undefined ? [] : v.leaderEndpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochRequest.leaderEndpoints cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochRequest.leaderEndpoints has a null element`);
          encodeLeaderEndpoint(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndQuorumEpochRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_clusterId: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_topics: TopicData[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `EndQuorumEpochRequest.topics is null, not allowed in version ${version}`);
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
        throw new ProtocolError('NEGATIVE_LENGTH', `EndQuorumEpochRequest.leaderEndpoints is null, not allowed in version ${version}`);
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
  const out: EndQuorumEpochRequest = {
    clusterId: f_clusterId,
    topics: f_topics,
    leaderEndpoints: f_leaderEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReplicaInfo(w: Writer, v: Input<ReplicaInfo>, version: number): void {
  w.int32(v.candidateId ?? 0);
  w.uuid(v.candidateDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReplicaInfo(r: Reader, version: number): ReplicaInfo {
  const f_candidateId: number = r.int32();
  const f_candidateDirectoryId: string = r.uuid();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReplicaInfo = {
    candidateId: f_candidateId,
    candidateDirectoryId: f_candidateDirectoryId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  const flexible = version >= 1;
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  if (version <= 0) {
    {
      const x = v.preferredSuccessors === undefined ? [] : v.preferredSuccessors;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.preferredSuccessors cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.preferredSuccessors has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (version >= 1) {
    {
      const x = v.preferredCandidates === undefined ? [] : v.preferredCandidates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.preferredCandidates cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.preferredCandidates has a null element`);
          encodeReplicaInfo(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const flexible = version >= 1;
  const f_partitionIndex: number = r.int32();
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let f_preferredSuccessors: number[];
  if (version <= 0) {
    {
      const n = r.arrayLength(4);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.preferredSuccessors is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_preferredSuccessors = a;
      }
    }
  } else f_preferredSuccessors = [];
  let f_preferredCandidates: ReplicaInfo[];
  if (version >= 1) {
    {
      const n = r.compactArrayLength(20);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.preferredCandidates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<ReplicaInfo>(n);
        for (let i = 0; i < n; i++) a[i] = decodeReplicaInfo(r, version);
        f_preferredCandidates = a;
      }
    }
  } else f_preferredCandidates = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    preferredSuccessors: f_preferredSuccessors,
    preferredCandidates: f_preferredCandidates,
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
