// Generated from ConsumerGroupTargetAssignmentMemberKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupTargetAssignmentMemberKey (data), versions 7, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. (versions 7) */
  groupId: string;
  /** The member id. (versions 7) */
  memberId: string;
}

const ConsumerGroupTargetAssignmentMemberKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [7, 7], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [7, 7], nullable: null, tagged: null, default: "" },
];

export const consumerGroupTargetAssignmentMemberKeySchema: MessageSchema = {
  name: "ConsumerGroupTargetAssignmentMemberKey",
  type: "data",
  apiKey: null,
  validVersions: [7, 7],
  flexibleVersions: null,
  fields: ConsumerGroupTargetAssignmentMemberKeyFields,
};

export function encodeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: Input<ConsumerGroupTargetAssignmentMemberKey>, version: number): void {
  if (!(version >= 7 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 7-7)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupTargetAssignmentMemberKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupTargetAssignmentMemberKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupTargetAssignmentMemberKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberKey {
  if (!(version >= 7 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 7-7)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
