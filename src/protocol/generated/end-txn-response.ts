// Generated from EndTxnResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EndTxnResponse (response, api key 26), versions 0-5, flexible 3+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 5 enables bumping epoch on every transaction (KIP-890 Part 2), so producer ID and epoch are included in the response.
 */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  errorCode: number;
  /** The producer ID. (versions 5, default -1, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer. (versions 5, default -1) */
  producerEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EndTxnResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "producerId", type: "int64", versions: [5, 5], nullable: null, tagged: null, default: -1n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [5, 5], nullable: null, tagged: null, default: -1 },
];

export const endTxnResponseSchema: MessageSchema = {
  name: "EndTxnResponse",
  type: "response",
  apiKey: 26,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: EndTxnResponseFields,
};

export function encodeEndTxnResponse(w: Writer, v: Input<EndTxnResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  if (version >= 5) {
    w.int64(v.producerId ?? -1n);
  }
  if (version >= 5) {
    w.int16(v.producerEpoch ?? -1);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndTxnResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_producerId: bigint;
  if (version >= 5) {
    f_producerId = r.int64();
  } else f_producerId = -1n;
  let f_producerEpoch: number;
  if (version >= 5) {
    f_producerEpoch = r.int16();
  } else f_producerEpoch = -1;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EndTxnResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
