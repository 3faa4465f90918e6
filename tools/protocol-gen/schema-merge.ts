/**
 * Combines one message's schema from two releases of Kafka's schema set into one schema covering
 * every version either describes (../shared/kafka-protocol-4.4/README.md, "How it relates").
 *
 * Kafka never changes the meaning of a released version, so the newer file is taken as the truth
 * for every version it describes, and the older file contributes only the versions below the newer
 * file's first one: those Kafka 4.0 dropped (KIP-896) and that older clients still send. Each
 * version range of the older file is clipped to those dropped versions, each range of the newer
 * file to its own valid versions, and the two are joined. A field that exists only in dropped
 * versions keeps its place after the field that precedes it in the older file.
 *
 * Ranges that would leave a hole (a field present in dropped versions, absent in the first newer
 * versions and present again later) cannot be written as one range and are refused loudly.
 */
import { format, hull, intersect, MAX_VERSION, parseVersions, type Versions } from './versions.ts';
import type { RawField, RawMessage } from './schema-loader.ts';

/** Clip a schema range to `to`; `undefined` stays undefined (the attribute was absent). */
function clip(text: string | undefined, to: Versions | null, what: string): Versions | null {
  return intersect(parseVersions(text, what), to);
}

/** The two clipped parts joined into one range; they must touch or overlap. */
function join(a: Versions | null, b: Versions | null, what: string): Versions | null {
  if (a !== null && b !== null && (a.hi + 1 < b.lo || b.hi + 1 < a.lo)) {
    throw new Error(`${what}: ${format(a)} and ${format(b)} leave a hole`);
  }
  return hull(a, b);
}

/** `joined` written open-ended ("N+") again when the newer file wrote it so: fewer needless changes. */
function reopen(joined: Versions | null, newerText: string | undefined): Versions | null {
  if (joined === null || newerText === undefined || !newerText.trim().endsWith('+')) return joined;
  return { lo: joined.lo, hi: MAX_VERSION };
}

interface Parts {
  /** The versions only the older file describes. */
  readonly old: Versions | null;
  /** The newer file's valid versions. */
  readonly new: Versions | null;
}

function joinAttr(o: string | undefined, n: string | undefined, parts: Parts, what: string): string | undefined {
  if (o === undefined && n === undefined) return undefined;
  return format(reopen(join(clip(o, parts.old, what), clip(n, parts.new, what), what), n));
}

/** The versions a field is declared for (tagged fields may omit `versions`). */
function declared(f: RawField): string | undefined {
  return f.versions ?? f.taggedVersions;
}

function mergeField(o: RawField | undefined, n: RawField | undefined, parts: Parts, where: string): RawField | null {
  const what = `${where}.${(n ?? o)!.name}`;
  if (o !== undefined && n !== undefined && o.type !== n.type) {
    // The same field under another type in versions both describe would change their meaning.
    if (clip(declared(o), parts.old, what) !== null) throw new Error(`${what}: type ${o.type} vs ${n.type}`);
    o = undefined;
  }
  const fromOld = o === undefined ? null : clip(declared(o), parts.old, what);
  const fromNew = n === undefined ? null : clip(declared(n), parts.new, what);
  const versions = reopen(join(fromOld, fromNew, what), n === undefined ? undefined : declared(n));
  if (versions === null) return null;
  const base = n ?? o!;
  const out: RawField = { ...base, versions: format(versions) };
  const attr = (k: 'nullableVersions' | 'taggedVersions'): void => {
    const v = joinAttr(o?.[k], n?.[k], parts, `${what} ${k}`);
    if (v === undefined || v === 'none') delete out[k];
    else out[k] = v;
  };
  attr('nullableVersions');
  attr('taggedVersions');
  if (o?.fields !== undefined || n?.fields !== undefined) {
    out.fields = mergeFields(o?.fields ?? [], n?.fields ?? [], parts, what);
  }
  return out;
}

/** The newer file's order, with fields of dropped versions after their older predecessor. */
export function mergeFields(older: readonly RawField[], newer: readonly RawField[], parts: Parts, where: string): RawField[] {
  const olderByName = new Map(older.map((f) => [f.name, f]));
  const newerNames = new Set(newer.map((f) => f.name));
  const slots: (RawField | undefined)[][] = [[]];
  const slotOf = new Map<string, number>();
  for (const f of newer) {
    slots.push([f]);
    slotOf.set(f.name, slots.length - 1);
  }
  let at = 0;
  for (const f of older) {
    if (newerNames.has(f.name)) at = slotOf.get(f.name)!;
    else slots[at]!.push(f);
  }
  const out: RawField[] = [];
  for (const slot of slots) {
    for (const f of slot) {
      const inNewer = newerNames.has(f!.name);
      const merged = inNewer ? mergeField(olderByName.get(f!.name), f, parts, where) : mergeField(f, undefined, parts, where);
      if (merged !== null) out.push(merged);
    }
  }
  return out;
}

/** One message's schema from an older and a newer set; either may be missing. */
export function mergeMessages(older: RawMessage | undefined, newer: RawMessage | undefined): RawMessage {
  if (newer === undefined) return older!;
  const nValid = parseVersions(newer.validVersions, `${newer.name} validVersions`);
  if (older === undefined) return newer;
  if (nValid === null) return older; // dropped altogether in the newer set (ZooKeeper-era APIs)
  const oValid = parseVersions(older.validVersions, `${older.name} validVersions`);
  const oldPart = intersect(oValid, nValid.lo > 0 ? { lo: 0, hi: nValid.lo - 1 } : null);
  if (oldPart === null) return newer; // the newer file describes every version the older one did
  const parts: Parts = { old: oldPart, new: nValid };
  const where = newer.name;
  const flexible = reopen(
    join(clip(older.flexibleVersions, oldPart, where), clip(newer.flexibleVersions, nValid, where), where),
    newer.flexibleVersions,
  );
  const commons = new Map((older.commonStructs ?? []).map((c) => [c.name, c]));
  const commonStructs = (newer.commonStructs ?? []).map((c) => {
    const o = commons.get(c.name);
    commons.delete(c.name);
    const versions = reopen(join(clip(o?.versions, o ? oldPart : null, c.name), clip(c.versions, nValid, c.name), c.name), c.versions);
    return { name: c.name, versions: format(versions), fields: mergeFields(o?.fields ?? [], c.fields, parts, `${where}.${c.name}`) };
  });
  for (const o of commons.values()) commonStructs.push(o);
  return {
    ...newer,
    validVersions: format(hull(oldPart, nValid)),
    flexibleVersions: format(flexible),
    fields: mergeFields(older.fields, newer.fields, parts, where),
    ...(commonStructs.length > 0 ? { commonStructs } : {}),
  };
}
