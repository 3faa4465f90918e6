// Generated from DescribeTopicPartitionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeTopicPartitionsResponse (response, api key 75), versions 0, flexible 0+. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0) */
  topics: DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. (versions 0, nullable 0, default null) */
  nextCursor: Cursor | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** The ID of the leader broker. (versions 0, entity brokerId) */
  leaderId: number;
  /** The leader epoch of this partition. (versions 0, default -1) */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0, entity brokerId) */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0, entity brokerId) */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. (versions 0, nullable 0, default null, entity brokerId) */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. (versions 0, nullable 0, default null, entity brokerId) */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. (versions 0, entity brokerId) */
  offlineReplicas: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The topic name. (versions 0, nullable 0, entity topicName, map key) */
  name: string | null;
  /** The topic id. (versions 0) */
  topicId: string;
  /** True if the topic is internal. (versions 0, default false) */
  isInternal: boolean;
  /** Each partition in the topic. (versions 0) */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 0, default -2147483648) */
  topicAuthorizedOperations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Cursor {
  /** The name for the first topic to process. (versions 0, entity topicName) */
  topicName: string;
  /** The partition index to start with. (versions 0) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeTopicPartitionsResponsePartitionFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1 },
  { name: "replicaNodes", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "isrNodes", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "eligibleLeaderReplicas", type: "[]int32", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, entityType: "brokerId" },
  { name: "lastKnownElr", type: "[]int32", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, entityType: "brokerId" },
  { name: "offlineReplicas", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
];
const DescribeTopicPartitionsResponseTopicFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "name", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "isInternal", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "partitions", type: "[]DescribeTopicPartitionsResponsePartition", versions: [0, 0], nullable: null, tagged: null, fields: DescribeTopicPartitionsResponsePartitionFields },
  { name: "topicAuthorizedOperations", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -2147483648 },
];
const CursorFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const DescribeTopicPartitionsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]DescribeTopicPartitionsResponseTopic", versions: [0, 0], nullable: null, tagged: null, fields: DescribeTopicPartitionsResponseTopicFields },
  { name: "nextCursor", type: "Cursor", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, fields: CursorFields },
];

export const describeTopicPartitionsResponseSchema: MessageSchema = {
  name: "DescribeTopicPartitionsResponse",
  type: "response",
  apiKey: 75,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeTopicPartitionsResponseFields,
};

export function encodeDescribeTopicPartitionsResponse(w: Writer, v: Input<DescribeTopicPartitionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTopicPartitionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponse.topics has a null element`);
        encodeDescribeTopicPartitionsResponseTopic(w, e, version);
      }
    }
  }
  {
    const x = v.nextCursor === undefined ? null : v.nextCursor;
    if (x === null) w.int8(-1);
    else {
      w.int8(1);
      encodeCursor(w, x, version);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTopicPartitionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_topics: DescribeTopicPartitionsResponseTopic[];
  {
    const n = r.compactArrayLength(25);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeTopicPartitionsResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeTopicPartitionsResponseTopic(r, version);
      f_topics = a;
    }
  }
  const f_nextCursor: Cursor | null = r.int8() < 0 ? null : decodeCursor(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTopicPartitionsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
    nextCursor: f_nextCursor,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeTopicPartitionsResponsePartition(w: Writer, v: Input<DescribeTopicPartitionsResponsePartition>, version: number): void {
  w.int16(v.errorCode ?? 0);
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? -1);
  {
    const x = v.replicaNodes === undefined ? [] : v.replicaNodes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.replicaNodes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.replicaNodes has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.isrNodes === undefined ? [] : v.isrNodes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.isrNodes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.isrNodes has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.eligibleLeaderReplicas === undefined ? null : v.eligibleLeaderReplicas;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.eligibleLeaderReplicas has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.lastKnownElr === undefined ? null : v.lastKnownElr;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.lastKnownElr has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.offlineReplicas === undefined ? [] : v.offlineReplicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.offlineReplicas cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponsePartition.offlineReplicas has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponsePartition {
  const f_errorCode: number = r.int16();
  const f_partitionIndex: number = r.int32();
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let f_replicaNodes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsResponsePartition.replicaNodes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicaNodes = a;
    }
  }
  let f_isrNodes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsResponsePartition.isrNodes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_isrNodes = a;
    }
  }
  let f_eligibleLeaderReplicas: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n === null) f_eligibleLeaderReplicas = null;
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_eligibleLeaderReplicas = a;
    }
  }
  let f_lastKnownElr: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n === null) f_lastKnownElr = null;
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_lastKnownElr = a;
    }
  }
  let f_offlineReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsResponsePartition.offlineReplicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_offlineReplicas = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTopicPartitionsResponsePartition = {
    errorCode: f_errorCode,
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    replicaNodes: f_replicaNodes,
    isrNodes: f_isrNodes,
    eligibleLeaderReplicas: f_eligibleLeaderReplicas,
    lastKnownElr: f_lastKnownElr,
    offlineReplicas: f_offlineReplicas,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeTopicPartitionsResponseTopic(w: Writer, v: Input<DescribeTopicPartitionsResponseTopic>, version: number): void {
  w.int16(v.errorCode ?? 0);
  {
    const x = v.name === undefined ? "" : v.name;
    w.compactNullableString(x);
  }
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  w.bool(v.isInternal ?? false);
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponseTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsResponseTopic.partitions has a null element`);
        encodeDescribeTopicPartitionsResponsePartition(w, e, version);
      }
    }
  }
  w.int32(v.topicAuthorizedOperations ?? -2147483648);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseTopic {
  const f_errorCode: number = r.int16();
  const f_name: string | null = r.compactNullableString();
  const f_topicId: string = r.uuid();
  const f_isInternal: boolean = r.bool();
  let f_partitions: DescribeTopicPartitionsResponsePartition[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeTopicPartitionsResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeTopicPartitionsResponsePartition(r, version);
      f_partitions = a;
    }
  }
  const f_topicAuthorizedOperations: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTopicPartitionsResponseTopic = {
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

function encodeCursor(w: Writer, v: Input<Cursor>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Cursor.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.partitionIndex ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCursor(r: Reader, version: number): Cursor {
  const f_topicName: string = r.compactString();
  const f_partitionIndex: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Cursor = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
