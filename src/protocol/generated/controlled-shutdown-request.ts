// Generated from ControlledShutdownRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ControlledShutdownRequest (request, api key 7), versions 0-3, flexible 3+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. (versions 0-3, entity brokerId) */
  brokerId: number;
  /** The broker epoch. (versions 2-3, default -1) */
  brokerEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ControlledShutdownRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [2, 3], nullable: null, tagged: null, default: -1n },
];

export const controlledShutdownRequestSchema: MessageSchema = {
  name: "ControlledShutdownRequest",
  type: "request",
  apiKey: 7,
  validVersions: [0, 3],
  flexibleVersions: [3, 32767],
  fields: ControlledShutdownRequestFields,
};

export function encodeControlledShutdownRequest(w: Writer, v: Input<ControlledShutdownRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlledShutdownRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 3;
  w.int32(v.brokerId ?? 0);
  if (version >= 2) {
    w.int64(v.brokerEpoch ?? -1n);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControlledShutdownRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 3;
  const f_brokerId: number = r.int32();
  let f_brokerEpoch: bigint;
  if (version >= 2) {
    f_brokerEpoch = r.int64();
  } else f_brokerEpoch = -1n;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ControlledShutdownRequest = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
