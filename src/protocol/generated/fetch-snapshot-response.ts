// Generated from FetchSnapshotResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FetchSnapshotResponse (response, api key 59), versions 0-1, flexible 0+.
 *
 * Version 1 adds leader endpoint (KIP-853)
 */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 0-1) */
  errorCode: number;
  /** The topics to fetch. (versions 0-1) */
  topics: TopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot. (versions 1, tagged 1 as tag 0) */
  nodeEndpoints: NodeEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SnapshotId {
  /** The snapshot end offset. (versions 0-1) */
  endOffset: bigint;
  /** The snapshot epoch. (versions 0-1) */
  epoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0-1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionSnapshot {
  /** The partition index. (versions 0-1) */
  index: number;
  /** The error code, or 0 if there was no fetch error. (versions 0-1) */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched. (versions 0-1) */
  snapshotId: SnapshotId;
  /** The leader of the partition at the time of the snapshot. (versions 0-1, tagged 0-1 as tag 0) */
  currentLeader: LeaderIdAndEpoch;
  /** The total size of the snapshot. (versions 0-1) */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. (versions 0-1) */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary. (versions 0-1) */
  unalignedRecords: Buffer | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicSnapshot {
  /** The name of the topic to fetch. (versions 0-1, entity topicName) */
  name: string;
  /** The partitions to fetch. (versions 0-1) */
  partitions: PartitionSnapshot[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface NodeEndpoint {
  /** The ID of the associated node. (versions 1, entity brokerId, map key) */
  nodeId: number;
  /** The node's hostname. (versions 1) */
  host: string;
  /** The node's port. (versions 1) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SnapshotIdFields: readonly FieldSchema[] = [
  { name: "endOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "epoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const LeaderIdAndEpochFields: readonly FieldSchema[] = [
  { name: "leaderId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const PartitionSnapshotFields: readonly FieldSchema[] = [
  { name: "index", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "snapshotId", type: "SnapshotId", versions: [0, 1], nullable: null, tagged: null, fields: SnapshotIdFields },
  { name: "currentLeader", type: "LeaderIdAndEpoch", versions: [0, 1], nullable: null, tagged: [0, 1], tag: 0, fields: LeaderIdAndEpochFields },
  { name: "size", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "position", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "unalignedRecords", type: "records", versions: [0, 1], nullable: null, tagged: null, default: null },
];
const TopicSnapshotFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionSnapshot", versions: [0, 1], nullable: null, tagged: null, fields: PartitionSnapshotFields },
];
const NodeEndpointFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [1, 1], nullable: null, tagged: null, default: 0 },
];
const FetchSnapshotResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TopicSnapshot", versions: [0, 1], nullable: null, tagged: null, fields: TopicSnapshotFields },
  { name: "nodeEndpoints", type: "[]NodeEndpoint", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 0, fields: NodeEndpointFields },
];

export const fetchSnapshotResponseSchema: MessageSchema = {
  name: "FetchSnapshotResponse",
  type: "response",
  apiKey: 59,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: FetchSnapshotResponseFields,
};

function defaultSnapshotId(): SnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function isDefaultLeaderIdAndEpoch(v: Input<LeaderIdAndEpoch>): boolean {
  return (v.leaderId === undefined || v.leaderId === 0) &&
    (v.leaderEpoch === undefined || v.leaderEpoch === 0) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

export function encodeFetchSnapshotResponse(w: Writer, v: Input<FetchSnapshotResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchSnapshotResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotResponse.topics has a null element`);
        encodeTopicSnapshot(w, e, version);
      }
    }
  }
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.nodeEndpoints === undefined ? [] : v.nodeEndpoints;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotResponse.nodeEndpoints cannot be null in version ${version}`);
    if (x.length !== 0) {
      const tw = new Writer(64);
      {
        tw.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotResponse.nodeEndpoints has a null element`);
          encodeNodeEndpoint(tw, e, version);
        }
      }
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchSnapshotResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_topics: TopicSnapshot[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchSnapshotResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicSnapshot>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicSnapshot(r, version);
      f_topics = a;
    }
  }
  let f_nodeEndpoints: NodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0 && version >= 1) {
      {
        const n = tr.compactArrayLength(7);
        if (n === null) {
          throw new ProtocolError('NEGATIVE_LENGTH', `FetchSnapshotResponse.nodeEndpoints is null, not allowed in version ${version}`);
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
  const out: FetchSnapshotResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    topics: f_topics,
    nodeEndpoints: f_nodeEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeSnapshotId(w: Writer, v: Input<SnapshotId>, version: number): void {
  w.int64(v.endOffset ?? 0n);
  w.int32(v.epoch ?? 0);
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

function encodeLeaderIdAndEpoch(w: Writer, v: Input<LeaderIdAndEpoch>, version: number): void {
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
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

function encodePartitionSnapshot(w: Writer, v: Input<PartitionSnapshot>, version: number): void {
  w.int32(v.index ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.snapshotId === undefined ? {} : v.snapshotId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionSnapshot.snapshotId cannot be null in version ${version}`);
    encodeSnapshotId(w, x, version);
  }
  w.int64(v.size ?? 0n);
  w.int64(v.position ?? 0n);
  {
    const x = v.unalignedRecords === undefined ? EMPTY_BYTES : v.unalignedRecords;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionSnapshot.unalignedRecords cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  let tagged: TaggedField[] | undefined;
  {
    const x = v.currentLeader === undefined ? {} : v.currentLeader;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionSnapshot.currentLeader cannot be null in version ${version}`);
    if (!isDefaultLeaderIdAndEpoch(x)) {
      const tw = new Writer(64);
      encodeLeaderIdAndEpoch(tw, x, version);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function decodePartitionSnapshot(r: Reader, version: number): PartitionSnapshot {
  const f_index: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_snapshotId: SnapshotId = decodeSnapshotId(r, version);
  let f_currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch();
  const f_size: bigint = r.int64();
  const f_position: bigint = r.int64();
  const f_unalignedRecords: Buffer | null = r.compactBytes();
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_currentLeader = decodeLeaderIdAndEpoch(tr, version);
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: PartitionSnapshot = {
    index: f_index,
    errorCode: f_errorCode,
    snapshotId: f_snapshotId,
    currentLeader: f_currentLeader,
    size: f_size,
    position: f_position,
    unalignedRecords: f_unalignedRecords,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicSnapshot(w: Writer, v: Input<TopicSnapshot>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicSnapshot.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicSnapshot.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicSnapshot.partitions has a null element`);
        encodePartitionSnapshot(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicSnapshot(r: Reader, version: number): TopicSnapshot {
  const f_name: string = r.compactString();
  let f_partitions: PartitionSnapshot[];
  {
    const n = r.compactArrayLength(35);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicSnapshot.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionSnapshot>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionSnapshot(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicSnapshot = {
    name: f_name,
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
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const f_nodeId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: NodeEndpoint = {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
