// Generated from DescribeTopicPartitionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeTopicPartitionsRequest (request, api key 75), versions 0, flexible 0+. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (versions 0) */
  topics: TopicRequest[];
  /** The maximum number of partitions included in the response. (versions 0, default 2000) */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. (versions 0, nullable 0, default null) */
  cursor: Cursor | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicRequest {
  /** The topic name. (versions 0, entity topicName) */
  name: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Cursor {
  /** The name for the first topic to process. (versions 0, entity topicName) */
  topicName: string;
  /** The partition index to start with. (versions 0) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicRequestFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
];
const CursorFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const DescribeTopicPartitionsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]TopicRequest", versions: [0, 0], nullable: null, tagged: null, fields: TopicRequestFields },
  { name: "responsePartitionLimit", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 2000 },
  { name: "cursor", type: "Cursor", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, fields: CursorFields },
];

export const describeTopicPartitionsRequestSchema: MessageSchema = {
  name: "DescribeTopicPartitionsRequest",
  type: "request",
  apiKey: 75,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeTopicPartitionsRequestFields,
};

export function encodeDescribeTopicPartitionsRequest(w: Writer, v: Input<DescribeTopicPartitionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTopicPartitionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTopicPartitionsRequest.topics has a null element`);
        encodeTopicRequest(w, e, version);
      }
    }
  }
  w.int32(v.responsePartitionLimit ?? 2000);
  {
    const x = v.cursor === undefined ? null : v.cursor;
    if (x === null) w.int8(-1);
    else {
      w.int8(1);
      encodeCursor(w, x, version);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTopicPartitionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  let f_topics: TopicRequest[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTopicPartitionsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicRequest>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicRequest(r, version);
      f_topics = a;
    }
  }
  const f_responsePartitionLimit: number = r.int32();
  const f_cursor: Cursor | null = r.int8() < 0 ? null : decodeCursor(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTopicPartitionsRequest = {
    topics: f_topics,
    responsePartitionLimit: f_responsePartitionLimit,
    cursor: f_cursor,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicRequest(w: Writer, v: Input<TopicRequest>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicRequest.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicRequest(r: Reader, version: number): TopicRequest {
  const f_name: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicRequest = {
    name: f_name,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCursor(w: Writer, v: Input<Cursor>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Cursor.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.partitionIndex ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCursor(r: Reader, version: number): Cursor {
  const f_topicName: string = r.compactString();
  const f_partitionIndex: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Cursor = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
