/**
 * Reads a V8 CPU profile (node --cpu-prof writes one .cpuprofile per process at exit) and lists the
 * hot spots: self time per function (where the CPU actually was) and total time per function of
 * our own code (what it and its callees cost), as shares of the busy time (idle excluded).
 *
 * Format (Chrome DevTools Profiler.Profile): nodes[] form a call tree, each with id, callFrame
 * { functionName, url, lineNumber (0-based), columnNumber }, and children ids; samples[] holds the
 * node id on top of the stack at each tick and timeDeltas[] the microseconds since the previous one.
 *
 * Line numbers: tsx compiles each .ts file with esbuild (whitespace minified: one line per module)
 * before V8 sees it, so the profile's positions are columns of that line. We compile the file again
 * with tsx's esbuild options, which gives the same code, and map the position back through the
 * source map. Where that fails, the function's name is looked up in the .ts file instead.
 */
import { transformSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  /** Microseconds on the monotonic clock, the one process.hrtime() reads in any process. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of monotonic time in microseconds (process.hrtime.bigint() / 1000). */
export interface TimeWindow {
  startUs: number;
  endUs: number;
}

export interface HotSpot {
  /** "function file:line" with the file relative to the repository. */
  where: string;
  ms: number;
  /** Share of the busy (non-idle) time, 0..1. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  self: HotSpot[];
  /** Total (inclusive) time for functions in the repository's own files. */
  total: HotSpot[];
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Hot spots of the whole profile, or of the samples inside `windows` (e.g. the produce phases). */
export function summarizeProfile(path: string, top = 25, windows?: TimeWindow[]): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows && !windows.some((w) => at >= w.startUs && at <= w.endUs)) continue;
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  }
  const lines = new SourceLines();
  const keyOf = new Map<number, string>();
  for (const n of profile.nodes) keyOf.set(n.id, lines.describe(n.callFrame));

  let idleUs = 0;
  let busyUs = 0;
  const self = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const key = keyOf.get(id)!;
    if (key.startsWith('(idle)')) idleUs += us;
    else busyUs += us;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  self.delete(keyOf.get(profile.nodes.find((n) => n.callFrame.functionName === '(idle)')?.id ?? -1) ?? '');

  // Inclusive time: each node's self time counts once for every distinct function on its stack.
  const total = new Map<string, number>();
  const onStack = new Map<string, number>();
  const root = profile.nodes[0]!;
  const walk = (node: ProfileNode): void => {
    const key = keyOf.get(node.id)!;
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    const us = selfUs.get(node.id) ?? 0;
    if (us > 0 && !key.startsWith('(idle)')) for (const k of onStack.keys()) total.set(k, (total.get(k) ?? 0) + us);
    for (const child of node.children ?? []) walk(byId.get(child)!);
    const left = onStack.get(key)! - 1;
    if (left === 0) onStack.delete(key);
    else onStack.set(key, left);
  };
  walk(root);

  const rank = (m: Map<string, number>, keep: (k: string) => boolean): HotSpot[] =>
    [...m.entries()]
      .filter(([k]) => keep(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, ms: us / 1000, share: busyUs === 0 ? 0 : us / busyUs }));
  return {
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    self: rank(self, () => true),
    total: rank(total, (k) => / (src|bench)\//.test(k)),
  };
}

/** Names functions "name file:line", with the line mapped back to the TypeScript source. */
class SourceLines {
  private readonly files = new Map<string, { lines: string[]; map: SourceMap | null } | null>();

  describe(frame: ProfileNode['callFrame']): string {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url) return name;
    let file = frame.url;
    if (file.startsWith('file://')) file = fileURLToPath(file);
    if (!file.startsWith(REPO_ROOT)) return `${name} ${file.replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}`;
    const line = file.endsWith('.ts') ? this.sourceLine(file, name, frame.lineNumber, frame.columnNumber) : frame.lineNumber + 1;
    return `${name} ${relative(REPO_ROOT, file)}:${line}`;
  }

  private load(file: string): { lines: string[]; map: SourceMap | null } | null {
    let entry = this.files.get(file);
    if (entry !== undefined) return entry;
    entry = null;
    if (existsSync(file)) {
      const source = readFileSync(file, 'utf8');
      let map: SourceMap | null = null;
      try {
        // tsx's options (node_modules/tsx: minifyWhitespace, keepNames, target = this node).
        const out = transformSync(source, {
          loader: 'ts', format: 'esm', target: `node${process.versions.node}`, sourcemap: true,
          minifyWhitespace: true, keepNames: true, sourcefile: file,
        });
        map = new SourceMap(JSON.parse(out.map) as SourceMapPayload);
      } catch {
        map = null; // fall back to names
      }
      entry = { lines: source.split('\n'), map };
    }
    this.files.set(file, entry);
    return entry;
  }

  private sourceLine(file: string, name: string, line0: number, column0: number): number {
    const entry = this.load(file);
    if (!entry) return line0 + 1;
    const mapped = entry.map?.findEntry(line0, column0) as { originalLine?: number } | undefined;
    if (mapped?.originalLine !== undefined) return mapped.originalLine + 1;
    if (name === '(anonymous)') return line0 + 1;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const def = new RegExp(`(function\\*?\\s+${escaped}\\b|\\b${escaped}\\s*(<[^>]*>)?\\s*\\(|\\b${escaped}\\s*[:=]\\s*(async\\s*)?(\\(|function)|class\\s+${escaped}\\b)`);
    const found = entry.lines.findIndex((l) => def.test(l));
    return (found < 0 ? line0 : found) + 1;
  }
}

export function printProfile(title: string, summary: ProfileSummary, print: (line: string) => void): void {
  const busyShare = summary.busyMs / Math.max(1, summary.busyMs + summary.idleMs);
  print(`\n${title}: ${(summary.busyMs / 1000).toFixed(1)} s busy, ${(summary.idleMs / 1000).toFixed(1)} s idle (event loop busy ${(busyShare * 100).toFixed(0)}%)`);
  print('  self time (where the CPU was):');
  for (const h of summary.self) print(`    ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(7)} ms  ${h.where}`);
  print('  total time of our own functions (with callees):');
  for (const h of summary.total) print(`    ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(7)} ms  ${h.where}`);
}
