// Generated from ListTransactionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListTransactionsRequest (request, api key 66), versions 0-2, flexible 0+.
 *
 * Version 1: adds DurationFilter to list transactions older than specified duration
 * Version 2: adds TransactionalIdPattern to list transactions with the same pattern(KIP-1152)
 */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned. (versions 0-2) */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned. (versions 0-2, entity producerId) */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned. (versions 1-2, default -1) */
  durationFilter: bigint;
  /** The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned. (versions 2, nullable 2, default null) */
  transactionalIdPattern: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListTransactionsRequestFields: readonly FieldSchema[] = [
  { name: "stateFilters", type: "[]string", versions: [0, 2], nullable: null, tagged: null },
  { name: "producerIdFilters", type: "[]int64", versions: [0, 2], nullable: null, tagged: null, entityType: "producerId" },
  { name: "durationFilter", type: "int64", versions: [1, 2], nullable: null, tagged: null, default: -1n },
  { name: "transactionalIdPattern", type: "string", versions: [2, 2], nullable: [2, 2], tagged: null, default: null },
];

export const listTransactionsRequestSchema: MessageSchema = {
  name: "ListTransactionsRequest",
  type: "request",
  apiKey: 66,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: ListTransactionsRequestFields,
};

export function encodeListTransactionsRequest(w: Writer, v: Input<ListTransactionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListTransactionsRequest version ${version} is not supported (valid: 0-2)`);
  }
  {
    const x = v.stateFilters === undefined ? [] : v.stateFilters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsRequest.stateFilters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsRequest.stateFilters has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.producerIdFilters === undefined ? [] : v.producerIdFilters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsRequest.producerIdFilters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsRequest.producerIdFilters has a null element`);
        w.int64(e);
      }
    }
  }
  if (version >= 1) {
    w.int64(v.durationFilter ?? -1n);
  }
  if (version >= 2) {
    {
      const x = v.transactionalIdPattern === undefined ? null : v.transactionalIdPattern;
      w.compactNullableString(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListTransactionsRequest version ${version} is not supported (valid: 0-2)`);
  }
  let f_stateFilters: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListTransactionsRequest.stateFilters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_stateFilters = a;
    }
  }
  let f_producerIdFilters: bigint[];
  {
    const n = r.compactArrayLength(8);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListTransactionsRequest.producerIdFilters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<bigint>(n);
      for (let i = 0; i < n; i++) a[i] = r.int64();
      f_producerIdFilters = a;
    }
  }
  let f_durationFilter: bigint;
  if (version >= 1) {
    f_durationFilter = r.int64();
  } else f_durationFilter = -1n;
  let f_transactionalIdPattern: string | null;
  if (version >= 2) {
    f_transactionalIdPattern = r.compactNullableString();
  } else f_transactionalIdPattern = null;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListTransactionsRequest = {
    stateFilters: f_stateFilters,
    producerIdFilters: f_producerIdFilters,
    durationFilter: f_durationFilter,
    transactionalIdPattern: f_transactionalIdPattern,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
