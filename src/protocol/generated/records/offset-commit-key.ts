// Generated from OffsetCommitKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** OffsetCommitKey (data), versions 0-1, flexible none. */
export interface OffsetCommitKey {
  /** (versions 0-1) */
  group: string;
  /** (versions 0-1) */
  topic: string;
  /** (versions 0-1) */
  partition: number;
}

const OffsetCommitKeyFields: readonly FieldSchema[] = [
  { name: "group", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "topic", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];

export const offsetCommitKeySchema: MessageSchema = {
  name: "OffsetCommitKey",
  type: "data",
  apiKey: null,
  validVersions: [0, 1],
  flexibleVersions: null,
  fields: OffsetCommitKeyFields,
};

export function encodeOffsetCommitKey(w: Writer, v: Input<OffsetCommitKey>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitKey version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.group === undefined ? "" : v.group;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitKey.group cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OffsetCommitKey.topic cannot be null in version ${version}`);
    w.nullableString(x);
  }
  w.int32(v.partition ?? 0);
}

export function decodeOffsetCommitKey(r: Reader, version: number): OffsetCommitKey {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitKey version ${version} is not supported (valid: 0-1)`);
  }
  const f_group: string = r.string();
  const f_topic: string = r.string();
  const f_partition: number = r.int32();
  return {
    group: f_group,
    topic: f_topic,
    partition: f_partition,
  };
}
