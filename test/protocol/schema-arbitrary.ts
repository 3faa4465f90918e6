/**
 * fast-check arbitraries for any generated Kafka message at any version, built from the schema
 * description emitted next to each codec (`produceRequestSchema`...). A generated value holds every
 * field: fields absent in the version carry their default, as the decoder returns them, so
 * `decode(encode(x))` must deep-equal `x`.
 */
import fc from 'fast-check';
import type { FieldSchema, MessageSchema } from '../../src/protocol/message-schema.ts';
import { inRange } from '../../src/protocol/message-schema.ts';

const INT_RANGES: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
};

export interface ArbitraryOptions {
  /** Longest generated array (default 2). */
  maxArray?: number;
  /** Longest generated string / bytes (default 12). */
  maxBytes?: number;
}

/** The value a decoder returns for a field that is absent in the version. */
export function defaultOf(f: FieldSchema): unknown {
  if (f.default !== undefined) return f.default;
  if (f.type.startsWith('[]')) return [];
  if (f.type === 'bytes') return Buffer.alloc(0);
  if (f.type === 'records') return null;
  if (f.fields) return defaultStruct(f.fields);
  throw new Error(`no default for ${f.name}: ${f.type}`);
}

export function defaultStruct(fields: readonly FieldSchema[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.name] = defaultOf(f);
  return out;
}

function elementArbitrary(type: string, f: FieldSchema, version: number, flexible: boolean, o: Required<ArbitraryOptions>): fc.Arbitrary<unknown> {
  const ints = INT_RANGES[type];
  if (ints) return fc.integer({ min: ints[0], max: ints[1] });
  switch (type) {
    case 'bool':
      return fc.boolean();
    case 'int64':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'float64':
      return fc.double();
    case 'string':
      return fc.fullUnicodeString({ maxLength: o.maxBytes });
    case 'bytes':
    case 'records':
      return fc.uint8Array({ maxLength: o.maxBytes }).map((a) => Buffer.from(a));
    case 'uuid':
      return fc.uint8Array({ minLength: 16, maxLength: 16 }).map((a) => Buffer.from(a).toString('base64url'));
  }
  if (!f.fields) throw new Error(`struct type ${type} of ${f.name} has no fields`);
  return structArbitrary(f.fields, version, flexible, o);
}

function fieldArbitrary(f: FieldSchema, version: number, flexible: boolean, o: Required<ArbitraryOptions>): fc.Arbitrary<unknown> {
  if (!inRange(f.versions, version)) return fc.constant(defaultOf(f));
  const isArray = f.type.startsWith('[]');
  const base = isArray ? f.type.slice(2) : f.type;
  let arb = elementArbitrary(base, f, version, flexible, o);
  if (isArray) arb = fc.array(arb, { maxLength: o.maxArray });
  if (inRange(f.nullable, version)) {
    arb = fc.option(arb, { nil: null, freq: 4 });
  }
  return arb;
}

/** Unknown tagged fields: unique tags (none the struct knows), in ascending order, or none at all. */
function unknownTagsArbitrary(fields: readonly FieldSchema[], o: Required<ArbitraryOptions>): fc.Arbitrary<{ tag: number; data: Buffer }[] | undefined> {
  const known = new Set(fields.filter((f) => f.tag !== undefined).map((f) => f.tag));
  const entry = fc.record({
    tag: fc.integer({ min: 0, max: 300 }).filter((t) => !known.has(t)),
    data: fc.uint8Array({ maxLength: o.maxBytes }).map((a) => Buffer.from(a)),
  });
  return fc.option(
    fc.uniqueArray(entry, { minLength: 1, maxLength: 3, selector: (e) => e.tag }).map((a) => a.sort((x, y) => x.tag - y.tag)),
    { nil: undefined, freq: 3 },
  );
}

export function structArbitrary(
  fields: readonly FieldSchema[],
  version: number,
  flexible: boolean,
  options: ArbitraryOptions = {},
): fc.Arbitrary<Record<string, unknown>> {
  const o = { maxArray: options.maxArray ?? 2, maxBytes: options.maxBytes ?? 12 };
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) shape[f.name] = fieldArbitrary(f, version, flexible, o);
  const record = fc.record(shape) as fc.Arbitrary<Record<string, unknown>>;
  if (!flexible) return record;
  return fc.tuple(record, unknownTagsArbitrary(fields, o)).map(([value, unknown]) => {
    if (unknown !== undefined) value._unknownTaggedFields = unknown;
    return value;
  });
}

/** Arbitrary values of `schema` at `version`. */
export function messageArbitrary(schema: MessageSchema, version: number, options: ArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  return structArbitrary(schema.fields, version, inRange(schema.flexibleVersions, version), options);
}

/** Every version the schema declares valid. */
export function versionsOf(schema: MessageSchema): number[] {
  const out: number[] = [];
  if (schema.validVersions === null) return out;
  for (let v = schema.validVersions[0]; v <= schema.validVersions[1]; v++) out.push(v);
  return out;
}
