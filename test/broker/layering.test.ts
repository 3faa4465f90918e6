/**
 * The layering rules of DESIGN.md, checked on the source: lower layers never import higher ones
 * (protocol imports nothing of ours; storage imports protocol; client imports protocol only), no
 * handler imports broker.ts (handlers see BrokerServices), and src/broker/ has no import circle.
 * Every import counts, `import type` included: a type circle is still a circle of files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = resolve('src');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const IMPORT_RE = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

/** src-relative path → the src-relative paths it imports (relative imports only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const text = readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT_RE)) deps.push(relative(SRC, resolve(dirname(f), m[1]!)));
    graph.set(relative(SRC, f), deps);
  }
  return graph;
}

const layer = (path: string) => path.split('/')[0]!;

test('lower layers never import higher ones (DESIGN.md)', () => {
  const allowed: Record<string, readonly string[]> = {
    protocol: ['protocol'],
    storage: ['storage', 'protocol'],
    client: ['client', 'protocol'],
  };
  const problems: string[] = [];
  for (const [file, deps] of importGraph()) {
    const may = allowed[layer(file)];
    if (!may) continue;
    for (const d of deps) if (!may.includes(layer(d))) problems.push(`${file} imports ${d}`);
  }
  assert.deepEqual(problems, []);
});

test('no handler imports broker.ts: handlers get BrokerServices', () => {
  const problems = [...importGraph()].filter(([file, deps]) => file.startsWith('broker/handlers/') && deps.includes('broker/broker.ts')).map(([f]) => f);
  assert.deepEqual(problems, []);
});

test('src/broker/ has no import circle', () => {
  const graph = importGraph();
  const inBroker = (p: string) => p.startsWith('broker/');
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'visiting');
    for (const d of graph.get(node) ?? []) if (inBroker(d)) visit(d, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (inBroker(node)) visit(node, []);
  assert.deepEqual(cycles, []);
});

test('appends, reads and DeleteRecords of a partition go through Partition (partition.ts owns the watermarks)', () => {
  // `<partition>.log.append(` and the like anywhere but partition.ts would move data behind the
  // partition's back (the high watermark, the delayed produce, the last stable offset).
  const direct = /\b(?!this\b)\w+\.log\.(append|read|deleteRecordsBefore)\(/;
  const problems: string[] = [];
  for (const f of files(SRC)) {
    const rel = relative(SRC, f);
    if (!(rel.startsWith('broker/') || rel.startsWith('coordinator/')) || rel === 'broker/partition.ts') continue;
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (direct.test(line)) problems.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(problems, []);
});
