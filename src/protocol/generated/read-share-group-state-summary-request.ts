// Generated from ReadShareGroupStateSummaryRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ReadShareGroupStateSummaryRequest (request, api key 87), versions 0-1, flexible 0+.
 *
 * Version 0 is the initial version (KIP-932).
 *
 * Version 1 introduces DeliveryCompleteCount in the response (KIP-1226).
 */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (versions 0-1) */
  groupId: string;
  /** The data for the topics. (versions 0-1) */
  topics: ReadStateSummaryData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-1) */
  partition: number;
  /** The leader epoch of the share-partition. (versions 0-1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadStateSummaryData {
  /** The topic identifier. (versions 0-1) */
  topicId: string;
  /** The data for the partitions. (versions 0-1) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const ReadStateSummaryDataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 1], nullable: null, tagged: null, fields: PartitionDataFields },
];
const ReadShareGroupStateSummaryRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "topics", type: "[]ReadStateSummaryData", versions: [0, 1], nullable: null, tagged: null, fields: ReadStateSummaryDataFields },
];

export const readShareGroupStateSummaryRequestSchema: MessageSchema = {
  name: "ReadShareGroupStateSummaryRequest",
  type: "request",
  apiKey: 87,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ReadShareGroupStateSummaryRequestFields,
};

export function encodeReadShareGroupStateSummaryRequest(w: Writer, v: Input<ReadShareGroupStateSummaryRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateSummaryRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateSummaryRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateSummaryRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadShareGroupStateSummaryRequest.topics has a null element`);
        encodeReadStateSummaryData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ReadShareGroupStateSummaryRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: ReadStateSummaryData[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadShareGroupStateSummaryRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReadStateSummaryData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReadStateSummaryData(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadShareGroupStateSummaryRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partition ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partition: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partition: f_partition,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReadStateSummaryData(w: Writer, v: Input<ReadStateSummaryData>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReadStateSummaryData.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReadStateSummaryData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReadStateSummaryData(r: Reader, version: number): ReadStateSummaryData {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(8);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReadStateSummaryData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReadStateSummaryData = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
