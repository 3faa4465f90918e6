// Generated from ShareGroupTargetAssignmentMemberKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupTargetAssignmentMemberKey (data), versions 13, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupTargetAssignmentMemberKey {
  /** The group id. (versions 13) */
  groupId: string;
  /** The member id. (versions 13) */
  memberId: string;
}

const ShareGroupTargetAssignmentMemberKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [13, 13], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [13, 13], nullable: null, tagged: null, default: "" },
];

export const shareGroupTargetAssignmentMemberKeySchema: MessageSchema = {
  name: "ShareGroupTargetAssignmentMemberKey",
  type: "data",
  apiKey: null,
  validVersions: [13, 13],
  flexibleVersions: null,
  fields: ShareGroupTargetAssignmentMemberKeyFields,
};

export function encodeShareGroupTargetAssignmentMemberKey(w: Writer, v: Input<ShareGroupTargetAssignmentMemberKey>, version: number): void {
  if (!(version >= 13 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 13-13)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupTargetAssignmentMemberKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupTargetAssignmentMemberKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupTargetAssignmentMemberKey(r: Reader, version: number): ShareGroupTargetAssignmentMemberKey {
  if (!(version >= 13 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 13-13)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
