// Generated from EndTxnMarker.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** EndTxnMarker (data), versions 0, flexible none. */
export interface EndTxnMarker {
  /** The coordinator epoch when appending the record (versions 0) */
  coordinatorEpoch: number;
}

const EndTxnMarkerFields: readonly FieldSchema[] = [
  { name: "coordinatorEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const endTxnMarkerSchema: MessageSchema = {
  name: "EndTxnMarker",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: EndTxnMarkerFields,
};

export function encodeEndTxnMarker(w: Writer, v: Input<EndTxnMarker>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnMarker version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.coordinatorEpoch ?? 0);
}

export function decodeEndTxnMarker(r: Reader, version: number): EndTxnMarker {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnMarker version ${version} is not supported (valid: 0-0)`);
  }
  const f_coordinatorEpoch: number = r.int32();
  return {
    coordinatorEpoch: f_coordinatorEpoch,
  };
}
