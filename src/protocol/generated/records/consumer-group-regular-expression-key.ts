// Generated from ConsumerGroupRegularExpressionKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ConsumerGroupRegularExpressionKey (coordinator-key, api key 16), versions 0, flexible none. */
export interface ConsumerGroupRegularExpressionKey {
  /** The group id. (versions 0) */
  groupId: string;
  /** The regular expression. (versions 0) */
  regularExpression: string;
}

const ConsumerGroupRegularExpressionKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "regularExpression", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const consumerGroupRegularExpressionKeySchema: MessageSchema = {
  name: "ConsumerGroupRegularExpressionKey",
  type: "coordinator-key",
  apiKey: 16,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: ConsumerGroupRegularExpressionKeyFields,
};

export function encodeConsumerGroupRegularExpressionKey(w: Writer, v: Input<ConsumerGroupRegularExpressionKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupRegularExpressionKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupRegularExpressionKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.regularExpression === undefined ? "" : v.regularExpression;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupRegularExpressionKey.regularExpression cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeConsumerGroupRegularExpressionKey(r: Reader, version: number): ConsumerGroupRegularExpressionKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupRegularExpressionKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_regularExpression: string = r.string();
  return {
    groupId: f_groupId,
    regularExpression: f_regularExpression,
  };
}
