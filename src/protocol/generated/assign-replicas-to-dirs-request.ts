// Generated from AssignReplicasToDirsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** AssignReplicasToDirsRequest (request, api key 73), versions 0, flexible 0+. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker. (versions 0, entity brokerId) */
  brokerId: number;
  /** The epoch of the requesting broker. (versions 0, default -1) */
  brokerEpoch: bigint;
  /** The directories to which replicas should be assigned. (versions 0) */
  directories: DirectoryData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The ID of the assigned topic. (versions 0) */
  topicId: string;
  /** The partitions assigned to the directory. (versions 0) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DirectoryData {
  /** The ID of the directory. (versions 0) */
  id: string;
  /** The topics assigned to the directory. (versions 0) */
  topics: TopicData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 0], nullable: null, tagged: null, fields: PartitionDataFields },
];
const DirectoryDataFields: readonly FieldSchema[] = [
  { name: "id", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "topics", type: "[]TopicData", versions: [0, 0], nullable: null, tagged: null, fields: TopicDataFields },
];
const AssignReplicasToDirsRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: -1n },
  { name: "directories", type: "[]DirectoryData", versions: [0, 0], nullable: null, tagged: null, fields: DirectoryDataFields },
];

export const assignReplicasToDirsRequestSchema: MessageSchema = {
  name: "AssignReplicasToDirsRequest",
  type: "request",
  apiKey: 73,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AssignReplicasToDirsRequestFields,
};

export function encodeAssignReplicasToDirsRequest(w: Writer, v: Input<AssignReplicasToDirsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AssignReplicasToDirsRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.brokerId ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  {
    const x = v.directories === undefined ? [] : v.directories;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AssignReplicasToDirsRequest.directories cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AssignReplicasToDirsRequest.directories has a null element`);
        encodeDirectoryData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AssignReplicasToDirsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  let f_directories: DirectoryData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AssignReplicasToDirsRequest.directories is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DirectoryData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDirectoryData(r, version);
      f_directories = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AssignReplicasToDirsRequest = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    directories: f_directories,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicData = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDirectoryData(w: Writer, v: Input<DirectoryData>, version: number): void {
  w.uuid(v.id ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DirectoryData.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DirectoryData.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDirectoryData(r: Reader, version: number): DirectoryData {
  const f_id: string = r.uuid();
  let f_topics: TopicData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DirectoryData.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DirectoryData = {
    id: f_id,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
