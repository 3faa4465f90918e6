// Generated from ConsumerGroupTargetAssignmentMemberValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupTargetAssignmentMemberValue (data), versions 0, flexible 0+.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupTargetAssignmentMemberValue {
  /** The assigned partitions. (versions 0) */
  topicPartitions: TopicPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicPartition {
  /** (versions 0) */
  topicId: string;
  /** (versions 0) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicPartitionFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const ConsumerGroupTargetAssignmentMemberValueFields: readonly FieldSchema[] = [
  { name: "topicPartitions", type: "[]TopicPartition", versions: [0, 0], nullable: null, tagged: null, fields: TopicPartitionFields },
];

export const consumerGroupTargetAssignmentMemberValueSchema: MessageSchema = {
  name: "ConsumerGroupTargetAssignmentMemberValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupTargetAssignmentMemberValueFields,
};

export function encodeConsumerGroupTargetAssignmentMemberValue(w: Writer, v: Input<ConsumerGroupTargetAssignmentMemberValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.topicPartitions === undefined ? [] : v.topicPartitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupTargetAssignmentMemberValue.topicPartitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupTargetAssignmentMemberValue.topicPartitions has a null element`);
        encodeTopicPartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupTargetAssignmentMemberValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberValue version ${version} is not supported (valid: 0-0)`);
  }
  let f_topicPartitions: TopicPartition[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupTargetAssignmentMemberValue.topicPartitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartition(r, version);
      f_topicPartitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupTargetAssignmentMemberValue = {
    topicPartitions: f_topicPartitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicPartition(w: Writer, v: Input<TopicPartition>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartition.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicPartition.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicPartition(r: Reader, version: number): TopicPartition {
  const f_topicId: string = r.uuid();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicPartition.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicPartition = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
