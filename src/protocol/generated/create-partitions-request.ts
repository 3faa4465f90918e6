// Generated from CreatePartitionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreatePartitionsRequest (request, api key 37), versions 0-3, flexible 2+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds flexible version support
 *
 * Version 3 is identical to version 2 but may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the partitions creation is throttled (KIP-599).
 */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0-3) */
  topics: CreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. (versions 0-3) */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0-3) */
  validateOnly: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0-3, entity brokerId) */
  brokerIds: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsTopic {
  /** The topic name. (versions 0-3, entity topicName, map key) */
  name: string;
  /** The new partition count. (versions 0-3) */
  count: number;
  /** The new partition assignments. (versions 0-3, nullable 0-3) */
  assignments: CreatePartitionsAssignment[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreatePartitionsAssignmentFields: readonly FieldSchema[] = [
  { name: "brokerIds", type: "[]int32", versions: [0, 3], nullable: null, tagged: null, entityType: "brokerId" },
];
const CreatePartitionsTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "count", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "assignments", type: "[]CreatePartitionsAssignment", versions: [0, 3], nullable: [0, 3], tagged: null, fields: CreatePartitionsAssignmentFields },
];
const CreatePartitionsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]CreatePartitionsTopic", versions: [0, 3], nullable: null, tagged: null, fields: CreatePartitionsTopicFields },
  { name: "timeoutMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "validateOnly", type: "bool", versions: [0, 3], nullable: null, tagged: null, default: false },
];

export const createPartitionsRequestSchema: MessageSchema = {
  name: "CreatePartitionsRequest",
  type: "request",
  apiKey: 37,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreatePartitionsRequestFields,
};

export function encodeCreatePartitionsRequest(w: Writer, v: Input<CreatePartitionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreatePartitionsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsRequest.topics has a null element`);
        encodeCreatePartitionsTopic(w, e, version);
      }
    }
  }
  w.int32(v.timeoutMs ?? 0);
  w.bool(v.validateOnly ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreatePartitionsRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  let f_topics: CreatePartitionsTopic[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatePartitionsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatePartitionsTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsTopic(r, version);
      f_topics = a;
    }
  }
  const f_timeoutMs: number = r.int32();
  const f_validateOnly: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatePartitionsRequest = {
    topics: f_topics,
    timeoutMs: f_timeoutMs,
    validateOnly: f_validateOnly,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatePartitionsAssignment(w: Writer, v: Input<CreatePartitionsAssignment>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.brokerIds === undefined ? [] : v.brokerIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsAssignment.brokerIds cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsAssignment.brokerIds has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsAssignment {
  const flexible = version >= 2;
  let f_brokerIds: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatePartitionsAssignment.brokerIds is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_brokerIds = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatePartitionsAssignment = {
    brokerIds: f_brokerIds,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatePartitionsTopic(w: Writer, v: Input<CreatePartitionsTopic>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.count ?? 0);
  {
    const x = v.assignments === undefined ? [] : v.assignments;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatePartitionsTopic.assignments has a null element`);
        encodeCreatePartitionsAssignment(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsTopic {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_count: number = r.int32();
  let f_assignments: CreatePartitionsAssignment[] | null;
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) f_assignments = null;
    else {
      const a = new Array<CreatePartitionsAssignment>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatePartitionsAssignment(r, version);
      f_assignments = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatePartitionsTopic = {
    name: f_name,
    count: f_count,
    assignments: f_assignments,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
