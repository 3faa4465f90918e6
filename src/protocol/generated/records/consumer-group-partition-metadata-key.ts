// Generated from ConsumerGroupPartitionMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupPartitionMetadataKey (coordinator-key, api key 4), versions 0, flexible none.
 *
 * This message is replaced by ConsumerGroupMetadataValue#MetadataHash
 * in 4.1 (KIP-1101).
 */
export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. (versions 0) */
  groupId: string;
}

const ConsumerGroupPartitionMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const consumerGroupPartitionMetadataKeySchema: MessageSchema = {
  name: "ConsumerGroupPartitionMetadataKey",
  type: "coordinator-key",
  apiKey: 4,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ConsumerGroupPartitionMetadataKeyFields,
};

export function encodeConsumerGroupPartitionMetadataKey(w: Writer, v: Input<ConsumerGroupPartitionMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupPartitionMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupPartitionMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
