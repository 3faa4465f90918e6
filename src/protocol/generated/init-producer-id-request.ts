// Generated from InitProducerIdRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * InitProducerIdRequest (request, api key 22), versions 0-6, flexible 2+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 adds ProducerId and ProducerEpoch, allowing producers to try to resume after an INVALID_PRODUCER_EPOCH error
 *
 * Version 4 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 6 adds support for 2PC (KIP-939).
 */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0-6, nullable 0-6, entity transactionalId) */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0-6) */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3-6, default -1, entity producerId) */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3-6, default -1) */
  producerEpoch: number;
  /** True if the client wants to enable two-phase commit (2PC) protocol for transactions. (versions 6, default false) */
  enable2Pc: boolean;
  /** True if the client wants to keep the currently ongoing transaction instead of aborting it. (versions 6, default false) */
  keepPreparedTxn: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const InitProducerIdRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 6], nullable: [0, 6], tagged: null, default: "", entityType: "transactionalId" },
  { name: "transactionTimeoutMs", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "producerId", type: "int64", versions: [3, 6], nullable: null, tagged: null, default: -1n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [3, 6], nullable: null, tagged: null, default: -1 },
  { name: "enable2Pc", type: "bool", versions: [6, 6], nullable: null, tagged: null, default: false },
  { name: "keepPreparedTxn", type: "bool", versions: [6, 6], nullable: null, tagged: null, default: false },
];

export const initProducerIdRequestSchema: MessageSchema = {
  name: "InitProducerIdRequest",
  type: "request",
  apiKey: 22,
  validVersions: [0, 6],
  flexibleVersions: [2, 32767],
  fields: InitProducerIdRequestFields,
};

export function encodeInitProducerIdRequest(w: Writer, v: Input<InitProducerIdRequest>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 2;
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.transactionTimeoutMs ?? 0);
  if (version >= 3) {
    w.int64(v.producerId ?? -1n);
  }
  if (version >= 3) {
    w.int16(v.producerEpoch ?? -1);
  }
  if (version >= 6) {
    w.bool(v.enable2Pc ?? false);
  }
  if (version >= 6) {
    w.bool(v.keepPreparedTxn ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 2;
  const f_transactionalId: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_transactionTimeoutMs: number = r.int32();
  let f_producerId: bigint;
  if (version >= 3) {
    f_producerId = r.int64();
  } else f_producerId = -1n;
  let f_producerEpoch: number;
  if (version >= 3) {
    f_producerEpoch = r.int16();
  } else f_producerEpoch = -1;
  let f_enable2Pc: boolean;
  if (version >= 6) {
    f_enable2Pc = r.bool();
  } else f_enable2Pc = false;
  let f_keepPreparedTxn: boolean;
  if (version >= 6) {
    f_keepPreparedTxn = r.bool();
  } else f_keepPreparedTxn = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: InitProducerIdRequest = {
    transactionalId: f_transactionalId,
    transactionTimeoutMs: f_transactionTimeoutMs,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    enable2Pc: f_enable2Pc,
    keepPreparedTxn: f_keepPreparedTxn,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
