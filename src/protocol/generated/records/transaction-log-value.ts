// Generated from TransactionLogValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * TransactionLogValue (coordinator-value, api key 0), versions 0-1, flexible 1+.
 *
 * Version 1 is the first flexible version.
 * KIP-915: bumping the version will no longer make this record backward compatible.
 * We suggest to add/remove only tagged fields to maintain backward compatibility.
 */
export interface TransactionLogValue {
  /** Producer id in use by the transactional id. (versions 0-1) */
  producerId: bigint;
  /** Producer id used by the last committed transaction. (versions 1, tagged 1 as tag 0, default -1) */
  previousProducerId: bigint;
  /** Latest producer ID sent to the producer for the given transactional id. (versions 1, tagged 1 as tag 1, default -1) */
  nextProducerId: bigint;
  /** Epoch associated with the producer id. (versions 0-1) */
  producerEpoch: number;
  /** Producer epoch associated with the NextProducerId (versions 1, tagged 1 as tag 3, default -1) */
  nextProducerEpoch: number;
  /** Transaction timeout in milliseconds. (versions 0-1) */
  transactionTimeoutMs: number;
  /** TransactionState the transaction is in. (versions 0-1) */
  transactionStatus: number;
  /** Partitions involved in the transaction. (versions 0-1, nullable 0-1) */
  transactionPartitions: PartitionsSchema[] | null;
  /** Time the transaction was last updated. (versions 0-1) */
  transactionLastUpdateTimestampMs: bigint;
  /** Time the transaction was started. (versions 0-1) */
  transactionStartTimestampMs: bigint;
  /** The transaction version used by the client. (versions 1, tagged 1 as tag 2, default 0) */
  clientTransactionVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionsSchema {
  /** Topic involved in the transaction. (versions 0-1) */
  topic: string;
  /** Partition ids involved in the transaction. (versions 0-1) */
  partitionIds: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionsSchemaFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "partitionIds", type: "[]int32", versions: [0, 1], nullable: null, tagged: null },
];
const TransactionLogValueFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "previousProducerId", type: "int64", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 0, default: -1n },
  { name: "nextProducerId", type: "int64", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 1, default: -1n },
  { name: "producerEpoch", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "nextProducerEpoch", type: "int16", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 3, default: -1 },
  { name: "transactionTimeoutMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "transactionStatus", type: "int8", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "transactionPartitions", type: "[]PartitionsSchema", versions: [0, 1], nullable: [0, 1], tagged: null, fields: PartitionsSchemaFields },
  { name: "transactionLastUpdateTimestampMs", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "transactionStartTimestampMs", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "clientTransactionVersion", type: "int16", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 2, default: 0 },
];

export const transactionLogValueSchema: MessageSchema = {
  name: "TransactionLogValue",
  type: "coordinator-value",
  apiKey: 0,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: TransactionLogValueFields,
};

export function encodeTransactionLogValue(w: Writer, v: Input<TransactionLogValue>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TransactionLogValue version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  w.int32(v.transactionTimeoutMs ?? 0);
  w.int8(v.transactionStatus ?? 0);
  {
    const x = v.transactionPartitions === undefined ? [] : v.transactionPartitions;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TransactionLogValue.transactionPartitions has a null element`);
        encodePartitionsSchema(w, e, version);
      }
    }
  }
  w.int64(v.transactionLastUpdateTimestampMs ?? 0n);
  w.int64(v.transactionStartTimestampMs ?? 0n);
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.previousProducerId ?? -1n;
      if (x !== -1n) {
        const tw = new Writer(64);
        tw.int64(x);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    {
      const x = v.nextProducerId ?? -1n;
      if (x !== -1n) {
        const tw = new Writer(64);
        tw.int64(x);
        (tagged ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    {
      const x = v.clientTransactionVersion ?? 0;
      if (x !== 0) {
        const tw = new Writer(64);
        tw.int16(x);
        (tagged ??= []).push({ tag: 2, data: tw.finish() });
      }
    }
    {
      const x = v.nextProducerEpoch ?? -1;
      if (x !== -1) {
        const tw = new Writer(64);
        tw.int16(x);
        (tagged ??= []).push({ tag: 3, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeTransactionLogValue(r: Reader, version: number): TransactionLogValue {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TransactionLogValue version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_producerId: bigint = r.int64();
  let f_previousProducerId: bigint = -1n;
  let f_nextProducerId: bigint = -1n;
  const f_producerEpoch: number = r.int16();
  let f_nextProducerEpoch: number = -1;
  const f_transactionTimeoutMs: number = r.int32();
  const f_transactionStatus: number = r.int8();
  let f_transactionPartitions: PartitionsSchema[] | null;
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) f_transactionPartitions = null;
    else {
      const a = new Array<PartitionsSchema>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionsSchema(r, version);
      f_transactionPartitions = a;
    }
  }
  const f_transactionLastUpdateTimestampMs: bigint = r.int64();
  const f_transactionStartTimestampMs: bigint = r.int64();
  let f_clientTransactionVersion: number = 0;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        f_previousProducerId = tr.int64();
      } else if (tag === 1) {
        f_nextProducerId = tr.int64();
      } else if (tag === 3) {
        f_nextProducerEpoch = tr.int16();
      } else if (tag === 2) {
        f_clientTransactionVersion = tr.int16();
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: TransactionLogValue = {
    producerId: f_producerId,
    previousProducerId: f_previousProducerId,
    nextProducerId: f_nextProducerId,
    producerEpoch: f_producerEpoch,
    nextProducerEpoch: f_nextProducerEpoch,
    transactionTimeoutMs: f_transactionTimeoutMs,
    transactionStatus: f_transactionStatus,
    transactionPartitions: f_transactionPartitions,
    transactionLastUpdateTimestampMs: f_transactionLastUpdateTimestampMs,
    transactionStartTimestampMs: f_transactionStartTimestampMs,
    clientTransactionVersion: f_clientTransactionVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionsSchema(w: Writer, v: Input<PartitionsSchema>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionsSchema.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitionIds === undefined ? [] : v.partitionIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionsSchema.partitionIds cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionsSchema.partitionIds has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionsSchema(r: Reader, version: number): PartitionsSchema {
  const flexible = version >= 1;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitionIds: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionsSchema.partitionIds is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIds = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionsSchema = {
    topic: f_topic,
    partitionIds: f_partitionIds,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
