// Generated from ShareGroupTargetAssignmentMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupTargetAssignmentMetadataKey (data), versions 12, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupTargetAssignmentMetadataKey {
  /** The group id. (versions 12) */
  groupId: string;
}

const ShareGroupTargetAssignmentMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [12, 12], nullable: null, tagged: null, default: "" },
];

export const shareGroupTargetAssignmentMetadataKeySchema: MessageSchema = {
  name: "ShareGroupTargetAssignmentMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [12, 12],
  flexibleVersions: null,
  fields: ShareGroupTargetAssignmentMetadataKeyFields,
};

export function encodeShareGroupTargetAssignmentMetadataKey(w: Writer, v: Input<ShareGroupTargetAssignmentMetadataKey>, version: number): void {
  if (!(version >= 12 && version <= 12)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 12-12)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupTargetAssignmentMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupTargetAssignmentMetadataKey(r: Reader, version: number): ShareGroupTargetAssignmentMetadataKey {
  if (!(version >= 12 && version <= 12)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 12-12)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
