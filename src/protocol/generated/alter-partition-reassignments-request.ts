// Generated from AlterPartitionReassignmentsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterPartitionReassignmentsRequest (request, api key 45), versions 0-1, flexible 0+.
 *
 * Version 1 adds the ability to allow/disallow changing the replication factor as part of the request.
 */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0-1, default 60000) */
  timeoutMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of this request is a valid move. (versions 1, default true) */
  allowReplicationFactorChange: boolean;
  /** The topics to reassign. (versions 0-1) */
  topics: ReassignableTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReassignablePartition {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (versions 0-1, nullable 0-1, default null, entity brokerId) */
  replicas: number[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReassignableTopic {
  /** The topic name. (versions 0-1, entity topicName) */
  name: string;
  /** The partitions to reassign. (versions 0-1) */
  partitions: ReassignablePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ReassignablePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "replicas", type: "[]int32", versions: [0, 1], nullable: [0, 1], tagged: null, default: null, entityType: "brokerId" },
];
const ReassignableTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]ReassignablePartition", versions: [0, 1], nullable: null, tagged: null, fields: ReassignablePartitionFields },
];
const AlterPartitionReassignmentsRequestFields: readonly FieldSchema[] = [
  { name: "timeoutMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 60000 },
  { name: "allowReplicationFactorChange", type: "bool", versions: [1, 1], nullable: null, tagged: null, default: true },
  { name: "topics", type: "[]ReassignableTopic", versions: [0, 1], nullable: null, tagged: null, fields: ReassignableTopicFields },
];

export const alterPartitionReassignmentsRequestSchema: MessageSchema = {
  name: "AlterPartitionReassignmentsRequest",
  type: "request",
  apiKey: 45,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: AlterPartitionReassignmentsRequestFields,
};

export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: Input<AlterPartitionReassignmentsRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionReassignmentsRequest version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.timeoutMs ?? 60000);
  if (version >= 1) {
    w.bool(v.allowReplicationFactorChange ?? true);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionReassignmentsRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterPartitionReassignmentsRequest.topics has a null element`);
        encodeReassignableTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterPartitionReassignmentsRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_timeoutMs: number = r.int32();
  let f_allowReplicationFactorChange: boolean;
  if (version >= 1) {
    f_allowReplicationFactorChange = r.bool();
  } else f_allowReplicationFactorChange = true;
  let f_topics: ReassignableTopic[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterPartitionReassignmentsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReassignableTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReassignableTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AlterPartitionReassignmentsRequest = {
    timeoutMs: f_timeoutMs,
    allowReplicationFactorChange: f_allowReplicationFactorChange,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReassignablePartition(w: Writer, v: Input<ReassignablePartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  {
    const x = v.replicas === undefined ? null : v.replicas;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReassignablePartition.replicas has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReassignablePartition(r: Reader, version: number): ReassignablePartition {
  const f_partitionIndex: number = r.int32();
  let f_replicas: number[] | null;
  {
    const n = r.compactArrayLength(4);
    if (n === null) f_replicas = null;
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicas = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReassignablePartition = {
    partitionIndex: f_partitionIndex,
    replicas: f_replicas,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeReassignableTopic(w: Writer, v: Input<ReassignableTopic>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopic.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ReassignableTopic.partitions has a null element`);
        encodeReassignablePartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeReassignableTopic(r: Reader, version: number): ReassignableTopic {
  const f_name: string = r.compactString();
  let f_partitions: ReassignablePartition[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ReassignableTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ReassignablePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeReassignablePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ReassignableTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
