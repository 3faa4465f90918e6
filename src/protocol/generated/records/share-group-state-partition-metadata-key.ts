// Generated from ShareGroupStatePartitionMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupStatePartitionMetadataKey (data), versions 15, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupStatePartitionMetadataKey {
  /** The group id. (versions 15) */
  groupId: string;
}

const ShareGroupStatePartitionMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [15, 15], nullable: null, tagged: null, default: "" },
];

export const shareGroupStatePartitionMetadataKeySchema: MessageSchema = {
  name: "ShareGroupStatePartitionMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [15, 15],
  flexibleVersions: null,
  fields: ShareGroupStatePartitionMetadataKeyFields,
};

export function encodeShareGroupStatePartitionMetadataKey(w: Writer, v: Input<ShareGroupStatePartitionMetadataKey>, version: number): void {
  if (!(version >= 15 && version <= 15)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupStatePartitionMetadataKey version ${version} is not supported (valid: 15-15)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupStatePartitionMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupStatePartitionMetadataKey(r: Reader, version: number): ShareGroupStatePartitionMetadataKey {
  if (!(version >= 15 && version <= 15)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupStatePartitionMetadataKey version ${version} is not supported (valid: 15-15)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
