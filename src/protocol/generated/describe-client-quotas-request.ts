// Generated from DescribeClientQuotasRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeClientQuotasRequest (request, api key 48), versions 0-1, flexible 1+.
 *
 * Version 1 enables flexible versions.
 */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (versions 0-1) */
  components: ComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (versions 0-1) */
  strict: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ComponentData {
  /** The entity type that the filter component applies to. (versions 0-1) */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (versions 0-1) */
  matchType: number;
  /** The string to match against, or null if unused for the match type. (versions 0-1, nullable 0-1) */
  match: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ComponentDataFields: readonly FieldSchema[] = [
  { name: "entityType", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "matchType", type: "int8", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "match", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: "" },
];
const DescribeClientQuotasRequestFields: readonly FieldSchema[] = [
  { name: "components", type: "[]ComponentData", versions: [0, 1], nullable: null, tagged: null, fields: ComponentDataFields },
  { name: "strict", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
];

export const describeClientQuotasRequestSchema: MessageSchema = {
  name: "DescribeClientQuotasRequest",
  type: "request",
  apiKey: 48,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: DescribeClientQuotasRequestFields,
};

export function encodeDescribeClientQuotasRequest(w: Writer, v: Input<DescribeClientQuotasRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClientQuotasRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  {
    const x = v.components === undefined ? [] : v.components;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeClientQuotasRequest.components cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeClientQuotasRequest.components has a null element`);
        encodeComponentData(w, e, version);
      }
    }
  }
  w.bool(v.strict ?? false);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClientQuotasRequest version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  let f_components: ComponentData[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeClientQuotasRequest.components is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ComponentData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeComponentData(r, version);
      f_components = a;
    }
  }
  const f_strict: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DescribeClientQuotasRequest = {
    components: f_components,
    strict: f_strict,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeComponentData(w: Writer, v: Input<ComponentData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.entityType === undefined ? "" : v.entityType;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ComponentData.entityType cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int8(v.matchType ?? 0);
  {
    const x = v.match === undefined ? "" : v.match;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeComponentData(r: Reader, version: number): ComponentData {
  const flexible = version >= 1;
  const f_entityType: string = (flexible ? r.compactString() : r.string());
  const f_matchType: number = r.int8();
  const f_match: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ComponentData = {
    entityType: f_entityType,
    matchType: f_matchType,
    match: f_match,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
