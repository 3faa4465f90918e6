// Generated from DeleteTopicsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteTopicsResponse (response, api key 20), versions 0-6, flexible 4+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 adds the throttle time.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Starting in version 3, a TOPIC_DELETION_DISABLED error code may be returned.
 *
 * Version 4 is the first flexible version.
 *
 * Version 5 adds ErrorMessage in the response and may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the topics deletion is throttled (KIP-599).
 *
 * Version 6 adds topic ID to responses. An UNSUPPORTED_VERSION error code will be returned when attempting to
 * delete using topic IDs when IBP < 2.8. UNKNOWN_TOPIC_ID error code will be returned when IBP is at least 2.8, but
 * the topic ID was not found.
 */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-6) */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. (versions 0-6) */
  responses: DeletableTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeletableTopicResult {
  /** The topic name. (versions 0-6, nullable 6, entity topicName, map key) */
  name: string | null;
  /** The unique topic ID. (versions 6) */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0-6) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 5-6, nullable 5-6, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeletableTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 6], nullable: [6, 6], tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [6, 6], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "errorCode", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [5, 6], nullable: [5, 6], tagged: null, default: null },
];
const DeleteTopicsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 6], nullable: null, tagged: null, default: 0 },
  { name: "responses", type: "[]DeletableTopicResult", versions: [0, 6], nullable: null, tagged: null, fields: DeletableTopicResultFields },
];

export const deleteTopicsResponseSchema: MessageSchema = {
  name: "DeleteTopicsResponse",
  type: "response",
  apiKey: 20,
  validVersions: [0, 6],
  flexibleVersions: [4, 32767],
  fields: DeleteTopicsResponseFields,
};

export function encodeDeleteTopicsResponse(w: Writer, v: Input<DeleteTopicsResponse>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteTopicsResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsResponse.responses cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsResponse.responses has a null element`);
        encodeDeletableTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteTopicsResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_responses: DeletableTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteTopicsResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeletableTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeletableTopicResult(r, version);
      f_responses = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteTopicsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    responses: f_responses,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeletableTopicResult(w: Writer, v: Input<DeletableTopicResult>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null && !(version >= 6)) throw new ProtocolError('INVALID_VALUE', `DeletableTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 6) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 5) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.compactNullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeletableTopicResult(r: Reader, version: number): DeletableTopicResult {
  const flexible = version >= 4;
  const f_name: string | null = (flexible ? (version >= 6 ? r.compactNullableString() : r.compactString()) : (version >= 6 ? r.nullableString() : r.string()));
  let f_topicId: string;
  if (version >= 6) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 5) {
    f_errorMessage = r.compactNullableString();
  } else f_errorMessage = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeletableTopicResult = {
    name: f_name,
    topicId: f_topicId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
