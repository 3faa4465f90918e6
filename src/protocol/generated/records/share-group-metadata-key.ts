// Generated from ShareGroupMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupMetadataKey (data), versions 11, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupMetadataKey {
  /** The group id. (versions 11) */
  groupId: string;
}

const ShareGroupMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [11, 11], nullable: null, tagged: null, default: "" },
];

export const shareGroupMetadataKeySchema: MessageSchema = {
  name: "ShareGroupMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [11, 11],
  flexibleVersions: null,
  fields: ShareGroupMetadataKeyFields,
};

export function encodeShareGroupMetadataKey(w: Writer, v: Input<ShareGroupMetadataKey>, version: number): void {
  if (!(version >= 11 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMetadataKey version ${version} is not supported (valid: 11-11)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupMetadataKey(r: Reader, version: number): ShareGroupMetadataKey {
  if (!(version >= 11 && version <= 11)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMetadataKey version ${version} is not supported (valid: 11-11)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
