// Generated from DescribeDelegationTokenRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeDelegationTokenRequest (request, api key 41), versions 0-3, flexible 2+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Version 1 is the same as version 0.
 * Version 2 adds flexible version support
 * Version 3 adds token requester into the response
 */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (versions 0-3, nullable 0-3) */
  owners: DescribeDelegationTokenOwner[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenOwner {
  /** The owner principal type. (versions 0-3) */
  principalType: string;
  /** The owner principal name. (versions 0-3) */
  principalName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeDelegationTokenOwnerFields: readonly FieldSchema[] = [
  { name: "principalType", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "principalName", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
];
const DescribeDelegationTokenRequestFields: readonly FieldSchema[] = [
  { name: "owners", type: "[]DescribeDelegationTokenOwner", versions: [0, 3], nullable: [0, 3], tagged: null, fields: DescribeDelegationTokenOwnerFields },
];

export const describeDelegationTokenRequestSchema: MessageSchema = {
  name: "DescribeDelegationTokenRequest",
  type: "request",
  apiKey: 41,
  validVersions: [0, 3],
  flexibleVersions: [2, 32767],
  fields: DescribeDelegationTokenRequestFields,
};

export function encodeDescribeDelegationTokenRequest(w: Writer, v: Input<DescribeDelegationTokenRequest>, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeDelegationTokenRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  {
    const x = v.owners === undefined ? [] : v.owners;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeDelegationTokenRequest.owners has a null element`);
        encodeDescribeDelegationTokenOwner(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeDelegationTokenRequest version ${version} is not supported (valid: 0-3)`);
  }
  const flexible = version >= 2;
  let f_owners: DescribeDelegationTokenOwner[] | null;
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) f_owners = null;
    else {
      const a = new Array<DescribeDelegationTokenOwner>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeDelegationTokenOwner(r, version);
      f_owners = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeDelegationTokenRequest = {
    owners: f_owners,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeDelegationTokenOwner(w: Writer, v: Input<DescribeDelegationTokenOwner>, version: number): void {
  const flexible = version >= 2;
  {
    const x = v.principalType === undefined ? "" : v.principalType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeDelegationTokenOwner.principalType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.principalName === undefined ? "" : v.principalName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeDelegationTokenOwner.principalName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenOwner {
  const flexible = version >= 2;
  const f_principalType: string = (flexible ? r.compactString() : r.string());
  const f_principalName: string = (flexible ? r.compactString() : r.string());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeDelegationTokenOwner = {
    principalType: f_principalType,
    principalName: f_principalName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
