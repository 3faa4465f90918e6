// Generated from CreateTopicsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateTopicsRequest (request, api key 19), versions 0-7, flexible 5+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Version 1 adds validateOnly.
 *
 * Version 4 makes partitions/replicationFactor optional even when assignments are not present (KIP-464)
 *
 * Version 5 is the first flexible version.
 * Version 5 also returns topic configs in the response (KIP-525).
 *
 * Version 6 is identical to version 5 but may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the topics creation is throttled (KIP-599).
 *
 * Version 7 is the same as version 6.
 */
export interface CreateTopicsRequest {
  /** The topics to create. (versions 0-7) */
  topics: CreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. (versions 0-7, default 60000) */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1-7, default false) */
  validateOnly: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableReplicaAssignment {
  /** The partition index. (versions 0-7, map key) */
  partitionIndex: number;
  /** The brokers to place the partition on. (versions 0-7, entity brokerId) */
  brokerIds: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableTopicConfig {
  /** The configuration name. (versions 0-7, map key) */
  name: string;
  /** The configuration value. (versions 0-7, nullable 0-7) */
  value: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableTopic {
  /** The topic name. (versions 0-7, entity topicName, map key) */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0-7) */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0-7) */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0-7) */
  assignments: CreatableReplicaAssignment[];
  /** The custom topic configurations to set. (versions 0-7) */
  configs: CreatableTopicConfig[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreatableReplicaAssignmentFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "brokerIds", type: "[]int32", versions: [0, 7], nullable: null, tagged: null, entityType: "brokerId" },
];
const CreatableTopicConfigFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "value", type: "string", versions: [0, 7], nullable: [0, 7], tagged: null, default: "" },
];
const CreatableTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "numPartitions", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "replicationFactor", type: "int16", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "assignments", type: "[]CreatableReplicaAssignment", versions: [0, 7], nullable: null, tagged: null, fields: CreatableReplicaAssignmentFields },
  { name: "configs", type: "[]CreatableTopicConfig", versions: [0, 7], nullable: null, tagged: null, fields: CreatableTopicConfigFields },
];
const CreateTopicsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]CreatableTopic", versions: [0, 7], nullable: null, tagged: null, fields: CreatableTopicFields },
  { name: "timeoutMs", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 60000 },
  { name: "validateOnly", type: "bool", versions: [1, 7], nullable: null, tagged: null, default: false },
];

export const createTopicsRequestSchema: MessageSchema = {
  name: "CreateTopicsRequest",
  type: "request",
  apiKey: 19,
  validVersions: [0, 7],
  flexibleVersions: [5, 32767],
  fields: CreateTopicsRequestFields,
};

export function encodeCreateTopicsRequest(w: Writer, v: Input<CreateTopicsRequest>, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateTopicsRequest version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 5;
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateTopicsRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreateTopicsRequest.topics has a null element`);
        encodeCreatableTopic(w, e, version);
      }
    }
  }
  w.int32(v.timeoutMs ?? 60000);
  if (version >= 1) {
    w.bool(v.validateOnly ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateTopicsRequest version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 5;
  let f_topics: CreatableTopic[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreateTopicsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatableTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatableTopic(r, version);
      f_topics = a;
    }
  }
  const f_timeoutMs: number = r.int32();
  let f_validateOnly: boolean;
  if (version >= 1) {
    f_validateOnly = r.bool();
  } else f_validateOnly = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateTopicsRequest = {
    topics: f_topics,
    timeoutMs: f_timeoutMs,
    validateOnly: f_validateOnly,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableReplicaAssignment(w: Writer, v: Input<CreatableReplicaAssignment>, version: number): void {
  const flexible = version >= 5;
  w.int32(v.partitionIndex ?? 0);
  {
    const x = v.brokerIds === undefined ? [] : v.brokerIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableReplicaAssignment.brokerIds cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatableReplicaAssignment.brokerIds has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatableReplicaAssignment(r: Reader, version: number): CreatableReplicaAssignment {
  const flexible = version >= 5;
  const f_partitionIndex: number = r.int32();
  let f_brokerIds: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatableReplicaAssignment.brokerIds is null, not allowed in version ${version}`);
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
  const out: CreatableReplicaAssignment = {
    partitionIndex: f_partitionIndex,
    brokerIds: f_brokerIds,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableTopicConfig(w: Writer, v: Input<CreatableTopicConfig>, version: number): void {
  const flexible = version >= 5;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopicConfig.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.value === undefined ? "" : v.value;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatableTopicConfig(r: Reader, version: number): CreatableTopicConfig {
  const flexible = version >= 5;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_value: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatableTopicConfig = {
    name: f_name,
    value: f_value,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableTopic(w: Writer, v: Input<CreatableTopic>, version: number): void {
  const flexible = version >= 5;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.numPartitions ?? 0);
  w.int16(v.replicationFactor ?? 0);
  {
    const x = v.assignments === undefined ? [] : v.assignments;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopic.assignments cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatableTopic.assignments has a null element`);
        encodeCreatableReplicaAssignment(w, e, version);
      }
    }
  }
  {
    const x = v.configs === undefined ? [] : v.configs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopic.configs cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatableTopic.configs has a null element`);
        encodeCreatableTopicConfig(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatableTopic(r: Reader, version: number): CreatableTopic {
  const flexible = version >= 5;
  const f_name: string = (flexible ? r.compactString() : r.string());
  const f_numPartitions: number = r.int32();
  const f_replicationFactor: number = r.int16();
  let f_assignments: CreatableReplicaAssignment[];
  {
    const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatableTopic.assignments is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatableReplicaAssignment>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatableReplicaAssignment(r, version);
      f_assignments = a;
    }
  }
  let f_configs: CreatableTopicConfig[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreatableTopic.configs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatableTopicConfig>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatableTopicConfig(r, version);
      f_configs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatableTopic = {
    name: f_name,
    numPartitions: f_numPartitions,
    replicationFactor: f_replicationFactor,
    assignments: f_assignments,
    configs: f_configs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
