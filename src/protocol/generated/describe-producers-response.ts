// Generated from DescribeProducersResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeProducersResponse (response, api key 61), versions 0, flexible 0+. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0) */
  topics: TopicResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProducerState {
  /** The producer id. (versions 0, entity producerId) */
  producerId: bigint;
  /** The producer epoch. (versions 0) */
  producerEpoch: number;
  /** The last sequence number sent by the producer. (versions 0, default -1) */
  lastSequence: number;
  /** The last timestamp sent by the producer. (versions 0, default -1) */
  lastTimestamp: bigint;
  /** The current epoch of the producer group. (versions 0) */
  coordinatorEpoch: number;
  /** The current transaction start offset of the producer. (versions 0, default -1) */
  currentTxnStartOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionResponse {
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available. (versions 0, nullable 0, default null) */
  errorMessage: string | null;
  /** The active producers for the partition. (versions 0) */
  activeProducers: ProducerState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicResponse {
  /** The topic name. (versions 0, entity topicName) */
  name: string;
  /** Each partition in the response. (versions 0) */
  partitions: PartitionResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ProducerStateFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "lastSequence", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1 },
  { name: "lastTimestamp", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: -1n },
  { name: "coordinatorEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "currentTxnStartOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: -1n },
];
const PartitionResponseFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null },
  { name: "activeProducers", type: "[]ProducerState", versions: [0, 0], nullable: null, tagged: null, fields: ProducerStateFields },
];
const TopicResponseFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionResponse", versions: [0, 0], nullable: null, tagged: null, fields: PartitionResponseFields },
];
const DescribeProducersResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TopicResponse", versions: [0, 0], nullable: null, tagged: null, fields: TopicResponseFields },
];

export const describeProducersResponseSchema: MessageSchema = {
  name: "DescribeProducersResponse",
  type: "response",
  apiKey: 61,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeProducersResponseFields,
};

export function encodeDescribeProducersResponse(w: Writer, v: Input<DescribeProducersResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeProducersResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeProducersResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeProducersResponse.topics has a null element`);
        encodeTopicResponse(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeProducersResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_topics: TopicResponse[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeProducersResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicResponse(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeProducersResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeProducerState(w: Writer, v: Input<ProducerState>, version: number): void {
  w.int64(v.producerId ?? 0n);
  w.int32(v.producerEpoch ?? 0);
  w.int32(v.lastSequence ?? -1);
  w.int64(v.lastTimestamp ?? -1n);
  w.int32(v.coordinatorEpoch ?? 0);
  w.int64(v.currentTxnStartOffset ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeProducerState(r: Reader, version: number): ProducerState {
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int32();
  const f_lastSequence: number = r.int32();
  const f_lastTimestamp: bigint = r.int64();
  const f_coordinatorEpoch: number = r.int32();
  const f_currentTxnStartOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ProducerState = {
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    lastSequence: f_lastSequence,
    lastTimestamp: f_lastTimestamp,
    coordinatorEpoch: f_coordinatorEpoch,
    currentTxnStartOffset: f_currentTxnStartOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionResponse(w: Writer, v: Input<PartitionResponse>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.activeProducers === undefined ? [] : v.activeProducers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionResponse.activeProducers cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionResponse.activeProducers has a null element`);
        encodeProducerState(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionResponse(r: Reader, version: number): PartitionResponse {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_activeProducers: ProducerState[];
  {
    const n = r.compactArrayLength(36);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionResponse.activeProducers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ProducerState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeProducerState(r, version);
      f_activeProducers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionResponse = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    activeProducers: f_activeProducers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicResponse(w: Writer, v: Input<TopicResponse>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicResponse.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicResponse.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicResponse.partitions has a null element`);
        encodePartitionResponse(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicResponse(r: Reader, version: number): TopicResponse {
  const f_name: string = r.compactString();
  let f_partitions: PartitionResponse[];
  {
    const n = r.compactArrayLength(8);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicResponse.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionResponse(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicResponse = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
