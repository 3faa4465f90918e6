// Generated from ElectLeadersRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ElectLeadersRequest (request, api key 43), versions 0-2, flexible 2+.
 *
 * Version 1 implements multiple leader election types, as described by KIP-460.
 *
 * Version 2 is the first flexible version.
 */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (versions 1-2) */
  electionType: number;
  /** The topic partitions to elect leaders. (versions 0-2, nullable 0-2) */
  topicPartitions: TopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. (versions 0-2, default 60000) */
  timeoutMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicPartitions {
  /** The name of a topic. (versions 0-2, entity topicName, map key) */
  topic: string;
  /** The partitions of this topic whose leader should be elected. (versions 0-2) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicPartitionsFields: readonly FieldSchema[] = [
  { name: "topic", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 2], nullable: null, tagged: null },
];
const ElectLeadersRequestFields: readonly FieldSchema[] = [
  { name: "electionType", type: "int8", versions: [1, 2], nullable: null, tagged: null, default: 0 },
  { name: "topicPartitions", type: "[]TopicPartitions", versions: [0, 2], nullable: [0, 2], tagged: null, fields: TopicPartitionsFields },
  { name: "timeoutMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 60000 },
];

export const electLeadersRequestSchema: MessageSchema = {
  name: "ElectLeadersRequest",
  type: "request",
  apiKey: 43,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: ElectLeadersRequestFields,
};

export function encodeElectLeadersRequest(w: Writer, v: Input<ElectLeadersRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ElectLeadersRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  if (version >= 1) {
    w.int8(v.electionType ?? 0);
  }
  {
    const x = v.topicPartitions === undefined ? [] : v.topicPartitions;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ElectLeadersRequest.topicPartitions has a null element`);
        encodeTopicPartitions(w, e, version);
      }
    }
  }
  w.int32(v.timeoutMs ?? 60000);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ElectLeadersRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  let f_electionType: number;
  if (version >= 1) {
    f_electionType = r.int8();
  } else f_electionType = 0;
  let f_topicPartitions: TopicPartitions[] | null;
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) f_topicPartitions = null;
    else {
      const a = new Array<TopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicPartitions(r, version);
      f_topicPartitions = a;
    }
  }
  const f_timeoutMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ElectLeadersRequest = {
    electionType: f_electionType,
    topicPartitions: f_topicPartitions,
    timeoutMs: f_timeoutMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicPartitions(w: Writer, v: Input<TopicPartitions>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.topic cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicPartitions.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTopicPartitions(r: Reader, version: number): TopicPartitions {
  const flexible = version >= 2;
  const f_topic: string = (flexible ? r.compactString() : r.string());
  let f_partitions: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
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
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TopicPartitions = {
    topic: f_topic,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
