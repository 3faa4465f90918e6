// Generated from ListTransactionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListTransactionsResponse (response, api key 66), versions 0-2, flexible 0+.
 *
 * Version 1 is the same as version 0 (KIP-994).
 * This API can return InvalidRegularExpression (KIP-1152).
 */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator. (versions 0-2) */
  unknownStateFilters: string[];
  /** The current state of the transaction for the transactional id. (versions 0-2) */
  transactionStates: TransactionState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TransactionState {
  /** The transactional id. (versions 0-2, entity transactionalId) */
  transactionalId: string;
  /** The producer id. (versions 0-2, entity producerId) */
  producerId: bigint;
  /** The current transaction state of the producer. (versions 0-2) */
  transactionState: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TransactionStateFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "producerId", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "transactionState", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "" },
];
const ListTransactionsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "unknownStateFilters", type: "[]string", versions: [0, 2], nullable: null, tagged: null },
  { name: "transactionStates", type: "[]TransactionState", versions: [0, 2], nullable: null, tagged: null, fields: TransactionStateFields },
];

export const listTransactionsResponseSchema: MessageSchema = {
  name: "ListTransactionsResponse",
  type: "response",
  apiKey: 66,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: ListTransactionsResponseFields,
};

export function encodeListTransactionsResponse(w: Writer, v: Input<ListTransactionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListTransactionsResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.unknownStateFilters === undefined ? [] : v.unknownStateFilters;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsResponse.unknownStateFilters cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsResponse.unknownStateFilters has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.transactionStates === undefined ? [] : v.transactionStates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsResponse.transactionStates cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ListTransactionsResponse.transactionStates has a null element`);
        encodeTransactionState(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListTransactionsResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let f_unknownStateFilters: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListTransactionsResponse.unknownStateFilters is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_unknownStateFilters = a;
    }
  }
  let f_transactionStates: TransactionState[];
  {
    const n = r.compactArrayLength(10);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ListTransactionsResponse.transactionStates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TransactionState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTransactionState(r, version);
      f_transactionStates = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListTransactionsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    unknownStateFilters: f_unknownStateFilters,
    transactionStates: f_transactionStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTransactionState(w: Writer, v: Input<TransactionState>, version: number): void {
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionState.transactionalId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int64(v.producerId ?? 0n);
  {
    const x = v.transactionState === undefined ? "" : v.transactionState;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionState.transactionState cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTransactionState(r: Reader, version: number): TransactionState {
  const f_transactionalId: string = r.compactString();
  const f_producerId: bigint = r.int64();
  const f_transactionState: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TransactionState = {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    transactionState: f_transactionState,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
