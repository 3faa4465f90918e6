// Generated from CreateDelegationTokenRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateDelegationTokenRequest (request, api key 38), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 is the first flexible version.
 *
 * Version 3 adds owner principal
 */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (versions 3, nullable 3) */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (versions 3, nullable 3) */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. (versions 0-3) */
  renewers: CreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (versions 0-3) */
  maxLifetimeMs: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableRenewers {
  /** The type of the Kafka principal. (versions 0-3) */
  principalType: string;
  /** The name of the Kafka principal. (versions 0-3) */
  principalName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreatableRenewersFields: readonly FieldSchema[] = [
  { name: "principalType", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "principalName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
];
const CreateDelegationTokenRequestFields: readonly FieldSchema[] = [
  { name: "ownerPrincipalType", type: "string", versions: [3, 3], nullable: [3, 3], tagged: null, default: "" },
  { name: "ownerPrincipalName", type: "string", versions: [3, 3], nullable: [3, 3], tagged: null, default: "" },
  { name: "renewers", type: "[]CreatableRenewers", versions: [0, 3], nullable: null, tagged: null, fields: CreatableRenewersFields },
  { name: "maxLifetimeMs", type: "int64", versions: [0, 3], nullable: null, tagged: null, default: 0n },
];

export const createDelegationTokenRequestSchema: MessageSchema = {
  name: "CreateDelegationTokenRequest",
  type: "request",
  apiKey: 38,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: CreateDelegationTokenRequestFields,
};

export function encodeCreateDelegationTokenRequest(w: Writer, v: Input<CreateDelegationTokenRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateDelegationTokenRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  if (version >= 3) {
    {
      const x = v.ownerPrincipalType === undefined ? "" : v.ownerPrincipalType;
      w.compactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.ownerPrincipalName === undefined ? "" : v.ownerPrincipalName;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.renewers === undefined ? [] : v.renewers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenRequest.renewers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreateDelegationTokenRequest.renewers has a null element`);
        encodeCreatableRenewers(w, e, version);
      }
    }
  }
  w.int64(v.maxLifetimeMs ?? 0n);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateDelegationTokenRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  let f_ownerPrincipalType: string | null;
  if (version >= 3) {
    f_ownerPrincipalType = r.compactNullableString();
  } else f_ownerPrincipalType = "";
  let f_ownerPrincipalName: string | null;
  if (version >= 3) {
    f_ownerPrincipalName = r.compactNullableString();
  } else f_ownerPrincipalName = "";
  let f_renewers: CreatableRenewers[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreateDelegationTokenRequest.renewers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatableRenewers>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatableRenewers(r, version);
      f_renewers = a;
    }
  }
  const f_maxLifetimeMs: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateDelegationTokenRequest = {
    ownerPrincipalType: f_ownerPrincipalType,
    ownerPrincipalName: f_ownerPrincipalName,
    renewers: f_renewers,
    maxLifetimeMs: f_maxLifetimeMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableRenewers(w: Writer, v: Input<CreatableRenewers>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.principalType === undefined ? "" : v.principalType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableRenewers.principalType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.principalName === undefined ? "" : v.principalName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableRenewers.principalName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeCreatableRenewers(r: Reader, version: number): CreatableRenewers {
  const flexible = version >= 2;
  const f_principalType: string = (flexible ? r.compactString() : r.string());
  const f_principalName: string = (flexible ? r.compactString() : r.string());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreatableRenewers = {
    principalType: f_principalType,
    principalName: f_principalName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
