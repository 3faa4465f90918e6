// Generated from DefaultPrincipalData.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DefaultPrincipalData (data), versions 0, flexible 0+.
 *
 * The encoding format for default Kafka principal in
 * org.apache.kafka.common.security.authenticator.DefaultKafkaPrincipalBuilder.
 */
export interface DefaultPrincipalData {
  /** The principal type. (versions 0) */
  type: string;
  /** The principal name. (versions 0) */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. (versions 0) */
  tokenAuthenticated: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DefaultPrincipalDataFields: readonly FieldSchema[] = [
  { name: "type", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "tokenAuthenticated", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
];

export const defaultPrincipalDataSchema: MessageSchema = {
  name: "DefaultPrincipalData",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DefaultPrincipalDataFields,
};

export function encodeDefaultPrincipalData(w: Writer, v: Input<DefaultPrincipalData>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DefaultPrincipalData version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.type === undefined ? "" : v.type;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DefaultPrincipalData.type cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DefaultPrincipalData.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.bool(v.tokenAuthenticated ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DefaultPrincipalData version ${version} is not supported (valid: 0-0)`);
  }
  const f_type: string = r.compactString();
  const f_name: string = r.compactString();
  const f_tokenAuthenticated: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DefaultPrincipalData = {
    type: f_type,
    name: f_name,
    tokenAuthenticated: f_tokenAuthenticated,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
