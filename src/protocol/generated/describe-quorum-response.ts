// Generated from DescribeQuorumResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeQuorumResponse (response, api key 55), versions 0-2, flexible 0+.
 *
 * Version 1 adds LastFetchTimeStamp and LastCaughtUpTimestamp in ReplicaState (KIP-836).
 * Version 2 adds ErrorMessage, Nodes, ErrorMessage in PartitionData, ReplicaDirectoryId in ReplicaState (KIP-853).
 */
export interface DescribeQuorumResponse {
  /** The top level error code. (versions 0-2) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 2, nullable 2) */
  errorMessage: string | null;
  /** The response from the describe quorum API. (versions 0-2) */
  topics: TopicData[];
  /** The nodes in the quorum. (versions 2) */
  nodes: Node[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReplicaState {
  /** The ID of the replica. (versions 0-2, entity brokerId) */
  replicaId: number;
  /** The replica directory ID of the replica. (versions 2) */
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown. (versions 0-2) */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter. (versions 1-2, default -1) */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter. (versions 1-2, default -1) */
  lastCaughtUpTimestamp: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The partition error code. (versions 0-2) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 2, nullable 2) */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-2, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0-2) */
  leaderEpoch: number;
  /** The high water mark. (versions 0-2) */
  highWatermark: bigint;
  /** The current voters of the partition. (versions 0-2) */
  currentVoters: ReplicaState[];
  /** The observers of the partition. (versions 0-2) */
  observers: ReplicaState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0-2, entity topicName) */
  topicName: string;
  /** The partition data. (versions 0-2) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Listener {
  /** The name of the endpoint. (versions 2, map key) */
  name: string;
  /** The hostname. (versions 2) */
  host: string;
  /** The port. (versions 2) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Node {
  /** The ID of the associated node. (versions 2, entity brokerId, map key) */
  nodeId: number;
  /** The listeners of this controller. (versions 2) */
  listeners: Listener[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ReplicaStateFields: readonly FieldSchema[] = [
  { name: "replicaId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "replicaDirectoryId", type: "uuid", versions: [2, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "logEndOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "lastFetchTimestamp", type: "int64", versions: [1, 2], nullable: null, tagged: null, default: -1n },
  { name: "lastCaughtUpTimestamp", type: "int64", versions: [1, 2], nullable: null, tagged: null, default: -1n },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [2, 2], nullable: [2, 2], tagged: null, default: "" },
  { name: "leaderId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "highWatermark", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "currentVoters", type: "[]ReplicaState", versions: [0, 2], nullable: null, tagged: null, fields: ReplicaStateFields },
  { name: "observers", type: "[]ReplicaState", versions: [0, 2], nullable: null, tagged: null, fields: ReplicaStateFields },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 2], nullable: null, tagged: null, fields: PartitionDataFields },
];
const ListenerFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [2, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [2, 2], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [2, 2], nullable: null, tagged: null, default: 0 },
];
const NodeFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [2, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "listeners", type: "[]Listener", versions: [2, 2], nullable: null, tagged: null, fields: ListenerFields },
];
const DescribeQuorumResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [2, 2], nullable: [2, 2], tagged: null, default: "" },
  { name: "topics", type: "[]TopicData", versions: [0, 2], nullable: null, tagged: null, fields: TopicDataFields },
  { name: "nodes", type: "[]Node", versions: [2, 2], nullable: null, tagged: null, fields: NodeFields },
];

export const describeQuorumResponseSchema: MessageSchema = {
  name: "DescribeQuorumResponse",
  type: "response",
  apiKey: 55,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: DescribeQuorumResponseFields,
};

export function encodeDescribeQuorumResponse(w: Writer, v: Input<DescribeQuorumResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeQuorumResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 2) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumResponse.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  if (version >= 2) {
    {
      const x = v.nodes === undefined ? [] : v.nodes;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumResponse.nodes cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeQuorumResponse.nodes has a null element`);
          encodeNode(w, e, version);
        }
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeQuorumResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 2) {
    f_errorMessage = r.compactNullableString();
  } else f_errorMessage = "";
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeQuorumResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let f_nodes: Node[];
  if (version >= 2) {
    {
      const n = r.compactArrayLength(5);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `DescribeQuorumResponse.nodes is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<Node>(n);
        for (let i = 0; i < n; i++) a[i] = decodeNode(r, version);
        f_nodes = a;
      }
    }
  } else f_nodes = [];
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeQuorumResponse = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    topics: f_topics,
    nodes: f_nodes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReplicaState(w: Writer, v: Input<ReplicaState>, version: number): void {
  w.int32(v.replicaId ?? 0);
  if (version >= 2) {
    w.uuid(v.replicaDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  w.int64(v.logEndOffset ?? 0n);
  if (version >= 1) {
    w.int64(v.lastFetchTimestamp ?? -1n);
  }
  if (version >= 1) {
    w.int64(v.lastCaughtUpTimestamp ?? -1n);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReplicaState(r: Reader, version: number): ReplicaState {
  const f_replicaId: number = r.int32();
  let f_replicaDirectoryId: string;
  if (version >= 2) {
    f_replicaDirectoryId = r.uuid();
  } else f_replicaDirectoryId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_logEndOffset: bigint = r.int64();
  let f_lastFetchTimestamp: bigint;
  if (version >= 1) {
    f_lastFetchTimestamp = r.int64();
  } else f_lastFetchTimestamp = -1n;
  let f_lastCaughtUpTimestamp: bigint;
  if (version >= 1) {
    f_lastCaughtUpTimestamp = r.int64();
  } else f_lastCaughtUpTimestamp = -1n;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReplicaState = {
    replicaId: f_replicaId,
    replicaDirectoryId: f_replicaDirectoryId,
    logEndOffset: f_logEndOffset,
    lastFetchTimestamp: f_lastFetchTimestamp,
    lastCaughtUpTimestamp: f_lastCaughtUpTimestamp,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (version >= 2) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      w.compactNullableString(x);
    }
  }
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  w.int64(v.highWatermark ?? 0n);
  {
    const x = v.currentVoters === undefined ? [] : v.currentVoters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.currentVoters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.currentVoters has a null element`);
        encodeReplicaState(w, e, version);
      }
    }
  }
  {
    const x = v.observers === undefined ? [] : v.observers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.observers cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.observers has a null element`);
        encodeReplicaState(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 2) {
    f_errorMessage = r.compactNullableString();
  } else f_errorMessage = "";
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  const f_highWatermark: bigint = r.int64();
  let f_currentVoters: ReplicaState[];
  {
    const n = r.compactArrayLength(12);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.currentVoters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReplicaState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReplicaState(r, version);
      f_currentVoters = a;
    }
  }
  let f_observers: ReplicaState[];
  {
    const n = r.compactArrayLength(12);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.observers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReplicaState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReplicaState(r, version);
      f_observers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    highWatermark: f_highWatermark,
    currentVoters: f_currentVoters,
    observers: f_observers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const f_topicName: string = r.compactString();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(24);
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
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicData = {
    topicName: f_topicName,
    partitions: f_partitions,
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

function encodeNode(w: Writer, v: Input<Node>, version: number): void {
  w.int32(v.nodeId ?? 0);
  {
    const x = v.listeners === undefined ? [] : v.listeners;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Node.listeners cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Node.listeners has a null element`);
        encodeListener(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeNode(r: Reader, version: number): Node {
  const f_nodeId: number = r.int32();
  let f_listeners: Listener[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Node.listeners is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Listener>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListener(r, version);
      f_listeners = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Node = {
    nodeId: f_nodeId,
    listeners: f_listeners,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
