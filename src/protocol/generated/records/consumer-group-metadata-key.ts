// Generated from ConsumerGroupMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupMetadataKey (data), versions 3, flexible none.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupMetadataKey {
  /** The group id. (versions 3) */
  groupId: string;
}

const ConsumerGroupMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [3, 3], nullable: null, tagged: null, default: "" },
];

export const consumerGroupMetadataKeySchema: MessageSchema = {
  name: "ConsumerGroupMetadataKey",
  type: "data",
  apiKey: null,
  validVersions: [3, 3],
  flexibleVersions: null,
  fields: ConsumerGroupMetadataKeyFields,
};

export function encodeConsumerGroupMetadataKey(w: Writer, v: Input<ConsumerGroupMetadataKey>, version: number): void {
  if (!(version >= 3 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataKey version ${version} is not supported (valid: 3-3)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupMetadataKey(r: Reader, version: number): ConsumerGroupMetadataKey {
  if (!(version >= 3 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMetadataKey version ${version} is not supported (valid: 3-3)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
