// Generated from SaslAuthenticateResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SaslAuthenticateResponse (response, api key 36), versions 0-2, flexible 2+.
 *
 * Version 1 adds the session lifetime.
 * Version 2 adds flexible version support
 */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 0-2, nullable 0-2) */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0-2) */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1-2, default 0) */
  sessionLifetimeMs: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const SaslAuthenticateResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
  { name: "authBytes", type: "bytes", versions: [0, 2], nullable: null, tagged: null },
  { name: "sessionLifetimeMs", type: "int64", versions: [1, 2], nullable: null, tagged: null, default: 0n },
];

export const saslAuthenticateResponseSchema: MessageSchema = {
  name: "SaslAuthenticateResponse",
  type: "response",
  apiKey: 36,
  validVersions: [0, 2],
  flexibleVersions: [2, 32767],
  fields: SaslAuthenticateResponseFields,
};

export function encodeSaslAuthenticateResponse(w: Writer, v: Input<SaslAuthenticateResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslAuthenticateResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.authBytes === undefined ? EMPTY_BYTES : v.authBytes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SaslAuthenticateResponse.authBytes cannot be null in version ${version}`);
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (version >= 1) {
    w.int64(v.sessionLifetimeMs ?? 0n);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslAuthenticateResponse version ${version} is not supported (valid: 0-2)`);
  }
  const flexible = version >= 2;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  const f_authBytes: Buffer = (flexible ? r.compactBytes() : r.bytes());
  let f_sessionLifetimeMs: bigint;
  if (version >= 1) {
    f_sessionLifetimeMs = r.int64();
  } else f_sessionLifetimeMs = 0n;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: SaslAuthenticateResponse = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    authBytes: f_authBytes,
    sessionLifetimeMs: f_sessionLifetimeMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
