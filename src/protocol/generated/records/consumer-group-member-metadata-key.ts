// Generated from ConsumerGroupMemberMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupMemberMetadataKey (data), versions 5, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupMemberMetadataKey {
  /** The group id. (versions 5) */
  groupId: string;
  /** The member id. (versions 5) */
  memberId: string;
}

const ConsumerGroupMemberMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [5, 5], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [5, 5], nullable: null, tagged: null, default: "" },
];

export const consumerGroupMemberMetadataKeySchema: MessageSchema = {
  name: "ConsumerGroupMemberMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [5, 5],
  flexibleVersions: null,
  fields: ConsumerGroupMemberMetadataKeyFields,
};

export function encodeConsumerGroupMemberMetadataKey(w: Writer, v: Input<ConsumerGroupMemberMetadataKey>, version: number): void {
  if (!(version >= 5 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMemberMetadataKey version ${version} is not supported (valid: 5-5)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupMemberMetadataKey(r: Reader, version: number): ConsumerGroupMemberMetadataKey {
  if (!(version >= 5 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMemberMetadataKey version ${version} is not supported (valid: 5-5)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
