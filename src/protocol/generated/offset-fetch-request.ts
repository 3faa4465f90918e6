// Generated from OffsetFetchRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetFetchRequest (request, api key 9), versions 0-10, flexible 6+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * In version 0, the request read offsets from ZK.
 *
 * Starting in version 1, the broker supports fetching offsets from the internal __consumer_offsets topic.
 *
 * Starting in version 2, the request can contain a null topics array to indicate that offsets
 * for all topics should be fetched. It also returns a top level error code
 * for group or coordinator level errors.
 *
 * Version 3, 4, and 5 are the same as version 2.
 *
 * Version 6 is the first flexible version.
 *
 * Version 7 is adding the require stable flag.
 *
 * Version 8 is adding support for fetching offsets for multiple groups at a time.
 *
 * Version 9 is the first version that can be used with the new consumer group protocol (KIP-848). It adds
 * the MemberId and MemberEpoch fields. Those are filled in and validated when the new consumer protocol is used.
 *
 * Version 10 adds support for topic ids and removes support for topic names (KIP-848).
 */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7, entity groupId) */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7, nullable 2-7) */
  topics: OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for. (versions 8-10) */
  groups: OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7-10, default false) */
  requireStable: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestTopic {
  /** The topic name. (versions 0-7, entity topicName) */
  name: string;
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestTopics {
  /** The topic name. (versions 8-9, entity topicName) */
  name: string;
  /** The topic ID. (versions 10) */
  topicId: string;
  /** The partition indexes we would like to fetch offsets for. (versions 8-10) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestGroup {
  /** The group ID. (versions 8-10, entity groupId) */
  groupId: string;
  /** The member id. (versions 9-10, nullable 9-10, default null) */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9-10, default -1) */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8-10, nullable 8-10) */
  topics: OffsetFetchRequestTopics[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetFetchRequestTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndexes", type: "[]int32", versions: [0, 7], nullable: null, tagged: null },
];
const OffsetFetchRequestTopicsFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [8, 9], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [10, 10], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitionIndexes", type: "[]int32", versions: [8, 10], nullable: null, tagged: null },
];
const OffsetFetchRequestGroupFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [8, 10], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "memberId", type: "string", versions: [9, 10], nullable: [9, 10], tagged: null, default: null },
  { name: "memberEpoch", type: "int32", versions: [9, 10], nullable: null, tagged: null, default: -1 },
  { name: "topics", type: "[]OffsetFetchRequestTopics", versions: [8, 10], nullable: [8, 10], tagged: null, fields: OffsetFetchRequestTopicsFields },
];
const OffsetFetchRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]OffsetFetchRequestTopic", versions: [0, 7], nullable: [2, 7], tagged: null, fields: OffsetFetchRequestTopicFields },
  { name: "groups", type: "[]OffsetFetchRequestGroup", versions: [8, 10], nullable: null, tagged: null, fields: OffsetFetchRequestGroupFields },
  { name: "requireStable", type: "bool", versions: [7, 10], nullable: null, tagged: null, default: false },
];

export const offsetFetchRequestSchema: MessageSchema = {
  name: "OffsetFetchRequest",
  type: "request",
  apiKey: 9,
  validVersions: [0, 10],
  flexibleVersions: [6, 32767],
  fields: OffsetFetchRequestFields,
};

export function encodeOffsetFetchRequest(w: Writer, v: Input<OffsetFetchRequest>, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetFetchRequest version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 6;
  if (version <= 7) {
    {
      const x = v.groupId === undefined ? "" : v.groupId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequest.groupId cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version <= 7) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null && !(version >= 2)) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequest.topics cannot be null in version ${version}`);
      if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
      else {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequest.topics has a null element`);
          encodeOffsetFetchRequestTopic(w, e, version);
        }
      }
    }
  }
  if (version >= 8) {
    {
      const x = v.groups === undefined ? [] : v.groups;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequest.groups cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequest.groups has a null element`);
          encodeOffsetFetchRequestGroup(w, e, version);
        }
      }
    }
  }
  if (version >= 7) {
    w.bool(v.requireStable ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetFetchRequest version ${version} is not supported (valid: 0-10)`);
  }
  const flexible = version >= 6;
  let f_groupId: string;
  if (version <= 7) {
    f_groupId = (flexible ? r.compactString() : r.string());
  } else f_groupId = "";
  let f_topics: OffsetFetchRequestTopic[] | null;
  if (version <= 7) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        if (!(version >= 2)) throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchRequest.topics is null, not allowed in version ${version}`);
        f_topics = null;
      }
      else {
        const a = new Array<OffsetFetchRequestTopic>(n);
        for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestTopic(r, version);
        f_topics = a;
      }
    }
  } else f_topics = [];
  let f_groups: OffsetFetchRequestGroup[];
  if (version >= 8) {
    {
      const n = r.compactArrayLength(2);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchRequest.groups is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<OffsetFetchRequestGroup>(n);
        for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestGroup(r, version);
        f_groups = a;
      }
    }
  } else f_groups = [];
  let f_requireStable: boolean;
  if (version >= 7) {
    f_requireStable = r.bool();
  } else f_requireStable = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetFetchRequest = {
    groupId: f_groupId,
    topics: f_topics,
    groups: f_groups,
    requireStable: f_requireStable,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchRequestTopic(w: Writer, v: Input<OffsetFetchRequestTopic>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopic.partitionIndexes cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopic.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestTopic {
  const flexible = version >= 6;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitionIndexes: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchRequestTopic.partitionIndexes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIndexes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetFetchRequestTopic = {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchRequestTopics(w: Writer, v: Input<OffsetFetchRequestTopics>, version: number): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopics.name cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopics.partitionIndexes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestTopics.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestTopics {
  let f_name: string;
  if (version <= 9) {
    f_name = r.compactString();
  } else f_name = "";
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OffsetFetchRequestTopics.partitionIndexes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIndexes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OffsetFetchRequestTopics = {
    name: f_name,
    topicId: f_topicId,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOffsetFetchRequestGroup(w: Writer, v: Input<OffsetFetchRequestGroup>, version: number): void {
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  if (version >= 9) {
    {
      const x = v.memberId === undefined ? null : v.memberId;
      w.compactNullableString(x);
    }
  }
  if (version >= 9) {
    w.int32(v.memberEpoch ?? -1);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OffsetFetchRequestGroup.topics has a null element`);
        encodeOffsetFetchRequestTopics(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestGroup {
  const f_groupId: string = r.compactString();
  let f_memberId: string | null;
  if (version >= 9) {
    f_memberId = r.compactNullableString();
  } else f_memberId = null;
  let f_memberEpoch: number;
  if (version >= 9) {
    f_memberEpoch = r.int32();
  } else f_memberEpoch = -1;
  let f_topics: OffsetFetchRequestTopics[] | null;
  {
    const n = r.compactArrayLength(1);
    if (n === null) f_topics = null;
    else {
      const a = new Array<OffsetFetchRequestTopics>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOffsetFetchRequestTopics(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OffsetFetchRequestGroup = {
    groupId: f_groupId,
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
