// Generated from ShareGroupCurrentMemberAssignmentKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupCurrentMemberAssignmentKey (data), versions 14, flexible none.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupCurrentMemberAssignmentKey {
  /** The group id. (versions 14) */
  groupId: string;
  /** The member id. (versions 14) */
  memberId: string;
}

const ShareGroupCurrentMemberAssignmentKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [14, 14], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [14, 14], nullable: null, tagged: null, default: "" },
];

export const shareGroupCurrentMemberAssignmentKeySchema: MessageSchema = {
  name: "ShareGroupCurrentMemberAssignmentKey",
  type: "data",
  apiKey: null,
  validVersions: [14, 14],
  flexibleVersions: null,
  fields: ShareGroupCurrentMemberAssignmentKeyFields,
};

export function encodeShareGroupCurrentMemberAssignmentKey(w: Writer, v: Input<ShareGroupCurrentMemberAssignmentKey>, version: number): void {
  if (!(version >= 14 && version <= 14)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 14-14)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupCurrentMemberAssignmentKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupCurrentMemberAssignmentKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeShareGroupCurrentMemberAssignmentKey(r: Reader, version: number): ShareGroupCurrentMemberAssignmentKey {
  if (!(version >= 14 && version <= 14)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 14-14)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
