// Generated from ConsumerGroupDescribeResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupDescribeResponse (response, api key 69), versions 0-1, flexible 0+.
 *
 * Version 1 adds MemberType field (KIP-1099).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - INVALID_GROUP_ID (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** Each described group. (versions 0-1) */
  groups: DescribedGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicPartitions {
  /** The topic ID. (versions 0-1) */
  topicId: string;
  /** The topic name. (versions 0-1, entity topicName) */
  topicName: string;
  /** The partitions. (versions 0-1) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Assignment {
  /** The assigned topic-partitions to the member. (versions 0-1) */
  topicPartitions: TopicPartitions[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Member {
  /** The member ID. (versions 0-1) */
  memberId: string;
  /** The member instance ID. (versions 0-1, nullable 0-1, default null) */
  instanceId: string | null;
  /** The member rack ID. (versions 0-1, nullable 0-1, default null) */
  rackId: string | null;
  /** The current member epoch. (versions 0-1) */
  memberEpoch: number;
  /** The client ID. (versions 0-1) */
  clientId: string;
  /** The client host. (versions 0-1) */
  clientHost: string;
  /** The subscribed topic names. (versions 0-1, entity topicName) */
  subscribedTopicNames: string[];
  /** the subscribed topic regex otherwise or null of not provided. (versions 0-1, nullable 0-1, default null) */
  subscribedTopicRegex: string | null;
  /** The current assignment. (versions 0-1) */
  assignment: Assignment;
  /** The target assignment. (versions 0-1) */
  targetAssignment: Assignment;
  /** -1 for unknown. 0 for classic member. +1 for consumer member. (versions 1, default -1) */
  memberType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** The group ID string. (versions 0-1, entity groupId) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0-1) */
  groupState: string;
  /** The group epoch. (versions 0-1) */
  groupEpoch: number;
  /** The assignment epoch. (versions 0-1) */
  assignmentEpoch: number;
  /** The selected assignor. (versions 0-1) */
  assignorName: string;
  /** The members. (versions 0-1) */
  members: Member[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0-1, default -2147483648) */
  authorizedOperations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicPartitionsFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 1], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]int32", versions: [0, 1], nullable: null, tagged: null },
];
const AssignmentFields: readonly FieldSchema[] = [
  { name: "topicPartitions", type: "[]TopicPartitions", versions: [0, 1], nullable: null, tagged: null, fields: TopicPartitionsFields },
];
const MemberFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "instanceId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "rackId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "memberEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "clientId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "subscribedTopicNames", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "topicName" },
  { name: "subscribedTopicRegex", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "assignment", type: "Assignment", versions: [0, 1], nullable: null, tagged: null, fields: AssignmentFields },
  { name: "targetAssignment", type: "Assignment", versions: [0, 1], nullable: null, tagged: null, fields: AssignmentFields },
  { name: "memberType", type: "int8", versions: [1, 1], nullable: null, tagged: null, default: -1 },
];
const DescribedGroupFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "groupState", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "groupEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "assignmentEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "assignorName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "members", type: "[]Member", versions: [0, 1], nullable: null, tagged: null, fields: MemberFields },
  { name: "authorizedOperations", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: -2147483648 },
];
const ConsumerGroupDescribeResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]DescribedGroup", versions: [0, 1], nullable: null, tagged: null, fields: DescribedGroupFields },
];

export const consumerGroupDescribeResponseSchema: MessageSchema = {
  name: "ConsumerGroupDescribeResponse",
  type: "response",
  apiKey: 69,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupDescribeResponseFields,
};

function defaultAssignment(): Assignment {
  return { topicPartitions: [] };
}

export function encodeConsumerGroupDescribeResponse(w: Writer, v: Input<ConsumerGroupDescribeResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupDescribeResponse.groups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupDescribeResponse.groups has a null element`);
        encodeDescribedGroup(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_groups: DescribedGroup[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupDescribeResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupDescribeResponse = {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicPartitions(w: Writer, v: Input<TopicPartitions>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
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
  const f_topicName: string = r.compactString();
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
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAssignment(w: Writer, v: Input<Assignment>, version: number): void {
  {
    const x = v.topicPartitions === undefined ? [] : v.topicPartitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Assignment.topicPartitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Assignment.topicPartitions has a null element`);
        encodeTopicPartitions(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAssignment(r: Reader, version: number): Assignment {
  let f_topicPartitions: TopicPartitions[];
  {
    const n = r.compactArrayLength(18);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Assignment.topicPartitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartitions(r, version);
      f_topicPartitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Assignment = {
    topicPartitions: f_topicPartitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMember(w: Writer, v: Input<Member>, version: number): void {
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.memberId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.instanceId === undefined ? null : v.instanceId;
    w.compactNullableString(x);
  }
  {
    const x = v.rackId === undefined ? null : v.rackId;
    w.compactNullableString(x);
  }
  w.int32(v.memberEpoch ?? 0);
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.clientId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.clientHost cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.subscribedTopicNames === undefined ? [] : v.subscribedTopicNames;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.subscribedTopicNames cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Member.subscribedTopicNames has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.subscribedTopicRegex === undefined ? null : v.subscribedTopicRegex;
    w.compactNullableString(x);
  }
  {
    const x = v.assignment === undefined ? {} : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.assignment cannot be null in version ${version}`);
    encodeAssignment(w, x, version);
  }
  {
    const x = v.targetAssignment === undefined ? {} : v.targetAssignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.targetAssignment cannot be null in version ${version}`);
    encodeAssignment(w, x, version);
  }
  if (version >= 1) {
    w.int8(v.memberType ?? -1);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeMember(r: Reader, version: number): Member {
  const f_memberId: string = r.compactString();
  const f_instanceId: string | null = r.compactNullableString();
  const f_rackId: string | null = r.compactNullableString();
  const f_memberEpoch: number = r.int32();
  const f_clientId: string = r.compactString();
  const f_clientHost: string = r.compactString();
  let f_subscribedTopicNames: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Member.subscribedTopicNames is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_subscribedTopicNames = a;
    }
  }
  const f_subscribedTopicRegex: string | null = r.compactNullableString();
  const f_assignment: Assignment = decodeAssignment(r, version);
  const f_targetAssignment: Assignment = decodeAssignment(r, version);
  let f_memberType: number;
  if (version >= 1) {
    f_memberType = r.int8();
  } else f_memberType = -1;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Member = {
    memberId: f_memberId,
    instanceId: f_instanceId,
    rackId: f_rackId,
    memberEpoch: f_memberEpoch,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
    subscribedTopicRegex: f_subscribedTopicRegex,
    assignment: f_assignment,
    targetAssignment: f_targetAssignment,
    memberType: f_memberType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedGroup(w: Writer, v: Input<DescribedGroup>, version: number): void {
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.groupState === undefined ? "" : v.groupState;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupState cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.groupEpoch ?? 0);
  w.int32(v.assignmentEpoch ?? 0);
  {
    const x = v.assignorName === undefined ? "" : v.assignorName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.assignorName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.members === undefined ? [] : v.members;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members has a null element`);
        encodeMember(w, e, version);
      }
    }
  }
  w.int32(v.authorizedOperations ?? -2147483648);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribedGroup(r: Reader, version: number): DescribedGroup {
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  const f_groupId: string = r.compactString();
  const f_groupState: string = r.compactString();
  const f_groupEpoch: number = r.int32();
  const f_assignmentEpoch: number = r.int32();
  const f_assignorName: string = r.compactString();
  let f_members: Member[];
  {
    const n = r.compactArrayLength(13);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribedGroup.members is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Member>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMember(r, version);
      f_members = a;
    }
  }
  const f_authorizedOperations: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribedGroup = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    groupId: f_groupId,
    groupState: f_groupState,
    groupEpoch: f_groupEpoch,
    assignmentEpoch: f_assignmentEpoch,
    assignorName: f_assignorName,
    members: f_members,
    authorizedOperations: f_authorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
