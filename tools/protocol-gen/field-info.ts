/**
 * Per-field facts the emitters share: TypeScript types, default values (as TS source), and the
 * version conditions for presence, nullability and the flexible (KIP-482 compact) encoding.
 */
import type { FieldModel, MessageModel, StructModel } from './schema-loader.ts';
import { condition, subtract, type Versions } from './versions.ts';

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** `cond ? a : b` with the constant cases folded away. */
export function choose(cond: string, a: string, b: string): string {
  if (cond === 'true') return a;
  if (cond === 'false') return b;
  return `(${cond} ? ${a} : ${b})`;
}

export function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true') return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

export function not(a: string): string {
  if (a === 'true') return 'false';
  if (a === 'false') return 'true';
  return `!(${a})`;
}

/** Versions in which the field is written in order (not in the tagged section). */
export function regularVersions(f: FieldModel): Versions | null {
  return subtract(f.versions, f.tagged);
}

export function possibleOf(s: StructModel, m: MessageModel): Versions | null {
  return s.possible ?? m.validVersions;
}

/** The flexible-encoding condition for one field inside a struct function. */
export function fieldFlexible(f: FieldModel, structFlexible: string, possible: Versions | null): string {
  if (f.flexibleOverride !== undefined) return condition(f.flexibleOverride, possible);
  return structFlexible;
}

export function elementTsType(base: string): string {
  switch (base) {
    case 'bool':
      return 'boolean';
    case 'int8': case 'int16': case 'uint16': case 'int32': case 'uint32': case 'float64':
      return 'number';
    case 'int64':
      return 'bigint';
    case 'string': case 'uuid':
      return 'string';
    case 'bytes':
      return 'Buffer';
    case 'records':
      return 'Buffer | null';
    default:
      return base;
  }
}

export function tsType(f: FieldModel): string {
  if (f.base === 'records' && !f.isArray) return 'Buffer | null';
  const t = f.isArray ? `${elementTsType(f.base)}[]` : elementTsType(f.base);
  return f.nullable !== null ? `${t} | null` : t;
}

function parseInteger(text: string, where: string): bigint {
  const t = text.trim();
  const neg = t.startsWith('-');
  const body = neg ? t.slice(1) : t;
  let v: bigint;
  if (/^0x[0-9a-fA-F]+$/.test(body)) v = BigInt(body);
  else if (/^\d+$/.test(body)) v = BigInt(body);
  else throw new Error(`${where}: bad integer default "${text}"`);
  return neg ? -v : v;
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  uint16: [0n, 65535n],
  int32: [-2147483648n, 2147483647n],
  uint32: [0n, 4294967295n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** The schema default as a plain JS value (for the schema description); undefined = "empty value". */
export function defaultValue(f: FieldModel, where: string): number | bigint | boolean | string | null | undefined {
  const text = f.defaultText;
  if (text === 'null') {
    if (f.nullable === null && !(f.base === 'records' && !f.isArray)) {
      throw new Error(`${where}: default null on a field that is never nullable`);
    }
    return null;
  }
  if (f.isArray || f.struct) {
    if (text !== undefined && text !== '') throw new Error(`${where}: unsupported default "${text}"`);
    return undefined;
  }
  switch (f.base) {
    case 'bool':
      if (text === undefined || text === 'false') return false;
      if (text === 'true') return true;
      throw new Error(`${where}: bad bool default "${text}"`);
    case 'int8': case 'int16': case 'uint16': case 'int32': case 'uint32': case 'int64': {
      const v = text === undefined || text === '' ? 0n : parseInteger(text, where);
      const [lo, hi] = INT_RANGES[f.base]!;
      if (v < lo || v > hi) throw new Error(`${where}: default ${text} out of range for ${f.base}`);
      return f.base === 'int64' ? v : Number(v);
    }
    case 'float64':
      return text === undefined || text === '' ? 0 : Number(text);
    case 'string':
      return text ?? '';
    case 'uuid':
      if (text !== undefined && text !== '') throw new Error(`${where}: uuid defaults are not supported`);
      return ZERO_UUID;
    case 'bytes':
      if (text !== undefined && text !== '') throw new Error(`${where}: bytes defaults are not supported`);
      return undefined;
    case 'records':
      return null;
    default:
      throw new Error(`${where}: unknown type ${f.base}`);
  }
}

export function literal(v: number | bigint | boolean | string | null): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  return String(v);
}

/** TS source for a fresh default value of the decoded type (arrays and structs are new objects). */
export function defaultExpr(f: FieldModel, where: string): string {
  const v = defaultValue(f, where);
  if (v !== undefined) return literal(v);
  if (f.isArray) return '[]';
  if (f.struct) return `default${f.struct.name}()`;
  if (f.base === 'bytes') return 'EMPTY_BYTES';
  throw new Error(`${where}: no default`);
}

/**
 * The default used by encoders when the caller left a field out. A `null` default in a version
 * where null cannot be written falls back to the empty value, so omitting a field never fails.
 */
export function encodeDefaultExpr(f: FieldModel, nullableCond: string, where: string): string {
  const v = defaultValue(f, where);
  let empty: string;
  if (f.isArray) empty = '[]';
  else if (f.struct) empty = '{}';
  else if (f.base === 'bytes' || f.base === 'records') empty = 'EMPTY_BYTES';
  else if (f.base === 'string') empty = "''";
  else empty = v === undefined || v === null ? 'undefined' : literal(v);
  if (v === null) return choose(nullableCond, 'null', empty);
  if (v === undefined) return empty;
  return literal(v);
}

/** Smallest encoded size of one value, to bound array counts before allocating (RELIABILITY rule 10). */
export function minSize(base: string, struct: StructModel | null, seen = new Set<string>()): number {
  switch (base) {
    case 'bool': case 'int8':
      return 1;
    case 'int16': case 'uint16':
      return 2;
    case 'int32': case 'uint32':
      return 4;
    case 'int64': case 'float64':
      return 8;
    case 'uuid':
      return 16;
    case 'string': case 'bytes': case 'records':
      return 1; // a compact null/empty value is one byte
  }
  if (!struct || seen.has(struct.name)) return 1;
  seen.add(struct.name);
  let n = 0;
  for (const f of struct.fields) {
    // Only fields present in every version the struct can appear in count.
    const reg = regularVersions(f);
    const p = struct.possible;
    if (p === null || reg === null || reg.lo > p.lo || reg.hi < p.hi) continue;
    if (f.isArray || f.nullable !== null) n += 1;
    else n += minSize(f.base, f.struct, seen);
  }
  return Math.max(n, 1);
}
