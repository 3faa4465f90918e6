// Generated from SnapshotFooterRecord.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** SnapshotFooterRecord (data), versions 0, flexible 0+. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record. (versions 0) */
  version: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SnapshotFooterRecordFields: readonly FieldSchema[] = [
  { name: "version", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const snapshotFooterRecordSchema: MessageSchema = {
  name: "SnapshotFooterRecord",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: SnapshotFooterRecordFields,
};

export function encodeSnapshotFooterRecord(w: Writer, v: Input<SnapshotFooterRecord>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SnapshotFooterRecord version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.version ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SnapshotFooterRecord version ${version} is not supported (valid: 0-0)`);
  }
  const f_version: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: SnapshotFooterRecord = {
    version: f_version,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
