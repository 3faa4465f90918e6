// Generated from FetchSnapshotRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FetchSnapshotRequest (request, api key 59), versions 0-1, flexible 0+.
 *
 * Version 1 adds replica directory id (KIP-853)
 */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration. (versions 0-1, nullable 0-1, tagged 0-1 as tag 0, default null) */
  clusterId: string | null;
  /** The broker ID of the follower. (versions 0-1, default -1, entity brokerId) */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots. (versions 0-1, default 0x7fffffff) */
  maxBytes: number;
  /** The topics to fetch. (versions 0-1) */
  topics: TopicSnapshot[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SnapshotId {
  /** The end offset of the snapshot. (versions 0-1) */
  endOffset: bigint;
  /** The epoch of the snapshot. (versions 0-1) */
  epoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionSnapshot {
  /** The partition index. (versions 0-1) */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. (versions 0-1) */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch. (versions 0-1) */
  snapshotId: SnapshotId;
  /** The byte position within the snapshot to start fetching from. (versions 0-1) */
  position: bigint;
  /** The directory id of the follower fetching. (versions 1, tagged 1 as tag 0) */
  replicaDirectoryId: string;
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

const SnapshotIdFields: readonly FieldSchema[] = [
  { name: "endOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "epoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const PartitionSnapshotFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "currentLeaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "snapshotId", type: "SnapshotId", versions: [0, 1], nullable: null, tagged: null, fields: SnapshotIdFields },
  { name: "position", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "replicaDirectoryId", type: "uuid", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 0, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];
const TopicSnapshotFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionSnapshot", versions: [0, 1], nullable: null, tagged: null, fields: PartitionSnapshotFields },
];
const FetchSnapshotRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: [0, 1], tag: 0, default: null },
  { name: "replicaId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "maxBytes", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 2147483647 },
  { name: "topics", type: "[]TopicSnapshot", versions: [0, 1], nullable: null, tagged: null, fields: TopicSnapshotFields },
];

export const fetchSnapshotRequestSchema: MessageSchema = {
  name: "FetchSnapshotRequest",
  type: "request",
  apiKey: 59,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: FetchSnapshotRequestFields,
};

function defaultSnapshotId(): SnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

export function encodeFetchSnapshotRequest(w: Writer, v: Input<FetchSnapshotRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchSnapshotRequest version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.replicaId ?? -1);
  w.int32(v.maxBytes ?? 2147483647);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchSnapshotRequest.topics has a null element`);
        encodeTopicSnapshot(w, e, version);
      }
    }
  }
  let tagged: TaggedField[] | undefined;
  {
    const x = v.clusterId === undefined ? null : v.clusterId;
    if (x !== null) {
      const tw = new Writer(64);
      tw.compactNullableString(x);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FetchSnapshotRequest version ${version} is not supported (valid: 0-1)`);
  }
  let f_clusterId: string | null = null;
  const f_replicaId: number = r.int32();
  const f_maxBytes: number = r.int32();
  let f_topics: TopicSnapshot[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchSnapshotRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicSnapshot>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicSnapshot(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_clusterId = tr.compactNullableString();
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: FetchSnapshotRequest = {
    clusterId: f_clusterId,
    replicaId: f_replicaId,
    maxBytes: f_maxBytes,
    topics: f_topics,
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

function encodePartitionSnapshot(w: Writer, v: Input<PartitionSnapshot>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int32(v.currentLeaderEpoch ?? 0);
  {
    const x = v.snapshotId === undefined ? {} : v.snapshotId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionSnapshot.snapshotId cannot be null in version ${version}`);
    encodeSnapshotId(w, x, version);
  }
  w.int64(v.position ?? 0n);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.replicaDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA";
    if (x !== "AAAAAAAAAAAAAAAAAAAAAA") {
      const tw = new Writer(64);
      tw.uuid(x);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function decodePartitionSnapshot(r: Reader, version: number): PartitionSnapshot {
  const f_partition: number = r.int32();
  const f_currentLeaderEpoch: number = r.int32();
  const f_snapshotId: SnapshotId = decodeSnapshotId(r, version);
  const f_position: bigint = r.int64();
  let f_replicaDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0 && version >= 1) {
      f_replicaDirectoryId = tr.uuid();
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: PartitionSnapshot = {
    partition: f_partition,
    currentLeaderEpoch: f_currentLeaderEpoch,
    snapshotId: f_snapshotId,
    position: f_position,
    replicaDirectoryId: f_replicaDirectoryId,
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
    const n = r.compactArrayLength(28);
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
