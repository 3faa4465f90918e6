/**
 * Emits `encodeX(w, v, version)` for every struct of a message. Missing (undefined) fields are
 * written as their schema default; null where the version does not allow it is INVALID_VALUE.
 * Tagged fields are written only when they differ from their default, as Kafka does, merged in
 * tag order with the unknown tagged fields the caller kept from a decode.
 */
import type { FieldModel, MessageModel, StructModel } from './schema-loader.ts';
import {
  choose, defaultValue, encodeDefaultExpr, fieldFlexible, literal, not, possibleOf, regularVersions,
} from './field-info.ts';
import { condition, intersect, type Versions } from './versions.ts';

/** The context for code that only runs in `range`: conditions fold against the narrower range. */
function narrow(ctx: Ctx, range: Versions | null): Ctx {
  const possible = intersect(range, ctx.possible);
  const c = condition(ctx.m.flexibleVersions, possible);
  return { ...ctx, possible, flex: c === 'true' || c === 'false' ? c : 'flexible' };
}

const PRIMITIVE_WRITE: Record<string, string> = {
  bool: 'bool', int8: 'int8', int16: 'int16', uint16: 'uint16', int32: 'int32', uint32: 'uint32',
  int64: 'int64', float64: 'float64', uuid: 'uuid',
};

interface Ctx {
  readonly m: MessageModel;
  readonly s: StructModel;
  readonly possible: Versions | null;
  readonly flex: string;
}

function nullError(ctx: Ctx, f: FieldModel): string {
  return `throw new ProtocolError('INVALID_VALUE', \`${ctx.s.name}.${f.prop} cannot be null in version \${version}\`);`;
}

/** Statements writing value `x` (already defaulted) of a non-array type. */
function writeScalar(base: string, f: FieldModel, w: string, x: string, flex: string, nullCond: string, tagged: boolean): string[] {
  const prim = PRIMITIVE_WRITE[base];
  if (prim) return [`${w}.${prim}(${x});`];
  switch (base) {
    case 'string':
      return [`${choose(flex, `${w}.compactNullableString(${x})`, `${w}.nullableString(${x})`)};`];
    case 'bytes':
    case 'records':
      return [`${choose(flex, `${w}.compactNullableBytes(${x})`, `${w}.nullableBytes(${x})`)};`];
  }
  const call = `encode${f.struct!.name}(${w}, ${x}, version);`;
  if (nullCond === 'false') return [call];
  const [nul, present] = tagged ? [`${w}.uvarint(0)`, `${w}.uvarint(1)`] : [`${w}.int8(-1)`, `${w}.int8(1)`];
  if (nullCond === 'true') return [`if (${x} === null) ${nul};`, `else {`, `  ${present};`, `  ${call}`, `}`];
  return [
    `if (${nullCond}) {`,
    `  if (${x} === null) ${nul};`,
    `  else {`,
    `    ${present};`,
    `    ${call}`,
    `  }`,
    `} else ${call}`,
  ];
}

function writeElement(f: FieldModel, w: string, x: string, flex: string): string {
  const prim = PRIMITIVE_WRITE[f.base];
  if (prim) return `${w}.${prim}(${x})`;
  if (f.base === 'string') return choose(flex, `${w}.compactString(${x})`, `${w}.string(${x})`);
  if (f.base === 'bytes') return choose(flex, `${w}.compactBytes(${x})`, `${w}.bytes(${x})`);
  return `encode${f.struct!.name}(${w}, ${x}, version)`;
}

/** Statements refusing null where the version does not allow it (typed error, not a TypeError later). */
function nullCheck(ctx: Ctx, f: FieldModel, x: string): string[] {
  const isPrim = PRIMITIVE_WRITE[f.base] !== undefined && !f.isArray;
  if (isPrim) return [];
  const nullCond = condition(f.nullable, ctx.possible);
  if (nullCond === 'true') return [];
  const canBeNull = f.nullable !== null || f.base === 'records' || f.defaultText === 'null';
  // Where the type says non-null, still refuse null from untyped callers with a typed error.
  const guard = canBeNull && nullCond !== 'false' ? ` && ${not(nullCond)}` : '';
  return [`if (${x} === null${guard}) ${nullError(ctx, f)}`];
}

/** Statements writing field `f`, whose (defaulted) value is in `x`. */
function writeValue(ctx: Ctx, f: FieldModel, w: string, x: string, tagged: boolean, checkNull = true): string[] {
  const flex = tagged ? 'true' : fieldFlexible(f, ctx.flex, ctx.possible);
  const nullCond = condition(f.nullable, ctx.possible);
  const out: string[] = checkNull ? nullCheck(ctx, f, x) : [];
  if (!f.isArray) return [...out, ...writeScalar(f.base, f, w, x, flex, nullCond, tagged)];
  const nullWrite = choose(flex, `${w}.uvarint(0)`, `${w}.int32(-1)`);
  const lenWrite = choose(flex, `${w}.uvarint(${x}.length + 1)`, `${w}.int32(${x}.length)`);
  const elem = writeElement(f, w, 'e', flex);
  if (nullCond !== 'false') {
    out.push(`if (${x} === null) ${nullWrite};`, 'else {');
  } else {
    out.push('{');
  }
  const elemError = `throw new ProtocolError('INVALID_VALUE', \`${ctx.s.name}.${f.prop} has a null element\`);`;
  out.push(`  ${lenWrite};`, `  for (const e of ${x}) {`, `    if (e == null) ${elemError}`, `    ${elem};`, '  }', '}');
  return out;
}

/** Condition (TS source) under which a tagged field's value differs from its default (Kafka's rule). */
function nonDefault(f: FieldModel, x: string, where: string): string {
  const def = defaultValue(f, where);
  if (def === null) return `${x} !== null`;
  const nullable = f.nullable !== null;
  if (f.isArray || f.base === 'bytes') return nullable ? `(${x} === null || ${x}.length !== 0)` : `${x}.length !== 0`;
  if (f.struct) return nullable ? `(${x} === null || !isDefault${f.struct.name}(${x}))` : `!isDefault${f.struct.name}(${x})`;
  return `${x} !== ${literal(def!)}`;
}

export function emitEncoder(m: MessageModel, s: StructModel, flexibleStruct: boolean): string {
  const possible = possibleOf(s, m);
  const flexCond = condition(m.flexibleVersions, possible);
  const ctx: Ctx = { m, s, possible, flex: flexCond === 'true' || flexCond === 'false' ? flexCond : 'flexible' };
  const isRoot = s === m.root;
  const out: string[] = [];
  const name = isRoot ? `encode${m.name}` : `encode${s.name}`;
  out.push(`${isRoot ? 'export ' : ''}function ${name}(w: Writer, v: Input<${s.name}>, version: number): void {`);
  if (isRoot) {
    const vv = m.validVersions;
    const check = vv === null ? 'true' : `!(version >= ${vv.lo} && version <= ${vv.hi})`;
    out.push(`  if (${check}) {`);
    out.push(`    throw new ProtocolError('UNSUPPORTED_VERSION', \`${m.name} version \${version} is not supported (valid: ${vv ? `${vv.lo}-${vv.hi}` : 'none'})\`);`);
    out.push('  }');
  }
  if (ctx.flex === 'flexible') out.push(`  const flexible = ${flexCond};`);
  const valueOf = (f: FieldModel, nullCond: string): string => {
    const where = `${m.file} ${s.name}.${f.name}`;
    const def = encodeDefaultExpr(f, nullCond, where);
    if (PRIMITIVE_WRITE[f.base] !== undefined && !f.isArray) return `v.${f.prop} ?? ${def}`;
    return `v.${f.prop} === undefined ? ${def} : v.${f.prop}`;
  };
  for (const f of s.fields) {
    const reg = condition(regularVersions(f), possible);
    if (reg === 'false') continue;
    const fctx = narrow(ctx, regularVersions(f));
    const nullCond = condition(f.nullable, fctx.possible);
    const body = writeValue(fctx, f, 'w', 'x', false);
    const ind = reg === 'true' ? '  ' : '    ';
    if (reg !== 'true') out.push(`  if (${reg}) {`);
    if (body.length === 1 && PRIMITIVE_WRITE[f.base] !== undefined && !f.isArray) {
      out.push(`${ind}${body[0]!.replace('(x)', `(${valueOf(f, nullCond)})`)}`);
    } else {
      out.push(`${ind}{`);
      out.push(`${ind}  const x = ${valueOf(f, nullCond)};`);
      for (const line of body) out.push(`${ind}  ${line}`);
      out.push(`${ind}}`);
    }
    if (reg !== 'true') out.push('  }');
  }
  if (flexibleStruct && flexCond !== 'false') {
    const ind = flexCond === 'true' ? '  ' : '    ';
    if (flexCond !== 'true') out.push('  if (flexible) {');
    const taggedFields = s.fields.filter((f) => condition(f.tagged, possible) !== 'false');
    if (taggedFields.length === 0) {
      out.push(`${ind}writeTaggedFields(w, undefined, v._unknownTaggedFields);`);
    } else {
      out.push(`${ind}let tagged: TaggedField[] | undefined;`);
      for (const f of [...taggedFields].sort((a, b) => a.tag! - b.tag!)) {
        const where = `${m.file} ${s.name}.${f.name}`;
        const flexPossible = intersect(possible, m.flexibleVersions);
        const cond = condition(f.tagged, flexPossible);
        const fctx = narrow(ctx, f.tagged);
        const nullCond = condition(f.nullable, fctx.possible);
        out.push(`${ind}${cond === 'true' ? '' : `if (${cond}) `}{`);
        out.push(`${ind}  const x = ${valueOf(f, nullCond)};`);
        for (const line of nullCheck(fctx, f, 'x')) out.push(`${ind}  ${line}`);
        out.push(`${ind}  if (${nonDefault(f, 'x', where)}) {`);
        out.push(`${ind}    const tw = new Writer(64);`);
        for (const line of writeValue(fctx, f, 'tw', 'x', true, false)) out.push(`${ind}    ${line}`);
        out.push(`${ind}    (tagged ??= []).push({ tag: ${f.tag}, data: tw.finish() });`);
        out.push(`${ind}  }`);
        out.push(`${ind}}`);
      }
      out.push(`${ind}writeTaggedFields(w, tagged, v._unknownTaggedFields);`);
    }
    if (flexCond !== 'true') out.push('  }');
  }
  out.push('}');
  return out.join('\n');
}

/** `isDefaultX(v)`: Kafka writes a tagged struct only when it differs from a default-built one. */
export function emitIsDefault(m: MessageModel, s: StructModel, flexibleStruct: boolean): string {
  const checks: string[] = [];
  for (const f of s.fields) {
    const where = `${m.file} ${s.name}.${f.name}`;
    const x = `v.${f.prop}`;
    const def = defaultValue(f, where);
    let c: string;
    if (def === null) c = `${x} == null`;
    else if (f.isArray || f.base === 'bytes') c = `${x} === undefined || (${x} !== null && ${x}.length === 0)`;
    else if (f.struct) c = `${x} === undefined || (${x} !== null && isDefault${f.struct.name}(${x}))`;
    else c = `${x} === undefined || ${x} === ${literal(def!)}`;
    checks.push(`(${c})`);
  }
  if (flexibleStruct) checks.push('(v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0)');
  return [
    `function isDefault${s.name}(v: Input<${s.name}>): boolean {`,
    `  return ${checks.length === 0 ? 'true' : checks.join(' &&\n    ')};`,
    '}',
  ].join('\n');
}

