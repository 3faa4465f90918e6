// Generated from OffsetDeleteResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** OffsetDeleteResponse (response, api key 47), versions 0, flexible none. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The responses for each topic. (versions 0) */
  topics: OffsetDeleteResponseTopic[];
}

export interface OffsetDeleteResponsePartition {
  /** The partition index. (versions 0, map key) */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
}

export interface OffsetDeleteResponseTopic {
  /** The topic name. (versions 0, entity topicName, map key) */
  name: string;
  /** The responses for each partition in the topic. (versions 0) */
  partitions: OffsetDeleteResponsePartition[];
}

const OffsetDeleteResponsePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const OffsetDeleteResponseTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]OffsetDeleteResponsePartition", versions: [0, 0], nullable: null, tagged: null, fields: OffsetDeleteResponsePartitionFields },
];
const OffsetDeleteResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]OffsetDeleteResponseTopic", versions: [0, 0], nullable: null, tagged: null, fields: OffsetDeleteResponseTopicFields },
];

export const offsetDeleteResponseSchema: MessageSchema = {
  name: "OffsetDeleteResponse",
  type: "response",
  apiKey: 47,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: OffsetDeleteResponseFields,
};

export function encodeOffsetDeleteResponse(w: Writer, v: Input<OffsetDeleteResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetDeleteResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.errorCode ?? 0);
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteResponse.topics cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteResponse.topics has a null element`);
        encodeOffsetDeleteResponseTopic(w, e, version);
      }
    }
  }
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetDeleteResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_errorCode: number = r.int16();
  const f_throttleTimeMs: number = r.int32();
  let f_topics: OffsetDeleteResponseTopic[];
  {
    const n = r.arrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetDeleteResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetDeleteResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteResponseTopic(r, version);
      f_topics = a;
    }
  }
  return {
    errorCode: f_errorCode,
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

function encodeOffsetDeleteResponsePartition(w: Writer, v: Input<OffsetDeleteResponsePartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
}

function decodeOffsetDeleteResponsePartition(r: Reader, version: number): OffsetDeleteResponsePartition {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

function encodeOffsetDeleteResponseTopic(w: Writer, v: Input<OffsetDeleteResponseTopic>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteResponseTopic.name cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteResponseTopic.partitions cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteResponseTopic.partitions has a null element`);
        encodeOffsetDeleteResponsePartition(w, e, version);
      }
    }
  }
}

function decodeOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseTopic {
  const f_name: string = r.string();
  let f_partitions: OffsetDeleteResponsePartition[];
  {
    const n = r.arrayLength(6);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetDeleteResponseTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetDeleteResponsePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteResponsePartition(r, version);
      f_partitions = a;
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}
