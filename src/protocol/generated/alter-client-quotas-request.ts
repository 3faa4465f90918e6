// Generated from AlterClientQuotasRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * AlterClientQuotasRequest (request, api key 49), versions 0-1, flexible 1+.
 *
 * Version 1 enables flexible versions.
 */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (versions 0-1) */
  entries: EntryData[];
  /** Whether the alteration should be validated, but not performed. (versions 0-1) */
  validateOnly: boolean;
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

export interface OpData {
  /** The quota configuration key. (versions 0-1) */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0-1) */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0-1) */
  remove: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EntryData {
  /** The quota entity to alter. (versions 0-1) */
  entity: EntityData[];
  /** An individual quota configuration entry to alter. (versions 0-1) */
  ops: OpData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EntityDataFields: readonly FieldSchema[] = [
  { name: "entityType", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "entityName", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
];
const OpDataFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "value", type: "float64", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "remove", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
];
const EntryDataFields: readonly FieldSchema[] = [
  { name: "entity", type: "[]EntityData", versions: [0, 1], nullable: null, tagged: null, fields: EntityDataFields },
  { name: "ops", type: "[]OpData", versions: [0, 1], nullable: null, tagged: null, fields: OpDataFields },
];
const AlterClientQuotasRequestFields: readonly FieldSchema[] = [
  { name: "entries", type: "[]EntryData", versions: [0, 1], nullable: null, tagged: null, fields: EntryDataFields },
  { name: "validateOnly", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
];

export const alterClientQuotasRequestSchema: MessageSchema = {
  name: "AlterClientQuotasRequest",
  type: "request",
  apiKey: 49,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: AlterClientQuotasRequestFields,
};

export function encodeAlterClientQuotasRequest(w: Writer, v: Input<AlterClientQuotasRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterClientQuotasRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  {
    const x = v.entries === undefined ? [] : v.entries;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AlterClientQuotasRequest.entries cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AlterClientQuotasRequest.entries has a null element`);
        encodeEntryData(w, e, version);
      }
    }
  }
  w.bool(v.validateOnly ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `AlterClientQuotasRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  let f_entries: EntryData[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AlterClientQuotasRequest.entries is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<EntryData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeEntryData(r, version);
      f_entries = a;
    }
  }
  const f_validateOnly: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: AlterClientQuotasRequest = {
    entries: f_entries,
    validateOnly: f_validateOnly,
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

function encodeOpData(w: Writer, v: Input<OpData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `OpData.key cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.float64(v.value ?? 0);
  w.bool(v.remove ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeOpData(r: Reader, version: number): OpData {
  const flexible = version >= 1;
  const f_key: string = (flexible ? r.compactString() : r.string());
  const f_value: number = r.float64();
  const f_remove: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: OpData = {
    key: f_key,
    value: f_value,
    remove: f_remove,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEntryData(w: Writer, v: Input<EntryData>, version: number): void {
  const flexible = version >= 1;
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
  {
    const x = v.ops === undefined ? [] : v.ops;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EntryData.ops cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `EntryData.ops has a null element`);
        encodeOpData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeEntryData(r: Reader, version: number): EntryData {
  const flexible = version >= 1;
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
  let f_ops: OpData[];
  {
    const n = (flexible ? r.compactArrayLength(10) : r.arrayLength(10));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `EntryData.ops is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<OpData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeOpData(r, version);
      f_ops = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EntryData = {
    entity: f_entity,
    ops: f_ops,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
