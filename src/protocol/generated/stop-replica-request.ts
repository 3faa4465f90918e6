// Generated from StopReplicaRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * StopReplicaRequest (request, api key 5), versions 0-4, flexible 2+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface StopReplicaRequest {
  /** The controller id. (versions 0-4, entity brokerId) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 4, default false) */
  isKRaftController: boolean;
  /** The controller epoch. (versions 0-4) */
  controllerEpoch: number;
  /** The broker epoch. (versions 1-4, default -1) */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. (versions 0-2) */
  deletePartitions: boolean;
  /** The partitions to stop. (versions 0) */
  ungroupedPartitions: StopReplicaPartitionV0[];
  /** The topics to stop. (versions 1-2) */
  topics: StopReplicaTopicV1[];
  /** Each topic. (versions 3-4) */
  topicStates: StopReplicaTopicState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaPartitionV0 {
  /** The topic name. (versions 0, entity topicName) */
  topicName: string;
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaTopicV1 {
  /** The topic name. (versions 1-2, entity topicName) */
  name: string;
  /** The partition indexes. (versions 1-2) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaPartitionState {
  /** The partition index. (versions 3-4) */
  partitionIndex: number;
  /** The leader epoch. (versions 3-4, default -1) */
  leaderEpoch: number;
  /** Whether this partition should be deleted. (versions 3-4) */
  deletePartition: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaTopicState {
  /** The topic name. (versions 3-4, entity topicName) */
  topicName: string;
  /** The state of each partition (versions 3-4) */
  partitionStates: StopReplicaPartitionState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StopReplicaPartitionV0Fields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const StopReplicaTopicV1Fields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [1, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndexes", type: "[]int32", versions: [1, 2], nullable: null, tagged: null },
];
const StopReplicaPartitionStateFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [3, 4], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [3, 4], nullable: null, tagged: null, default: -1 },
  { name: "deletePartition", type: "bool", versions: [3, 4], nullable: null, tagged: null, default: false },
];
const StopReplicaTopicStateFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [3, 4], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionStates", type: "[]StopReplicaPartitionState", versions: [3, 4], nullable: null, tagged: null, fields: StopReplicaPartitionStateFields },
];
const StopReplicaRequestFields: readonly FieldSchema[] = [
  { name: "controllerId", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "isKRaftController", type: "bool", versions: [4, 4], nullable: null, tagged: null, default: false },
  { name: "controllerEpoch", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "brokerEpoch", type: "int64", versions: [1, 4], nullable: null, tagged: null, default: -1n },
  { name: "deletePartitions", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "ungroupedPartitions", type: "[]StopReplicaPartitionV0", versions: [0, 0], nullable: null, tagged: null, fields: StopReplicaPartitionV0Fields },
  { name: "topics", type: "[]StopReplicaTopicV1", versions: [1, 2], nullable: null, tagged: null, fields: StopReplicaTopicV1Fields },
  { name: "topicStates", type: "[]StopReplicaTopicState", versions: [3, 4], nullable: null, tagged: null, fields: StopReplicaTopicStateFields },
];

export const stopReplicaRequestSchema: MessageSchema = {
  name: "StopReplicaRequest",
  type: "request",
  apiKey: 5,
  validVersions: [0, 4],
  flexibleVersions: [2, 32767],
  fields: StopReplicaRequestFields,
};

export function encodeStopReplicaRequest(w: Writer, v: Input<StopReplicaRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StopReplicaRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 2;
  w.int32(v.controllerId ?? 0);
  if (version >= 4) {
    w.bool(v.isKRaftController ?? false);
  }
  w.int32(v.controllerEpoch ?? 0);
  if (version >= 1) {
    w.int64(v.brokerEpoch ?? -1n);
  }
  if (version <= 2) {
    w.bool(v.deletePartitions ?? false);
  }
  if (version <= 0) {
    {
      const x = v.ungroupedPartitions === undefined ? [] : v.ungroupedPartitions;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.ungroupedPartitions cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.ungroupedPartitions has a null element`);
          encodeStopReplicaPartitionV0(w, e, version);
        }
      }
    }
  }
  if (version >= 1 && version <= 2) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.topics cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.topics has a null element`);
          encodeStopReplicaTopicV1(w, e, version);
        }
      }
    }
  }
  if (version >= 3) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.topicStates cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaRequest.topicStates has a null element`);
          encodeStopReplicaTopicState(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StopReplicaRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 2;
  const f_controllerId: number = r.int32();
  let f_isKRaftController: boolean;
  if (version >= 4) {
    f_isKRaftController = r.bool();
  } else f_isKRaftController = false;
  const f_controllerEpoch: number = r.int32();
  let f_brokerEpoch: bigint;
  if (version >= 1) {
    f_brokerEpoch = r.int64();
  } else f_brokerEpoch = -1n;
  let f_deletePartitions: boolean;
  if (version <= 2) {
    f_deletePartitions = r.bool();
  } else f_deletePartitions = false;
  let f_ungroupedPartitions: StopReplicaPartitionV0[];
  if (version <= 0) {
    {
      const n = r.arrayLength(5);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaRequest.ungroupedPartitions is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<StopReplicaPartitionV0>(n);
        for (let i = 0; i < n; i++) a[i] = decodeStopReplicaPartitionV0(r, version);
        f_ungroupedPartitions = a;
      }
    }
  } else f_ungroupedPartitions = [];
  let f_topics: StopReplicaTopicV1[];
  if (version >= 1 && version <= 2) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaRequest.topics is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<StopReplicaTopicV1>(n);
        for (let i = 0; i < n; i++) a[i] = decodeStopReplicaTopicV1(r, version);
        f_topics = a;
      }
    }
  } else f_topics = [];
  let f_topicStates: StopReplicaTopicState[];
  if (version >= 3) {
    {
      const n = r.compactArrayLength(2);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaRequest.topicStates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<StopReplicaTopicState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeStopReplicaTopicState(r, version);
        f_topicStates = a;
      }
    }
  } else f_topicStates = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: StopReplicaRequest = {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    deletePartitions: f_deletePartitions,
    ungroupedPartitions: f_ungroupedPartitions,
    topics: f_topics,
    topicStates: f_topicStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeStopReplicaPartitionV0(w: Writer, v: Input<StopReplicaPartitionV0>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaPartitionV0.topicName cannot be null in version ${version}`);
    w.nullableString(x);
  }
  w.int32(v.partitionIndex ?? 0);
}

function decodeStopReplicaPartitionV0(r: Reader, version: number): StopReplicaPartitionV0 {
  const f_topicName: string = r.string();
  const f_partitionIndex: number = r.int32();
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
}

function encodeStopReplicaTopicV1(w: Writer, v: Input<StopReplicaTopicV1>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicV1.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicV1.partitionIndexes cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicV1.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeStopReplicaTopicV1(r: Reader, version: number): StopReplicaTopicV1 {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitionIndexes: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaTopicV1.partitionIndexes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIndexes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: StopReplicaTopicV1 = {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeStopReplicaPartitionState(w: Writer, v: Input<StopReplicaPartitionState>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.leaderEpoch ?? -1);
  w.bool(v.deletePartition ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeStopReplicaPartitionState(r: Reader, version: number): StopReplicaPartitionState {
  const f_partitionIndex: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  const f_deletePartition: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StopReplicaPartitionState = {
    partitionIndex: f_partitionIndex,
    leaderEpoch: f_leaderEpoch,
    deletePartition: f_deletePartition,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeStopReplicaTopicState(w: Writer, v: Input<StopReplicaTopicState>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicState.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitionStates === undefined ? [] : v.partitionStates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicState.partitionStates cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StopReplicaTopicState.partitionStates has a null element`);
        encodeStopReplicaPartitionState(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeStopReplicaTopicState(r: Reader, version: number): StopReplicaTopicState {
  const f_topicName: string = r.compactString();
  let f_partitionStates: StopReplicaPartitionState[];
  {
    const n = r.compactArrayLength(9);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StopReplicaTopicState.partitionStates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<StopReplicaPartitionState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeStopReplicaPartitionState(r, version);
      f_partitionStates = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StopReplicaTopicState = {
    topicName: f_topicName,
    partitionStates: f_partitionStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
