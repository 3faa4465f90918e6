// Generated from VoteRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * VoteRequest (request, api key 52), versions 0-2, flexible 0+.
 *
 * Version 1 adds voter key and directory id (KIP-853)
 * Version 2 adds PreVote field and renames candidate to replica
 */
export interface VoteRequest {
  /** The cluster id. (versions 0-2, nullable 0-2, default null) */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. (versions 1-2, default -1, entity brokerId) */
  voterId: number;
  /** The topic data. (versions 0-2) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The epoch of the voter sending the request (versions 0-2) */
  replicaEpoch: number;
  /** The replica id of the voter sending the request (versions 0-2, entity brokerId) */
  replicaId: number;
  /** The directory id of the voter sending the request (versions 1-2) */
  replicaDirectoryId: string;
  /** The directory id of the voter receiving the request (versions 1-2) */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log. (versions 0-2) */
  lastOffsetEpoch: number;
  /** The log end offset of the metadata log of the voter sending the request. (versions 0-2) */
  lastOffset: bigint;
  /** Whether the request is a PreVote request (not persisted) or not. (versions 2) */
  preVote: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0-2, entity topicName) */
  topicName: string;
  /** The partition data. (versions 0-2) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "replicaEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "replicaId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "replicaDirectoryId", type: "uuid", versions: [1, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "voterDirectoryId", type: "uuid", versions: [1, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "lastOffsetEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "lastOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "preVote", type: "bool", versions: [2, 2], nullable: null, tagged: null, default: false },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 2], nullable: null, tagged: null, fields: PartitionDataFields },
];
const VoteRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "voterId", type: "int32", versions: [1, 2], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "topics", type: "[]TopicData", versions: [0, 2], nullable: null, tagged: null, fields: TopicDataFields },
];

export const voteRequestSchema: MessageSchema = {
  name: "VoteRequest",
  type: "request",
  apiKey: 52,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: VoteRequestFields,
};

export function encodeVoteRequest(w: Writer, v: Input<VoteRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `VoteRequest version ${version} is not supported (valid: 0-2)`);
  }
  {
    const x = v.clusterId === undefined ? null : v.clusterId;
    w.compactNullableString(x);
  }
  if (version >= 1) {
    w.int32(v.voterId ?? -1);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `VoteRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `VoteRequest.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeVoteRequest(r: Reader, version: number): VoteRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `VoteRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_clusterId: string | null = r.compactNullableString();
  let f_voterId: number;
  if (version >= 1) {
    f_voterId = r.int32();
  } else f_voterId = -1;
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `VoteRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: VoteRequest = {
    clusterId: f_clusterId,
    voterId: f_voterId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.replicaEpoch ?? 0);
  w.int32(v.replicaId ?? 0);
  if (version >= 1) {
    w.uuid(v.replicaDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  if (version >= 1) {
    w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  w.int32(v.lastOffsetEpoch ?? 0);
  w.int64(v.lastOffset ?? 0n);
  if (version >= 2) {
    w.bool(v.preVote ?? false);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  const f_replicaEpoch: number = r.int32();
  const f_replicaId: number = r.int32();
  let f_replicaDirectoryId: string;
  if (version >= 1) {
    f_replicaDirectoryId = r.uuid();
  } else f_replicaDirectoryId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_voterDirectoryId: string;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  } else f_voterDirectoryId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_lastOffsetEpoch: number = r.int32();
  const f_lastOffset: bigint = r.int64();
  let f_preVote: boolean;
  if (version >= 2) {
    f_preVote = r.bool();
  } else f_preVote = false;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    replicaEpoch: f_replicaEpoch,
    replicaId: f_replicaId,
    replicaDirectoryId: f_replicaDirectoryId,
    voterDirectoryId: f_voterDirectoryId,
    lastOffsetEpoch: f_lastOffsetEpoch,
    lastOffset: f_lastOffset,
    preVote: f_preVote,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const f_topicName: string = r.compactString();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(24);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicData = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
