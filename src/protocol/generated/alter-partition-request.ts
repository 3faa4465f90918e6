// Generated from AlterPartitionRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterPartitionRequest (request, api key 56), versions 0-3, flexible 0+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, version 2 is the new baseline.
 * Version 1 adds LeaderRecoveryState field (KIP-704).
 * Version 2 adds TopicId field to replace TopicName field (KIP-841).
 *
 * Version 3 adds the NewIsrEpochs field and deprecates the NewIsr field (KIP-903).
 */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker. (versions 0-3, entity brokerId) */
  brokerId: number;
  /** The epoch of the requesting broker. (versions 0-3, default -1) */
  brokerEpoch: bigint;
  /** The topics to alter ISRs for. (versions 0-3) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BrokerState {
  /** The ID of the broker. (versions 3, entity brokerId) */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3, default -1) */
  brokerEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-3) */
  partitionIndex: number;
  /** The leader epoch of this partition. (versions 0-3) */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. (versions 0-2, entity brokerId) */
  newIsr: number[];
  /** The ISR for this partition. (versions 3) */
  newIsrWithEpochs: BrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1-3, default 0) */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. (versions 0-3) */
  partitionEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The name of the topic to alter ISRs for (versions 0-1, entity topicName) */
  topicName: string;
  /** The ID of the topic to alter ISRs for. (versions 2-3) */
  topicId: string;
  /** The partitions to alter ISRs for. (versions 0-3) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BrokerStateFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [3, 3], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [3, 3], nullable: null, tagged: null, default: -1n },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "newIsr", type: "[]int32", versions: [0, 2], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "newIsrWithEpochs", type: "[]BrokerState", versions: [3, 3], nullable: null, tagged: null, fields: BrokerStateFields },
  { name: "leaderRecoveryState", type: "int8", versions: [1, 3], nullable: null, tagged: null, default: 0 },
  { name: "partitionEpoch", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [2, 3], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 3], nullable: null, tagged: null, fields: PartitionDataFields },
];
const AlterPartitionRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: -1n },
  { name: "topics", type: "[]TopicData", versions: [0, 3], nullable: null, tagged: null, fields: TopicDataFields },
];

export const alterPartitionRequestSchema: MessageSchema = {
  name: "AlterPartitionRequest",
  type: "request",
  apiKey: 56,
  validVersions: [0, 3],
  flexibleVersions: [0, 32767],
  fields: AlterPartitionRequestFields,
};

export function encodeAlterPartitionRequest(w: Writer, v: Input<AlterPartitionRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionRequest version ${version} is not supported (valid: 0-3)`);
  }
  w.int32(v.brokerId ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionRequest.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionRequest version ${version} is not supported (valid: 0-3)`);
  }
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterPartitionRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterPartitionRequest = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeBrokerState(w: Writer, v: Input<BrokerState>, version: number): void {
  w.int32(v.brokerId ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeBrokerState(r: Reader, version: number): BrokerState {
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: BrokerState = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  if (version <= 2) {
    {
      const x = v.newIsr === undefined ? [] : v.newIsr;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.newIsr cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.newIsr has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (version >= 3) {
    {
      const x = v.newIsrWithEpochs === undefined ? [] : v.newIsrWithEpochs;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.newIsrWithEpochs cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.newIsrWithEpochs has a null element`);
          encodeBrokerState(w, e, version);
        }
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
  const f_leaderEpoch: number = r.int32();
  let f_newIsr: number[];
  if (version <= 2) {
    {
      const n = r.compactArrayLength(4);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.newIsr is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_newIsr = a;
      }
    }
  } else f_newIsr = [];
  let f_newIsrWithEpochs: BrokerState[];
  if (version >= 3) {
    {
      const n = r.compactArrayLength(12);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.newIsrWithEpochs is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<BrokerState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeBrokerState(r, version);
        f_newIsrWithEpochs = a;
      }
    }
  } else f_newIsrWithEpochs = [];
  let f_leaderRecoveryState: number;
  if (version >= 1) {
    f_leaderRecoveryState = r.int8();
  } else f_leaderRecoveryState = 0;
  const f_partitionEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    leaderEpoch: f_leaderEpoch,
    newIsr: f_newIsr,
    newIsrWithEpochs: f_newIsrWithEpochs,
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
    const n = r.compactArrayLength(12);
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
