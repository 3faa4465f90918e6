// Generated from OffsetForLeaderEpochRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetForLeaderEpochRequest (request, api key 23), versions 0-4, flexible 4+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds the current leader epoch to support fencing.
 *
 * Version 3 adds ReplicaId (the default is -2 which conventionally represents a
 *    "debug" consumer which is allowed to see offsets beyond the high watermark).
 *    Followers will use this replicaId when using an older version of the protocol.
 *
 * Version 4 enables flexible versions.
 */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3-4, default -2, entity brokerId) */
  replicaId: number;
  /** Each topic to get offsets for. (versions 0-4) */
  topics: OffsetForLeaderTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderPartition {
  /** The partition index. (versions 0-4) */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2-4, default -1) */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. (versions 0-4) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderTopic {
  /** The topic name. (versions 0-4, entity topicName, map key) */
  topic: string;
  /** Each partition to get offsets for. (versions 0-4) */
  partitions: OffsetForLeaderPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetForLeaderPartitionFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "currentLeaderEpoch", type: "int32", versions: [2, 4], nullable: null, tagged: null, default: -1 },
  { name: "leaderEpoch", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];
const OffsetForLeaderTopicFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]OffsetForLeaderPartition", versions: [0, 4], nullable: null, tagged: null, fields: OffsetForLeaderPartitionFields },
];
const OffsetForLeaderEpochRequestFields: readonly FieldSchema[] = [
  { name: "replicaId", type: "int32", versions: [3, 4], nullable: null, tagged: null, default: -2, entityType: "brokerId" },
  { name: "topics", type: "[]OffsetForLeaderTopic", versions: [0, 4], nullable: null, tagged: null, fields: OffsetForLeaderTopicFields },
];

export const offsetForLeaderEpochRequestSchema: MessageSchema = {
  name: "OffsetForLeaderEpochRequest",
  type: "request",
  apiKey: 23,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: OffsetForLeaderEpochRequestFields,
};

export function encodeOffsetForLeaderEpochRequest(w: Writer, v: Input<OffsetForLeaderEpochRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetForLeaderEpochRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  if (version >= 3) {
    w.int32(v.replicaId ?? -2);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderEpochRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderEpochRequest.topics has a null element`);
        encodeOffsetForLeaderTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetForLeaderEpochRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  let f_replicaId: number;
  if (version >= 3) {
    f_replicaId = r.int32();
  } else f_replicaId = -2;
  let f_topics: OffsetForLeaderTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetForLeaderEpochRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetForLeaderTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetForLeaderEpochRequest = {
    replicaId: f_replicaId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetForLeaderPartition(w: Writer, v: Input<OffsetForLeaderPartition>, version: number): void {
  const flexible = version >= 4;
  w.int32(v.partition ?? 0);
  if (version >= 2) {
    w.int32(v.currentLeaderEpoch ?? -1);
  }
  w.int32(v.leaderEpoch ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderPartition {
  const flexible = version >= 4;
  const f_partition: number = r.int32();
  let f_currentLeaderEpoch: number;
  if (version >= 2) {
    f_currentLeaderEpoch = r.int32();
  } else f_currentLeaderEpoch = -1;
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetForLeaderPartition = {
    partition: f_partition,
    currentLeaderEpoch: f_currentLeaderEpoch,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetForLeaderTopic(w: Writer, v: Input<OffsetForLeaderTopic>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopic.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopic.partitions has a null element`);
        encodeOffsetForLeaderPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderTopic {
  const flexible = version >= 4;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitions: OffsetForLeaderPartition[];
  {
    const n = (flexible ? r.compactArrayLength(8) : r.arrayLength(8));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetForLeaderTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetForLeaderPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetForLeaderTopic = {
    topic: f_topic,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
