// Generated from ControlledShutdownResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ControlledShutdownResponse (response, api key 7), versions 0-3, flexible 3+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface ControlledShutdownResponse {
  /** The top-level error code. (versions 0-3) */
  errorCode: number;
  /** The partitions that the broker still leads. (versions 0-3) */
  remainingPartitions: RemainingPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface RemainingPartition {
  /** The name of the topic. (versions 0-3, entity topicName, map key) */
  topicName: string;
  /** The index of the partition. (versions 0-3, map key) */
  partitionIndex: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const RemainingPartitionFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitionIndex", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0, mapKey: true },
];
const ControlledShutdownResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "remainingPartitions", type: "[]RemainingPartition", versions: [0, 3], nullable: null, tagged: null, fields: RemainingPartitionFields },
];

export const controlledShutdownResponseSchema: MessageSchema = {
  name: "ControlledShutdownResponse",
  type: "response",
  apiKey: 7,
  validVersions: [0, 3],
  flexibleVersions: [3, 32767],
  fields: ControlledShutdownResponseFields,
};

export function encodeControlledShutdownResponse(w: Writer, v: Input<ControlledShutdownResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlledShutdownResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 3;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.remainingPartitions === undefined ? [] : v.remainingPartitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ControlledShutdownResponse.remainingPartitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ControlledShutdownResponse.remainingPartitions has a null element`);
        encodeRemainingPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlledShutdownResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 3;
  const f_errorCode: number = r.int16();
  let f_remainingPartitions: RemainingPartition[];
  {
    const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ControlledShutdownResponse.remainingPartitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<RemainingPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeRemainingPartition(r, version);
      f_remainingPartitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ControlledShutdownResponse = {
    errorCode: f_errorCode,
    remainingPartitions: f_remainingPartitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeRemainingPartition(w: Writer, v: Input<RemainingPartition>, version: number): void {
  const flexible = version >= 3;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `RemainingPartition.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.partitionIndex ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeRemainingPartition(r: Reader, version: number): RemainingPartition {
  const flexible = version >= 3;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  const f_partitionIndex: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: RemainingPartition = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
