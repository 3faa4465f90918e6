// Generated from DeleteShareGroupStateRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DeleteShareGroupStateRequest (request, api key 86), versions 0, flexible 0+. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  groupId: string;
  /** The data for the topics. (versions 0) */
  topics: DeleteStateData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0) */
  partition: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteStateData {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The data for the partitions. (versions 0) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const DeleteStateDataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 0], nullable: null, tagged: null, fields: PartitionDataFields },
];
const DeleteShareGroupStateRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "topics", type: "[]DeleteStateData", versions: [0, 0], nullable: null, tagged: null, fields: DeleteStateDataFields },
];

export const deleteShareGroupStateRequestSchema: MessageSchema = {
  name: "DeleteShareGroupStateRequest",
  type: "request",
  apiKey: 86,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DeleteShareGroupStateRequestFields,
};

export function encodeDeleteShareGroupStateRequest(w: Writer, v: Input<DeleteShareGroupStateRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteShareGroupStateRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupStateRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupStateRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupStateRequest.topics has a null element`);
        encodeDeleteStateData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteShareGroupStateRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: DeleteStateData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteShareGroupStateRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteStateData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteStateData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DeleteShareGroupStateRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partition ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partition: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partition: f_partition,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteStateData(w: Writer, v: Input<DeleteStateData>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteStateData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteStateData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDeleteStateData(r: Reader, version: number): DeleteStateData {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteStateData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DeleteStateData = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
