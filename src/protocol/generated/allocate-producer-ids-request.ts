// Generated from AllocateProducerIdsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** AllocateProducerIdsRequest (request, api key 67), versions 0, flexible 0+. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker. (versions 0, entity brokerId) */
  brokerId: number;
  /** The epoch of the requesting broker. (versions 0, default -1) */
  brokerEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AllocateProducerIdsRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: -1n },
];

export const allocateProducerIdsRequestSchema: MessageSchema = {
  name: "AllocateProducerIdsRequest",
  type: "request",
  apiKey: 67,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: AllocateProducerIdsRequestFields,
};

export function encodeAllocateProducerIdsRequest(w: Writer, v: Input<AllocateProducerIdsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AllocateProducerIdsRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.brokerId ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AllocateProducerIdsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AllocateProducerIdsRequest = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
