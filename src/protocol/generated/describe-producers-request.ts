// Generated from DescribeProducersRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeProducersRequest (request, api key 61), versions 0, flexible 0+. */
export interface DescribeProducersRequest {
  /** The topics to list producers for. (versions 0) */
  topics: TopicRequest[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicRequest {
  /** The topic name. (versions 0, entity topicName, map key) */
  name: string;
  /** The indexes of the partitions to list producers for. (versions 0) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicRequestFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitionIndexes", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const DescribeProducersRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]TopicRequest", versions: [0, 0], nullable: null, tagged: null, fields: TopicRequestFields },
];

export const describeProducersRequestSchema: MessageSchema = {
  name: "DescribeProducersRequest",
  type: "request",
  apiKey: 61,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeProducersRequestFields,
};

export function encodeDescribeProducersRequest(w: Writer, v: Input<DescribeProducersRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeProducersRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeProducersRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeProducersRequest.topics has a null element`);
        encodeTopicRequest(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeProducersRequest version ${version} is not supported (valid: 0-0)`);
  }
  let f_topics: TopicRequest[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeProducersRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicRequest>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicRequest(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeProducersRequest = {
    topics: f_topics,
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
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicRequest.partitionIndexes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicRequest.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicRequest(r: Reader, version: number): TopicRequest {
  const f_name: string = r.compactString();
  let f_partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicRequest.partitionIndexes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIndexes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicRequest = {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
