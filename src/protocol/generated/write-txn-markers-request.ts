// Generated from WriteTxnMarkersRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * WriteTxnMarkersRequest (request, api key 27), versions 0-2, flexible 1+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 enables flexible versions.
 * Version 2 adds TransactionVersion field to the WritableTxnMarker (KIP-1228).
 */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (versions 0-2) */
  markers: WritableTxnMarker[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WritableTxnMarkerTopic {
  /** The topic name. (versions 0-2, entity topicName) */
  name: string;
  /** The indexes of the partitions to write transaction markers for. (versions 0-2) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WritableTxnMarker {
  /** The current producer ID. (versions 0-2, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0-2) */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (versions 0-2) */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. (versions 0-2) */
  topics: WritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator. (versions 0-2) */
  coordinatorEpoch: number;
  /** Transaction version of the marker. Ex: 0/1 = legacy (TV0/TV1), 2 = TV2 etc. (versions 2, default 0) */
  transactionVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const WritableTxnMarkerTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndexes", type: "[]int32", versions: [0, 2], nullable: null, tagged: null },
];
const WritableTxnMarkerFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "transactionResult", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "topics", type: "[]WritableTxnMarkerTopic", versions: [0, 2], nullable: null, tagged: null, fields: WritableTxnMarkerTopicFields },
  { name: "coordinatorEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "transactionVersion", type: "int8", versions: [2, 2], nullable: null, tagged: null, default: 0 },
];
const WriteTxnMarkersRequestFields: readonly FieldSchema[] = [
  { name: "markers", type: "[]WritableTxnMarker", versions: [0, 2], nullable: null, tagged: null, fields: WritableTxnMarkerFields },
];

export const writeTxnMarkersRequestSchema: MessageSchema = {
  name: "WriteTxnMarkersRequest",
  type: "request",
  apiKey: 27,
  validVersions: [0, 2],
  flexibleVersions: [1, 32767],
  fields: WriteTxnMarkersRequestFields,
};

export function encodeWriteTxnMarkersRequest(w: Writer, v: Input<WriteTxnMarkersRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteTxnMarkersRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 1;
  {
    const x = v.markers === undefined ? [] : v.markers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteTxnMarkersRequest.markers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteTxnMarkersRequest.markers has a null element`);
        encodeWritableTxnMarker(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteTxnMarkersRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 1;
  let f_markers: WritableTxnMarker[];
  {
    const n = (flexible ? r.compactArrayLength(16) : r.arrayLength(16));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteTxnMarkersRequest.markers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WritableTxnMarker>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWritableTxnMarker(r, version);
      f_markers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WriteTxnMarkersRequest = {
    markers: f_markers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWritableTxnMarkerTopic(w: Writer, v: Input<WritableTxnMarkerTopic>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopic.partitionIndexes cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopic.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeWritableTxnMarkerTopic(r: Reader, version: number): WritableTxnMarkerTopic {
  const flexible = version >= 1;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitionIndexes: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WritableTxnMarkerTopic.partitionIndexes is null, not allowed in version ${version}`);
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
  const out: WritableTxnMarkerTopic = {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWritableTxnMarker(w: Writer, v: Input<WritableTxnMarker>, version: number): void {
  const flexible = version >= 1;
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  w.bool(v.transactionResult ?? false);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarker.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarker.topics has a null element`);
        encodeWritableTxnMarkerTopic(w, e, version);
      }
    }
  }
  w.int32(v.coordinatorEpoch ?? 0);
  if (version >= 2) {
    w.int8(v.transactionVersion ?? 0);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeWritableTxnMarker(r: Reader, version: number): WritableTxnMarker {
  const flexible = version >= 1;
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  const f_transactionResult: boolean = r.bool();
  let f_topics: WritableTxnMarkerTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WritableTxnMarker.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WritableTxnMarkerTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWritableTxnMarkerTopic(r, version);
      f_topics = a;
    }
  }
  const f_coordinatorEpoch: number = r.int32();
  let f_transactionVersion: number;
  if (version >= 2) {
    f_transactionVersion = r.int8();
  } else f_transactionVersion = 0;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WritableTxnMarker = {
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    transactionResult: f_transactionResult,
    topics: f_topics,
    coordinatorEpoch: f_coordinatorEpoch,
    transactionVersion: f_transactionVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
