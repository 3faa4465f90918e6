// Generated from AlterClientQuotasResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterClientQuotasResponse (response, api key 49), versions 0-1, flexible 1+.
 *
 * Version 1 enables flexible versions.
 */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. (versions 0-1) */
  entries: EntryData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EntityData {
  /** The entity type. (versions 0-1) */
  entityType: string;
  /** The name of the entity, or null if the default. (versions 0-1, nullable 0-1) */
  entityName: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EntryData {
  /** The error code, or `0` if the quota alteration succeeded. (versions 0-1) */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. (versions 0-1, nullable 0-1) */
  errorMessage: string | null;
  /** The quota entity to alter. (versions 0-1) */
  entity: EntityData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EntityDataFields: readonly FieldSchema[] = [
  { name: "entityType", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "entityName", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
];
const EntryDataFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
  { name: "entity", type: "[]EntityData", versions: [0, 1], nullable: null, tagged: null, fields: EntityDataFields },
];
const AlterClientQuotasResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "entries", type: "[]EntryData", versions: [0, 1], nullable: null, tagged: null, fields: EntryDataFields },
];

export const alterClientQuotasResponseSchema: MessageSchema = {
  name: "AlterClientQuotasResponse",
  type: "response",
  apiKey: 49,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: AlterClientQuotasResponseFields,
};

export function encodeAlterClientQuotasResponse(w: Writer, v: Input<AlterClientQuotasResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterClientQuotasResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.entries === undefined ? [] : v.entries;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterClientQuotasResponse.entries cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterClientQuotasResponse.entries has a null element`);
        encodeEntryData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterClientQuotasResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_throttleTimeMs: number = r.int32();
  let f_entries: EntryData[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterClientQuotasResponse.entries is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<EntryData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeEntryData(r, version);
      f_entries = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterClientQuotasResponse = {
    throttleTimeMs: f_throttleTimeMs,
    entries: f_entries,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEntityData(w: Writer, v: Input<EntityData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.entityType === undefined ? "" : v.entityType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EntityData.entityType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.entityName === undefined ? "" : v.entityName;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeEntityData(r: Reader, version: number): EntityData {
  const flexible = version >= 1;
  const f_entityType: string = (flexible ? r.compactString() : r.string());
  const f_entityName: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EntityData = {
    entityType: f_entityType,
    entityName: f_entityName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEntryData(w: Writer, v: Input<EntryData>, version: number): void {
  const flexible = version >= 1;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.entity === undefined ? [] : v.entity;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EntryData.entity cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `EntryData.entity has a null element`);
        encodeEntityData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeEntryData(r: Reader, version: number): EntryData {
  const flexible = version >= 1;
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_entity: EntityData[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `EntryData.entity is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<EntityData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeEntityData(r, version);
      f_entity = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EntryData = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    entity: f_entity,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
