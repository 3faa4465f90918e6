// Generated from ConsumerGroupRegularExpressionValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ConsumerGroupRegularExpressionValue (coordinator-value, api key 16), versions 0, flexible 0+. */
export interface ConsumerGroupRegularExpressionValue {
  /** (versions 0) */
  topics: string[];
  /** (versions 0) */
  version: bigint;
  /** (versions 0) */
  timestamp: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ConsumerGroupRegularExpressionValueFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "version", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "timestamp", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
];

export const consumerGroupRegularExpressionValueSchema: MessageSchema = {
  name: "ConsumerGroupRegularExpressionValue",
  type: "coordinator-value",
  apiKey: 16,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupRegularExpressionValueFields,
};

export function encodeConsumerGroupRegularExpressionValue(w: Writer, v: Input<ConsumerGroupRegularExpressionValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupRegularExpressionValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupRegularExpressionValue.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupRegularExpressionValue.topics has a null element`);
        w.compactString(e);
      }
    }
  }
  w.int64(v.version ?? 0n);
  w.int64(v.timestamp ?? 0n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupRegularExpressionValue(r: Reader, version: number): ConsumerGroupRegularExpressionValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupRegularExpressionValue version ${version} is not supported (valid: 0-0)`);
  }
  let f_topics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupRegularExpressionValue.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_topics = a;
    }
  }
  const f_version: bigint = r.int64();
  const f_timestamp: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ConsumerGroupRegularExpressionValue = {
    topics: f_topics,
    version: f_version,
    timestamp: f_timestamp,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
