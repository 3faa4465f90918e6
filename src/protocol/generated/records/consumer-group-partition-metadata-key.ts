// Generated from ConsumerGroupPartitionMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupPartitionMetadataKey (data), versions 4, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. (versions 4) */
  groupId: string;
}

const ConsumerGroupPartitionMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [4, 4], nullable: null, tagged: null, default: "" },
];

export const consumerGroupPartitionMetadataKeySchema: MessageSchema = {
  name: "ConsumerGroupPartitionMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [4, 4],
  flexibleVersions: null,
  fields: ConsumerGroupPartitionMetadataKeyFields,
};

export function encodeConsumerGroupPartitionMetadataKey(w: Writer, v: Input<ConsumerGroupPartitionMetadataKey>, version: number): void {
  if (!(version >= 4 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataKey version ${version} is not supported (valid: 4-4)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupPartitionMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  if (!(version >= 4 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataKey version ${version} is not supported (valid: 4-4)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
