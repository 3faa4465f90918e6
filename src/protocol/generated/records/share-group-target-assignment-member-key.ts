// Generated from ShareGroupTargetAssignmentMemberKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupTargetAssignmentMemberKey (coordinator-key, api key 13), versions 0, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupTargetAssignmentMemberKey {
  /** The group id. (versions 0) */
  groupId: string;
  /** The member id. (versions 0) */
  memberId: string;
}

const ShareGroupTargetAssignmentMemberKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const shareGroupTargetAssignmentMemberKeySchema: MessageSchema = {
  name: "ShareGroupTargetAssignmentMemberKey",
  type: "coordinator-key",
  apiKey: 13,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ShareGroupTargetAssignmentMemberKeyFields,
};

export function encodeShareGroupTargetAssignmentMemberKey(w: Writer, v: Input<ShareGroupTargetAssignmentMemberKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
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
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
