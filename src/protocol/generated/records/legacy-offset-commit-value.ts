// Generated from LegacyOffsetCommitValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** LegacyOffsetCommitValue (coordinator-value, api key 0), versions 0, flexible none. */
export interface LegacyOffsetCommitValue {
  /** The offset that the consumer wants to store (for this partition). (versions 0) */
  offset: bigint;
  /** Any metadata the client wants to keep. (versions 0) */
  metadata: string;
  /** The time at which the commit was added to the log. (versions 0) */
  commitTimestamp: bigint;
}

const LegacyOffsetCommitValueFields: readonly FieldSchema[] = [
  { name: "offset", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "metadata", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "commitTimestamp", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];

export const legacyOffsetCommitValueSchema: MessageSchema = {
  name: "LegacyOffsetCommitValue",
  type: "coordinator-value",
  apiKey: 0,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: LegacyOffsetCommitValueFields,
};

export function encodeLegacyOffsetCommitValue(w: Writer, v: Input<LegacyOffsetCommitValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LegacyOffsetCommitValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int64(v.offset ?? 0n);
  {
    const x = v.metadata === undefined ? "" : v.metadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LegacyOffsetCommitValue.metadata cannot be null in version ${version}`);
    w.nullableString(x);
  }
  w.int64(v.commitTimestamp ?? 0n);
}

export function decodeLegacyOffsetCommitValue(r: Reader, version: number): LegacyOffsetCommitValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LegacyOffsetCommitValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_offset: bigint = r.int64();
  const f_metadata: string = r.string();
  const f_commitTimestamp: bigint = r.int64();
  return {
    offset: f_offset,
    metadata: f_metadata,
    commitTimestamp: f_commitTimestamp,
  };
}
