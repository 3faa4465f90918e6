// Generated from SaslHandshakeResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SaslHandshakeResponse (response, api key 17), versions 0-1, flexible none.
 *
 * Version 1 is the same as version 0.
 * NOTE: Version cannot be easily bumped due to incorrect
 * client negotiation for clients <= 2.4.
 * See https://issues.apache.org/jira/browse/KAFKA-9577
 */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The mechanisms enabled in the server. (versions 0-1) */
  mechanisms: string[];
}

const SaslHandshakeResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "mechanisms", type: "[]string", versions: [0, 1], nullable: null, tagged: null },
];

export const saslHandshakeResponseSchema: MessageSchema = {
  name: "SaslHandshakeResponse",
  type: "response",
  apiKey: 17,
  validVersions: [0, 1],
  flexibleVersions: null,
  fields: SaslHandshakeResponseFields,
};

export function encodeSaslHandshakeResponse(w: Writer, v: Input<SaslHandshakeResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslHandshakeResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.mechanisms === undefined ? [] : v.mechanisms;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SaslHandshakeResponse.mechanisms cannot be null in version ${version}`);
    {
      w.int32(x.length);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `SaslHandshakeResponse.mechanisms has a null element`);
        w.string(e);
      }
    }
  }
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslHandshakeResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_errorCode: number = r.int16();
  let f_mechanisms: string[];
  {
    const n = r.arrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `SaslHandshakeResponse.mechanisms is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.string();
      f_mechanisms = a;
    }
  }
  return {
    errorCode: f_errorCode,
    mechanisms: f_mechanisms,
  };
}
