// Generated from ShareGroupTargetAssignmentMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupTargetAssignmentMetadataKey (coordinator-key, api key 12), versions 0, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupTargetAssignmentMetadataKey {
  /** The group id. (versions 0) */
  groupId: string;
}

const ShareGroupTargetAssignmentMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const shareGroupTargetAssignmentMetadataKeySchema: MessageSchema = {
  name: "ShareGroupTargetAssignmentMetadataKey",
  type: "coordinator-key",
  apiKey: 12,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ShareGroupTargetAssignmentMetadataKeyFields,
};

export function encodeShareGroupTargetAssignmentMetadataKey(w: Writer, v: Input<ShareGroupTargetAssignmentMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupTargetAssignmentMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupTargetAssignmentMetadataKey(r: Reader, version: number): ShareGroupTargetAssignmentMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
