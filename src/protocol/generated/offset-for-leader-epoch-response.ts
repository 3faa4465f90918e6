// Generated from OffsetForLeaderEpochResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetForLeaderEpochResponse (response, api key 23), versions 0-4, flexible 4+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Version 1 added the leader epoch to the response.
 *
 * Version 2 added the throttle time.
 *
 * Version 3 is the same as version 2.
 *
 * Version 4 enables flexible versions.
 */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-4) */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. (versions 0-4) */
  topics: OffsetForLeaderTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0-4) */
  errorCode: number;
  /** The partition index. (versions 0-4) */
  partition: number;
  /** The leader epoch of the partition. (versions 1-4, default -1) */
  leaderEpoch: number;
  /** The end offset of the epoch. (versions 0-4, default -1) */
  endOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderTopicResult {
  /** The topic name. (versions 0-4, entity topicName, map key) */
  topic: string;
  /** Each partition in the topic we fetched offsets for. (versions 0-4) */
  partitions: EpochEndOffset[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EpochEndOffsetFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "partition", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [1, 4], nullable: null, tagged: null, default: -1 },
  { name: "endOffset", type: "int64", versions: [0, 4], nullable: null, tagged: null, default: -1n },
];
const OffsetForLeaderTopicResultFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]EpochEndOffset", versions: [0, 4], nullable: null, tagged: null, fields: EpochEndOffsetFields },
];
const OffsetForLeaderEpochResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [2, 4], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]OffsetForLeaderTopicResult", versions: [0, 4], nullable: null, tagged: null, fields: OffsetForLeaderTopicResultFields },
];

export const offsetForLeaderEpochResponseSchema: MessageSchema = {
  name: "OffsetForLeaderEpochResponse",
  type: "response",
  apiKey: 23,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: OffsetForLeaderEpochResponseFields,
};

export function encodeOffsetForLeaderEpochResponse(w: Writer, v: Input<OffsetForLeaderEpochResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetForLeaderEpochResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  if (version >= 2) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderEpochResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderEpochResponse.topics has a null element`);
        encodeOffsetForLeaderTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetForLeaderEpochResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_topics: OffsetForLeaderTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetForLeaderEpochResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetForLeaderTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetForLeaderTopicResult(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetForLeaderEpochResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEpochEndOffset(w: Writer, v: Input<EpochEndOffset>, version: number): void {
  const flexible = version >= 4;
  w.int16(v.errorCode ?? 0);
  w.int32(v.partition ?? 0);
  if (version >= 1) {
    w.int32(v.leaderEpoch ?? -1);
  }
  w.int64(v.endOffset ?? -1n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeEpochEndOffset(r: Reader, version: number): EpochEndOffset {
  const flexible = version >= 4;
  const f_errorCode: number = r.int16();
  const f_partition: number = r.int32();
  let f_leaderEpoch: number;
  if (version >= 1) {
    f_leaderEpoch = r.int32();
  } else f_leaderEpoch = -1;
  const f_endOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EpochEndOffset = {
    errorCode: f_errorCode,
    partition: f_partition,
    leaderEpoch: f_leaderEpoch,
    endOffset: f_endOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetForLeaderTopicResult(w: Writer, v: Input<OffsetForLeaderTopicResult>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopicResult.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopicResult.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetForLeaderTopicResult.partitions has a null element`);
        encodeEpochEndOffset(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderTopicResult {
  const flexible = version >= 4;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitions: EpochEndOffset[];
  {
    const n = (flexible ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetForLeaderTopicResult.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<EpochEndOffset>(n);
      for (let i = 0; i < n; i++) a[i] = decodeEpochEndOffset(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetForLeaderTopicResult = {
    topic: f_topic,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
