// Generated from WriteShareGroupStateRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * WriteShareGroupStateRequest (request, api key 85), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces DeliveryCompleteCount (KIP-1226).
 */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (versions 0-1) */
  groupId: string;
  /** The data for the topics. (versions 0-1) */
  topics: WriteStateData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StateBatch {
  /** The first offset of this state batch. (versions 0-1) */
  firstOffset: bigint;
  /** The last offset of this state batch. (versions 0-1) */
  lastOffset: bigint;
  /** The delivery state - 0:Available,2:Acked,4:Archived. (versions 0-1) */
  deliveryState: number;
  /** The delivery count. (versions 0-1) */
  deliveryCount: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-1) */
  partition: number;
  /** The state epoch of the share-partition. (versions 0-1) */
  stateEpoch: number;
  /** The leader epoch of the share-partition. (versions 0-1) */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. (versions 0-1) */
  startOffset: bigint;
  /** The number of offsets greater than or equal to share-partition start offset for which delivery has been completed. (versions 1, default -1) */
  deliveryCompleteCount: number;
  /** The state batches for the share-partition. (versions 0-1) */
  stateBatches: StateBatch[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteStateData {
  /** The topic identifier. (versions 0-1) */
  topicId: string;
  /** The data for the partitions. (versions 0-1) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StateBatchFields: readonly FieldSchema[] = [
  { name: "firstOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "deliveryState", type: "int8", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "deliveryCount", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "stateEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "deliveryCompleteCount", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: -1 },
  { name: "stateBatches", type: "[]StateBatch", versions: [0, 1], nullable: null, tagged: null, fields: StateBatchFields },
];
const WriteStateDataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 1], nullable: null, tagged: null, fields: PartitionDataFields },
];
const WriteShareGroupStateRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "topics", type: "[]WriteStateData", versions: [0, 1], nullable: null, tagged: null, fields: WriteStateDataFields },
];

export const writeShareGroupStateRequestSchema: MessageSchema = {
  name: "WriteShareGroupStateRequest",
  type: "request",
  apiKey: 85,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: WriteShareGroupStateRequestFields,
};

export function encodeWriteShareGroupStateRequest(w: Writer, v: Input<WriteShareGroupStateRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteShareGroupStateRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteShareGroupStateRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteShareGroupStateRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteShareGroupStateRequest.topics has a null element`);
        encodeWriteStateData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteShareGroupStateRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: WriteStateData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteShareGroupStateRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WriteStateData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWriteStateData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: WriteShareGroupStateRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeStateBatch(w: Writer, v: Input<StateBatch>, version: number): void {
  w.int64(v.firstOffset ?? 0n);
  w.int64(v.lastOffset ?? 0n);
  w.int8(v.deliveryState ?? 0);
  w.int16(v.deliveryCount ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeStateBatch(r: Reader, version: number): StateBatch {
  const f_firstOffset: bigint = r.int64();
  const f_lastOffset: bigint = r.int64();
  const f_deliveryState: number = r.int8();
  const f_deliveryCount: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StateBatch = {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    deliveryState: f_deliveryState,
    deliveryCount: f_deliveryCount,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int32(v.stateEpoch ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  w.int64(v.startOffset ?? 0n);
  if (version >= 1) {
    w.int32(v.deliveryCompleteCount ?? -1);
  }
  {
    const x = v.stateBatches === undefined ? [] : v.stateBatches;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.stateBatches cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.stateBatches has a null element`);
        encodeStateBatch(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partition: number = r.int32();
  const f_stateEpoch: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  const f_startOffset: bigint = r.int64();
  let f_deliveryCompleteCount: number;
  if (version >= 1) {
    f_deliveryCompleteCount = r.int32();
  } else f_deliveryCompleteCount = -1;
  let f_stateBatches: StateBatch[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.stateBatches is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<StateBatch>(n);
      for (let i = 0; i < n; i++) a[i] = decodeStateBatch(r, version);
      f_stateBatches = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partition: f_partition,
    stateEpoch: f_stateEpoch,
    leaderEpoch: f_leaderEpoch,
    startOffset: f_startOffset,
    deliveryCompleteCount: f_deliveryCompleteCount,
    stateBatches: f_stateBatches,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWriteStateData(w: Writer, v: Input<WriteStateData>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteStateData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteStateData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeWriteStateData(r: Reader, version: number): WriteStateData {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(21);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteStateData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: WriteStateData = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
