// Generated from ListOffsetsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListOffsetsRequest (request, api key 2), versions 0-11, flexible 6+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 removes MaxNumOffsets.  From this version forward, only a single
 * offset can be returned.
 *
 * Version 2 adds the isolation level, which is used for transactional reads.
 *
 * Version 3 is the same as version 2.
 *
 * Version 4 adds the current leader epoch, which is used for fencing.
 *
 * Version 5 is the same as version 4.
 *
 * Version 6 enables flexible versions.
 *
 * Version 7 enables listing offsets by max timestamp (KIP-734).
 *
 * Version 8 enables listing offsets by local log start offset (KIP-405).
 *
 * Version 9 enables listing offsets by last tiered offset (KIP-1005).
 *
 * Version 10 enables async remote list offsets support (KIP-1075)
 *
 * Version 11 enables listing offsets by earliest pending upload offset (KIP-1023)
 */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0-11, entity brokerId) */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 2-11) */
  isolationLevel: number;
  /** Each topic in the request. (versions 0-11) */
  topics: ListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (versions 10-11) */
  timeoutMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsPartition {
  /** The partition index. (versions 0-11) */
  partitionIndex: number;
  /** The current leader epoch. (versions 4-11, default -1) */
  currentLeaderEpoch: number;
  /** The current timestamp. (versions 0-11) */
  timestamp: bigint;
  /** The maximum number of offsets to report. (versions 0, default 1) */
  maxNumOffsets: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsTopic {
  /** The topic name. (versions 0-11, entity topicName) */
  name: string;
  /** Each partition in the request. (versions 0-11) */
  partitions: ListOffsetsPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListOffsetsPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 11], nullable: null, tagged: null, default: 0 },
  { name: "currentLeaderEpoch", type: "int32", versions: [4, 11], nullable: null, tagged: null, default: -1 },
  { name: "timestamp", type: "int64", versions: [0, 11], nullable: null, tagged: null, default: 0n },
  { name: "maxNumOffsets", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 1 },
];
const ListOffsetsTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 11], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]ListOffsetsPartition", versions: [0, 11], nullable: null, tagged: null, fields: ListOffsetsPartitionFields },
];
const ListOffsetsRequestFields: readonly FieldSchema[] = [
  { name: "replicaId", type: "int32", versions: [0, 11], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "isolationLevel", type: "int8", versions: [2, 11], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]ListOffsetsTopic", versions: [0, 11], nullable: null, tagged: null, fields: ListOffsetsTopicFields },
  { name: "timeoutMs", type: "int32", versions: [10, 11], nullable: null, tagged: null, default: 0 },
];

export const listOffsetsRequestSchema: MessageSchema = {
  name: "ListOffsetsRequest",
  type: "request",
  apiKey: 2,
  validVersions: [0, 11],
  flexibleVersions: [6, 32767],
  fields: ListOffsetsRequestFields,
};

export function encodeListOffsetsRequest(w: Writer, v: Input<ListOffsetsRequest>, version: number): void {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListOffsetsRequest version ${version} is not supported (valid: 0-11)`);
  }
  const flexible = version >= 6;
  w.int32(v.replicaId ?? 0);
  if (version >= 2) {
    w.int8(v.isolationLevel ?? 0);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsRequest.topics has a null element`);
        encodeListOffsetsTopic(w, e, version);
      }
    }
  }
  if (version >= 10) {
    w.int32(v.timeoutMs ?? 0);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListOffsetsRequest version ${version} is not supported (valid: 0-11)`);
  }
  const flexible = version >= 6;
  const f_replicaId: number = r.int32();
  let f_isolationLevel: number;
  if (version >= 2) {
    f_isolationLevel = r.int8();
  } else f_isolationLevel = 0;
  let f_topics: ListOffsetsTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListOffsetsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ListOffsetsTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListOffsetsTopic(r, version);
      f_topics = a;
    }
  }
  let f_timeoutMs: number;
  if (version >= 10) {
    f_timeoutMs = r.int32();
  } else f_timeoutMs = 0;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsRequest = {
    replicaId: f_replicaId,
    isolationLevel: f_isolationLevel,
    topics: f_topics,
    timeoutMs: f_timeoutMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListOffsetsPartition(w: Writer, v: Input<ListOffsetsPartition>, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex ?? 0);
  if (version >= 4) {
    w.int32(v.currentLeaderEpoch ?? -1);
  }
  w.int64(v.timestamp ?? 0n);
  if (version <= 0) {
    w.int32(v.maxNumOffsets ?? 1);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeListOffsetsPartition(r: Reader, version: number): ListOffsetsPartition {
  const flexible = version >= 6;
  const f_partitionIndex: number = r.int32();
  let f_currentLeaderEpoch: number;
  if (version >= 4) {
    f_currentLeaderEpoch = r.int32();
  } else f_currentLeaderEpoch = -1;
  const f_timestamp: bigint = r.int64();
  let f_maxNumOffsets: number;
  if (version <= 0) {
    f_maxNumOffsets = r.int32();
  } else f_maxNumOffsets = 1;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsPartition = {
    partitionIndex: f_partitionIndex,
    currentLeaderEpoch: f_currentLeaderEpoch,
    timestamp: f_timestamp,
    maxNumOffsets: f_maxNumOffsets,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListOffsetsTopic(w: Writer, v: Input<ListOffsetsTopic>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopic.partitions has a null element`);
        encodeListOffsetsPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeListOffsetsTopic(r: Reader, version: number): ListOffsetsTopic {
  const flexible = version >= 6;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: ListOffsetsPartition[];
  {
    const n = (flexible ? r.compactArrayLength(12) : r.arrayLength(12));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListOffsetsTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ListOffsetsPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListOffsetsPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
