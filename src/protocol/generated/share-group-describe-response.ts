// Generated from ShareGroupDescribeResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupDescribeResponse (response, api key 77), versions 0-1, flexible 0+.
 *
 * Version 0 was used for early access of KIP-932 in Apache Kafka 4.0 but removed in Apache Kafka 4.1.
 *
 * Version 1 is the initial stable version (KIP-932).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 1+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - INVALID_GROUP_ID (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - INVALID_REQUEST (version 0+)
 */
export interface ShareGroupDescribeResponse {
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
  /** The current assignment. (versions 0-1) */
  assignment: Assignment;
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
  { name: "rackId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "memberEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "clientId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "subscribedTopicNames", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "topicName" },
  { name: "assignment", type: "Assignment", versions: [0, 1], nullable: null, tagged: null, fields: AssignmentFields },
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
const ShareGroupDescribeResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]DescribedGroup", versions: [0, 1], nullable: null, tagged: null, fields: DescribedGroupFields },
];

export const shareGroupDescribeResponseSchema: MessageSchema = {
  name: "ShareGroupDescribeResponse",
  type: "response",
  apiKey: 77,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ShareGroupDescribeResponseFields,
};

function defaultAssignment(): Assignment {
  return { topicPartitions: [] };
}

export function encodeShareGroupDescribeResponse(w: Writer, v: Input<ShareGroupDescribeResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupDescribeResponse.groups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareGroupDescribeResponse.groups has a null element`);
        encodeDescribedGroup(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_groups: DescribedGroup[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareGroupDescribeResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareGroupDescribeResponse = {
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
    const x = v.assignment === undefined ? {} : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.assignment cannot be null in version ${version}`);
    encodeAssignment(w, x, version);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeMember(r: Reader, version: number): Member {
  const f_memberId: string = r.compactString();
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
  const f_assignment: Assignment = decodeAssignment(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Member = {
    memberId: f_memberId,
    rackId: f_rackId,
    memberEpoch: f_memberEpoch,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
    assignment: f_assignment,
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
    const n = r.compactArrayLength(10);
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
