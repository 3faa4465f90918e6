// Generated from StreamsGroupMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupMetadataKey (coordinator-key, api key 17), versions 0, flexible none. */
export interface StreamsGroupMetadataKey {
  /** The group ID. (versions 0) */
  groupId: string;
}

const StreamsGroupMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupMetadataKeySchema: MessageSchema = {
  name: "StreamsGroupMetadataKey",
  type: "coordinator-key",
  apiKey: 17,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupMetadataKeyFields,
};

export function encodeStreamsGroupMetadataKey(w: Writer, v: Input<StreamsGroupMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupMetadataKey(r: Reader, version: number): StreamsGroupMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
