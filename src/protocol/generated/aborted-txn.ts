// Generated from AbortedTxn.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AbortedTxn (data), versions 0, flexible none.
 *
 * Note: adding new fields may require TransactionIndex to be refactored to read version-per-record.
 */
export interface AbortedTxn {
  /** The producer id associated with the aborted transaction (versions 0) */
  producerId: bigint;
  /** The first offset in the aborted transaction (versions 0) */
  firstOffset: bigint;
  /** The last offset in the aborted transaction (versions 0) */
  lastOffset: bigint;
  /** The last stable offset at the time the transaction was aborted (versions 0) */
  lastStableOffset: bigint;
}

const AbortedTxnFields: readonly FieldSchema[] = [
  { name: "producerId", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "firstOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "lastStableOffset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];

export const abortedTxnSchema: MessageSchema = {
  name: "AbortedTxn",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: AbortedTxnFields,
};

export function encodeAbortedTxn(w: Writer, v: Input<AbortedTxn>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AbortedTxn version ${version} is not supported (valid: 0-0)`);
  }
  w.int64(v.producerId ?? 0n);
  w.int64(v.firstOffset ?? 0n);
  w.int64(v.lastOffset ?? 0n);
  w.int64(v.lastStableOffset ?? 0n);
}

export function decodeAbortedTxn(r: Reader, version: number): AbortedTxn {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AbortedTxn version ${version} is not supported (valid: 0-0)`);
  }
  const f_producerId: bigint = r.int64();
  const f_firstOffset: bigint = r.int64();
  const f_lastOffset: bigint = r.int64();
  const f_lastStableOffset: bigint = r.int64();
  return {
    producerId: f_producerId,
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    lastStableOffset: f_lastStableOffset,
  };
}
