/**
 * Version ranges as Kafka's message schemas write them: "none", "N", "N-M", "N+" (N+ means up to
 * 32767, the largest int16). A range is `{ lo, hi }` inclusive, or null for "none".
 */
export interface Versions {
  readonly lo: number;
  readonly hi: number;
}

export const MAX_VERSION = 32767;

export function parseVersions(text: string | undefined, what: string): Versions | null {
  if (text === undefined) return null;
  const s = text.trim();
  if (s === 'none' || s === '') return null;
  let m = /^(\d+)\+$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: MAX_VERSION };
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) return checked({ lo: Number(m[1]), hi: Number(m[2]) }, what, s);
  m = /^(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) };
  throw new Error(`${what}: cannot parse version range "${text}"`);
}

function checked(v: Versions, what: string, s: string): Versions {
  if (v.lo > v.hi) throw new Error(`${what}: empty version range "${s}"`);
  return v;
}

export function intersect(a: Versions | null, b: Versions | null): Versions | null {
  if (a === null || b === null) return null;
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/** The smallest single range covering both. */
export function hull(a: Versions | null, b: Versions | null): Versions | null {
  if (a === null) return b;
  if (b === null) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function contains(outer: Versions | null, inner: Versions | null): boolean {
  if (inner === null) return true;
  if (outer === null) return false;
  return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

/** Subtract `b` from `a`; Kafka only subtracts open-ended tagged ranges, so one range is enough. */
export function subtract(a: Versions | null, b: Versions | null): Versions | null {
  if (a === null || b === null) return a;
  if (b.hi < a.lo || b.lo > a.hi) return a;
  if (b.lo <= a.lo && b.hi >= a.hi) return null;
  if (b.lo > a.lo && b.hi >= a.hi) return { lo: a.lo, hi: b.lo - 1 };
  if (b.lo <= a.lo && b.hi < a.hi) return { lo: b.hi + 1, hi: a.hi };
  throw new Error(`cannot subtract ${format(b)} from ${format(a)}: result is not one range`);
}

export function format(v: Versions | null): string {
  if (v === null) return 'none';
  if (v.hi === MAX_VERSION) return `${v.lo}+`;
  return v.lo === v.hi ? `${v.lo}` : `${v.lo}-${v.hi}`;
}

/**
 * A TypeScript condition testing `version` against `range`, knowing `version` is within `possible`.
 * Returns 'true' / 'false' when the answer does not depend on the version, so callers can drop
 * the branch entirely (straight-line code on the hot path).
 */
export function condition(range: Versions | null, possible: Versions | null, v = 'version'): string {
  const r = intersect(range, possible);
  if (r === null || possible === null) return 'false';
  const parts: string[] = [];
  if (r.lo > possible.lo) parts.push(`${v} >= ${r.lo}`);
  if (r.hi < possible.hi) parts.push(`${v} <= ${r.hi}`);
  if (parts.length === 0) return 'true';
  return parts.join(' && ');
}
