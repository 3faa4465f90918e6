// Generated from SnapshotHeaderRecord.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** SnapshotHeaderRecord (data), versions 0, flexible 0+. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record. (versions 0) */
  version: number;
  /** The append time of the last record from the log contained in this snapshot. (versions 0) */
  lastContainedLogTimestamp: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SnapshotHeaderRecordFields: readonly FieldSchema[] = [
  { name: "version", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "lastContainedLogTimestamp", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];

export const snapshotHeaderRecordSchema: MessageSchema = {
  name: "SnapshotHeaderRecord",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: SnapshotHeaderRecordFields,
};

export function encodeSnapshotHeaderRecord(w: Writer, v: Input<SnapshotHeaderRecord>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SnapshotHeaderRecord version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.version ?? 0);
  w.int64(v.lastContainedLogTimestamp ?? 0n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SnapshotHeaderRecord version ${version} is not supported (valid: 0-0)`);
  }
  const f_version: number = r.int16();
  const f_lastContainedLogTimestamp: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: SnapshotHeaderRecord = {
    version: f_version,
    lastContainedLogTimestamp: f_lastContainedLogTimestamp,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
