// Generated from AlterPartitionResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterPartitionResponse (response, api key 56), versions 0-3, flexible 0+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, version 2 is the new baseline.
 * Version 1 adds LeaderRecoveryState field (KIP-704).
 * Version 2 adds TopicId field to replace TopicName field, can return the following new errors:
 * INELIGIBLE_REPLICA, NEW_LEADER_ELECTED and UNKNOWN_TOPIC_ID (KIP-841).
 *
 * Version 3 is the same as version 2 (KIP-903).
 */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 0-3) */
  errorCode: number;
  /** The responses for each topic. (versions 0-3) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-3) */
  partitionIndex: number;
  /** The partition level error code. (versions 0-3) */
  errorCode: number;
  /** The broker ID of the leader. (versions 0-3, entity brokerId) */
  leaderId: number;
  /** The leader epoch. (versions 0-3) */
  leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0-3, entity brokerId) */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1-3, default 0) */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. (versions 0-3) */
  partitionEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The name of the topic (versions 0-1, entity topicName) */
  topicName: string;
  /** The ID of the topic. (versions 2-3) */
  topicId: string;
  /** The responses for each partition. (versions 0-3) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "isr", type: "[]int32", versions: [0, 3], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "leaderRecoveryState", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 0 },
  { name: "partitionEpoch", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [2, 3], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 3], nullable: null, tagged: null, fields: PartitionDataFields },
];
const AlterPartitionResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TopicData", versions: [0, 3], nullable: null, tagged: null, fields: TopicDataFields },
];

export const alterPartitionResponseSchema: MessageSchema = {
  name: "AlterPartitionResponse",
  type: "response",
  apiKey: 56,
  validVersions: [0, 3],
  flexibleVersions: [0, 32767],
  fields: AlterPartitionResponseFields,
};

export function encodeAlterPartitionResponse(w: Writer, v: Input<AlterPartitionResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionResponse version ${version} is not supported (valid: 0-3)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionResponse.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionResponse version ${version} is not supported (valid: 0-3)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterPartitionResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterPartitionResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  {
    const x = v.isr === undefined ? [] : v.isr;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.isr cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.isr has a null element`);
        w.int32(e);
      }
    }
  }
  if (version >= 1) {
    w.int8(v.leaderRecoveryState ?? 0);
  }
  w.int32(v.partitionEpoch ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let f_isr: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.isr is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_isr = a;
    }
  }
  let f_leaderRecoveryState: number;
  if (version >= 1) {
    f_leaderRecoveryState = r.int8();
  } else f_leaderRecoveryState = 0;
  const f_partitionEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    isr: f_isr,
    leaderRecoveryState: f_leaderRecoveryState,
    partitionEpoch: f_partitionEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  if (version <= 1) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 2) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
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
  let f_topicName: string;
  if (version <= 1) {
    f_topicName = r.compactString();
  } else f_topicName = "";
  let f_topicId: string;
  if (version >= 2) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(19);
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
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
