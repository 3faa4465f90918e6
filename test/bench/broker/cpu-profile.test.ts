import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { summarizeProfile } from '../../../bench/broker/cpu-profile.ts';

const here = new URL(import.meta.url).pathname;
const source = join(here, '../../../../bench/broker/process-stats.ts');

/** root → outer (our file) → inner (our file) and root → (idle); inner also calls outer again. */
function writeProfile(dir: string): string {
  const url = pathToFileURL(source).href;
  const frame = (functionName: string, u = '', lineNumber = 0, columnNumber = 0) => ({ functionName, url: u, lineNumber, columnNumber, scriptId: '1' });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5] },
      { id: 2, callFrame: frame('readProcessCpu', url), children: [3] },
      { id: 3, callFrame: frame('readProcessMemory', url), children: [4] },
      { id: 4, callFrame: frame('readProcessCpu', url), children: [] },
      { id: 5, callFrame: frame('(idle)'), children: [] },
    ],
    startTime: 1_000_000,
    endTime: 1_000_000 + 10_000,
    // at 1,001,000: node 2 (1 ms) | 1,003,000: node 3 (2 ms) | 1,006,000: node 4 (3 ms) | 1,010,000: idle (4 ms)
    samples: [2, 3, 4, 5],
    timeDeltas: [1000, 2000, 3000, 4000],
  };
  const path = join(dir, 'x.cpuprofile');
  writeFileSync(path, JSON.stringify(profile));
  return path;
}

test('summarizeProfile splits busy from idle and ranks self and total time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-cpuprof-test-'));
  try {
    const s = summarizeProfile(writeProfile(dir));
    assert.equal(s.busyMs, 6);
    assert.equal(s.idleMs, 4);
    const self = new Map(s.self.map((h) => [h.where.split(' ')[0], h.ms]));
    assert.equal(self.get('readProcessCpu'), 4); // nodes 2 and 4
    assert.equal(self.get('readProcessMemory'), 2);
    const total = new Map(s.total.map((h) => [h.where.split(' ')[0], h.ms]));
    // A recursive function counts once per sample, not once per frame.
    assert.equal(total.get('readProcessCpu'), 6);
    assert.equal(total.get('readProcessMemory'), 5);
    // Names come with the repository-relative file and a line of the TypeScript source.
    assert.match(s.self[0]!.where, /^readProcessCpu bench\/broker\/process-stats\.ts:\d+$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarizeProfile keeps only the samples inside the given time windows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-cpuprof-test-'));
  try {
    const s = summarizeProfile(writeProfile(dir), 10, [{ startUs: 1_002_000, endUs: 1_004_000 }]);
    assert.equal(s.busyMs, 2);
    assert.deepEqual(s.self.map((h) => h.where.split(' ')[0]), ['readProcessMemory']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
