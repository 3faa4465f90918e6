// Generated from StreamsGroupTopologyKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTopologyKey (coordinator-key, api key 23), versions 0, flexible none. */
export interface StreamsGroupTopologyKey {
  /** The group ID. (versions 0) */
  groupId: string;
}

const StreamsGroupTopologyKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupTopologyKeySchema: MessageSchema = {
  name: "StreamsGroupTopologyKey",
  type: "coordinator-key",
  apiKey: 23,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupTopologyKeyFields,
};

export function encodeStreamsGroupTopologyKey(w: Writer, v: Input<StreamsGroupTopologyKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupTopologyKey(r: Reader, version: number): StreamsGroupTopologyKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
