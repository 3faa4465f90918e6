// Generated from DescribeLogDirsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeLogDirsRequest (request, api key 35), versions 0-5, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 is the same as version 0.
 * Version 2 is the first flexible version.
 * Version 3 is the same as version 2 (new field in response).
 * Version 4 is the same as version 2 (new fields in response).
 * Version 5 is the same as version 2 (new fields in response).
 */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (versions 0-5, nullable 0-5) */
  topics: DescribableLogDirTopic[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribableLogDirTopic {
  /** The topic name. (versions 0-5, entity topicName, map key) */
  topic: string;
  /** The partition indexes. (versions 0-5) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribableLogDirTopicFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 5], nullable: null, tagged: null },
];
const DescribeLogDirsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]DescribableLogDirTopic", versions: [0, 5], nullable: [0, 5], tagged: null, fields: DescribableLogDirTopicFields },
];

export const describeLogDirsRequestSchema: MessageSchema = {
  name: "DescribeLogDirsRequest",
  type: "request",
  apiKey: 35,
  validVersions: [0, 5],
  flexibleVersions: [2, 32767],
  fields: DescribeLogDirsRequestFields,
};

export function encodeDescribeLogDirsRequest(w: Writer, v: Input<DescribeLogDirsRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeLogDirsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 2;
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsRequest.topics has a null element`);
        encodeDescribableLogDirTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeLogDirsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 2;
  let f_topics: DescribableLogDirTopic[] | null;
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) f_topics = null;
    else {
      const a = new Array<DescribableLogDirTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribableLogDirTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeLogDirsRequest = {
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribableLogDirTopic(w: Writer, v: Input<DescribableLogDirTopic>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribableLogDirTopic.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribableLogDirTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribableLogDirTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribableLogDirTopic(r: Reader, version: number): DescribableLogDirTopic {
  const flexible = version >= 2;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitions: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribableLogDirTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribableLogDirTopic = {
    topic: f_topic,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
