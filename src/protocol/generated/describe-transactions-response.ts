// Generated from DescribeTransactionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeTransactionsResponse (response, api key 65), versions 0, flexible 0+. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The current state of the transaction. (versions 0) */
  transactionStates: TransactionState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0, entity topicName, map key) */
  topic: string;
  /** The partition ids included in the current transaction. (versions 0) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TransactionState {
  /** The error code. (versions 0) */
  errorCode: number;
  /** The transactional id. (versions 0, entity transactionalId) */
  transactionalId: string;
  /** The current transaction state of the producer. (versions 0) */
  transactionState: string;
  /** The timeout in milliseconds for the transaction. (versions 0) */
  transactionTimeoutMs: number;
  /** The start time of the transaction in milliseconds. (versions 0) */
  transactionStartTimeMs: bigint;
  /** The current producer id associated with the transaction. (versions 0, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer id. (versions 0) */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (versions 0) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicDataFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const TransactionStateFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "transactionalId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "transactionState", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "transactionTimeoutMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "transactionStartTimeMs", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "producerId", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TopicData", versions: [0, 0], nullable: null, tagged: null, fields: TopicDataFields },
];
const DescribeTransactionsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "transactionStates", type: "[]TransactionState", versions: [0, 0], nullable: null, tagged: null, fields: TransactionStateFields },
];

export const describeTransactionsResponseSchema: MessageSchema = {
  name: "DescribeTransactionsResponse",
  type: "response",
  apiKey: 65,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeTransactionsResponseFields,
};

export function encodeDescribeTransactionsResponse(w: Writer, v: Input<DescribeTransactionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTransactionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.transactionStates === undefined ? [] : v.transactionStates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTransactionsResponse.transactionStates cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTransactionsResponse.transactionStates has a null element`);
        encodeTransactionState(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTransactionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_transactionStates: TransactionState[];
  {
    const n = r.compactArrayLength(27);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTransactionsResponse.transactionStates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TransactionState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTransactionState(r, version);
      f_transactionStates = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTransactionsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    transactionStates: f_transactionStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topic cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const f_topic: string = r.compactString();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicData = {
    topic: f_topic,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTransactionState(w: Writer, v: Input<TransactionState>, version: number): void {
  w.int16(v.errorCode ?? 0);
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionState.transactionalId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.transactionState === undefined ? "" : v.transactionState;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionState.transactionState cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.transactionTimeoutMs ?? 0);
  w.int64(v.transactionStartTimeMs ?? 0n);
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionState.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TransactionState.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTransactionState(r: Reader, version: number): TransactionState {
  const f_errorCode: number = r.int16();
  const f_transactionalId: string = r.compactString();
  const f_transactionState: string = r.compactString();
  const f_transactionTimeoutMs: number = r.int32();
  const f_transactionStartTimeMs: bigint = r.int64();
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TransactionState.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TransactionState = {
    errorCode: f_errorCode,
    transactionalId: f_transactionalId,
    transactionState: f_transactionState,
    transactionTimeoutMs: f_transactionTimeoutMs,
    transactionStartTimeMs: f_transactionStartTimeMs,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
