// Generated from FetchRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FetchRequest (request, api key 1), versions 0-18, flexible 12+.
 *
 * Versions 0-3 were removed in Apache Kafka 4.0, Version 4 is the new baseline.
 *
 * Version 1 is the same as version 0.
 * Starting in Version 2, the requester must be able to handle Kafka Log
 * Message format version 1.
 * Version 3 adds MaxBytes.  Starting in version 3, the partition ordering in
 * the request is now relevant.  Partitions will be processed in the order
 * they appear in the request.
 *
 * Version 4 adds IsolationLevel.  Starting in version 4, the requestor must be
 * able to handle Kafka log message format version 2.
 *
 * Version 5 adds LogStartOffset to indicate the earliest available offset of
 * partition data that can be consumed.
 *
 * Version 6 is the same as version 5.
 *
 * Version 7 adds incremental fetch request support.
 *
 * Version 8 is the same as version 7.
 *
 * Version 9 adds CurrentLeaderEpoch, as described in KIP-320.
 *
 * Version 10 indicates that we can use the ZStd compression algorithm, as
 * described in KIP-110.
 * Version 12 adds flexible versions support as well as epoch validation through
 * the `LastFetchedEpoch` field
 *
 * Version 13 replaces topic names with topic IDs (KIP-516). May return UNKNOWN_TOPIC_ID error code.
 *
 * Version 14 is the same as version 13 but it also receives a new error called OffsetMovedToTieredStorageException(KIP-405)
 *
 * Version 15 adds the ReplicaState which includes new field ReplicaEpoch and the ReplicaId. Also,
 * deprecate the old ReplicaId field and set its default value to -1. (KIP-903)
 *
 * Version 16 is the same as version 15 (KIP-951).
 *
 * Version 17 adds directory id support from KIP-853
 *
 * Version 18 adds high-watermark from KIP-1166
 */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12-18, nullable 12-18, tagged 12-18 as tag 0, default null) */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14, default -1, entity brokerId) */
  replicaId: number;
  /** The state of the replica in the follower. (versions 15-18, tagged 15-18 as tag 1) */
  replicaState: ReplicaState;
  /** The maximum time in milliseconds to wait for the response. (versions 0-18) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0-18) */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 3-18, default 0x7fffffff) */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. (versions 4-18, default 0) */
  isolationLevel: number;
  /** The fetch session ID. (versions 7-18, default 0) */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7-18, default -1) */
  sessionEpoch: number;
  /** The topics to fetch. (versions 0-18) */
  topics: FetchTopic[];
  /** In an incremental fetch request, the partitions to remove. (versions 7-18) */
  forgottenTopicsData: ForgottenTopic[];
  /** Rack ID of the consumer making this request. (versions 11-18) */
  rackId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15-18, default -1, entity brokerId) */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. (versions 15-18, default -1) */
  replicaEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchPartition {
  /** The partition index. (versions 0-18) */
  partition: number;
  /** The current leader epoch of the partition. (versions 9-18, default -1) */
  currentLeaderEpoch: number;
  /** The message offset. (versions 0-18) */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none. (versions 12-18, default -1) */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (versions 5-18, default -1) */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. (versions 0-18) */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching. (versions 17-18, tagged 17-18 as tag 0) */
  replicaDirectoryId: string;
  /** The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported. (versions 18, tagged 18 as tag 1, default 9223372036854775807) */
  highWatermark: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchTopic {
  /** The name of the topic to fetch. (versions 0-12, entity topicName) */
  topic: string;
  /** The unique topic ID. (versions 13-18) */
  topicId: string;
  /** The partitions to fetch. (versions 0-18) */
  partitions: FetchPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ForgottenTopic {
  /** The topic name. (versions 7-12, entity topicName) */
  topic: string;
  /** The unique topic ID. (versions 13-18) */
  topicId: string;
  /** The partitions indexes to forget. (versions 7-18) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ReplicaStateFields: readonly FieldSchema[] = [
  { name: "replicaId", type: "int32", versions: [15, 18], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "replicaEpoch", type: "int64", versions: [15, 18], nullable: null, tagged: null, default: -1n },
];
const FetchPartitionFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "currentLeaderEpoch", type: "int32", versions: [9, 18], nullable: null, tagged: null, default: -1 },
  { name: "fetchOffset", type: "int64", versions: [0, 18], nullable: null, tagged: null, default: 0n },
  { name: "lastFetchedEpoch", type: "int32", versions: [12, 18], nullable: null, tagged: null, default: -1 },
  { name: "logStartOffset", type: "int64", versions: [5, 18], nullable: null, tagged: null, default: -1n },
  { name: "partitionMaxBytes", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "replicaDirectoryId", type: "uuid", versions: [17, 18], nullable: null, tagged: [17, 18], tag: 0, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "highWatermark", type: "int64", versions: [18, 18], nullable: null, tagged: [18, 18], tag: 1, default: 9223372036854775807n },
];
const FetchTopicFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 12], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [13, 18], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]FetchPartition", versions: [0, 18], nullable: null, tagged: null, fields: FetchPartitionFields },
];
const ForgottenTopicFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [7, 12], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [13, 18], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]int32", versions: [7, 18], nullable: null, tagged: null },
];
const FetchRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [12, 18], nullable: [12, 18], tagged: [12, 18], tag: 0, default: null },
  { name: "replicaId", type: "int32", versions: [0, 14], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "replicaState", type: "ReplicaState", versions: [15, 18], nullable: null, tagged: [15, 18], tag: 1, fields: ReplicaStateFields },
  { name: "maxWaitMs", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "minBytes", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "maxBytes", type: "int32", versions: [3, 18], nullable: null, tagged: null, default: 2147483647 },
  { name: "isolationLevel", type: "int8", versions: [4, 18], nullable: null, tagged: null, default: 0 },
  { name: "sessionId", type: "int32", versions: [7, 18], nullable: null, tagged: null, default: 0 },
  { name: "sessionEpoch", type: "int32", versions: [7, 18], nullable: null, tagged: null, default: -1 },
  { name: "topics", type: "[]FetchTopic", versions: [0, 18], nullable: null, tagged: null, fields: FetchTopicFields },
  { name: "forgottenTopicsData", type: "[]ForgottenTopic", versions: [7, 18], nullable: null, tagged: null, fields: ForgottenTopicFields },
  { name: "rackId", type: "string", versions: [11, 18], nullable: null, tagged: null, default: "" },
];

export const fetchRequestSchema: MessageSchema = {
  name: "FetchRequest",
  type: "request",
  apiKey: 1,
  validVersions: [0, 18],
  flexibleVersions: [12, 32767],
  fields: FetchRequestFields,
};

function defaultReplicaState(): ReplicaState {
  return { replicaId: -1, replicaEpoch: -1n };
}

function isDefaultReplicaState(v: Input<ReplicaState>): boolean {
  return (v.replicaId === undefined || v.replicaId === -1) &&
    (v.replicaEpoch === undefined || v.replicaEpoch === -1n) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

export function encodeFetchRequest(w: Writer, v: Input<FetchRequest>, version: number): void {
  if (!(version >= 0 && version <= 18)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchRequest version ${version} is not supported (valid: 0-18)`);
  }
  const flexible = version >= 12;
  if (version <= 14) {
    w.int32(v.replicaId ?? -1);
  }
  w.int32(v.maxWaitMs ?? 0);
  w.int32(v.minBytes ?? 0);
  if (version >= 3) {
    w.int32(v.maxBytes ?? 2147483647);
  }
  if (version >= 4) {
    w.int8(v.isolationLevel ?? 0);
  }
  if (version >= 7) {
    w.int32(v.sessionId ?? 0);
  }
  if (version >= 7) {
    w.int32(v.sessionEpoch ?? -1);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.topics has a null element`);
        encodeFetchTopic(w, e, version);
      }
    }
  }
  if (version >= 7) {
    {
      const x = v.forgottenTopicsData === undefined ? [] : v.forgottenTopicsData;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.forgottenTopicsData cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.forgottenTopicsData has a null element`);
          encodeForgottenTopic(w, e, version);
        }
      }
    }
  }
  if (version >= 11) {
    {
      const x = v.rackId === undefined ? "" : v.rackId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.rackId cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.clusterId === undefined ? null : v.clusterId;
      if (x !== null) {
        const tw = new Writer(64);
        tw.compactNullableString(x);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (version >= 15) {
      const x = v.replicaState === undefined ? {} : v.replicaState;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchRequest.replicaState cannot be null in version ${version}`);
      if (!isDefaultReplicaState(x)) {
        const tw = new Writer(64);
        encodeReplicaState(tw, x, version);
        (tagged ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  if (!(version >= 0 && version <= 18)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchRequest version ${version} is not supported (valid: 0-18)`);
  }
  const flexible = version >= 12;
  let f_clusterId: string | null = null;
  let f_replicaId: number;
  if (version <= 14) {
    f_replicaId = r.int32();
  } else f_replicaId = -1;
  let f_replicaState: ReplicaState = defaultReplicaState();
  const f_maxWaitMs: number = r.int32();
  const f_minBytes: number = r.int32();
  let f_maxBytes: number;
  if (version >= 3) {
    f_maxBytes = r.int32();
  } else f_maxBytes = 2147483647;
  let f_isolationLevel: number;
  if (version >= 4) {
    f_isolationLevel = r.int8();
  } else f_isolationLevel = 0;
  let f_sessionId: number;
  if (version >= 7) {
    f_sessionId = r.int32();
  } else f_sessionId = 0;
  let f_sessionEpoch: number;
  if (version >= 7) {
    f_sessionEpoch = r.int32();
  } else f_sessionEpoch = -1;
  let f_topics: FetchTopic[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FetchTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFetchTopic(r, version);
      f_topics = a;
    }
  }
  let f_forgottenTopicsData: ForgottenTopic[];
  if (version >= 7) {
    {
      const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `FetchRequest.forgottenTopicsData is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<ForgottenTopic>(n);
        for (let i = 0; i < n; i++) a[i] = decodeForgottenTopic(r, version);
        f_forgottenTopicsData = a;
      }
    }
  } else f_forgottenTopicsData = [];
  let f_rackId: string;
  if (version >= 11) {
    f_rackId = (flexible ? r.compactString() : r.string());
  } else f_rackId = "";
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        f_clusterId = tr.compactNullableString();
      } else if (tag === 1 && version >= 15) {
        f_replicaState = decodeReplicaState(tr, version);
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: FetchRequest = {
    clusterId: f_clusterId,
    replicaId: f_replicaId,
    replicaState: f_replicaState,
    maxWaitMs: f_maxWaitMs,
    minBytes: f_minBytes,
    maxBytes: f_maxBytes,
    isolationLevel: f_isolationLevel,
    sessionId: f_sessionId,
    sessionEpoch: f_sessionEpoch,
    topics: f_topics,
    forgottenTopicsData: f_forgottenTopicsData,
    rackId: f_rackId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReplicaState(w: Writer, v: Input<ReplicaState>, version: number): void {
  w.int32(v.replicaId ?? -1);
  w.int64(v.replicaEpoch ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReplicaState(r: Reader, version: number): ReplicaState {
  const f_replicaId: number = r.int32();
  const f_replicaEpoch: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReplicaState = {
    replicaId: f_replicaId,
    replicaEpoch: f_replicaEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFetchPartition(w: Writer, v: Input<FetchPartition>, version: number): void {
  const flexible = version >= 12;
  w.int32(v.partition ?? 0);
  if (version >= 9) {
    w.int32(v.currentLeaderEpoch ?? -1);
  }
  w.int64(v.fetchOffset ?? 0n);
  if (version >= 12) {
    w.int32(v.lastFetchedEpoch ?? -1);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset ?? -1n);
  }
  w.int32(v.partitionMaxBytes ?? 0);
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    if (version >= 17) {
      const x = v.replicaDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA";
      if (x !== "AAAAAAAAAAAAAAAAAAAAAA") {
        const tw = new Writer(64);
        tw.uuid(x);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    if (version >= 18) {
      const x = v.highWatermark ?? 9223372036854775807n;
      if (x !== 9223372036854775807n) {
        const tw = new Writer(64);
        tw.int64(x);
        (tagged ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function decodeFetchPartition(r: Reader, version: number): FetchPartition {
  const flexible = version >= 12;
  const f_partition: number = r.int32();
  let f_currentLeaderEpoch: number;
  if (version >= 9) {
    f_currentLeaderEpoch = r.int32();
  } else f_currentLeaderEpoch = -1;
  const f_fetchOffset: bigint = r.int64();
  let f_lastFetchedEpoch: number;
  if (version >= 12) {
    f_lastFetchedEpoch = r.int32();
  } else f_lastFetchedEpoch = -1;
  let f_logStartOffset: bigint;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  } else f_logStartOffset = -1n;
  const f_partitionMaxBytes: number = r.int32();
  let f_replicaDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_highWatermark: bigint = 9223372036854775807n;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0 && version >= 17) {
        f_replicaDirectoryId = tr.uuid();
      } else if (tag === 1 && version >= 18) {
        f_highWatermark = tr.int64();
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: FetchPartition = {
    partition: f_partition,
    currentLeaderEpoch: f_currentLeaderEpoch,
    fetchOffset: f_fetchOffset,
    lastFetchedEpoch: f_lastFetchedEpoch,
    logStartOffset: f_logStartOffset,
    partitionMaxBytes: f_partitionMaxBytes,
    replicaDirectoryId: f_replicaDirectoryId,
    highWatermark: f_highWatermark,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFetchTopic(w: Writer, v: Input<FetchTopic>, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchTopic.topic cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 13) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchTopic.partitions has a null element`);
        encodeFetchPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeFetchTopic(r: Reader, version: number): FetchTopic {
  const flexible = version >= 12;
  let f_topic: string;
  if (version <= 12) {
    f_topic = (flexible ? r.compactString() : r.string());
  } else f_topic = "";
  let f_topicId: string;
  if (version >= 13) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: FetchPartition[];
  {
    const n = (flexible ? r.compactArrayLength(16) : r.arrayLength(16));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FetchPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFetchPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: FetchTopic = {
    topic: f_topic,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeForgottenTopic(w: Writer, v: Input<ForgottenTopic>, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ForgottenTopic.topic cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 13) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ForgottenTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ForgottenTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeForgottenTopic(r: Reader, version: number): ForgottenTopic {
  const flexible = version >= 12;
  let f_topic: string;
  if (version <= 12) {
    f_topic = (flexible ? r.compactString() : r.string());
  } else f_topic = "";
  let f_topicId: string;
  if (version >= 13) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ForgottenTopic.partitions is null, not allowed in version ${version}`);
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
  const out: ForgottenTopic = {
    topic: f_topic,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
