// Generated from ConsumerGroupCurrentMemberAssignmentKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupCurrentMemberAssignmentKey (data), versions 8, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupCurrentMemberAssignmentKey {
  /** The group id. (versions 8) */
  groupId: string;
  /** The member id. (versions 8) */
  memberId: string;
}

const ConsumerGroupCurrentMemberAssignmentKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [8, 8], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [8, 8], nullable: null, tagged: null, default: "" },
];

export const consumerGroupCurrentMemberAssignmentKeySchema: MessageSchema = {
  name: "ConsumerGroupCurrentMemberAssignmentKey",
  type: "data",
  apiKey: null,
  validVersions: [8, 8],
  flexibleVersions: null,
  fields: ConsumerGroupCurrentMemberAssignmentKeyFields,
};

export function encodeConsumerGroupCurrentMemberAssignmentKey(w: Writer, v: Input<ConsumerGroupCurrentMemberAssignmentKey>, version: number): void {
  if (!(version >= 8 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 8-8)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupCurrentMemberAssignmentKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupCurrentMemberAssignmentKey(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
  if (!(version >= 8 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 8-8)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
