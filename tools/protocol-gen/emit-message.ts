/**
 * Renders one message schema into one TypeScript module: the types (one per struct, covering every
 * version), the schema description, and the encoder/decoder pair.
 */
import type { FieldModel, MessageModel, StructModel } from './schema-loader.ts';
import { defaultExpr, defaultValue, literal, tsType } from './field-info.ts';
import { emitDecoder } from './emit-decode.ts';
import { emitEncoder, emitIsDefault } from './emit-encode.ts';
import { format, intersect, type Versions } from './versions.ts';

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function schemaConstName(m: MessageModel): string {
  return `${m.name[0]!.toLowerCase()}${m.name.slice(1)}Schema`;
}

function docComment(lines: string[], ind: string): string[] {
  const clean = lines.map((l) => l.replace(/\*\//g, '*\\/').replace(/\s+$/, ''));
  if (clean.length === 0) return [];
  if (clean.length === 1) return [`${ind}/** ${clean[0]} */`];
  return [`${ind}/**`, ...clean.map((l) => (l === '' ? `${ind} *` : `${ind} * ${l}`)), `${ind} */`];
}

function fieldDoc(f: FieldModel): string {
  const bits = [`versions ${format(f.versions)}`];
  if (f.nullable) bits.push(`nullable ${format(f.nullable)}`);
  if (f.tagged) bits.push(`tagged ${format(f.tagged)} as tag ${f.tag}`);
  if (f.defaultText !== undefined && f.defaultText !== '') bits.push(`default ${f.defaultText}`);
  if (f.entityType) bits.push(`entity ${f.entityType}`);
  if (f.mapKey) bits.push('map key');
  const about = f.about ? `${f.about.trim()} ` : '';
  return `${about}(${bits.join(', ')})`;
}

/** Structs ordered so that every struct comes after the structs its fields use. */
function dependencyOrder(m: MessageModel): StructModel[] {
  const done = new Set<StructModel>();
  const out: StructModel[] = [];
  const visit = (s: StructModel): void => {
    if (done.has(s)) return;
    done.add(s);
    for (const f of s.fields) if (f.struct) visit(f.struct);
    out.push(s);
  };
  for (const s of m.structs) visit(s);
  return out;
}

function range(v: Versions | null): string {
  return v === null ? 'null' : `[${v.lo}, ${v.hi}]`;
}

function fieldsConst(s: StructModel): string {
  return `${s.name}Fields`;
}

function emitSchemaField(m: MessageModel, s: StructModel, f: FieldModel): string {
  const parts = [
    `name: ${JSON.stringify(f.prop)}`,
    `type: ${JSON.stringify(f.type)}`,
    `versions: ${range(f.versions)}`,
    `nullable: ${range(f.nullable)}`,
    `tagged: ${range(f.tagged)}`,
  ];
  if (f.tag !== null) parts.push(`tag: ${f.tag}`);
  if (f.flexibleOverride !== undefined) parts.push(`flexible: ${range(f.flexibleOverride)}`);
  const d = defaultValue(f, `${m.file} ${s.name}.${f.name}`);
  if (d !== undefined) parts.push(`default: ${literal(d)}`);
  if (f.struct) parts.push(`fields: ${fieldsConst(f.struct)}`);
  if (f.entityType) parts.push(`entityType: ${JSON.stringify(f.entityType)}`);
  if (f.mapKey) parts.push('mapKey: true');
  return `  { ${parts.join(', ')} },`;
}

/** Structs that need `defaultX()` (absent non-null struct fields) or `isDefaultX()` (tagged structs). */
function helperSets(m: MessageModel): { defaults: Set<StructModel>; isDefaults: Set<StructModel> } {
  const defaults = new Set<StructModel>();
  const isDefaults = new Set<StructModel>();
  const addDefault = (s: StructModel): void => {
    if (defaults.has(s)) return;
    defaults.add(s);
    for (const f of s.fields) if (f.struct && !f.isArray && f.defaultText !== 'null') addDefault(f.struct);
  };
  const addIsDefault = (s: StructModel): void => {
    if (isDefaults.has(s)) return;
    isDefaults.add(s);
    for (const f of s.fields) if (f.struct && !f.isArray && f.defaultText !== 'null') addIsDefault(f.struct);
  };
  for (const s of m.structs) {
    for (const f of s.fields) {
      if (!f.struct || f.isArray || f.defaultText === 'null') continue;
      addDefault(f.struct);
      if (f.tagged) addIsDefault(f.struct);
    }
  }
  return { defaults, isDefaults };
}

export function emitMessage(m: MessageModel, depth: number): string {
  const up = '../'.repeat(depth);
  const flexibleStruct = intersect(m.flexibleVersions, m.validVersions) !== null;
  const structs = dependencyOrder(m);
  const reserved = new Set(['Reader', 'Writer', 'ProtocolError', 'Input', 'TaggedField', 'MessageSchema', 'FieldSchema', 'Buffer']);
  for (const s of structs) if (reserved.has(s.name)) throw new Error(`${m.file}: struct name ${s.name} clashes with an import`);
  const out: string[] = [];
  out.push(`// Generated from ${m.file} by tools/protocol-gen. Do not edit.`);
  out.push(`import { Reader } from '${up}reader.ts';`);
  out.push(`import { Writer } from '${up}writer.ts';`);
  out.push(`import { ProtocolError } from '${up}protocol-error.ts';`);
  out.push(`import type { Input } from '${up}input.ts';`);
  out.push(`import type { FieldSchema, MessageSchema } from '${up}message-schema.ts';`);
  if (flexibleStruct) {
    out.push(`import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '${up}tagged-fields.ts';`);
  }
  out.push('');
  out.push('const EMPTY_BYTES = Buffer.alloc(0);');
  out.push('');
  // Types, root first for readability.
  for (const s of [m.root, ...structs.filter((x) => x !== m.root)]) {
    if (s === m.root) {
      const head = [`${m.name} (${m.type}${m.apiKey !== null ? `, api key ${m.apiKey}` : ''}), versions ${format(m.validVersions)}, flexible ${format(m.flexibleVersions)}.`];
      out.push(...docComment(m.comments.length > 0 ? [...head, '', ...m.comments] : head, ''));
    }
    out.push(`export interface ${s.name} {`);
    for (const f of s.fields) {
      out.push(...docComment([fieldDoc(f)], '  '));
      out.push(`  ${f.prop}: ${tsType(f)};`);
    }
    if (flexibleStruct) {
      out.push('  /** Tagged fields this schema does not know, kept on decode and written back on encode. */');
      out.push('  _unknownTaggedFields?: TaggedField[];');
    }
    out.push('}');
    out.push('');
  }
  // Schema description.
  for (const s of structs) {
    out.push(`const ${fieldsConst(s)}: readonly FieldSchema[] = [`);
    for (const f of s.fields) out.push(emitSchemaField(m, s, f));
    out.push('];');
  }
  out.push('');
  out.push(`export const ${schemaConstName(m)}: MessageSchema = {`);
  out.push(`  name: ${JSON.stringify(m.name)},`);
  out.push(`  type: ${JSON.stringify(m.type)},`);
  out.push(`  apiKey: ${m.apiKey === null ? 'null' : m.apiKey},`);
  out.push(`  validVersions: ${range(m.validVersions)},`);
  out.push(`  flexibleVersions: ${range(intersect(m.flexibleVersions, m.validVersions) === null ? null : m.flexibleVersions)},`);
  out.push(`  fields: ${fieldsConst(m.root)},`);
  out.push('};');
  out.push('');
  const { defaults, isDefaults } = helperSets(m);
  for (const s of structs) {
    if (!defaults.has(s)) continue;
    const props = s.fields.map((f) => `${f.prop}: ${defaultExpr(f, `${m.file} ${s.name}.${f.name}`)}`);
    out.push(`function default${s.name}(): ${s.name} {`);
    out.push(`  return { ${props.join(', ')} };`);
    out.push('}');
    out.push('');
  }
  for (const s of structs) {
    if (!isDefaults.has(s)) continue;
    out.push(emitIsDefault(m, s, flexibleStruct));
    out.push('');
  }
  for (const s of [m.root, ...structs.filter((x) => x !== m.root)]) {
    out.push(emitEncoder(m, s, flexibleStruct));
    out.push('');
    out.push(emitDecoder(m, s, flexibleStruct));
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
