// Generated from AlterReplicaLogDirsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterReplicaLogDirsRequest (request, api key 34), versions 0-2, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 is the same as version 0.
 * Version 2 enables flexible versions.
 */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (versions 0-2) */
  dirs: AlterReplicaLogDir[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirTopic {
  /** The topic name. (versions 0-2, entity topicName, map key) */
  name: string;
  /** The partition indexes. (versions 0-2) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDir {
  /** The absolute directory path. (versions 0-2, map key) */
  path: string;
  /** The topics to add to the directory. (versions 0-2) */
  topics: AlterReplicaLogDirTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AlterReplicaLogDirTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "partitions", type: "[]int32", versions: [0, 2], nullable: null, tagged: null },
];
const AlterReplicaLogDirFields: readonly FieldSchema[] = [
  { name: "path", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "topics", type: "[]AlterReplicaLogDirTopic", versions: [0, 2], nullable: null, tagged: null, fields: AlterReplicaLogDirTopicFields },
];
const AlterReplicaLogDirsRequestFields: readonly FieldSchema[] = [
  { name: "dirs", type: "[]AlterReplicaLogDir", versions: [0, 2], nullable: null, tagged: null, fields: AlterReplicaLogDirFields },
];

export const alterReplicaLogDirsRequestSchema: MessageSchema = {
  name: "AlterReplicaLogDirsRequest",
  type: "request",
  apiKey: 34,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: AlterReplicaLogDirsRequestFields,
};

export function encodeAlterReplicaLogDirsRequest(w: Writer, v: Input<AlterReplicaLogDirsRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterReplicaLogDirsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  {
    const x = v.dirs === undefined ? [] : v.dirs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirsRequest.dirs cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirsRequest.dirs has a null element`);
        encodeAlterReplicaLogDir(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterReplicaLogDirsRequest version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  let f_dirs: AlterReplicaLogDir[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterReplicaLogDirsRequest.dirs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterReplicaLogDir>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDir(r, version);
      f_dirs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterReplicaLogDirsRequest = {
    dirs: f_dirs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterReplicaLogDirTopic(w: Writer, v: Input<AlterReplicaLogDirTopic>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDirTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirTopic {
  const flexible = version >= 2;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_partitions: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterReplicaLogDirTopic.partitions is null, not allowed in version ${version}`);
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
  const out: AlterReplicaLogDirTopic = {
    name: f_name,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAlterReplicaLogDir(w: Writer, v: Input<AlterReplicaLogDir>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.path === undefined ? "" : v.path;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDir.path cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDir.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterReplicaLogDir.topics has a null element`);
        encodeAlterReplicaLogDirTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDir {
  const flexible = version >= 2;
  const f_path: string = (flexible ? r.compactString() : r.string());
  let f_topics: AlterReplicaLogDirTopic[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterReplicaLogDir.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AlterReplicaLogDirTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAlterReplicaLogDirTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterReplicaLogDir = {
    path: f_path,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
