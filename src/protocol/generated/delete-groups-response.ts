// Generated from DeleteGroupsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteGroupsResponse (response, api key 42), versions 0-3, flexible 2+.
 *
 * Starting in version 1, on quota violation, brokers send out responses before throttling.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 adds the per-group ErrorMessage field so the broker can surface a cause
 * string when GROUP_DELETION_FAILED (or any other non-NONE error) is returned for a group.
 */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  throttleTimeMs: number;
  /** The deletion results. (versions 0-3) */
  results: DeletableGroupResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeletableGroupResult {
  /** The group id. (versions 0-3, entity groupId, map key) */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 3, nullable 3, default null) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeletableGroupResultFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "", entityType: "groupId", mapKey: true },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [3, 3], nullable: [3, 3], tagged: null, default: null },
];
const DeleteGroupsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "results", type: "[]DeletableGroupResult", versions: [0, 3], nullable: null, tagged: null, fields: DeletableGroupResultFields },
];

export const deleteGroupsResponseSchema: MessageSchema = {
  name: "DeleteGroupsResponse",
  type: "response",
  apiKey: 42,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DeleteGroupsResponseFields,
};

export function encodeDeleteGroupsResponse(w: Writer, v: Input<DeleteGroupsResponse>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteGroupsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.results === undefined ? [] : v.results;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteGroupsResponse.results cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteGroupsResponse.results has a null element`);
        encodeDeletableGroupResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteGroupsResponse version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  const f_throttleTimeMs: number = r.int32();
  let f_results: DeletableGroupResult[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteGroupsResponse.results is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeletableGroupResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeletableGroupResult(r, version);
      f_results = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteGroupsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeletableGroupResult(w: Writer, v: Input<DeletableGroupResult>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeletableGroupResult.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 3) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.compactNullableString(x);
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDeletableGroupResult(r: Reader, version: number): DeletableGroupResult {
  const flexible = version >= 2;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 3) {
    f_errorMessage = r.compactNullableString();
  } else f_errorMessage = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeletableGroupResult = {
    groupId: f_groupId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
