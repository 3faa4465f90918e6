// Generated from ConsumerGroupCurrentMemberAssignmentValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupCurrentMemberAssignmentValue (data), versions 0, flexible 0+.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. (versions 0) */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. (versions 0) */
  previousMemberEpoch: number;
  /** The member state. See MemberState for the possible values. (versions 0) */
  state: number;
  /** The partitions assigned to (or owned by) this member. (versions 0) */
  assignedPartitions: TopicPartitions[];
  /** The partitions that must be revoked by this member. (versions 0) */
  partitionsPendingRevocation: TopicPartitions[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicPartitions {
  /** The topic Id. (versions 0) */
  topicId: string;
  /** The partition Ids. (versions 0) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicPartitionsFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const ConsumerGroupCurrentMemberAssignmentValueFields: readonly FieldSchema[] = [
  { name: "memberEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "previousMemberEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "state", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "assignedPartitions", type: "[]TopicPartitions", versions: [0, 0], nullable: null, tagged: null, fields: TopicPartitionsFields },
  { name: "partitionsPendingRevocation", type: "[]TopicPartitions", versions: [0, 0], nullable: null, tagged: null, fields: TopicPartitionsFields },
];

export const consumerGroupCurrentMemberAssignmentValueSchema: MessageSchema = {
  name: "ConsumerGroupCurrentMemberAssignmentValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupCurrentMemberAssignmentValueFields,
};

export function encodeConsumerGroupCurrentMemberAssignmentValue(w: Writer, v: Input<ConsumerGroupCurrentMemberAssignmentValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupCurrentMemberAssignmentValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.memberEpoch ?? 0);
  w.int32(v.previousMemberEpoch ?? 0);
  w.int8(v.state ?? 0);
  {
    const x = v.assignedPartitions === undefined ? [] : v.assignedPartitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentValue.assignedPartitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentValue.assignedPartitions has a null element`);
        encodeTopicPartitions(w, e, version);
      }
    }
  }
  {
    const x = v.partitionsPendingRevocation === undefined ? [] : v.partitionsPendingRevocation;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentValue.partitionsPendingRevocation cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentValue.partitionsPendingRevocation has a null element`);
        encodeTopicPartitions(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupCurrentMemberAssignmentValue(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupCurrentMemberAssignmentValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_memberEpoch: number = r.int32();
  const f_previousMemberEpoch: number = r.int32();
  const f_state: number = r.int8();
  let f_assignedPartitions: TopicPartitions[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupCurrentMemberAssignmentValue.assignedPartitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartitions(r, version);
      f_assignedPartitions = a;
    }
  }
  let f_partitionsPendingRevocation: TopicPartitions[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupCurrentMemberAssignmentValue.partitionsPendingRevocation is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartitions(r, version);
      f_partitionsPendingRevocation = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupCurrentMemberAssignmentValue = {
    memberEpoch: f_memberEpoch,
    previousMemberEpoch: f_previousMemberEpoch,
    state: f_state,
    assignedPartitions: f_assignedPartitions,
    partitionsPendingRevocation: f_partitionsPendingRevocation,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicPartitions(w: Writer, v: Input<TopicPartitions>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicPartitions(r: Reader, version: number): TopicPartitions {
  const f_topicId: string = r.uuid();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicPartitions.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicPartitions = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
