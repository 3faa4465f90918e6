// Generated from AllocateProducerIdsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** AllocateProducerIdsResponse (response, api key 67), versions 0, flexible 0+. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The top level response error code. (versions 0) */
  errorCode: number;
  /** The first producer ID in this range, inclusive. (versions 0, entity producerId) */
  producerIdStart: bigint;
  /** The number of producer IDs in this range. (versions 0) */
  producerIdLen: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AllocateProducerIdsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "producerIdStart", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerIdLen", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const allocateProducerIdsResponseSchema: MessageSchema = {
  name: "AllocateProducerIdsResponse",
  type: "response",
  apiKey: 67,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AllocateProducerIdsResponseFields,
};

export function encodeAllocateProducerIdsResponse(w: Writer, v: Input<AllocateProducerIdsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AllocateProducerIdsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int64(v.producerIdStart ?? 0n);
  w.int32(v.producerIdLen ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AllocateProducerIdsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_producerIdStart: bigint = r.int64();
  const f_producerIdLen: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AllocateProducerIdsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    producerIdStart: f_producerIdStart,
    producerIdLen: f_producerIdLen,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
