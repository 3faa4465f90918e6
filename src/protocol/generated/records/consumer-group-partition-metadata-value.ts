// Generated from ConsumerGroupPartitionMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupPartitionMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupPartitionMetadataValue {
  /** The list of topic metadata. (versions 0) */
  topics: TopicMetadata[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionMetadata {
  /** The partition number. (versions 0) */
  partition: number;
  /** The set of racks that the partition is mapped to. (versions 0) */
  racks: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicMetadata {
  /** The topic id. (versions 0) */
  topicId: string;
  /** The topic name. (versions 0) */
  topicName: string;
  /** The number of partitions of the topic. (versions 0) */
  numPartitions: number;
  /** Deprecated: this field is not used after 4.0. Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored (versions 0) */
  partitionMetadata: PartitionMetadata[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionMetadataFields: readonly FieldSchema[] = [
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "racks", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
];
const TopicMetadataFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "numPartitions", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "partitionMetadata", type: "[]PartitionMetadata", versions: [0, 0], nullable: null, tagged: null, fields: PartitionMetadataFields },
];
const ConsumerGroupPartitionMetadataValueFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]TopicMetadata", versions: [0, 0], nullable: null, tagged: null, fields: TopicMetadataFields },
];

export const consumerGroupPartitionMetadataValueSchema: MessageSchema = {
  name: "ConsumerGroupPartitionMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupPartitionMetadataValueFields,
};

export function encodeConsumerGroupPartitionMetadataValue(w: Writer, v: Input<ConsumerGroupPartitionMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupPartitionMetadataValue.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupPartitionMetadataValue.topics has a null element`);
        encodeTopicMetadata(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupPartitionMetadataValue(r: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  let f_topics: TopicMetadata[];
  {
    const n = r.compactArrayLength(22);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupPartitionMetadataValue.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicMetadata>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicMetadata(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupPartitionMetadataValue = {
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionMetadata(w: Writer, v: Input<PartitionMetadata>, version: number): void {
  w.int32(v.partition ?? 0);
  {
    const x = v.racks === undefined ? [] : v.racks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionMetadata.racks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionMetadata.racks has a null element`);
        w.compactString(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionMetadata(r: Reader, version: number): PartitionMetadata {
  const f_partition: number = r.int32();
  let f_racks: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionMetadata.racks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_racks = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionMetadata = {
    partition: f_partition,
    racks: f_racks,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicMetadata(w: Writer, v: Input<TopicMetadata>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicMetadata.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.numPartitions ?? 0);
  {
    const x = v.partitionMetadata === undefined ? [] : v.partitionMetadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicMetadata.partitionMetadata cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicMetadata.partitionMetadata has a null element`);
        encodePartitionMetadata(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicMetadata(r: Reader, version: number): TopicMetadata {
  const f_topicId: string = r.uuid();
  const f_topicName: string = r.compactString();
  const f_numPartitions: number = r.int32();
  let f_partitionMetadata: PartitionMetadata[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicMetadata.partitionMetadata is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionMetadata>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionMetadata(r, version);
      f_partitionMetadata = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicMetadata = {
    topicId: f_topicId,
    topicName: f_topicName,
    numPartitions: f_numPartitions,
    partitionMetadata: f_partitionMetadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
