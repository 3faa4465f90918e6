// Generated from OffsetDeleteRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** OffsetDeleteRequest (request, api key 47), versions 0, flexible none. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0, entity groupId) */
  groupId: string;
  /** The topics to delete offsets for. (versions 0) */
  topics: OffsetDeleteRequestTopic[];
}

export interface OffsetDeleteRequestPartition {
  /** The partition index. (versions 0) */
  partitionIndex: number;
}

export interface OffsetDeleteRequestTopic {
  /** The topic name. (versions 0, entity topicName, map key) */
  name: string;
  /** Each partition to delete offsets for. (versions 0) */
  partitions: OffsetDeleteRequestPartition[];
}

const OffsetDeleteRequestPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const OffsetDeleteRequestTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]OffsetDeleteRequestPartition", versions: [0, 0], nullable: null, tagged: null, fields: OffsetDeleteRequestPartitionFields },
];
const OffsetDeleteRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]OffsetDeleteRequestTopic", versions: [0, 0], nullable: null, tagged: null, fields: OffsetDeleteRequestTopicFields },
];

export const offsetDeleteRequestSchema: MessageSchema = {
  name: "OffsetDeleteRequest",
  type: "request",
  apiKey: 47,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: OffsetDeleteRequestFields,
};

export function encodeOffsetDeleteRequest(w: Writer, v: Input<OffsetDeleteRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetDeleteRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequest.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequest.topics cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequest.topics has a null element`);
        encodeOffsetDeleteRequestTopic(w, e, version);
      }
    }
  }
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetDeleteRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  let f_topics: OffsetDeleteRequestTopic[];
  {
    const n = r.arrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetDeleteRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetDeleteRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteRequestTopic(r, version);
      f_topics = a;
    }
  }
  return {
    groupId: f_groupId,
    topics: f_topics,
  };
}

function encodeOffsetDeleteRequestPartition(w: Writer, v: Input<OffsetDeleteRequestPartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
}

function decodeOffsetDeleteRequestPartition(r: Reader, version: number): OffsetDeleteRequestPartition {
  const f_partitionIndex: number = r.int32();
  return {
    partitionIndex: f_partitionIndex,
  };
}

function encodeOffsetDeleteRequestTopic(w: Writer, v: Input<OffsetDeleteRequestTopic>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequestTopic.name cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequestTopic.partitions cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetDeleteRequestTopic.partitions has a null element`);
        encodeOffsetDeleteRequestPartition(w, e, version);
      }
    }
  }
}

function decodeOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestTopic {
  const f_name: string = r.string();
  let f_partitions: OffsetDeleteRequestPartition[];
  {
    const n = r.arrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetDeleteRequestTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OffsetDeleteRequestPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetDeleteRequestPartition(r, version);
      f_partitions = a;
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}
