// Generated from DescribeShareGroupOffsetsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeShareGroupOffsetsRequest (request, api key 90), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces Lag in the response (KIP-1226).
 */
export interface DescribeShareGroupOffsetsRequest {
  /** The groups to describe offsets for. (versions 0-1) */
  groups: DescribeShareGroupOffsetsRequestGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0-1, entity topicName) */
  topicName: string;
  /** The partitions. (versions 0-1) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsRequestGroup {
  /** The group identifier. (versions 0-1, entity groupId) */
  groupId: string;
  /** The topics to describe offsets for, or null for all topic-partitions. (versions 0-1, nullable 0-1) */
  topics: DescribeShareGroupOffsetsRequestTopic[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeShareGroupOffsetsRequestTopicFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]int32", versions: [0, 1], nullable: null, tagged: null },
];
const DescribeShareGroupOffsetsRequestGroupFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]DescribeShareGroupOffsetsRequestTopic", versions: [0, 1], nullable: [0, 1], tagged: null, fields: DescribeShareGroupOffsetsRequestTopicFields },
];
const DescribeShareGroupOffsetsRequestFields: readonly FieldSchema[] = [
  { name: "groups", type: "[]DescribeShareGroupOffsetsRequestGroup", versions: [0, 1], nullable: null, tagged: null, fields: DescribeShareGroupOffsetsRequestGroupFields },
];

export const describeShareGroupOffsetsRequestSchema: MessageSchema = {
  name: "DescribeShareGroupOffsetsRequest",
  type: "request",
  apiKey: 90,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: DescribeShareGroupOffsetsRequestFields,
};

export function encodeDescribeShareGroupOffsetsRequest(w: Writer, v: Input<DescribeShareGroupOffsetsRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeShareGroupOffsetsRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequest.groups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequest.groups has a null element`);
        encodeDescribeShareGroupOffsetsRequestGroup(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeShareGroupOffsetsRequest(r: Reader, version: number): DescribeShareGroupOffsetsRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeShareGroupOffsetsRequest version ${version} is not supported (valid: 0-1)`);
  }
  let f_groups: DescribeShareGroupOffsetsRequestGroup[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeShareGroupOffsetsRequest.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeShareGroupOffsetsRequestGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeShareGroupOffsetsRequestGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsRequest = {
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeShareGroupOffsetsRequestTopic(w: Writer, v: Input<DescribeShareGroupOffsetsRequestTopic>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequestTopic.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequestTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequestTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsRequestTopic(r: Reader, version: number): DescribeShareGroupOffsetsRequestTopic {
  const f_topicName: string = r.compactString();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeShareGroupOffsetsRequestTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsRequestTopic = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeShareGroupOffsetsRequestGroup(w: Writer, v: Input<DescribeShareGroupOffsetsRequestGroup>, version: number): void {
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequestGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeShareGroupOffsetsRequestGroup.topics has a null element`);
        encodeDescribeShareGroupOffsetsRequestTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeShareGroupOffsetsRequestGroup(r: Reader, version: number): DescribeShareGroupOffsetsRequestGroup {
  const f_groupId: string = r.compactString();
  let f_topics: DescribeShareGroupOffsetsRequestTopic[] | null;
  {
    const n = r.compactArrayLength(2);
    if (n === null) f_topics = null;
    else {
      const a = new Array<DescribeShareGroupOffsetsRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeShareGroupOffsetsRequestTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeShareGroupOffsetsRequestGroup = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
