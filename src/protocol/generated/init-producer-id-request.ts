// Generated from InitProducerIdRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * InitProducerIdRequest (request, api key 22), versions 0-5, flexible 2+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 adds ProducerId and ProducerEpoch, allowing producers to try to resume after an INVALID_PRODUCER_EPOCH error
 *
 * Version 4 adds the support for new error code PRODUCER_FENCED.
 *
 * Verison 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0-5, nullable 0-5, entity transactionalId) */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0-5) */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3-5, default -1, entity producerId) */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3-5, default -1) */
  producerEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const InitProducerIdRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 5], nullable: [0, 5], tagged: null, default: "", entityType: "transactionalId" },
  { name: "transactionTimeoutMs", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "producerId", type: "int64", versions: [3, 5], nullable: null, tagged: null, default: -1n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: -1 },
];

export const initProducerIdRequestSchema: MessageSchema = {
  name: "InitProducerIdRequest",
  type: "request",
  apiKey: 22,
  validVersions: [0, 5],
  flexibleVersions: [2, 32767],
  fields: InitProducerIdRequestFields,
};

export function encodeInitProducerIdRequest(w: Writer, v: Input<InitProducerIdRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdRequest version ${version} is not supported (valid: 0-5)`);
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
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdRequest version ${version} is not supported (valid: 0-5)`);
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
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: InitProducerIdRequest = {
    transactionalId: f_transactionalId,
    transactionTimeoutMs: f_transactionTimeoutMs,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
