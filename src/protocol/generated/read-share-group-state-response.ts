// Generated from ReadShareGroupStateResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ReadShareGroupStateResponse (response, api key 84), versions 0, flexible 0+.
 *
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - UNKNOWN_TOPIC_OR_PARTITION (version 0+)
 * - FENCED_LEADER_EPOCH (version 0+)
 * - INVALID_REQUEST (version 0+)
 */
export interface ReadShareGroupStateResponse {
  /** The read results. (versions 0) */
  results: ReadStateResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StateBatch {
  /** The first offset of this state batch. (versions 0) */
  firstOffset: bigint;
  /** The last offset of this state batch. (versions 0) */
  lastOffset: bigint;
  /** The delivery state - 0:Available,2:Acked,4:Archived. (versions 0) */
  deliveryState: number;
  /** The delivery count. (versions 0) */
  deliveryCount: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResult {
  /** The partition index. (versions 0) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** The state epoch of the share-partition. (versions 0) */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (versions 0) */
  startOffset: bigint;
  /** The state batches for this share-partition. (versions 0) */
  stateBatches: StateBatch[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadStateResult {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The results for the partitions. (versions 0) */
  partitions: PartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StateBatchFields: readonly FieldSchema[] = [
  { name: "firstOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "deliveryState", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "deliveryCount", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const PartitionResultFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
  { name: "stateEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "stateBatches", type: "[]StateBatch", versions: [0, 0], nullable: null, tagged: null, fields: StateBatchFields },
];
const ReadStateResultFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionResult", versions: [0, 0], nullable: null, tagged: null, fields: PartitionResultFields },
];
const ReadShareGroupStateResponseFields: readonly FieldSchema[] = [
  { name: "results", type: "[]ReadStateResult", versions: [0, 0], nullable: null, tagged: null, fields: ReadStateResultFields },
];

export const readShareGroupStateResponseSchema: MessageSchema = {
  name: "ReadShareGroupStateResponse",
  type: "response",
  apiKey: 84,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ReadShareGroupStateResponseFields,
};

export function encodeReadShareGroupStateResponse(w: Writer, v: Input<ReadShareGroupStateResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateResponse version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateResponse.results has a null element`);
        encodeReadStateResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateResponse version ${version} is not supported (valid: 0-0)`);
  }
  let f_results: ReadStateResult[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadShareGroupStateResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReadStateResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReadStateResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadShareGroupStateResponse = {
    results: f_results,
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

function encodePartitionResult(w: Writer, v: Input<PartitionResult>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  w.int32(v.stateEpoch ?? 0);
  w.int64(v.startOffset ?? 0n);
  {
    const x = v.stateBatches === undefined ? [] : v.stateBatches;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionResult.stateBatches cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionResult.stateBatches has a null element`);
        encodeStateBatch(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionResult(r: Reader, version: number): PartitionResult {
  const f_partition: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  const f_stateEpoch: number = r.int32();
  const f_startOffset: bigint = r.int64();
  let f_stateBatches: StateBatch[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionResult.stateBatches is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<StateBatch>(n);
      for (let i = 0; i < n; i++) a[i] = decodeStateBatch(r, version);
      f_stateBatches = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionResult = {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    stateEpoch: f_stateEpoch,
    startOffset: f_startOffset,
    stateBatches: f_stateBatches,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReadStateResult(w: Writer, v: Input<ReadStateResult>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadStateResult.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadStateResult.partitions has a null element`);
        encodePartitionResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReadStateResult(r: Reader, version: number): ReadStateResult {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionResult[];
  {
    const n = r.compactArrayLength(20);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadStateResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadStateResult = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
