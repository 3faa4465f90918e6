// Generated from ControlRecordTypeSchema.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ControlRecordTypeSchema (data), versions 0, flexible none. */
export interface ControlRecordTypeSchema {
  /** The type of the control record, such as commit or abort (versions 0) */
  type: number;
}

const ControlRecordTypeSchemaFields: readonly FieldSchema[] = [
  { name: "type", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const controlRecordTypeSchemaSchema: MessageSchema = {
  name: "ControlRecordTypeSchema",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ControlRecordTypeSchemaFields,
};

export function encodeControlRecordTypeSchema(w: Writer, v: Input<ControlRecordTypeSchema>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlRecordTypeSchema version ${version} is not supported (valid: 0-0)`);
  }
  w.int16(v.type ?? 0);
}

export function decodeControlRecordTypeSchema(r: Reader, version: number): ControlRecordTypeSchema {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlRecordTypeSchema version ${version} is not supported (valid: 0-0)`);
  }
  const f_type: number = r.int16();
  return {
    type: f_type,
  };
}
