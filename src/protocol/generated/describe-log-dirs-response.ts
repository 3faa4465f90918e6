// Generated from DescribeLogDirsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeLogDirsResponse (response, api key 35), versions 0-5, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 * Version 2 is the first flexible version.
 * Version 3 adds the top-level ErrorCode field
 * Version 4 adds the TotalBytes and UsableBytes fields
 * Version 5 adds IsCordoned field
 */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 3-5) */
  errorCode: number;
  /** The log directories. (versions 0-5) */
  results: DescribeLogDirsResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsPartition {
  /** The partition index. (versions 0-5) */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. (versions 0-5) */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition). (versions 0-5) */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (versions 0-5) */
  isFutureKey: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsTopic {
  /** The topic name. (versions 0-5, entity topicName) */
  name: string;
  /** The partitions. (versions 0-5) */
  partitions: DescribeLogDirsPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (versions 0-5) */
  errorCode: number;
  /** The absolute log directory path. (versions 0-5) */
  logDir: string;
  /** The topics. (versions 0-5) */
  topics: DescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage. (versions 4-5, default -1) */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage. (versions 4-5, default -1) */
  usableBytes: bigint;
  /** True if this log directory is cordoned. (versions 5, default false) */
  isCordoned: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeLogDirsPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "partitionSize", type: "int64", versions: [0, 5], nullable: null, tagged: null, default: 0n },
  { name: "offsetLag", type: "int64", versions: [0, 5], nullable: null, tagged: null, default: 0n },
  { name: "isFutureKey", type: "bool", versions: [0, 5], nullable: null, tagged: null, default: false },
];
const DescribeLogDirsTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]DescribeLogDirsPartition", versions: [0, 5], nullable: null, tagged: null, fields: DescribeLogDirsPartitionFields },
];
const DescribeLogDirsResultFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "logDir", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "" },
  { name: "topics", type: "[]DescribeLogDirsTopic", versions: [0, 5], nullable: null, tagged: null, fields: DescribeLogDirsTopicFields },
  { name: "totalBytes", type: "int64", versions: [4, 5], nullable: null, tagged: null, default: -1n },
  { name: "usableBytes", type: "int64", versions: [4, 5], nullable: null, tagged: null, default: -1n },
  { name: "isCordoned", type: "bool", versions: [5, 5], nullable: null, tagged: null, default: false },
];
const DescribeLogDirsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]DescribeLogDirsResult", versions: [0, 5], nullable: null, tagged: null, fields: DescribeLogDirsResultFields },
];

export const describeLogDirsResponseSchema: MessageSchema = {
  name: "DescribeLogDirsResponse",
  type: "response",
  apiKey: 35,
  validVersions: [0, 5],
  flexibleVersions: [2, 32767],
  fields: DescribeLogDirsResponseFields,
};

export function encodeDescribeLogDirsResponse(w: Writer, v: Input<DescribeLogDirsResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeLogDirsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  if (version >= 3) {
    w.int16(v.errorCode ?? 0);
  }
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsResponse.results has a null element`);
        encodeDescribeLogDirsResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeLogDirsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_errorCode: number;
  if (version >= 3) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_results: DescribeLogDirsResult[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeLogDirsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeLogDirsResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeLogDirsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeLogDirsPartition(w: Writer, v: Input<DescribeLogDirsPartition>, version: number): void {
  const flexible = version >= 2;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.partitionSize ?? 0n);
  w.int64(v.offsetLag ?? 0n);
  w.bool(v.isFutureKey ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsPartition {
  const flexible = version >= 2;
  const f_partitionIndex: number = r.int32();
  const f_partitionSize: bigint = r.int64();
  const f_offsetLag: bigint = r.int64();
  const f_isFutureKey: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeLogDirsPartition = {
    partitionIndex: f_partitionIndex,
    partitionSize: f_partitionSize,
    offsetLag: f_offsetLag,
    isFutureKey: f_isFutureKey,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeLogDirsTopic(w: Writer, v: Input<DescribeLogDirsTopic>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsTopic.partitions has a null element`);
        encodeDescribeLogDirsPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsTopic {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: DescribeLogDirsPartition[];
  {
    const n = (flexible ? r.compactArrayLength(21) : r.arrayLength(21));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeLogDirsTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeLogDirsPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeLogDirsTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeLogDirsResult(w: Writer, v: Input<DescribeLogDirsResult>, version: number): void {
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.logDir === undefined ? "" : v.logDir;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsResult.logDir cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsResult.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeLogDirsResult.topics has a null element`);
        encodeDescribeLogDirsTopic(w, e, version);
      }
    }
  }
  if (version >= 4) {
    w.int64(v.totalBytes ?? -1n);
  }
  if (version >= 4) {
    w.int64(v.usableBytes ?? -1n);
  }
  if (version >= 5) {
    w.bool(v.isCordoned ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResult {
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_logDir: string = (flexible ? r.compactString() : r.string());
  let f_topics: DescribeLogDirsTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeLogDirsResult.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeLogDirsTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeLogDirsTopic(r, version);
      f_topics = a;
    }
  }
  let f_totalBytes: bigint;
  if (version >= 4) {
    f_totalBytes = r.int64();
  } else f_totalBytes = -1n;
  let f_usableBytes: bigint;
  if (version >= 4) {
    f_usableBytes = r.int64();
  } else f_usableBytes = -1n;
  let f_isCordoned: boolean;
  if (version >= 5) {
    f_isCordoned = r.bool();
  } else f_isCordoned = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeLogDirsResult = {
    errorCode: f_errorCode,
    logDir: f_logDir,
    topics: f_topics,
    totalBytes: f_totalBytes,
    usableBytes: f_usableBytes,
    isCordoned: f_isCordoned,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
