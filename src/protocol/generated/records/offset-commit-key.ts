// Generated from OffsetCommitKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** OffsetCommitKey (coordinator-key, api key 1), versions 0, flexible none. */
export interface OffsetCommitKey {
  /** The consumer group id. (versions 0) */
  group: string;
  /** The topic name. (versions 0) */
  topic: string;
  /** The topic partition index. (versions 0) */
  partition: number;
}

const OffsetCommitKeyFields: readonly FieldSchema[] = [
  { name: "group", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "topic", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partition", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];

export const offsetCommitKeySchema: MessageSchema = {
  name: "OffsetCommitKey",
  type: "coordinator-key",
  apiKey: 1,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: OffsetCommitKeyFields,
};

export function encodeOffsetCommitKey(w: Writer, v: Input<OffsetCommitKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitKey version ${version} is not supported (valid: 0-0)`);
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
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitKey version ${version} is not supported (valid: 0-0)`);
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
