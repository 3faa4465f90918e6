// Generated from ShareGroupStatePartitionMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupStatePartitionMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupStatePartitionMetadataValue {
  /** The topics with initialized share-group state. (versions 0) */
  initializedTopics: TopicPartitionsInfo[];
  /** The topics whose share-group state is being deleted. (versions 0) */
  deletingTopics: TopicInfo[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicPartitionsInfo {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The topic name. (versions 0) */
  topicName: string;
  /** The partitions. (versions 0) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicInfo {
  /** The topic identifier. (versions 0) */
  topicId: string;
  /** The topic name. (versions 0) */
  topicName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicPartitionsInfoFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const TopicInfoFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const ShareGroupStatePartitionMetadataValueFields: readonly FieldSchema[] = [
  { name: "initializedTopics", type: "[]TopicPartitionsInfo", versions: [0, 0], nullable: null, tagged: null, fields: TopicPartitionsInfoFields },
  { name: "deletingTopics", type: "[]TopicInfo", versions: [0, 0], nullable: null, tagged: null, fields: TopicInfoFields },
];

export const shareGroupStatePartitionMetadataValueSchema: MessageSchema = {
  name: "ShareGroupStatePartitionMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ShareGroupStatePartitionMetadataValueFields,
};

export function encodeShareGroupStatePartitionMetadataValue(w: Writer, v: Input<ShareGroupStatePartitionMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupStatePartitionMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.initializedTopics === undefined ? [] : v.initializedTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupStatePartitionMetadataValue.initializedTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareGroupStatePartitionMetadataValue.initializedTopics has a null element`);
        encodeTopicPartitionsInfo(w, e, version);
      }
    }
  }
  {
    const x = v.deletingTopics === undefined ? [] : v.deletingTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupStatePartitionMetadataValue.deletingTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareGroupStatePartitionMetadataValue.deletingTopics has a null element`);
        encodeTopicInfo(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupStatePartitionMetadataValue(r: Reader, version: number): ShareGroupStatePartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupStatePartitionMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  let f_initializedTopics: TopicPartitionsInfo[];
  {
    const n = r.compactArrayLength(18);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareGroupStatePartitionMetadataValue.initializedTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartitionsInfo>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartitionsInfo(r, version);
      f_initializedTopics = a;
    }
  }
  let f_deletingTopics: TopicInfo[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareGroupStatePartitionMetadataValue.deletingTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicInfo>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicInfo(r, version);
      f_deletingTopics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareGroupStatePartitionMetadataValue = {
    initializedTopics: f_initializedTopics,
    deletingTopics: f_deletingTopics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicPartitionsInfo(w: Writer, v: Input<TopicPartitionsInfo>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitionsInfo.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitionsInfo.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicPartitionsInfo.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicPartitionsInfo(r: Reader, version: number): TopicPartitionsInfo {
  const f_topicId: string = r.uuid();
  const f_topicName: string = r.compactString();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicPartitionsInfo.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicPartitionsInfo = {
    topicId: f_topicId,
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicInfo(w: Writer, v: Input<TopicInfo>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicInfo.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicInfo(r: Reader, version: number): TopicInfo {
  const f_topicId: string = r.uuid();
  const f_topicName: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicInfo = {
    topicId: f_topicId,
    topicName: f_topicName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
