#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test (Node 20's --test has no glob support).
// Arguments narrow the run to files whose path contains one of them: `npm test -- storage`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { setUp } from './test-setup.mjs';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = collect('test', []).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files match', filters.join(' '));
  process.exit(1);
}
if (!setUp()) process.exit(1);
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    // A file whose tests are done must not hold the run open with a stray socket or child process,
    // and no single test may hang CI: it fails after 5 minutes instead.
    '--test-force-exit',
    '--test-timeout=300000',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
