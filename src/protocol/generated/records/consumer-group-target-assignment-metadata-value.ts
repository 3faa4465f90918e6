// Generated from ConsumerGroupTargetAssignmentMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupTargetAssignmentMetadataValue (coordinator-value, api key 6), versions 0, flexible 0+.
 *
 * Added in 4.3 (KIP-1263).
 */
export interface ConsumerGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. (versions 0) */
  assignmentEpoch: number;
  /** The time at which the assignment calculation finished. (versions 0, tagged 0 as tag 0, default 0) */
  assignmentTimestamp: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ConsumerGroupTargetAssignmentMetadataValueFields: readonly FieldSchema[] = [
  { name: "assignmentEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "assignmentTimestamp", type: "int64", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 0, default: 0n },
];

export const consumerGroupTargetAssignmentMetadataValueSchema: MessageSchema = {
  name: "ConsumerGroupTargetAssignmentMetadataValue",
  type: "coordinator-value",
  apiKey: 6,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupTargetAssignmentMetadataValueFields,
};

export function encodeConsumerGroupTargetAssignmentMetadataValue(w: Writer, v: Input<ConsumerGroupTargetAssignmentMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.assignmentEpoch ?? 0);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.assignmentTimestamp ?? 0n;
    if (x !== 0n) {
      const tw = new Writer(64);
      tw.int64(x);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeConsumerGroupTargetAssignmentMetadataValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_assignmentEpoch: number = r.int32();
  let f_assignmentTimestamp: bigint = 0n;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_assignmentTimestamp = tr.int64();
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: ConsumerGroupTargetAssignmentMetadataValue = {
    assignmentEpoch: f_assignmentEpoch,
    assignmentTimestamp: f_assignmentTimestamp,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
