// Generated from ShareGroupTargetAssignmentMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupTargetAssignmentMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. (versions 0) */
  assignmentEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ShareGroupTargetAssignmentMetadataValueFields: readonly FieldSchema[] = [
  { name: "assignmentEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const shareGroupTargetAssignmentMetadataValueSchema: MessageSchema = {
  name: "ShareGroupTargetAssignmentMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ShareGroupTargetAssignmentMetadataValueFields,
};

export function encodeShareGroupTargetAssignmentMetadataValue(w: Writer, v: Input<ShareGroupTargetAssignmentMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.assignmentEpoch ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupTargetAssignmentMetadataValue(r: Reader, version: number): ShareGroupTargetAssignmentMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_assignmentEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareGroupTargetAssignmentMetadataValue = {
    assignmentEpoch: f_assignmentEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
