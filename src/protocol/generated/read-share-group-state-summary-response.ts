// Generated from ReadShareGroupStateSummaryResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ReadShareGroupStateSummaryResponse (response, api key 87), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces DeliveryCompleteCount (KIP-1226).
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - UNKNOWN_TOPIC_OR_PARTITION (version 0+)
 * - FENCED_LEADER_EPOCH (version 0+)
 * - INVALID_REQUEST (version 0+)
 */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results. (versions 0-1) */
  results: ReadStateSummaryResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResult {
  /** The partition index. (versions 0-1) */
  partition: number;
  /** The error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** The state epoch of the share-partition. (versions 0-1) */
  stateEpoch: number;
  /** The leader epoch of the share-partition. (versions 0-1) */
  leaderEpoch: number;
  /** The share-partition start offset. (versions 0-1) */
  startOffset: bigint;
  /** The number of offsets greater than or equal to share-partition start offset for which delivery has been completed. (versions 1, default -1) */
  deliveryCompleteCount: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadStateSummaryResult {
  /** The topic identifier. (versions 0-1) */
  topicId: string;
  /** The results for the partitions. (versions 0-1) */
  partitions: PartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionResultFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "stateEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "deliveryCompleteCount", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: -1 },
];
const ReadStateSummaryResultFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionResult", versions: [0, 1], nullable: null, tagged: null, fields: PartitionResultFields },
];
const ReadShareGroupStateSummaryResponseFields: readonly FieldSchema[] = [
  { name: "results", type: "[]ReadStateSummaryResult", versions: [0, 1], nullable: null, tagged: null, fields: ReadStateSummaryResultFields },
];

export const readShareGroupStateSummaryResponseSchema: MessageSchema = {
  name: "ReadShareGroupStateSummaryResponse",
  type: "response",
  apiKey: 87,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ReadShareGroupStateSummaryResponseFields,
};

export function encodeReadShareGroupStateSummaryResponse(w: Writer, v: Input<ReadShareGroupStateSummaryResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateSummaryResponse version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateSummaryResponse.results cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateSummaryResponse.results has a null element`);
        encodeReadStateSummaryResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateSummaryResponse version ${version} is not supported (valid: 0-1)`);
  }
  let f_results: ReadStateSummaryResult[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadShareGroupStateSummaryResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReadStateSummaryResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReadStateSummaryResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadShareGroupStateSummaryResponse = {
    results: f_results,
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
  w.int32(v.leaderEpoch ?? 0);
  w.int64(v.startOffset ?? 0n);
  if (version >= 1) {
    w.int32(v.deliveryCompleteCount ?? -1);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionResult(r: Reader, version: number): PartitionResult {
  const f_partition: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  const f_stateEpoch: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  const f_startOffset: bigint = r.int64();
  let f_deliveryCompleteCount: number;
  if (version >= 1) {
    f_deliveryCompleteCount = r.int32();
  } else f_deliveryCompleteCount = -1;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionResult = {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    stateEpoch: f_stateEpoch,
    leaderEpoch: f_leaderEpoch,
    startOffset: f_startOffset,
    deliveryCompleteCount: f_deliveryCompleteCount,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReadStateSummaryResult(w: Writer, v: Input<ReadStateSummaryResult>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadStateSummaryResult.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadStateSummaryResult.partitions has a null element`);
        encodePartitionResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReadStateSummaryResult(r: Reader, version: number): ReadStateSummaryResult {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionResult[];
  {
    const n = r.compactArrayLength(23);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadStateSummaryResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadStateSummaryResult = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
