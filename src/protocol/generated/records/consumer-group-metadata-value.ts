// Generated from ConsumerGroupMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupMetadataValue {
  /** The group epoch. (versions 0) */
  epoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ConsumerGroupMetadataValueFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const consumerGroupMetadataValueSchema: MessageSchema = {
  name: "ConsumerGroupMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupMetadataValueFields,
};

export function encodeConsumerGroupMetadataValue(w: Writer, v: Input<ConsumerGroupMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.epoch ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupMetadataValue(r: Reader, version: number): ConsumerGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_epoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupMetadataValue = {
    epoch: f_epoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
