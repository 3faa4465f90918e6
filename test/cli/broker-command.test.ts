import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without KAFKA_CFG_* variables, so the machine's settings cannot leak in. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KAFKA_CFG_')));
}

function samsa(args: string[], opts: { untilStdout?: RegExp; then?: (pid: number) => void; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    let triggered = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`samsa ${args.join(' ')} did not finish: ${stdout} ${stderr}`));
    }, opts.timeoutMs ?? 20_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!triggered && opts.untilStdout?.test(stdout)) {
        triggered = true;
        opts.then?.(child.pid!);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'samsa-cli-'));
}

test('an invalid value is a one-line error and exit code 1', async () => {
  const r = await samsa(['broker', 'start', '--override', 'num.partitions=zero', '--override', `log.dirs=${tempDir()}`]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /num\.partitions/);
});

test('a busy port is a one-line error and exit code 1', async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const r = await samsa(['broker', 'start', '--override', `listeners=PLAINTEXT://127.0.0.1:${port}`, '--override', `log.dirs=${tempDir()}`]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /already in use/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  } finally {
    server.close();
  }
});

test('an unwritable log dir is a one-line error and exit code 1', async () => {
  const dir = tempDir();
  const file = join(dir, 'not-a-dir');
  writeFileSync(file, 'x');
  const r = await samsa(['broker', 'start', '--override', 'listeners=PLAINTEXT://127.0.0.1:0', '--override', `log.dirs=${join(file, 'data')}`]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /log dir .* is not writable/);
  rmSync(dir, { recursive: true, force: true });
});

test('SIGTERM stops the broker cleanly: exit 0 and the clean-shutdown marker', async () => {
  const dir = tempDir();
  const propsFile = join(dir, 'server.properties');
  writeFileSync(propsFile, `# test\nlisteners=PLAINTEXT://127.0.0.1:0\nlog.dirs=${join(dir, 'data')}\nsome.unknown.key=1\n`);
  const r = await samsa(['broker', 'start', '--config', propsFile], { untilStdout: /"msg":"broker started"/, then: (pid) => process.kill(pid, 'SIGTERM') });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /unknown config some\.unknown\.key/);
  assert.match(r.stdout, /"msg":"listening"/);
  assert.match(r.stdout, /"msg":"broker stopped"/);
  assert.ok(existsSync(join(dir, 'data', '.kafka_cleanshutdown')));
  rmSync(dir, { recursive: true, force: true });
});
