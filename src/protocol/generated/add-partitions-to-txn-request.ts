// Generated from AddPartitionsToTxnRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AddPartitionsToTxnRequest (request, api key 24), versions 0-5, flexible 3+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds VerifyOnly field to check if partitions are already in transaction and adds support to batch multiple transactions.
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 * Versions 3 and below will be exclusively used by clients and versions 4 and above will be used by brokers.
 */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4-5) */
  transactions: AddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. (versions 0-3, entity transactionalId) */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-3, entity producerId) */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-3) */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. (versions 0-3) */
  v3AndBelowTopics: AddPartitionsToTxnTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0-5, entity topicName, map key) */
  name: string;
  /** The partition indexes to add to the transaction. (versions 0-5) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4-5, entity transactionalId, map key) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 4-5, entity producerId) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 4-5) */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4-5, default false) */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. (versions 4-5) */
  topics: AddPartitionsToTxnTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AddPartitionsToTxnTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 5], nullable: null, tagged: null },
];
const AddPartitionsToTxnTransactionFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [4, 5], nullable: null, tagged: null, default: "", entityType: "transactionalId", mapKey: true },
  { name: "producerId", type: "int64", versions: [4, 5], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [4, 5], nullable: null, tagged: null, default: 0 },
  { name: "verifyOnly", type: "bool", versions: [4, 5], nullable: null, tagged: null, default: false },
  { name: "topics", type: "[]AddPartitionsToTxnTopic", versions: [4, 5], nullable: null, tagged: null, fields: AddPartitionsToTxnTopicFields },
];
const AddPartitionsToTxnRequestFields: readonly FieldSchema[] = [
  { name: "transactions", type: "[]AddPartitionsToTxnTransaction", versions: [4, 5], nullable: null, tagged: null, fields: AddPartitionsToTxnTransactionFields },
  { name: "v3AndBelowTransactionalId", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "v3AndBelowProducerId", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "v3AndBelowProducerEpoch", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "v3AndBelowTopics", type: "[]AddPartitionsToTxnTopic", versions: [0, 3], nullable: null, tagged: null, fields: AddPartitionsToTxnTopicFields },
];

export const addPartitionsToTxnRequestSchema: MessageSchema = {
  name: "AddPartitionsToTxnRequest",
  type: "request",
  apiKey: 24,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: AddPartitionsToTxnRequestFields,
};

export function encodeAddPartitionsToTxnRequest(w: Writer, v: Input<AddPartitionsToTxnRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddPartitionsToTxnRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  if (version >= 4) {
    {
      const x = v.transactions === undefined ? [] : v.transactions;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnRequest.transactions cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnRequest.transactions has a null element`);
          encodeAddPartitionsToTxnTransaction(w, e, version);
        }
      }
    }
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowTransactionalId === undefined ? "" : v.v3AndBelowTransactionalId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnRequest.v3AndBelowTransactionalId cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version <= 3) {
    w.int64(v.v3AndBelowProducerId ?? 0n);
  }
  if (version <= 3) {
    w.int16(v.v3AndBelowProducerEpoch ?? 0);
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowTopics === undefined ? [] : v.v3AndBelowTopics;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnRequest.v3AndBelowTopics cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnRequest.v3AndBelowTopics has a null element`);
          encodeAddPartitionsToTxnTopic(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddPartitionsToTxnRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  let f_transactions: AddPartitionsToTxnTransaction[];
  if (version >= 4) {
    {
      const n = r.compactArrayLength(13);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnRequest.transactions is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<AddPartitionsToTxnTransaction>(n);
        for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnTransaction(r, version);
        f_transactions = a;
      }
    }
  } else f_transactions = [];
  let f_v3AndBelowTransactionalId: string;
  if (version <= 3) {
    f_v3AndBelowTransactionalId = (flexible ? r.compactString() : r.string());
  } else f_v3AndBelowTransactionalId = "";
  let f_v3AndBelowProducerId: bigint;
  if (version <= 3) {
    f_v3AndBelowProducerId = r.int64();
  } else f_v3AndBelowProducerId = 0n;
  let f_v3AndBelowProducerEpoch: number;
  if (version <= 3) {
    f_v3AndBelowProducerEpoch = r.int16();
  } else f_v3AndBelowProducerEpoch = 0;
  let f_v3AndBelowTopics: AddPartitionsToTxnTopic[];
  if (version <= 3) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnRequest.v3AndBelowTopics is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<AddPartitionsToTxnTopic>(n);
        for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnTopic(r, version);
        f_v3AndBelowTopics = a;
      }
    }
  } else f_v3AndBelowTopics = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddPartitionsToTxnRequest = {
    transactions: f_transactions,
    v3AndBelowTransactionalId: f_v3AndBelowTransactionalId,
    v3AndBelowProducerId: f_v3AndBelowProducerId,
    v3AndBelowProducerEpoch: f_v3AndBelowProducerEpoch,
    v3AndBelowTopics: f_v3AndBelowTopics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAddPartitionsToTxnTopic(w: Writer, v: Input<AddPartitionsToTxnTopic>, version: number): void {
  const flexible = version >= 3;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnTopic {
  const flexible = version >= 3;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddPartitionsToTxnTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAddPartitionsToTxnTransaction(w: Writer, v: Input<AddPartitionsToTxnTransaction>, version: number): void {
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTransaction.transactionalId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  w.bool(v.verifyOnly ?? false);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTransaction.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTransaction.topics has a null element`);
        encodeAddPartitionsToTxnTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnTransaction {
  const f_transactionalId: string = r.compactString();
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  const f_verifyOnly: boolean = r.bool();
  let f_topics: AddPartitionsToTxnTopic[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnTransaction.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AddPartitionsToTxnTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AddPartitionsToTxnTransaction = {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    verifyOnly: f_verifyOnly,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
