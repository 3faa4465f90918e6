// Generated from KRaftVersionRecord.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** KRaftVersionRecord (data), versions 0, flexible 0+. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record. (versions 0) */
  version: number;
  /** The kraft protocol version. (versions 0) */
  kRaftVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const KRaftVersionRecordFields: readonly FieldSchema[] = [
  { name: "version", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "kRaftVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const kRaftVersionRecordSchema: MessageSchema = {
  name: "KRaftVersionRecord",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: KRaftVersionRecordFields,
};

export function encodeKRaftVersionRecord(w: Writer, v: Input<KRaftVersionRecord>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `KRaftVersionRecord version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.version ?? 0);
  w.int16(v.kRaftVersion ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `KRaftVersionRecord version ${version} is not supported (valid: 0-0)`);
  }
  const f_version: number = r.int16();
  const f_kRaftVersion: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: KRaftVersionRecord = {
    version: f_version,
    kRaftVersion: f_kRaftVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
