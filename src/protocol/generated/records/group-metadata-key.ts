// Generated from GroupMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** GroupMetadataKey (coordinator-key, api key 2), versions 0, flexible none. */
export interface GroupMetadataKey {
  /** The group id. (versions 0) */
  group: string;
}

const GroupMetadataKeyFields: readonly FieldSchema[] = [
  { name: "group", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const groupMetadataKeySchema: MessageSchema = {
  name: "GroupMetadataKey",
  type: "coordinator-key",
  apiKey: 2,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: GroupMetadataKeyFields,
};

export function encodeGroupMetadataKey(w: Writer, v: Input<GroupMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.group === undefined ? "" : v.group;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GroupMetadataKey.group cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_group: string = r.string();
  return {
    group: f_group,
  };
}
