// Generated from LegacyOffsetCommitKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** LegacyOffsetCommitKey (coordinator-key, api key 0), versions 0, flexible none. */
export interface LegacyOffsetCommitKey {
  /** The consumer group id. (versions 0) */
  group: string;
  /** The topic name. (versions 0) */
  topic: string;
  /** The topic partition index. (versions 0) */
  partition: number;
}

const LegacyOffsetCommitKeyFields: readonly FieldSchema[] = [
  { name: "group", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "topic", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const legacyOffsetCommitKeySchema: MessageSchema = {
  name: "LegacyOffsetCommitKey",
  type: "coordinator-key",
  apiKey: 0,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: LegacyOffsetCommitKeyFields,
};

export function encodeLegacyOffsetCommitKey(w: Writer, v: Input<LegacyOffsetCommitKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LegacyOffsetCommitKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.group === undefined ? "" : v.group;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LegacyOffsetCommitKey.group cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.topic === undefined ? "" : v.topic;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LegacyOffsetCommitKey.topic cannot be null in version ${version}`);
    w.nullableString(x);
  }
  w.int32(v.partition ?? 0);
}

export function decodeLegacyOffsetCommitKey(r: Reader, version: number): LegacyOffsetCommitKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LegacyOffsetCommitKey version ${version} is not supported (valid: 0-0)`);
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
