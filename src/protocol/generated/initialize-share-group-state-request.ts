// Generated from InitializeShareGroupStateRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** InitializeShareGroupStateRequest (request, api key 83), versions 0, flexible 0+. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  groupId: string;
  /** The data for the topics. (versions 0) */
  topics: InitializeStateData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0) */
  partition: number;
  /** The state epoch for this share-partition. (versions 0) */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (versions 0) */
  startOffset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeStateData {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The data for the partitions. (versions 0) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "stateEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "startOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];
const InitializeStateDataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 0], nullable: null, tagged: null, fields: PartitionDataFields },
];
const InitializeShareGroupStateRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "topics", type: "[]InitializeStateData", versions: [0, 0], nullable: null, tagged: null, fields: InitializeStateDataFields },
];

export const initializeShareGroupStateRequestSchema: MessageSchema = {
  name: "InitializeShareGroupStateRequest",
  type: "request",
  apiKey: 83,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: InitializeShareGroupStateRequestFields,
};

export function encodeInitializeShareGroupStateRequest(w: Writer, v: Input<InitializeShareGroupStateRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitializeShareGroupStateRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `InitializeShareGroupStateRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `InitializeShareGroupStateRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `InitializeShareGroupStateRequest.topics has a null element`);
        encodeInitializeStateData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitializeShareGroupStateRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: InitializeStateData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `InitializeShareGroupStateRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<InitializeStateData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeInitializeStateData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: InitializeShareGroupStateRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int32(v.stateEpoch ?? 0);
  w.int64(v.startOffset ?? 0n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partition: number = r.int32();
  const f_stateEpoch: number = r.int32();
  const f_startOffset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partition: f_partition,
    stateEpoch: f_stateEpoch,
    startOffset: f_startOffset,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeInitializeStateData(w: Writer, v: Input<InitializeStateData>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `InitializeStateData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `InitializeStateData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeInitializeStateData(r: Reader, version: number): InitializeStateData {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(16);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `InitializeStateData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: InitializeStateData = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
