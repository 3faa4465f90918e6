// Generated from ConsumerGroupMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupMetadataValue (coordinator-value, api key 3), versions 0, flexible 0+.
 *
 * The MetadataHash is added in 4.1 (KIP-1101). It's used to track
 * subscribed topics in the group. When subscribed topics change,
 * like partition count or rack change, the hash will be different.
 * It indicates that the group should be rebalanced.
 */
export interface ConsumerGroupMetadataValue {
  /** The group epoch. (versions 0) */
  epoch: number;
  /** The hash of all topics in the group. (versions 0, tagged 0 as tag 0, default 0) */
  metadataHash: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ConsumerGroupMetadataValueFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "metadataHash", type: "int64", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 0, default: 0n },
];

export const consumerGroupMetadataValueSchema: MessageSchema = {
  name: "ConsumerGroupMetadataValue",
  type: "coordinator-value",
  apiKey: 3,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupMetadataValueFields,
};

export function encodeConsumerGroupMetadataValue(w: Writer, v: Input<ConsumerGroupMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.epoch ?? 0);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.metadataHash ?? 0n;
    if (x !== 0n) {
      const tw = new Writer(64);
      tw.int64(x);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeConsumerGroupMetadataValue(r: Reader, version: number): ConsumerGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_epoch: number = r.int32();
  let f_metadataHash: bigint = 0n;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_metadataHash = tr.int64();
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: ConsumerGroupMetadataValue = {
    epoch: f_epoch,
    metadataHash: f_metadataHash,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
