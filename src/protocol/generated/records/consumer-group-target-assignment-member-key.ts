// Generated from ConsumerGroupTargetAssignmentMemberKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupTargetAssignmentMemberKey (coordinator-key, api key 7), versions 0, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. (versions 0) */
  groupId: string;
  /** The member id. (versions 0) */
  memberId: string;
}

const ConsumerGroupTargetAssignmentMemberKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const consumerGroupTargetAssignmentMemberKeySchema: MessageSchema = {
  name: "ConsumerGroupTargetAssignmentMemberKey",
  type: "coordinator-key",
  apiKey: 7,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ConsumerGroupTargetAssignmentMemberKeyFields,
};

export function encodeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: Input<ConsumerGroupTargetAssignmentMemberKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
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
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
