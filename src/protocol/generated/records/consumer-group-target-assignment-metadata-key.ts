// Generated from ConsumerGroupTargetAssignmentMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupTargetAssignmentMetadataKey (data), versions 6, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupTargetAssignmentMetadataKey {
  /** The group id. (versions 6) */
  groupId: string;
}

const ConsumerGroupTargetAssignmentMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [6, 6], nullable: null, tagged: null, default: "" },
];

export const consumerGroupTargetAssignmentMetadataKeySchema: MessageSchema = {
  name: "ConsumerGroupTargetAssignmentMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [6, 6],
  flexibleVersions: null,
  fields: ConsumerGroupTargetAssignmentMetadataKeyFields,
};

export function encodeConsumerGroupTargetAssignmentMetadataKey(w: Writer, v: Input<ConsumerGroupTargetAssignmentMetadataKey>, version: number): void {
  if (!(version >= 6 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 6-6)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupTargetAssignmentMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupTargetAssignmentMetadataKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
  if (!(version >= 6 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 6-6)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
