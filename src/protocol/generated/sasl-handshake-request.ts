// Generated from SaslHandshakeRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * SaslHandshakeRequest (request, api key 17), versions 0-1, flexible none.
 *
 * Version 1 supports SASL_AUTHENTICATE.
 * NOTE: Version cannot be easily bumped due to incorrect
 * client negotiation for clients <= 2.4.
 * See https://issues.apache.org/jira/browse/KAFKA-9577
 */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0-1) */
  mechanism: string;
}

const SaslHandshakeRequestFields: readonly FieldSchema[] = [
  { name: "mechanism", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
];

export const saslHandshakeRequestSchema: MessageSchema = {
  name: "SaslHandshakeRequest",
  type: "request",
  apiKey: 17,
  validVersions: [0, 1],
  flexibleVersions: null,
  fields: SaslHandshakeRequestFields,
};

export function encodeSaslHandshakeRequest(w: Writer, v: Input<SaslHandshakeRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslHandshakeRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.mechanism === undefined ? "" : v.mechanism;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SaslHandshakeRequest.mechanism cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `SaslHandshakeRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_mechanism: string = r.string();
  return {
    mechanism: f_mechanism,
  };
}
