// Generated from ListOffsetsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListOffsetsResponse (response, api key 2), versions 0-11, flexible 6+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 removes the offsets array in favor of returning a single offset.
 * Version 1 also adds the timestamp associated with the returned offset.
 *
 * Version 2 adds the throttle time.
 *
 * Starting in version 3, on quota violation, brokers send out responses before throttling.
 *
 * Version 4 adds the leader epoch, which is used for fencing.
 *
 * Version 5 adds a new error code, OFFSET_NOT_AVAILABLE.
 *
 * Version 6 enables flexible versions.
 *
 * Version 7 is the same as version 6 (KIP-734).
 *
 * Version 8 enables listing offsets by local log start offset.
 * This is the earliest log start offset in the local log. (KIP-405).
 *
 * Version 9 enables listing offsets by last tiered offset (KIP-1005).
 *
 * Version 10 enables async remote list offsets support (KIP-1075)
 *
 * Version 11 enables listing offsets by earliest pending upload offset (KIP-1023)
 */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-11) */
  throttleTimeMs: number;
  /** Each topic in the response. (versions 0-11) */
  topics: ListOffsetsTopicResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsPartitionResponse {
  /** The partition index. (versions 0-11) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0-11) */
  errorCode: number;
  /** The result offsets. (versions 0) */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. (versions 1-11, default -1) */
  timestamp: bigint;
  /** The returned offset. (versions 1-11, default -1) */
  offset: bigint;
  /** The leader epoch associated with the returned offset. (versions 4-11, default -1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsTopicResponse {
  /** The topic name. (versions 0-11, entity topicName) */
  name: string;
  /** Each partition in the response. (versions 0-11) */
  partitions: ListOffsetsPartitionResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListOffsetsPartitionResponseFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 11], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 11], nullable: null, tagged: null, default: 0 },
  { name: "oldStyleOffsets", type: "[]int64", versions: [0, 0], nullable: null, tagged: null },
  { name: "timestamp", type: "int64", versions: [1, 11], nullable: null, tagged: null, default: -1n },
  { name: "offset", type: "int64", versions: [1, 11], nullable: null, tagged: null, default: -1n },
  { name: "leaderEpoch", type: "int32", versions: [4, 11], nullable: null, tagged: null, default: -1 },
];
const ListOffsetsTopicResponseFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 11], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]ListOffsetsPartitionResponse", versions: [0, 11], nullable: null, tagged: null, fields: ListOffsetsPartitionResponseFields },
];
const ListOffsetsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [2, 11], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]ListOffsetsTopicResponse", versions: [0, 11], nullable: null, tagged: null, fields: ListOffsetsTopicResponseFields },
];

export const listOffsetsResponseSchema: MessageSchema = {
  name: "ListOffsetsResponse",
  type: "response",
  apiKey: 2,
  validVersions: [0, 11],
  flexibleVersions: [6, 32767],
  fields: ListOffsetsResponseFields,
};

export function encodeListOffsetsResponse(w: Writer, v: Input<ListOffsetsResponse>, version: number): void {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListOffsetsResponse version ${version} is not supported (valid: 0-11)`);
  }
  const flexible = version >= 6;
  if (version >= 2) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsResponse.topics has a null element`);
        encodeListOffsetsTopicResponse(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListOffsetsResponse version ${version} is not supported (valid: 0-11)`);
  }
  const flexible = version >= 6;
  let f_throttleTimeMs: number;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_topics: ListOffsetsTopicResponse[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListOffsetsResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ListOffsetsTopicResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListOffsetsTopicResponse(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListOffsetsPartitionResponse(w: Writer, v: Input<ListOffsetsPartitionResponse>, version: number): void {
  const flexible = version >= 6;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (version <= 0) {
    {
      const x = v.oldStyleOffsets === undefined ? [] : v.oldStyleOffsets;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsPartitionResponse.oldStyleOffsets cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsPartitionResponse.oldStyleOffsets has a null element`);
          w.int64(e);
        }
      }
    }
  }
  if (version >= 1) {
    w.int64(v.timestamp ?? -1n);
  }
  if (version >= 1) {
    w.int64(v.offset ?? -1n);
  }
  if (version >= 4) {
    w.int32(v.leaderEpoch ?? -1);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsPartitionResponse {
  const flexible = version >= 6;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_oldStyleOffsets: bigint[];
  if (version <= 0) {
    {
      const n = r.arrayLength(8);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `ListOffsetsPartitionResponse.oldStyleOffsets is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<bigint>(n);
        for (let i = 0; i < n; i++) a[i] = r.int64();
        f_oldStyleOffsets = a;
      }
    }
  } else f_oldStyleOffsets = [];
  let f_timestamp: bigint;
  if (version >= 1) {
    f_timestamp = r.int64();
  } else f_timestamp = -1n;
  let f_offset: bigint;
  if (version >= 1) {
    f_offset = r.int64();
  } else f_offset = -1n;
  let f_leaderEpoch: number;
  if (version >= 4) {
    f_leaderEpoch = r.int32();
  } else f_leaderEpoch = -1;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsPartitionResponse = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    oldStyleOffsets: f_oldStyleOffsets,
    timestamp: f_timestamp,
    offset: f_offset,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListOffsetsTopicResponse(w: Writer, v: Input<ListOffsetsTopicResponse>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopicResponse.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopicResponse.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListOffsetsTopicResponse.partitions has a null element`);
        encodeListOffsetsPartitionResponse(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsTopicResponse {
  const flexible = version >= 6;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: ListOffsetsPartitionResponse[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListOffsetsTopicResponse.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ListOffsetsPartitionResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListOffsetsPartitionResponse(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListOffsetsTopicResponse = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
