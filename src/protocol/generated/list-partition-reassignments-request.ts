// Generated from ListPartitionReassignmentsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ListPartitionReassignmentsRequest (request, api key 46), versions 0, flexible 0+. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0, default 60000) */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. (versions 0, nullable 0, default null) */
  topics: ListPartitionReassignmentsTopics[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsTopics {
  /** The topic name. (versions 0, entity topicName) */
  name: string;
  /** The partitions to list partition reassignments for. (versions 0) */
  partitionIndexes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListPartitionReassignmentsTopicsFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndexes", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const ListPartitionReassignmentsRequestFields: readonly FieldSchema[] = [
  { name: "timeoutMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 60000 },
  { name: "topics", type: "[]ListPartitionReassignmentsTopics", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, fields: ListPartitionReassignmentsTopicsFields },
];

export const listPartitionReassignmentsRequestSchema: MessageSchema = {
  name: "ListPartitionReassignmentsRequest",
  type: "request",
  apiKey: 46,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ListPartitionReassignmentsRequestFields,
};

export function encodeListPartitionReassignmentsRequest(w: Writer, v: Input<ListPartitionReassignmentsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListPartitionReassignmentsRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.timeoutMs ?? 60000);
  {
    const x = v.topics === undefined ? null : v.topics;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsRequest.topics has a null element`);
        encodeListPartitionReassignmentsTopics(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListPartitionReassignmentsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_timeoutMs: number = r.int32();
  let f_topics: ListPartitionReassignmentsTopics[] | null;
  {
    const n = r.compactArrayLength(2);
    if (n === null) f_topics = null;
    else {
      const a = new Array<ListPartitionReassignmentsTopics>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListPartitionReassignmentsTopics(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListPartitionReassignmentsRequest = {
    timeoutMs: f_timeoutMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListPartitionReassignmentsTopics(w: Writer, v: Input<ListPartitionReassignmentsTopics>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsTopics.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitionIndexes === undefined ? [] : v.partitionIndexes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsTopics.partitionIndexes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListPartitionReassignmentsTopics.partitionIndexes has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsTopics {
  const f_name: string = r.compactString();
  let f_partitionIndexes: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListPartitionReassignmentsTopics.partitionIndexes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitionIndexes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListPartitionReassignmentsTopics = {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
