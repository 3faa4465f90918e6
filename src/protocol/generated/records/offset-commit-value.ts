// Generated from OffsetCommitValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * OffsetCommitValue (data), versions 0-4, flexible 4+.
 *
 * Version 4 is the first flexible version.
 * KIP-915: bumping the version will no longer make this record backward compatible.
 * We suggest to add/remove only tagged fields to maintain backward compatibility.
 */
export interface OffsetCommitValue {
  /** (versions 0-4) */
  offset: bigint;
  /** (versions 3-4, default -1) */
  leaderEpoch: number;
  /** (versions 0-4) */
  metadata: string;
  /** (versions 0-4) */
  commitTimestamp: bigint;
  /** (versions 1, default -1) */
  expireTimestamp: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const OffsetCommitValueFields: readonly FieldSchema[] = [
  { name: "offset", type: "int64", versions: [0, 4], nullable: null, tagged: null, default: 0n },
  { name: "leaderEpoch", type: "int32", versions: [3, 4], nullable: null, tagged: null, default: -1 },
  { name: "metadata", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "commitTimestamp", type: "int64", versions: [0, 4], nullable: null, tagged: null, default: 0n },
  { name: "expireTimestamp", type: "int64", versions: [1, 1], nullable: null, tagged: null, default: -1n },
];

export const offsetCommitValueSchema: MessageSchema = {
  name: "OffsetCommitValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: OffsetCommitValueFields,
};

export function encodeOffsetCommitValue(w: Writer, v: Input<OffsetCommitValue>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitValue version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  w.int64(v.offset ?? 0n);
  if (version >= 3) {
    w.int32(v.leaderEpoch ?? -1);
  }
  {
    const x = v.metadata === undefined ? "" : v.metadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitValue.metadata cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int64(v.commitTimestamp ?? 0n);
  if (version >= 1 && version <= 1) {
    w.int64(v.expireTimestamp ?? -1n);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetCommitValue(r: Reader, version: number): OffsetCommitValue {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitValue version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  const f_offset: bigint = r.int64();
  let f_leaderEpoch: number;
  if (version >= 3) {
    f_leaderEpoch = r.int32();
  } else f_leaderEpoch = -1;
  const f_metadata: string = (flexible ? r.compactString() : r.string());
  const f_commitTimestamp: bigint = r.int64();
  let f_expireTimestamp: bigint;
  if (version >= 1 && version <= 1) {
    f_expireTimestamp = r.int64();
  } else f_expireTimestamp = -1n;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OffsetCommitValue = {
    offset: f_offset,
    leaderEpoch: f_leaderEpoch,
    metadata: f_metadata,
    commitTimestamp: f_commitTimestamp,
    expireTimestamp: f_expireTimestamp,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
