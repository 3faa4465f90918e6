// Generated from EndTxnRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EndTxnRequest (request, api key 26), versions 0-5, flexible 3+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 5 enables bumping epoch on every transaction (KIP-890 Part 2)
 */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0-5, entity transactionalId) */
  transactionalId: string;
  /** The producer ID. (versions 0-5, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 0-5) */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. (versions 0-5) */
  committed: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EndTxnRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "producerId", type: "int64", versions: [0, 5], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "committed", type: "bool", versions: [0, 5], nullable: null, tagged: null, default: false },
];

export const endTxnRequestSchema: MessageSchema = {
  name: "EndTxnRequest",
  type: "request",
  apiKey: 26,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: EndTxnRequestFields,
};

export function encodeEndTxnRequest(w: Writer, v: Input<EndTxnRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EndTxnRequest.transactionalId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  w.bool(v.committed ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  const f_transactionalId: string = (flexible ? r.compactString() : r.string());
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  const f_committed: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EndTxnRequest = {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    committed: f_committed,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
