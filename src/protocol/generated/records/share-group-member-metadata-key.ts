// Generated from ShareGroupMemberMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupMemberMetadataKey (data), versions 10, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupMemberMetadataKey {
  /** The group id. (versions 10) */
  groupId: string;
  /** The member id. (versions 10) */
  memberId: string;
}

const ShareGroupMemberMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [10, 10], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [10, 10], nullable: null, tagged: null, default: "" },
];

export const shareGroupMemberMetadataKeySchema: MessageSchema = {
  name: "ShareGroupMemberMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [10, 10],
  flexibleVersions: null,
  fields: ShareGroupMemberMetadataKeyFields,
};

export function encodeShareGroupMemberMetadataKey(w: Writer, v: Input<ShareGroupMemberMetadataKey>, version: number): void {
  if (!(version >= 10 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMemberMetadataKey version ${version} is not supported (valid: 10-10)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupMemberMetadataKey(r: Reader, version: number): ShareGroupMemberMetadataKey {
  if (!(version >= 10 && version <= 10)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMemberMetadataKey version ${version} is not supported (valid: 10-10)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
