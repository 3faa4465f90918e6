// Generated from AddOffsetsToTxnRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AddOffsetsToTxnRequest (request, api key 25), versions 0-4, flexible 3+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0-4, entity transactionalId) */
  transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-4, entity producerId) */
  producerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-4) */
  producerEpoch: number;
  /** The unique group identifier. (versions 0-4, entity groupId) */
  groupId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AddOffsetsToTxnRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "producerId", type: "int64", versions: [0, 4], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "groupId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "groupId" },
];

export const addOffsetsToTxnRequestSchema: MessageSchema = {
  name: "AddOffsetsToTxnRequest",
  type: "request",
  apiKey: 25,
  validVersions: [0, 4],
  flexibleVersions: [3, 32767],
  fields: AddOffsetsToTxnRequestFields,
};

export function encodeAddOffsetsToTxnRequest(w: Writer, v: Input<AddOffsetsToTxnRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddOffsetsToTxnRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 3;
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddOffsetsToTxnRequest.transactionalId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddOffsetsToTxnRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddOffsetsToTxnRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 3;
  const f_transactionalId: string = (flexible ? r.compactString() : r.string());
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddOffsetsToTxnRequest = {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    groupId: f_groupId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
