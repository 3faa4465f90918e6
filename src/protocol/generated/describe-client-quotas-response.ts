// Generated from DescribeClientQuotasResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeClientQuotasResponse (response, api key 48), versions 0-1, flexible 1+.
 *
 * Version 1 enables flexible versions.
 */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. (versions 0-1) */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. (versions 0-1, nullable 0-1) */
  errorMessage: string | null;
  /** A result entry. (versions 0-1, nullable 0-1) */
  entries: EntryData[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EntityData {
  /** The entity type. (versions 0-1) */
  entityType: string;
  /** The entity name, or null if the default. (versions 0-1, nullable 0-1) */
  entityName: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ValueData {
  /** The quota configuration key. (versions 0-1) */
  key: string;
  /** The quota configuration value. (versions 0-1) */
  value: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EntryData {
  /** The quota entity description. (versions 0-1) */
  entity: EntityData[];
  /** The quota values for the entity. (versions 0-1) */
  values: ValueData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EntityDataFields: readonly FieldSchema[] = [
  { name: "entityType", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "entityName", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
];
const ValueDataFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "value", type: "float64", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const EntryDataFields: readonly FieldSchema[] = [
  { name: "entity", type: "[]EntityData", versions: [0, 1], nullable: null, tagged: null, fields: EntityDataFields },
  { name: "values", type: "[]ValueData", versions: [0, 1], nullable: null, tagged: null, fields: ValueDataFields },
];
const DescribeClientQuotasResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
  { name: "entries", type: "[]EntryData", versions: [0, 1], nullable: [0, 1], tagged: null, fields: EntryDataFields },
];

export const describeClientQuotasResponseSchema: MessageSchema = {
  name: "DescribeClientQuotasResponse",
  type: "response",
  apiKey: 48,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: DescribeClientQuotasResponseFields,
};

export function encodeDescribeClientQuotasResponse(w: Writer, v: Input<DescribeClientQuotasResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClientQuotasResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.entries === undefined ? [] : v.entries;
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeClientQuotasResponse.entries has a null element`);
        encodeEntryData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClientQuotasResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let f_entries: EntryData[] | null;
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) f_entries = null;
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
  const out: DescribeClientQuotasResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
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

function encodeValueData(w: Writer, v: Input<ValueData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ValueData.key cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.float64(v.value ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeValueData(r: Reader, version: number): ValueData {
  const flexible = version >= 1;
  const f_key: string = (flexible ? r.compactString() : r.string());
  const f_value: number = r.float64();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ValueData = {
    key: f_key,
    value: f_value,
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
    const x = v.values === undefined ? [] : v.values;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EntryData.values cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `EntryData.values has a null element`);
        encodeValueData(w, e, version);
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
  let f_values: ValueData[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `EntryData.values is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ValueData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeValueData(r, version);
      f_values = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: EntryData = {
    entity: f_entity,
    values: f_values,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
