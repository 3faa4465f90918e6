// Generated from AddPartitionsToTxnResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AddPartitionsToTxnResponse (response, api key 24), versions 0-5, flexible 3+.
 *
 * Starting in version 1, on quota violation brokers send out responses before throttling.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds support to batch multiple transactions and a top level error code.
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  throttleTimeMs: number;
  /** The response top level error code. (versions 4-5) */
  errorCode: number;
  /** Results categorized by transactional ID. (versions 4-5) */
  resultsByTransaction: AddPartitionsToTxnResult[];
  /** The results for each topic. (versions 0-3) */
  resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0-5, map key) */
  partitionIndex: number;
  /** The response error code. (versions 0-5) */
  partitionErrorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0-5, entity topicName, map key) */
  name: string;
  /** The results for each partition. (versions 0-5) */
  resultsByPartition: AddPartitionsToTxnPartitionResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4-5, entity transactionalId, map key) */
  transactionalId: string;
  /** The results for each topic. (versions 4-5) */
  topicResults: AddPartitionsToTxnTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AddPartitionsToTxnPartitionResultFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "partitionErrorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
];
const AddPartitionsToTxnTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "resultsByPartition", type: "[]AddPartitionsToTxnPartitionResult", versions: [0, 5], nullable: null, tagged: null, fields: AddPartitionsToTxnPartitionResultFields },
];
const AddPartitionsToTxnResultFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [4, 5], nullable: null, tagged: null, default: "", entityType: "transactionalId", mapKey: true },
  { name: "topicResults", type: "[]AddPartitionsToTxnTopicResult", versions: [4, 5], nullable: null, tagged: null, fields: AddPartitionsToTxnTopicResultFields },
];
const AddPartitionsToTxnResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [4, 5], nullable: null, tagged: null, default: 0 },
  { name: "resultsByTransaction", type: "[]AddPartitionsToTxnResult", versions: [4, 5], nullable: null, tagged: null, fields: AddPartitionsToTxnResultFields },
  { name: "resultsByTopicV3AndBelow", type: "[]AddPartitionsToTxnTopicResult", versions: [0, 3], nullable: null, tagged: null, fields: AddPartitionsToTxnTopicResultFields },
];

export const addPartitionsToTxnResponseSchema: MessageSchema = {
  name: "AddPartitionsToTxnResponse",
  type: "response",
  apiKey: 24,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: AddPartitionsToTxnResponseFields,
};

export function encodeAddPartitionsToTxnResponse(w: Writer, v: Input<AddPartitionsToTxnResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddPartitionsToTxnResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs ?? 0);
  if (version >= 4) {
    w.int16(v.errorCode ?? 0);
  }
  if (version >= 4) {
    {
      const x = v.resultsByTransaction === undefined ? [] : v.resultsByTransaction;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResponse.resultsByTransaction cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResponse.resultsByTransaction has a null element`);
          encodeAddPartitionsToTxnResult(w, e, version);
        }
      }
    }
  }
  if (version <= 3) {
    {
      const x = v.resultsByTopicV3AndBelow === undefined ? [] : v.resultsByTopicV3AndBelow;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResponse.resultsByTopicV3AndBelow cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResponse.resultsByTopicV3AndBelow has a null element`);
          encodeAddPartitionsToTxnTopicResult(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddPartitionsToTxnResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  const f_throttleTimeMs: number = r.int32();
  let f_errorCode: number;
  if (version >= 4) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_resultsByTransaction: AddPartitionsToTxnResult[];
  if (version >= 4) {
    {
      const n = r.compactArrayLength(2);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnResponse.resultsByTransaction is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<AddPartitionsToTxnResult>(n);
        for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnResult(r, version);
        f_resultsByTransaction = a;
      }
    }
  } else f_resultsByTransaction = [];
  let f_resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[];
  if (version <= 3) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnResponse.resultsByTopicV3AndBelow is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<AddPartitionsToTxnTopicResult>(n);
        for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnTopicResult(r, version);
        f_resultsByTopicV3AndBelow = a;
      }
    }
  } else f_resultsByTopicV3AndBelow = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddPartitionsToTxnResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    resultsByTransaction: f_resultsByTransaction,
    resultsByTopicV3AndBelow: f_resultsByTopicV3AndBelow,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAddPartitionsToTxnPartitionResult(w: Writer, v: Input<AddPartitionsToTxnPartitionResult>, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.partitionErrorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnPartitionResult {
  const flexible = version >= 3;
  const f_partitionIndex: number = r.int32();
  const f_partitionErrorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddPartitionsToTxnPartitionResult = {
    partitionIndex: f_partitionIndex,
    partitionErrorCode: f_partitionErrorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAddPartitionsToTxnTopicResult(w: Writer, v: Input<AddPartitionsToTxnTopicResult>, version: number): void {
  const flexible = version >= 3;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.resultsByPartition === undefined ? [] : v.resultsByPartition;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopicResult.resultsByPartition cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnTopicResult.resultsByPartition has a null element`);
        encodeAddPartitionsToTxnPartitionResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnTopicResult {
  const flexible = version >= 3;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_resultsByPartition: AddPartitionsToTxnPartitionResult[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnTopicResult.resultsByPartition is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AddPartitionsToTxnPartitionResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnPartitionResult(r, version);
      f_resultsByPartition = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddPartitionsToTxnTopicResult = {
    name: f_name,
    resultsByPartition: f_resultsByPartition,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAddPartitionsToTxnResult(w: Writer, v: Input<AddPartitionsToTxnResult>, version: number): void {
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResult.transactionalId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topicResults === undefined ? [] : v.topicResults;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResult.topicResults cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AddPartitionsToTxnResult.topicResults has a null element`);
        encodeAddPartitionsToTxnTopicResult(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResult {
  const f_transactionalId: string = r.compactString();
  let f_topicResults: AddPartitionsToTxnTopicResult[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AddPartitionsToTxnResult.topicResults is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AddPartitionsToTxnTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAddPartitionsToTxnTopicResult(r, version);
      f_topicResults = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AddPartitionsToTxnResult = {
    transactionalId: f_transactionalId,
    topicResults: f_topicResults,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
