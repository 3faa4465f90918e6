// Generated from ListPartitionReassignmentsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ListPartitionReassignmentsResponse (response, api key 46), versions 0, flexible 0+. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0) */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. (versions 0) */
  topics: OngoingTopicReassignment[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OngoingPartitionReassignment {
  /** The index of the partition. (versions 0) */
  partitionIndex: number;
  /** The current replica set. (versions 0, entity brokerId) */
  replicas: number[];
  /** The set of replicas we are currently adding. (versions 0, entity brokerId) */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. (versions 0, entity brokerId) */
  removingReplicas: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OngoingTopicReassignment {
  /** The topic name. (versions 0, entity topicName) */
  name: string;
  /** The ongoing reassignments for each partition. (versions 0) */
  partitions: OngoingPartitionReassignment[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OngoingPartitionReassignmentFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "replicas", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "addingReplicas", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "removingReplicas", type: "[]int32", versions: [0, 0], nullable: null, tagged: null, entityType: "brokerId" },
];
const OngoingTopicReassignmentFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]OngoingPartitionReassignment", versions: [0, 0], nullable: null, tagged: null, fields: OngoingPartitionReassignmentFields },
];
const ListPartitionReassignmentsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "topics", type: "[]OngoingTopicReassignment", versions: [0, 0], nullable: null, tagged: null, fields: OngoingTopicReassignmentFields },
];

export const listPartitionReassignmentsResponseSchema: MessageSchema = {
  name: "ListPartitionReassignmentsResponse",
  type: "response",
  apiKey: 46,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ListPartitionReassignmentsResponseFields,
};

export function encodeListPartitionReassignmentsResponse(w: Writer, v: Input<ListPartitionReassignmentsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListPartitionReassignmentsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsResponse.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsResponse.topics has a null element`);
        encodeOngoingTopicReassignment(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListPartitionReassignmentsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_topics: OngoingTopicReassignment[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListPartitionReassignmentsResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OngoingTopicReassignment>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOngoingTopicReassignment(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListPartitionReassignmentsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOngoingPartitionReassignment(w: Writer, v: Input<OngoingPartitionReassignment>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  {
    const x = v.replicas === undefined ? [] : v.replicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.replicas cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.replicas has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.addingReplicas === undefined ? [] : v.addingReplicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.addingReplicas cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.addingReplicas has a null element`);
        w.int32(e);
      }
    }
  }
  {
    const x = v.removingReplicas === undefined ? [] : v.removingReplicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.removingReplicas cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OngoingPartitionReassignment.removingReplicas has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOngoingPartitionReassignment(r: Reader, version: number): OngoingPartitionReassignment {
  const f_partitionIndex: number = r.int32();
  let f_replicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OngoingPartitionReassignment.replicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicas = a;
    }
  }
  let f_addingReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OngoingPartitionReassignment.addingReplicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_addingReplicas = a;
    }
  }
  let f_removingReplicas: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OngoingPartitionReassignment.removingReplicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_removingReplicas = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OngoingPartitionReassignment = {
    partitionIndex: f_partitionIndex,
    replicas: f_replicas,
    addingReplicas: f_addingReplicas,
    removingReplicas: f_removingReplicas,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeOngoingTopicReassignment(w: Writer, v: Input<OngoingTopicReassignment>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OngoingTopicReassignment.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OngoingTopicReassignment.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `OngoingTopicReassignment.partitions has a null element`);
        encodeOngoingPartitionReassignment(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeOngoingTopicReassignment(r: Reader, version: number): OngoingTopicReassignment {
  const f_name: string = r.compactString();
  let f_partitions: OngoingPartitionReassignment[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `OngoingTopicReassignment.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OngoingPartitionReassignment>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOngoingPartitionReassignment(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: OngoingTopicReassignment = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
