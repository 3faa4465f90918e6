import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// RELIABILITY.md, fault test "disk full": the data folder on a tiny tmpfs. The scenario
// (disk-full-scenario.ts) runs in a private user + mount namespace, where mounting a tmpfs needs no
// root rights and nothing is mounted on the host.
const SCENARIO = fileURLToPath(new URL('./disk-full-scenario.ts', import.meta.url));

test('disk full: sends fail (never a false success), the broker keeps serving, every acknowledged record survives, and it accepts writes once space returns', () => {
  const where = mkdtempSync(join(tmpdir(), 'samsa-disk-full-'));
  try {
    const r = spawnSync(
      'unshare',
      ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=24m tmpfs "$1" && exec "$2" --import tsx "$3" "$1" 20971520', 'sh', where, process.execPath, SCENARIO],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
      assert.fail('this test needs `unshare` (util-linux: apt-get install -y util-linux) and user namespaces');
    }
    assert.equal(r.status, 0, `scenario failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}\n${r.stdout}`);
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { acknowledged: number; failedSends: number; lost: number; nextOffset: number };
    assert.ok(result.acknowledged > 100, `${result.acknowledged} records acknowledged before the disk filled`);
    assert.ok(result.failedSends > 0, 'sends failed once the disk was full');
    assert.equal(result.lost, 0);
    assert.ok(result.nextOffset >= result.acknowledged, `the record sent after the restart went to offset ${result.nextOffset}`);
  } finally {
    rmSync(where, { recursive: true, force: true });
  }
});
