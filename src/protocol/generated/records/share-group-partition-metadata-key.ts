// Generated from ShareGroupPartitionMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupPartitionMetadataKey (data), versions 9, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupPartitionMetadataKey {
  /** The group id. (versions 9) */
  groupId: string;
}

const ShareGroupPartitionMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [9, 9], nullable: null, tagged: null, default: "" },
];

export const shareGroupPartitionMetadataKeySchema: MessageSchema = {
  name: "ShareGroupPartitionMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [9, 9],
  flexibleVersions: null,
  fields: ShareGroupPartitionMetadataKeyFields,
};

export function encodeShareGroupPartitionMetadataKey(w: Writer, v: Input<ShareGroupPartitionMetadataKey>, version: number): void {
  if (!(version >= 9 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupPartitionMetadataKey version ${version} is not supported (valid: 9-9)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupPartitionMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupPartitionMetadataKey(r: Reader, version: number): ShareGroupPartitionMetadataKey {
  if (!(version >= 9 && version <= 9)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupPartitionMetadataKey version ${version} is not supported (valid: 9-9)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
