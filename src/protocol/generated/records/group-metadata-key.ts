// Generated from GroupMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** GroupMetadataKey (data), versions 2, flexible none. */
export interface GroupMetadataKey {
  /** (versions 2) */
  group: string;
}

const GroupMetadataKeyFields: readonly FieldSchema[] = [
  { name: "group", type: "string", versions: [2, 2], nullable: null, tagged: null, default: "" },
];

export const groupMetadataKeySchema: MessageSchema = {
  name: "GroupMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [2, 2],
  flexibleVersions: null,
  fields: GroupMetadataKeyFields,
};

export function encodeGroupMetadataKey(w: Writer, v: Input<GroupMetadataKey>, version: number): void {
  if (!(version >= 2 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataKey version ${version} is not supported (valid: 2-2)`);
  }
  {
    const x = v.group === undefined ? "" : v.group;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GroupMetadataKey.group cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  if (!(version >= 2 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataKey version ${version} is not supported (valid: 2-2)`);
  }
  const f_group: string = r.string();
  return {
    group: f_group,
  };
}
