// Generated from WriteTxnMarkersResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * WriteTxnMarkersResponse (response, api key 27), versions 0-2, flexible 1+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 enables flexible versions.
 * Version 2 matches WriteTxnMarkersRequest version 2 (KIP-1228).
 */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (versions 0-2) */
  markers: WritableTxnMarkerResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WritableTxnMarkerPartitionResult {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WritableTxnMarkerTopicResult {
  /** The topic name. (versions 0-2, entity topicName) */
  name: string;
  /** The results by partition. (versions 0-2) */
  partitions: WritableTxnMarkerPartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (versions 0-2, entity producerId) */
  producerId: bigint;
  /** The results by topic. (versions 0-2) */
  topics: WritableTxnMarkerTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const WritableTxnMarkerPartitionResultFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const WritableTxnMarkerTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]WritableTxnMarkerPartitionResult", versions: [0, 2], nullable: null, tagged: null, fields: WritableTxnMarkerPartitionResultFields },
];
const WritableTxnMarkerResultFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "topics", type: "[]WritableTxnMarkerTopicResult", versions: [0, 2], nullable: null, tagged: null, fields: WritableTxnMarkerTopicResultFields },
];
const WriteTxnMarkersResponseFields: readonly FieldSchema[] = [
  { name: "markers", type: "[]WritableTxnMarkerResult", versions: [0, 2], nullable: null, tagged: null, fields: WritableTxnMarkerResultFields },
];

export const writeTxnMarkersResponseSchema: MessageSchema = {
  name: "WriteTxnMarkersResponse",
  type: "response",
  apiKey: 27,
  validVersions: [0, 2],
  flexibleVersions: [1, 32767],
  fields: WriteTxnMarkersResponseFields,
};

export function encodeWriteTxnMarkersResponse(w: Writer, v: Input<WriteTxnMarkersResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteTxnMarkersResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 1;
  {
    const x = v.markers === undefined ? [] : v.markers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WriteTxnMarkersResponse.markers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WriteTxnMarkersResponse.markers has a null element`);
        encodeWritableTxnMarkerResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `WriteTxnMarkersResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 1;
  let f_markers: WritableTxnMarkerResult[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WriteTxnMarkersResponse.markers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WritableTxnMarkerResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWritableTxnMarkerResult(r, version);
      f_markers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WriteTxnMarkersResponse = {
    markers: f_markers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWritableTxnMarkerPartitionResult(w: Writer, v: Input<WritableTxnMarkerPartitionResult>, version: number): void {
  const flexible = version >= 1;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeWritableTxnMarkerPartitionResult(r: Reader, version: number): WritableTxnMarkerPartitionResult {
  const flexible = version >= 1;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WritableTxnMarkerPartitionResult = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWritableTxnMarkerTopicResult(w: Writer, v: Input<WritableTxnMarkerTopicResult>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopicResult.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerTopicResult.partitions has a null element`);
        encodeWritableTxnMarkerPartitionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeWritableTxnMarkerTopicResult(r: Reader, version: number): WritableTxnMarkerTopicResult {
  const flexible = version >= 1;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: WritableTxnMarkerPartitionResult[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WritableTxnMarkerTopicResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WritableTxnMarkerPartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWritableTxnMarkerPartitionResult(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WritableTxnMarkerTopicResult = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeWritableTxnMarkerResult(w: Writer, v: Input<WritableTxnMarkerResult>, version: number): void {
  const flexible = version >= 1;
  w.int64(v.producerId ?? 0n);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerResult.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `WritableTxnMarkerResult.topics has a null element`);
        encodeWritableTxnMarkerTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeWritableTxnMarkerResult(r: Reader, version: number): WritableTxnMarkerResult {
  const flexible = version >= 1;
  const f_producerId: bigint = r.int64();
  let f_topics: WritableTxnMarkerTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `WritableTxnMarkerResult.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<WritableTxnMarkerTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeWritableTxnMarkerTopicResult(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: WritableTxnMarkerResult = {
    producerId: f_producerId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
