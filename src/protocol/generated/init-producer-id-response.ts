// Generated from InitProducerIdResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * InitProducerIdResponse (response, api key 22), versions 0-6, flexible 2+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 is the same as version 2.
 *
 * Version 4 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 6 adds support for 2PC (KIP-939).
 */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-6) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-6) */
  errorCode: number;
  /** The current producer id. (versions 0-6, default -1, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer id. (versions 0-6) */
  producerEpoch: number;
  /** The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. (versions 6, default -1, entity producerId) */
  ongoingTxnProducerId: bigint;
  /** The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. (versions 6, default -1) */
  ongoingTxnProducerEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const InitProducerIdResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "producerId", type: "int64", versions: [0, 6], nullable: null, tagged: null, default: -1n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "ongoingTxnProducerId", type: "int64", versions: [6, 6], nullable: null, tagged: null, default: -1n, entityType: "producerId" },
  { name: "ongoingTxnProducerEpoch", type: "int16", versions: [6, 6], nullable: null, tagged: null, default: -1 },
];

export const initProducerIdResponseSchema: MessageSchema = {
  name: "InitProducerIdResponse",
  type: "response",
  apiKey: 22,
  validVersions: [0, 6],
  flexibleVersions: [2, 32767],
  fields: InitProducerIdResponseFields,
};

export function encodeInitProducerIdResponse(w: Writer, v: Input<InitProducerIdResponse>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int64(v.producerId ?? -1n);
  w.int16(v.producerEpoch ?? 0);
  if (version >= 6) {
    w.int64(v.ongoingTxnProducerId ?? -1n);
  }
  if (version >= 6) {
    w.int16(v.ongoingTxnProducerEpoch ?? -1);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `InitProducerIdResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  let f_ongoingTxnProducerId: bigint;
  if (version >= 6) {
    f_ongoingTxnProducerId = r.int64();
  } else f_ongoingTxnProducerId = -1n;
  let f_ongoingTxnProducerEpoch: number;
  if (version >= 6) {
    f_ongoingTxnProducerEpoch = r.int16();
  } else f_ongoingTxnProducerEpoch = -1;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: InitProducerIdResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    ongoingTxnProducerId: f_ongoingTxnProducerId,
    ongoingTxnProducerEpoch: f_ongoingTxnProducerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
