// Generated from DescribeUserScramCredentialsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DescribeUserScramCredentialsRequest (request, api key 50), versions 0, flexible 0+. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (versions 0, nullable 0) */
  users: UserName[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UserName {
  /** The user name. (versions 0) */
  name: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UserNameFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const DescribeUserScramCredentialsRequestFields: readonly FieldSchema[] = [
  { name: "users", type: "[]UserName", versions: [0, 0], nullable: [0, 0], tagged: null, fields: UserNameFields },
];

export const describeUserScramCredentialsRequestSchema: MessageSchema = {
  name: "DescribeUserScramCredentialsRequest",
  type: "request",
  apiKey: 50,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DescribeUserScramCredentialsRequestFields,
};

export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: Input<DescribeUserScramCredentialsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeUserScramCredentialsRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.users === undefined ? [] : v.users;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeUserScramCredentialsRequest.users has a null element`);
        encodeUserName(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeUserScramCredentialsRequest version ${version} is not supported (valid: 0-0)`);
  }
  let f_users: UserName[] | null;
  {
    const n = r.compactArrayLength(1);
    if (n === null) f_users = null;
    else {
      const a = new Array<UserName>(n);
      for (let i = 0; i < n; i++) a[i] = decodeUserName(r, version);
      f_users = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeUserScramCredentialsRequest = {
    users: f_users,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUserName(w: Writer, v: Input<UserName>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UserName.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeUserName(r: Reader, version: number): UserName {
  const f_name: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UserName = {
    name: f_name,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
