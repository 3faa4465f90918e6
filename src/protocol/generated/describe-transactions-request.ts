// Generated from DescribeTransactionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeTransactionsRequest (request, api key 65), versions 0, flexible 0+. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (versions 0, entity transactionalId) */
  transactionalIds: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeTransactionsRequestFields: readonly FieldSchema[] = [
  { name: "transactionalIds", type: "[]string", versions: [0, 0], nullable: null, tagged: null, entityType: "transactionalId" },
];

export const describeTransactionsRequestSchema: MessageSchema = {
  name: "DescribeTransactionsRequest",
  type: "request",
  apiKey: 65,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeTransactionsRequestFields,
};

export function encodeDescribeTransactionsRequest(w: Writer, v: Input<DescribeTransactionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTransactionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.transactionalIds === undefined ? [] : v.transactionalIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeTransactionsRequest.transactionalIds cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeTransactionsRequest.transactionalIds has a null element`);
        w.compactString(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeTransactionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  let f_transactionalIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeTransactionsRequest.transactionalIds is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_transactionalIds = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeTransactionsRequest = {
    transactionalIds: f_transactionalIds,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
