// Generated from MetadataResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * MetadataResponse (response, api key 3), versions 0-13, flexible 9+.
 *
 * Version 1 adds fields for the rack of each broker, the controller id, and whether or not the topic is internal.
 *
 * Version 2 adds the cluster ID field.
 *
 * Version 3 adds the throttle time.
 *
 * Version 4 is the same as version 3.
 *
 * Version 5 adds a per-partition offline_replicas field. This field specifies
 * the list of replicas that are offline.
 *
 * Starting in version 6, on quota violation, brokers send out responses before throttling.
 *
 * Version 7 adds the leader epoch to the partition metadata.
 *
 * Starting in version 8, brokers can send authorized operations for topic and cluster.
 *
 * Version 9 is the first flexible version.
 *
 * Version 10 adds topicId.
 *
 * Version 11 deprecates ClusterAuthorizedOperations. This is now exposed
 * by the DescribeCluster API (KIP-700).
 * Version 12 supports topicId.
 * Version 13 supports top-level error code in the response.
 */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-13) */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. (versions 0-13) */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. (versions 2-13, nullable 2-13, default null) */
  clusterId: string | null;
  /** The ID of the controller broker. (versions 1-13, default -1, entity brokerId) */
  controllerId: number;
  /** Each topic in the response. (versions 0-13) */
  topics: MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10, default -2147483648) */
  clusterAuthorizedOperations: number;
  /** The top-level error code, or 0 if there was no error. (versions 13) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseBroker {
  /** The broker ID. (versions 0-13, entity brokerId, map key) */
  nodeId: number;
  /** The broker hostname. (versions 0-13) */
  host: string;
  /** The broker port. (versions 0-13) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1-13, nullable 1-13, default null) */
  rack: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0-13) */
  errorCode: number;
  /** The partition index. (versions 0-13) */
  partitionIndex: number;
  /** The ID of the leader broker. (versions 0-13, entity brokerId) */
  leaderId: number;
  /** The leader epoch of this partition. (versions 7-13, default -1) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0-13, entity brokerId) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0-13, entity brokerId) */
  isrNodes: number[];
  /** The set of offline replicas of this partition. (versions 5-13, entity brokerId) */
  offlineReplicas: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0-13) */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0-13, nullable 12-13, entity topicName, map key) */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10-13) */
  topicId: string;
  /** True if the topic is internal. (versions 1-13, default false) */
  isInternal: boolean;
  /** Each partition in the topic. (versions 0-13) */
  partitions: MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8-13, default -2147483648) */
  topicAuthorizedOperations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const MetadataResponseBrokerFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [0, 13], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "rack", type: "string", versions: [1, 13], nullable: [1, 13], tagged: null, default: null },
];
const MetadataResponsePartitionFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "partitionIndex", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [7, 13], nullable: null, tagged: null, default: -1 },
  { name: "replicaNodes", type: "[]int32", versions: [0, 13], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "isrNodes", type: "[]int32", versions: [0, 13], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "offlineReplicas", type: "[]int32", versions: [5, 13], nullable: null, tagged: null, entityType: "brokerId" },
];
const MetadataResponseTopicFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "name", type: "string", versions: [0, 13], nullable: [12, 13], tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [10, 13], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "isInternal", type: "bool", versions: [1, 13], nullable: null, tagged: null, default: false },
  { name: "partitions", type: "[]MetadataResponsePartition", versions: [0, 13], nullable: null, tagged: null, fields: MetadataResponsePartitionFields },
  { name: "topicAuthorizedOperations", type: "int32", versions: [8, 13], nullable: null, tagged: null, default: -2147483648 },
];
const MetadataResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [3, 13], nullable: null, tagged: null, default: 0 },
  { name: "brokers", type: "[]MetadataResponseBroker", versions: [0, 13], nullable: null, tagged: null, fields: MetadataResponseBrokerFields },
  { name: "clusterId", type: "string", versions: [2, 13], nullable: [2, 13], tagged: null, default: null },
  { name: "controllerId", type: "int32", versions: [1, 13], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "topics", type: "[]MetadataResponseTopic", versions: [0, 13], nullable: null, tagged: null, fields: MetadataResponseTopicFields },
  { name: "clusterAuthorizedOperations", type: "int32", versions: [8, 10], nullable: null, tagged: null, default: -2147483648 },
  { name: "errorCode", type: "int16", versions: [13, 13], nullable: null, tagged: null, default: 0 },
];

export const metadataResponseSchema: MessageSchema = {
  name: "MetadataResponse",
  type: "response",
  apiKey: 3,
  validVersions: [0, 13],
  flexibleVersions: [9, 32767],
  fields: MetadataResponseFields,
};

export function encodeMetadataResponse(w: Writer, v: Input<MetadataResponse>, version: number): void {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `MetadataResponse version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  if (version >= 3) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.brokers === undefined ? [] : v.brokers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponse.brokers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponse.brokers has a null element`);
        encodeMetadataResponseBroker(w, e, version);
      }
    }
  }
  if (version >= 2) {
    {
      const x = v.clusterId === undefined ? null : v.clusterId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 1) {
    w.int32(v.controllerId ?? -1);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponse.topics has a null element`);
        encodeMetadataResponseTopic(w, e, version);
      }
    }
  }
  if (version >= 8 && version <= 10) {
    w.int32(v.clusterAuthorizedOperations ?? -2147483648);
  }
  if (version >= 13) {
    w.int16(v.errorCode ?? 0);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `MetadataResponse version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  let f_throttleTimeMs: number;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_brokers: MetadataResponseBroker[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponse.brokers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<MetadataResponseBroker>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMetadataResponseBroker(r, version);
      f_brokers = a;
    }
  }
  let f_clusterId: string | null;
  if (version >= 2) {
    f_clusterId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_clusterId = null;
  let f_controllerId: number;
  if (version >= 1) {
    f_controllerId = r.int32();
  } else f_controllerId = -1;
  let f_topics: MetadataResponseTopic[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<MetadataResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMetadataResponseTopic(r, version);
      f_topics = a;
    }
  }
  let f_clusterAuthorizedOperations: number;
  if (version >= 8 && version <= 10) {
    f_clusterAuthorizedOperations = r.int32();
  } else f_clusterAuthorizedOperations = -2147483648;
  let f_errorCode: number;
  if (version >= 13) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataResponse = {
    throttleTimeMs: f_throttleTimeMs,
    brokers: f_brokers,
    clusterId: f_clusterId,
    controllerId: f_controllerId,
    topics: f_topics,
    clusterAuthorizedOperations: f_clusterAuthorizedOperations,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMetadataResponseBroker(w: Writer, v: Input<MetadataResponseBroker>, version: number): void {
  const flexible = version >= 9;
  w.int32(v.nodeId ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponseBroker.host cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.port ?? 0);
  if (version >= 1) {
    {
      const x = v.rack === undefined ? null : v.rack;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMetadataResponseBroker(r: Reader, version: number): MetadataResponseBroker {
  const flexible = version >= 9;
  const f_nodeId: number = r.int32();
  const f_host: string = (flexible ? r.compactString() : r.string());
  const f_port: number = r.int32();
  let f_rack: string | null;
  if (version >= 1) {
    f_rack = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_rack = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataResponseBroker = {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    rack: f_rack,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMetadataResponsePartition(w: Writer, v: Input<MetadataResponsePartition>, version: number): void {
  const flexible = version >= 9;
  w.int16(v.errorCode ?? 0);
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.leaderId ?? 0);
  if (version >= 7) {
    w.int32(v.leaderEpoch ?? -1);
  }
  {
    const x = v.replicaNodes === undefined ? [] : v.replicaNodes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.replicaNodes cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.replicaNodes has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.isrNodes === undefined ? [] : v.isrNodes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.isrNodes cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.isrNodes has a null element`);
        w.int32(e);
      }
    }
  }
  if (version >= 5) {
    {
      const x = v.offlineReplicas === undefined ? [] : v.offlineReplicas;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.offlineReplicas cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponsePartition.offlineReplicas has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMetadataResponsePartition(r: Reader, version: number): MetadataResponsePartition {
  const flexible = version >= 9;
  const f_errorCode: number = r.int16();
  const f_partitionIndex: number = r.int32();
  const f_leaderId: number = r.int32();
  let f_leaderEpoch: number;
  if (version >= 7) {
    f_leaderEpoch = r.int32();
  } else f_leaderEpoch = -1;
  let f_replicaNodes: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponsePartition.replicaNodes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicaNodes = a;
    }
  }
  let f_isrNodes: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponsePartition.isrNodes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_isrNodes = a;
    }
  }
  let f_offlineReplicas: number[];
  if (version >= 5) {
    {
      const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponsePartition.offlineReplicas is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_offlineReplicas = a;
      }
    }
  } else f_offlineReplicas = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataResponsePartition = {
    errorCode: f_errorCode,
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    replicaNodes: f_replicaNodes,
    isrNodes: f_isrNodes,
    offlineReplicas: f_offlineReplicas,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMetadataResponseTopic(w: Writer, v: Input<MetadataResponseTopic>, version: number): void {
  const flexible = version >= 9;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null && !(version >= 12)) throw new ProtocolError('INVALID_VALUE', `MetadataResponseTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  if (version >= 1) {
    w.bool(v.isInternal ?? false);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `MetadataResponseTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataResponseTopic.partitions has a null element`);
        encodeMetadataResponsePartition(w, e, version);
      }
    }
  }
  if (version >= 8) {
    w.int32(v.topicAuthorizedOperations ?? -2147483648);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMetadataResponseTopic(r: Reader, version: number): MetadataResponseTopic {
  const flexible = version >= 9;
  const f_errorCode: number = r.int16();
  const f_name: string | null = (flexible ? (version >= 12 ? r.compactNullableString() : r.compactString()) : (version >= 12 ? r.nullableString() : r.string()));
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_isInternal: boolean;
  if (version >= 1) {
    f_isInternal = r.bool();
  } else f_isInternal = false;
  let f_partitions: MetadataResponsePartition[];
  {
    const n = (flexible ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `MetadataResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<MetadataResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMetadataResponsePartition(r, version);
      f_partitions = a;
    }
  }
  let f_topicAuthorizedOperations: number;
  if (version >= 8) {
    f_topicAuthorizedOperations = r.int32();
  } else f_topicAuthorizedOperations = -2147483648;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataResponseTopic = {
    errorCode: f_errorCode,
    name: f_name,
    topicId: f_topicId,
    isInternal: f_isInternal,
    partitions: f_partitions,
    topicAuthorizedOperations: f_topicAuthorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
