// Generated from FindCoordinatorRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FindCoordinatorRequest (request, api key 10), versions 0-6, flexible 3+.
 *
 * Version 1 adds KeyType.
 *
 * Version 2 is the same as version 1.
 *
 * Version 3 is the first flexible version.
 *
 * Version 4 adds support for batching via CoordinatorKeys (KIP-699)
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 6 adds support for share groups (KIP-932).
 * For key type SHARE (2), the coordinator key format is "groupId:topicId:partition".
 */
export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  key: string;
  /** The coordinator key type. (group, transaction, share). (versions 1-6, default 0) */
  keyType: number;
  /** The coordinator keys. (versions 4-6) */
  coordinatorKeys: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const FindCoordinatorRequestFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "keyType", type: "int8", versions: [1, 6], nullable: null, tagged: null, default: 0 },
  { name: "coordinatorKeys", type: "[]string", versions: [4, 6], nullable: null, tagged: null },
];

export const findCoordinatorRequestSchema: MessageSchema = {
  name: "FindCoordinatorRequest",
  type: "request",
  apiKey: 10,
  validVersions: [0, 6],
  flexibleVersions: [3, 32767],
  fields: FindCoordinatorRequestFields,
};

export function encodeFindCoordinatorRequest(w: Writer, v: Input<FindCoordinatorRequest>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FindCoordinatorRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  if (version <= 3) {
    {
      const x = v.key === undefined ? "" : v.key;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorRequest.key cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 1) {
    w.int8(v.keyType ?? 0);
  }
  if (version >= 4) {
    {
      const x = v.coordinatorKeys === undefined ? [] : v.coordinatorKeys;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorRequest.coordinatorKeys cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorRequest.coordinatorKeys has a null element`);
          w.compactString(e);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FindCoordinatorRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  let f_key: string;
  if (version <= 3) {
    f_key = (flexible ? r.compactString() : r.string());
  } else f_key = "";
  let f_keyType: number;
  if (version >= 1) {
    f_keyType = r.int8();
  } else f_keyType = 0;
  let f_coordinatorKeys: string[];
  if (version >= 4) {
    {
      const n = r.compactArrayLength(1);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `FindCoordinatorRequest.coordinatorKeys is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<string>(n);
        for (let i = 0; i < n; i++) a[i] = r.compactString();
        f_coordinatorKeys = a;
      }
    }
  } else f_coordinatorKeys = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: FindCoordinatorRequest = {
    key: f_key,
    keyType: f_keyType,
    coordinatorKeys: f_coordinatorKeys,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
