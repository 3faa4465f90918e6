/**
 * Loads one Kafka message schema (clients/src/main/resources/common/message/*.json format) and
 * normalises the quirks listed in ../shared/kafka-protocol/README.md: whole-line `//` comments,
 * duplicate keys (JSON.parse keeps the last, which is the same value), string tags, non-string
 * defaults, `versions` omitted when `taggedVersions` is present, hex integer defaults.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { intersect, parseVersions, type Versions } from './versions.ts';

export const PRIMITIVES = [
  'bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64',
  'string', 'bytes', 'uuid', 'records',
] as const;
export type Primitive = (typeof PRIMITIVES)[number];

export function isPrimitive(t: string): t is Primitive {
  return (PRIMITIVES as readonly string[]).includes(t);
}

export interface FieldModel {
  /** Schema name, e.g. `TopicData`. */
  readonly name: string;
  /** TypeScript property name, lowerCamelCase. */
  readonly prop: string;
  /** The schema type as written: `int32`, `[]string`, `TopicProduceData`, `[]TopicProduceData`. */
  readonly type: string;
  readonly isArray: boolean;
  /** Element type for arrays, else the type itself. */
  readonly base: string;
  readonly struct: StructModel | null;
  /** Declared versions intersected with the message's valid versions. */
  readonly versions: Versions | null;
  readonly nullable: Versions | null;
  readonly tagged: Versions | null;
  readonly tag: number | null;
  /** Field-level flexibleVersions override (RequestHeader.ClientId: none). */
  readonly flexibleOverride: Versions | null | undefined;
  /** Raw default string ('' when the schema gives none). */
  readonly defaultText: string | undefined;
  readonly about: string | undefined;
  readonly entityType: string | undefined;
  readonly mapKey: boolean;
  readonly ignorable: boolean;
}

export interface StructModel {
  readonly name: string;
  fields: FieldModel[];
  /** Union (hull) of the versions in which this struct can appear; filled in by the loader. */
  possible: Versions | null;
}

export interface MessageModel {
  readonly name: string;
  readonly file: string;
  readonly type: string;
  readonly apiKey: number | null;
  readonly validVersions: Versions | null;
  readonly flexibleVersions: Versions | null;
  readonly latestVersionUnstable: boolean;
  readonly deprecatedVersions: Versions | null;
  readonly listeners: readonly string[];
  /** Comment lines after the license header (version history), without the `//`. */
  readonly comments: readonly string[];
  readonly root: StructModel;
  /** Every struct in the message, root first, then in definition order. */
  readonly structs: readonly StructModel[];
}

export interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number | string;
  flexibleVersions?: string;
  default?: unknown;
  about?: string;
  entityType?: string;
  mapKey?: boolean;
  ignorable?: boolean;
  fields?: RawField[];
}

export interface RawMessage {
  name: string;
  type: string;
  apiKey?: number;
  validVersions: string;
  flexibleVersions: string;
  latestVersionUnstable?: boolean;
  deprecatedVersions?: string;
  listeners?: string[];
  fields: RawField[];
  commonStructs?: { name: string; versions: string; fields: RawField[] }[];
}

export function toCamel(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** Strip whole-line comments outside strings; returns the JSON text and the comment lines. */
function stripComments(text: string): { json: string; comments: string[] } {
  const out: string[] = [];
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('//')) comments.push(t.slice(2).replace(/^ /, ''));
    else out.push(line);
  }
  return { json: out.join('\n'), comments };
}

/** Drop the Apache license block; keep what follows (the version history notes). */
function historyComments(comments: string[]): string[] {
  const end = comments.findIndex((c) => c.includes('limitations under the License'));
  const rest = end >= 0 ? comments.slice(end + 1) : comments;
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
  while (rest.length > 0 && rest[rest.length - 1]!.trim() === '') rest.pop();
  return rest;
}

/** One schema file as written: the parsed JSON and its version-history comments. */
export interface SchemaFile {
  readonly file: string;
  readonly raw: RawMessage;
  readonly comments: readonly string[];
}

export function readSchemaFile(path: string): SchemaFile {
  const { json, comments } = stripComments(readFileSync(path, 'utf8'));
  return { file: basename(path), raw: JSON.parse(json) as RawMessage, comments: historyComments(comments) };
}

export function loadMessage(path: string): MessageModel {
  return buildMessage(readSchemaFile(path));
}

export function buildMessage({ file, raw, comments }: SchemaFile): MessageModel {
  const validVersions = parseVersions(raw.validVersions, `${file} validVersions`);
  const flexibleVersions = parseVersions(raw.flexibleVersions, `${file} flexibleVersions`);
  const structs: StructModel[] = [];
  const byName = new Map<string, StructModel>();
  const common = new Map<string, { versions: Versions | null; fields: RawField[] }>();
  for (const c of raw.commonStructs ?? []) {
    common.set(c.name, { versions: parseVersions(c.versions, `${file} ${c.name}`), fields: c.fields });
  }

  const structFor = (typeName: string, inline: RawField[] | undefined, where: string): StructModel => {
    const known = byName.get(typeName);
    if (known) {
      if (inline && inline.length > 0) throw new Error(`${where}: struct ${typeName} defined twice`);
      return known;
    }
    const c = common.get(typeName);
    const fieldsRaw = inline ?? c?.fields;
    if (!fieldsRaw) throw new Error(`${where}: unknown struct type ${typeName}`);
    const s: StructModel = { name: typeName, fields: [], possible: null };
    byName.set(typeName, s);
    structs.push(s);
    s.fields = fieldsRaw.map((f) => convertField(f, `${where}.${f.name}`));
    return s;
  };

  const convertField = (f: RawField, where: string): FieldModel => {
    const tagged = parseVersions(f.taggedVersions, `${where} taggedVersions`);
    // README quirk: a field may omit `versions` when it has `taggedVersions`.
    const declared = f.versions !== undefined ? parseVersions(f.versions, `${where} versions`) : tagged;
    const versions = intersect(declared, validVersions);
    const isArray = f.type.startsWith('[]');
    const base = isArray ? f.type.slice(2) : f.type;
    const struct = isPrimitive(base) ? null : structFor(base, f.fields, where);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(f.name)) throw new Error(`${where}: bad field name`);
    const tag = f.tag === undefined ? null : Number(f.tag);
    if (tagged !== null && (tag === null || !Number.isInteger(tag) || tag < 0)) {
      throw new Error(`${where}: tagged field without a valid tag`);
    }
    let defaultText: string | undefined;
    if (f.default === null) defaultText = 'null';
    else if (f.default !== undefined) defaultText = String(f.default);
    return {
      name: f.name,
      prop: toCamel(f.name),
      type: f.type,
      isArray,
      base,
      struct,
      versions,
      nullable: intersect(parseVersions(f.nullableVersions, `${where} nullableVersions`), versions),
      tagged: intersect(tagged, versions),
      tag,
      flexibleOverride:
        f.flexibleVersions === undefined ? undefined : parseVersions(f.flexibleVersions, `${where} flexibleVersions`),
      defaultText,
      about: f.about,
      entityType: f.entityType,
      mapKey: f.mapKey === true,
      ignorable: f.ignorable === true,
    };
  };

  const root: StructModel = { name: raw.name, fields: [], possible: validVersions };
  structs.push(root);
  byName.set(raw.name, root);
  root.fields = raw.fields.map((f) => convertField(f, `${file} ${f.name}`));
  markPossible(root, validVersions);

  return {
    name: raw.name,
    file,
    type: raw.type,
    apiKey: raw.apiKey ?? null,
    validVersions,
    flexibleVersions,
    latestVersionUnstable: raw.latestVersionUnstable === true,
    deprecatedVersions: parseVersions(raw.deprecatedVersions, `${file} deprecatedVersions`),
    listeners: raw.listeners ?? [],
    comments,
    root,
    structs,
  };
}

/** Compute, for every struct, the hull of the versions in which it can be on the wire. */
function markPossible(s: StructModel, range: Versions | null): void {
  for (const f of s.fields) {
    if (!f.struct) continue;
    const r = intersect(f.versions, range);
    if (r === null) continue;
    const before = f.struct.possible;
    const next = before === null ? r : { lo: Math.min(before.lo, r.lo), hi: Math.max(before.hi, r.hi) };
    if (before === null || next.lo !== before.lo || next.hi !== before.hi) {
      f.struct.possible = next;
      markPossible(f.struct, next);
    }
  }
}
