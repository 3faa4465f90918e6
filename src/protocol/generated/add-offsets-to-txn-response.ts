// Generated from AddOffsetsToTxnResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AddOffsetsToTxnResponse (response, api key 25), versions 0-4, flexible 3+.
 *
 * Starting in version 1, on quota violation brokers send out responses before throttling.
 *
 * Version 2 adds the support for new error code PRODUCER_FENCED.
 *
 * Version 3 enables flexible versions.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. (versions 0-4) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AddOffsetsToTxnResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];

export const addOffsetsToTxnResponseSchema: MessageSchema = {
  name: "AddOffsetsToTxnResponse",
  type: "response",
  apiKey: 25,
  validVersions: [0, 4],
  flexibleVersions: [3, 32767],
  fields: AddOffsetsToTxnResponseFields,
};

export function encodeAddOffsetsToTxnResponse(w: Writer, v: Input<AddOffsetsToTxnResponse>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddOffsetsToTxnResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 3;
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AddOffsetsToTxnResponse version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 3;
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AddOffsetsToTxnResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
