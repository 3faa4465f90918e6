/**
 * Emits `decodeX(r, version)` for every struct of a message: straight-line code that branches on
 * `version` per field, reads the tagged-field section in flexible versions and keeps unknown tags.
 */
import type { FieldModel, MessageModel, StructModel } from './schema-loader.ts';
import {
  and, choose, defaultExpr, elementTsType, fieldFlexible, minSize, possibleOf, regularVersions, tsType,
} from './field-info.ts';
import { condition, intersect, type Versions } from './versions.ts';

/** The context for code that only runs in `range`: conditions fold against the narrower range. */
function narrow(ctx: Ctx, range: Versions | null): Ctx {
  const possible = intersect(range, ctx.possible);
  const c = condition(ctx.m.flexibleVersions, possible);
  return { ...ctx, possible, flex: c === 'true' || c === 'false' ? c : 'flexible' };
}

const PRIMITIVE_READ: Record<string, string> = {
  bool: 'bool()',
  int8: 'int8()',
  int16: 'int16()',
  uint16: 'uint16()',
  int32: 'int32()',
  uint32: 'uint32()',
  int64: 'int64()',
  float64: 'float64()',
  uuid: 'uuid()',
};

interface Ctx {
  readonly m: MessageModel;
  readonly s: StructModel;
  readonly possible: Versions | null;
  readonly flex: string;
}

/** Expression reading one non-array value. `nullCond` says in which versions null is allowed. */
function readScalar(ctx: Ctx, base: string, struct: StructModel | null, r: string, flex: string, nullCond: string, tagged: boolean): string {
  const prim = PRIMITIVE_READ[base];
  if (prim) return `${r}.${prim}`;
  switch (base) {
    case 'string':
      return choose(flex, choose(nullCond, `${r}.compactNullableString()`, `${r}.compactString()`),
        choose(nullCond, `${r}.nullableString()`, `${r}.string()`));
    case 'bytes':
    case 'records':
      return choose(flex, choose(nullCond, `${r}.compactNullableBytes()`, `${r}.compactBytes()`),
        choose(nullCond, `${r}.nullableBytes()`, `${r}.bytes()`));
  }
  if (!struct) throw new Error(`unknown type ${base}`);
  const call = `decode${struct.name}(${r}, version)`;
  // Nullable structs carry a presence marker: int8 in order, unsigned varint when tagged.
  const marker = tagged ? `${r}.uvarint() === 0` : `${r}.int8() < 0`;
  if (nullCond === 'false') return call;
  return `${and(nullCond, marker)} ? null : ${call}`;
}

/** Statements assigning the decoded field to `target`. */
function readInto(ctx: Ctx, f: FieldModel, target: string, r: string, tagged: boolean, ind: string): string[] {
  const flex = tagged ? 'true' : fieldFlexible(f, ctx.flex, ctx.possible);
  const nullCond = condition(f.nullable, ctx.possible);
  if (!f.isArray) return [`${ind}${target} = ${readScalar(ctx, f.base, f.struct, r, flex, nullCond, tagged)};`];
  const min = minSize(f.base, f.struct);
  const elem = readScalar(ctx, f.base, f.struct, r, flex, 'false', false);
  const where = `${ctx.s.name}.${f.prop}`;
  const out = [
    `${ind}{`,
    `${ind}  const n = ${choose(flex, `${r}.compactArrayLength(${min})`, `${r}.arrayLength(${min})`)};`,
  ];
  if (nullCond === 'true') {
    out.push(`${ind}  if (n === null) ${target} = null;`);
  } else {
    const guard = nullCond === 'false' ? '' : `if (!(${nullCond})) `;
    out.push(`${ind}  if (n === null) {`);
    out.push(`${ind}    ${guard}throw new ProtocolError('NEGATIVE_LENGTH', \`${where} is null, not allowed in version \${version}\`);`);
    if (nullCond !== 'false') out.push(`${ind}    ${target} = null;`);
    out.push(`${ind}  }`);
  }
  out.push(`${ind}  else {`);
  out.push(`${ind}    const a = new Array<${elementTsType(f.base)}>(n);`);
  out.push(`${ind}    for (let i = 0; i < n; i++) a[i] = ${elem};`);
  out.push(`${ind}    ${target} = a;`);
  out.push(`${ind}  }`);
  out.push(`${ind}}`);
  return out;
}

export function local(f: FieldModel): string {
  return `f_${f.prop}`;
}

export function emitDecoder(m: MessageModel, s: StructModel, flexibleStruct: boolean): string {
  const possible = possibleOf(s, m);
  const flexCond = condition(m.flexibleVersions, possible);
  const ctx: Ctx = { m, s, possible, flex: flexCond === 'true' || flexCond === 'false' ? flexCond : 'flexible' };
  const isRoot = s === m.root;
  const out: string[] = [];
  const name = isRoot ? `decode${m.name}` : `decode${s.name}`;
  out.push(`${isRoot ? 'export ' : ''}function ${name}(r: Reader, version: number): ${s.name} {`);
  if (isRoot) {
    const v = m.validVersions;
    const check = v === null ? 'true' : `!(version >= ${v.lo} && version <= ${v.hi})`;
    out.push(`  if (${check}) {`);
    out.push(`    throw new ProtocolError('UNSUPPORTED_VERSION', \`${m.name} version \${version} is not supported (valid: ${v ? `${v.lo}-${v.hi}` : 'none'})\`);`);
    out.push('  }');
  }
  if (ctx.flex === 'flexible') out.push(`  const flexible = ${flexCond};`);
  for (const f of s.fields) {
    const where = `${m.file} ${s.name}.${f.name}`;
    const reg = condition(regularVersions(f), possible);
    const tagged = condition(f.tagged, possible);
    const t = tsType(f);
    const def = defaultExpr(f, where);
    if (reg === 'false') {
      out.push(`  ${tagged === 'false' ? 'const' : 'let'} ${local(f)}: ${t} = ${def};`);
    } else if (reg === 'true' && !f.isArray && tagged === 'false') {
      out.push(...readInto(narrow(ctx, regularVersions(f)), f, `const ${local(f)}: ${t}`, 'r', false, '  '));
    } else {
      out.push(`  let ${local(f)}: ${t};`);
      if (reg === 'true') {
        out.push(...readInto(narrow(ctx, regularVersions(f)), f, local(f), 'r', false, '  '));
      } else {
        out.push(`  if (${reg}) {`);
        out.push(...readInto(narrow(ctx, regularVersions(f)), f, local(f), 'r', false, '    '));
        out.push(`  } else ${local(f)} = ${def};`);
      }
    }
  }
  const taggedFields = s.fields.filter((f) => condition(f.tagged, possible) !== 'false');
  if (flexibleStruct && flexCond !== 'false') {
    const ind = flexCond === 'true' ? '  ' : '    ';
    out.push('  let unknownTags: TaggedField[] | undefined;');
    if (flexCond !== 'true') out.push('  if (flexible) {');
    if (taggedFields.length === 0) {
      out.push(`${ind}unknownTags = readUnknownTaggedFields(r);`);
    } else {
      out.push(`${ind}const nTags = r.uvarint();`);
      out.push(`${ind}for (let t = 0; t < nTags; t++) {`);
      out.push(`${ind}  const tag = r.uvarint();`);
      out.push(`${ind}  const tr = taggedFieldReader(r);`);
      let first = true;
      for (const f of taggedFields) {
        const cond = and(`tag === ${f.tag}`, condition(f.tagged, intersect(possible, m.flexibleVersions)));
        out.push(`${ind}  ${first ? '' : '} else '}if (${cond}) {`);
        out.push(...readInto(narrow(ctx, f.tagged), f, local(f), 'tr', true, `${ind}    `));
        first = false;
      }
      out.push(`${ind}  } else {`);
      out.push(`${ind}    (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });`);
      out.push(`${ind}  }`);
      out.push(`${ind}}`);
    }
    if (flexCond !== 'true') out.push('  }');
  }
  const props = s.fields.map((f) => `${f.prop}: ${local(f)}`);
  const lit = props.length === 0 ? '{}' : `{\n    ${props.join(',\n    ')},\n  }`;
  if (flexibleStruct && flexCond !== 'false') {
    out.push(`  const out: ${s.name} = ${lit};`);
    out.push('  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;');
    out.push('  return out;');
  } else {
    out.push(`  return ${lit};`);
  }
  out.push('}');
  return out.join('\n');
}
