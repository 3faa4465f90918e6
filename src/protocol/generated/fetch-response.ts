// Generated from FetchResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FetchResponse (response, api key 1), versions 0-18, flexible 12+.
 *
 * Versions 0-3 were removed in Apache Kafka 4.0, Version 4 is the new baseline.
 *
 * Version 1 adds throttle time. Version 2 and 3 are the same as version 1.
 *
 * Version 4 adds features for transactional consumption.
 *
 * Version 5 adds LogStartOffset to indicate the earliest available offset of
 * partition data that can be consumed.
 *
 * Starting in version 6, we may return KAFKA_STORAGE_ERROR as an error code.
 *
 * Version 7 adds incremental fetch request support.
 *
 * Starting in version 8, on quota violation, brokers send out responses before throttling.
 *
 * Version 9 is the same as version 8.
 *
 * Version 10 indicates that the response data can use the ZStd compression
 * algorithm, as described in KIP-110.
 * Version 12 adds support for flexible versions, epoch detection through the `TruncationOffset` field,
 * and leader discovery through the `CurrentLeader` field
 *
 * Version 13 replaces the topic name field with topic ID (KIP-516).
 *
 * Version 14 is the same as version 13 but it also receives a new error called OffsetMovedToTieredStorageException (KIP-405)
 *
 * Version 15 is the same as version 14 (KIP-903).
 *
 * Version 16 adds the 'NodeEndpoints' field (KIP-951).
 *
 * Version 17 no changes to the response (KIP-853).
 *
 * Version 18 no changes to the response (KIP-1166)
 */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-18) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 7-18) */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7-18, default 0) */
  sessionId: number;
  /** The response topics. (versions 0-18) */
  responses: FetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16-18, tagged 16-18 as tag 0) */
  nodeEndpoints: NodeEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EpochEndOffset {
  /** The largest epoch. (versions 12-18, default -1) */
  epoch: number;
  /** The end offset of the epoch. (versions 12-18, default -1) */
  endOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12-18, default -1, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 12-18, default -1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SnapshotId {
  /** The end offset of the epoch. (versions 0-18, default -1) */
  endOffset: bigint;
  /** The largest epoch. (versions 0-18, default -1) */
  epoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4-18, entity producerId) */
  producerId: bigint;
  /** The first offset in the aborted transaction. (versions 4-18) */
  firstOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-18) */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. (versions 0-18) */
  errorCode: number;
  /** The current high water mark. (versions 0-18) */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED). (versions 4-18, default -1) */
  lastStableOffset: bigint;
  /** The current log start offset. (versions 5-18, default -1) */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge. (versions 12-18, tagged 12-18 as tag 0) */
  divergingEpoch: EpochEndOffset;
  /** The current leader of the partition. (versions 12-18, tagged 12-18 as tag 1) */
  currentLeader: LeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12-18, tagged 12-18 as tag 2) */
  snapshotId: SnapshotId;
  /** The aborted transactions. (versions 4-18, nullable 4-18) */
  abortedTransactions: AbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request. (versions 11-18, default -1, entity brokerId) */
  preferredReadReplica: number;
  /** The record data. (versions 0-18, nullable 0-18) */
  records: Buffer | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchableTopicResponse {
  /** The topic name. (versions 0-12, entity topicName) */
  topic: string;
  /** The unique topic ID. (versions 13-18) */
  topicId: string;
  /** The topic partitions. (versions 0-18) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface NodeEndpoint {
  /** The ID of the associated node. (versions 16-18, entity brokerId, map key) */
  nodeId: number;
  /** The node's hostname. (versions 16-18) */
  host: string;
  /** The node's port. (versions 16-18) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16-18, nullable 16-18, default null) */
  rack: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EpochEndOffsetFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [12, 18], nullable: null, tagged: null, default: -1 },
  { name: "endOffset", type: "int64", versions: [12, 18], nullable: null, tagged: null, default: -1n },
];
const LeaderIdAndEpochFields: readonly FieldSchema[] = [
  { name: "leaderId", type: "int32", versions: [12, 18], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [12, 18], nullable: null, tagged: null, default: -1 },
];
const SnapshotIdFields: readonly FieldSchema[] = [
  { name: "endOffset", type: "int64", versions: [0, 18], nullable: null, tagged: null, default: -1n },
  { name: "epoch", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: -1 },
];
const AbortedTransactionFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [4, 18], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "firstOffset", type: "int64", versions: [4, 18], nullable: null, tagged: null, default: 0n },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 18], nullable: null, tagged: null, default: 0 },
  { name: "highWatermark", type: "int64", versions: [0, 18], nullable: null, tagged: null, default: 0n },
  { name: "lastStableOffset", type: "int64", versions: [4, 18], nullable: null, tagged: null, default: -1n },
  { name: "logStartOffset", type: "int64", versions: [5, 18], nullable: null, tagged: null, default: -1n },
  { name: "divergingEpoch", type: "EpochEndOffset", versions: [12, 18], nullable: null, tagged: [12, 18], tag: 0, fields: EpochEndOffsetFields },
  { name: "currentLeader", type: "LeaderIdAndEpoch", versions: [12, 18], nullable: null, tagged: [12, 18], tag: 1, fields: LeaderIdAndEpochFields },
  { name: "snapshotId", type: "SnapshotId", versions: [12, 18], nullable: null, tagged: [12, 18], tag: 2, fields: SnapshotIdFields },
  { name: "abortedTransactions", type: "[]AbortedTransaction", versions: [4, 18], nullable: [4, 18], tagged: null, fields: AbortedTransactionFields },
  { name: "preferredReadReplica", type: "int32", versions: [11, 18], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "records", type: "records", versions: [0, 18], nullable: [0, 18], tagged: null, default: null },
];
const FetchableTopicResponseFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 12], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [13, 18], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 18], nullable: null, tagged: null, fields: PartitionDataFields },
];
const NodeEndpointFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [16, 18], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [16, 18], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [16, 18], nullable: null, tagged: null, default: 0 },
  { name: "rack", type: "string", versions: [16, 18], nullable: [16, 18], tagged: null, default: null },
];
const FetchResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 18], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [7, 18], nullable: null, tagged: null, default: 0 },
  { name: "sessionId", type: "int32", versions: [7, 18], nullable: null, tagged: null, default: 0 },
  { name: "responses", type: "[]FetchableTopicResponse", versions: [0, 18], nullable: null, tagged: null, fields: FetchableTopicResponseFields },
  { name: "nodeEndpoints", type: "[]NodeEndpoint", versions: [16, 18], nullable: null, tagged: [16, 18], tag: 0, fields: NodeEndpointFields },
];

export const fetchResponseSchema: MessageSchema = {
  name: "FetchResponse",
  type: "response",
  apiKey: 1,
  validVersions: [0, 18],
  flexibleVersions: [12, 32767],
  fields: FetchResponseFields,
};

function defaultEpochEndOffset(): EpochEndOffset {
  return { epoch: -1, endOffset: -1n };
}

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function defaultSnapshotId(): SnapshotId {
  return { endOffset: -1n, epoch: -1 };
}

function isDefaultEpochEndOffset(v: Input<EpochEndOffset>): boolean {
  return (v.epoch === undefined || v.epoch === -1) &&
    (v.endOffset === undefined || v.endOffset === -1n) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

function isDefaultLeaderIdAndEpoch(v: Input<LeaderIdAndEpoch>): boolean {
  return (v.leaderId === undefined || v.leaderId === -1) &&
    (v.leaderEpoch === undefined || v.leaderEpoch === -1) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

function isDefaultSnapshotId(v: Input<SnapshotId>): boolean {
  return (v.endOffset === undefined || v.endOffset === -1n) &&
    (v.epoch === undefined || v.epoch === -1) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

export function encodeFetchResponse(w: Writer, v: Input<FetchResponse>, version: number): void {
  if (!(version >= 0 && version <= 18)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchResponse version ${version} is not supported (valid: 0-18)`);
  }
  const flexible = version >= 12;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  if (version >= 7) {
    w.int16(v.errorCode ?? 0);
  }
  if (version >= 7) {
    w.int32(v.sessionId ?? 0);
  }
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchResponse.responses cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchResponse.responses has a null element`);
        encodeFetchableTopicResponse(w, e, version);
      }
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    if (version >= 16) {
      const x = v.nodeEndpoints === undefined ? [] : v.nodeEndpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchResponse.nodeEndpoints cannot be null in version ${version}`);
      if (x.length !== 0) {
        const tw = new Writer(64);
        {
          tw.uvarint(x.length + 1);
          for (const e of x) {
            if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchResponse.nodeEndpoints has a null element`);
            encodeNodeEndpoint(tw, e, version);
          }
        }
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse {
  if (!(version >= 0 && version <= 18)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchResponse version ${version} is not supported (valid: 0-18)`);
  }
  const flexible = version >= 12;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_errorCode: number;
  if (version >= 7) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_sessionId: number;
  if (version >= 7) {
    f_sessionId = r.int32();
  } else f_sessionId = 0;
  let f_responses: FetchableTopicResponse[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FetchableTopicResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFetchableTopicResponse(r, version);
      f_responses = a;
    }
  }
  let f_nodeEndpoints: NodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0 && version >= 16) {
        {
          const n = tr.compactArrayLength(10);
          if (n === null) {
            throw new ProtocolError('NEGATIVE_LENGTH', `FetchResponse.nodeEndpoints is null, not allowed in version ${version}`);
          }
          else {
            const a = new Array<NodeEndpoint>(n);
            for (let i = 0; i < n; i++) a[i] = decodeNodeEndpoint(tr, version);
            f_nodeEndpoints = a;
          }
        }
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: FetchResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    sessionId: f_sessionId,
    responses: f_responses,
    nodeEndpoints: f_nodeEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEpochEndOffset(w: Writer, v: Input<EpochEndOffset>, version: number): void {
  w.int32(v.epoch ?? -1);
  w.int64(v.endOffset ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeEpochEndOffset(r: Reader, version: number): EpochEndOffset {
  const f_epoch: number = r.int32();
  const f_endOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: EpochEndOffset = {
    epoch: f_epoch,
    endOffset: f_endOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderIdAndEpoch(w: Writer, v: Input<LeaderIdAndEpoch>, version: number): void {
  w.int32(v.leaderId ?? -1);
  w.int32(v.leaderEpoch ?? -1);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeLeaderIdAndEpoch(r: Reader, version: number): LeaderIdAndEpoch {
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LeaderIdAndEpoch = {
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeSnapshotId(w: Writer, v: Input<SnapshotId>, version: number): void {
  w.int64(v.endOffset ?? -1n);
  w.int32(v.epoch ?? -1);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeSnapshotId(r: Reader, version: number): SnapshotId {
  const f_endOffset: bigint = r.int64();
  const f_epoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: SnapshotId = {
    endOffset: f_endOffset,
    epoch: f_epoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAbortedTransaction(w: Writer, v: Input<AbortedTransaction>, version: number): void {
  const flexible = version >= 12;
  w.int64(v.producerId ?? 0n);
  w.int64(v.firstOffset ?? 0n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAbortedTransaction(r: Reader, version: number): AbortedTransaction {
  const flexible = version >= 12;
  const f_producerId: bigint = r.int64();
  const f_firstOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AbortedTransaction = {
    producerId: f_producerId,
    firstOffset: f_firstOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  const flexible = version >= 12;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int64(v.highWatermark ?? 0n);
  if (version >= 4) {
    w.int64(v.lastStableOffset ?? -1n);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset ?? -1n);
  }
  if (version >= 4) {
    {
      const x = v.abortedTransactions === undefined ? [] : v.abortedTransactions;
      if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
      else {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.abortedTransactions has a null element`);
          encodeAbortedTransaction(w, e, version);
        }
      }
    }
  }
  if (version >= 11) {
    w.int32(v.preferredReadReplica ?? -1);
  }
  {
    const x = v.records === undefined ? null : v.records;
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.divergingEpoch === undefined ? {} : v.divergingEpoch;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.divergingEpoch cannot be null in version ${version}`);
      if (!isDefaultEpochEndOffset(x)) {
        const tw = new Writer(64);
        encodeEpochEndOffset(tw, x, version);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    {
      const x = v.currentLeader === undefined ? {} : v.currentLeader;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.currentLeader cannot be null in version ${version}`);
      if (!isDefaultLeaderIdAndEpoch(x)) {
        const tw = new Writer(64);
        encodeLeaderIdAndEpoch(tw, x, version);
        (tagged ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    {
      const x = v.snapshotId === undefined ? {} : v.snapshotId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.snapshotId cannot be null in version ${version}`);
      if (!isDefaultSnapshotId(x)) {
        const tw = new Writer(64);
        encodeSnapshotId(tw, x, version);
        (tagged ??= []).push({ tag: 2, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const flexible = version >= 12;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_highWatermark: bigint = r.int64();
  let f_lastStableOffset: bigint;
  if (version >= 4) {
    f_lastStableOffset = r.int64();
  } else f_lastStableOffset = -1n;
  let f_logStartOffset: bigint;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  } else f_logStartOffset = -1n;
  let f_divergingEpoch: EpochEndOffset = defaultEpochEndOffset();
  let f_currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch();
  let f_snapshotId: SnapshotId = defaultSnapshotId();
  let f_abortedTransactions: AbortedTransaction[] | null;
  if (version >= 4) {
    {
      const n = (flexible ? r.compactArrayLength(16) : r.arrayLength(16));
      if (n === null) f_abortedTransactions = null;
      else {
        const a = new Array<AbortedTransaction>(n);
        for (let i = 0; i < n; i++) a[i] = decodeAbortedTransaction(r, version);
        f_abortedTransactions = a;
      }
    }
  } else f_abortedTransactions = [];
  let f_preferredReadReplica: number;
  if (version >= 11) {
    f_preferredReadReplica = r.int32();
  } else f_preferredReadReplica = -1;
  const f_records: Buffer | null = (flexible ? r.compactNullableBytes() : r.nullableBytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        f_divergingEpoch = decodeEpochEndOffset(tr, version);
      } else if (tag === 1) {
        f_currentLeader = decodeLeaderIdAndEpoch(tr, version);
      } else if (tag === 2) {
        f_snapshotId = decodeSnapshotId(tr, version);
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    highWatermark: f_highWatermark,
    lastStableOffset: f_lastStableOffset,
    logStartOffset: f_logStartOffset,
    divergingEpoch: f_divergingEpoch,
    currentLeader: f_currentLeader,
    snapshotId: f_snapshotId,
    abortedTransactions: f_abortedTransactions,
    preferredReadReplica: f_preferredReadReplica,
    records: f_records,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFetchableTopicResponse(w: Writer, v: Input<FetchableTopicResponse>, version: number): void {
  const flexible = version >= 12;
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchableTopicResponse.topic cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 13) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchableTopicResponse.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchableTopicResponse.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeFetchableTopicResponse(r: Reader, version: number): FetchableTopicResponse {
  const flexible = version >= 12;
  let f_topic: string;
  if (version <= 12) {
    f_topic = (flexible ? r.compactString() : r.string());
  } else f_topic = "";
  let f_topicId: string;
  if (version >= 13) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: PartitionData[];
  {
    const n = (flexible ? r.compactArrayLength(15) : r.arrayLength(15));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchableTopicResponse.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: FetchableTopicResponse = {
    topic: f_topic,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeNodeEndpoint(w: Writer, v: Input<NodeEndpoint>, version: number): void {
  w.int32(v.nodeId ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `NodeEndpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.port ?? 0);
  {
    const x = v.rack === undefined ? null : v.rack;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const f_nodeId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.int32();
  const f_rack: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: NodeEndpoint = {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    rack: f_rack,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
