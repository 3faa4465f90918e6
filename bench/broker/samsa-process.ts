/**
 * Starts Samsa's broker for the benchmark, the way a user runs it:
 *   node [--cpu-prof ...] --import tsx src/cli/main.ts broker start --override k=v ...
 * on a free loopback port with a temp data dir. test/interop/samsa-broker.ts does the same for the
 * tests, but it hides the pid and node's own flags (--cpu-prof) that the benchmark needs. (Its
 * readiness probe sends Metadata v1, which the broker refused before commit 0d2ed98.) The probe
 * here sends ApiVersions v0, which every broker answers (KIP-511).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/interop/free-port.ts';
import { extraListenerProps, type ExtraListener } from '../../test/interop/samsa-broker.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export interface SamsaProcess {
  bootstrap: string;
  pid: number;
  dataDir: string;
  startMs: number;
  /** SIGTERM (the broker flushes and exits 0; a CPU profile is written then), SIGKILL after 30 s. */
  stop(): Promise<void>;
  /** The broker's last warning and error log lines (pino level >= 40), oldest first. */
  problems(): string[];
}

export interface SamsaProcessOptions {
  properties?: Record<string, string>;
  /** Flags for node itself, before --import tsx (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Listeners beside the PLAINTEXT one (security benchmark). */
  extraListeners?: readonly ExtraListener[];
}

export async function startSamsaProcess(opts: SamsaProcessOptions = {}): Promise<SamsaProcess> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-bench-'));
  const port = await freePort();
  const extra = extraListenerProps(opts.extraListeners ?? []);
  const props: Record<string, string> = {
    listeners: `PLAINTEXT://127.0.0.1:${port}${extra.listeners}`,
    ...(extra.map ? { 'listener.security.protocol.map': `PLAINTEXT:PLAINTEXT${extra.map}` } : {}),
    'log.dirs': dataDir,
    ...opts.properties,
  };
  const args = [...(opts.nodeArgs ?? []), '--import', 'tsx', MAIN, 'broker', 'start'];
  for (const [k, v] of Object.entries(props)) args.push('--override', `${k}=${v}`);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  // The broker logs one JSON line per event on stdout (pino); keep the warnings and errors.
  const problems: string[] = [];
  let partial = '';
  child.stdout.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!/"level":(4|5|6)\d/.test(line)) continue;
      problems.push(line.slice(0, 1000));
      if (problems.length > 20) problems.shift();
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`Samsa exited before it was ready (code ${child.exitCode}): ${stderr}`);
    }
    if (await answersApiVersions(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Samsa not ready on port ${port} after 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { bootstrap: `127.0.0.1:${port}`, pid: child.pid!, dataDir, startMs: Date.now() - started, stop, problems: () => [...problems] };
}

/**
 * One ApiVersions v0 exchange. Request: int32 size | int16 apiKey=18 | int16 version=0 |
 * int32 correlationId | string clientId (null: int16 -1). Response: int32 size | int32 correlationId | ...
 */
function answersApiVersions(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const frame = Buffer.alloc(14);
    frame.writeInt32BE(10, 0);
    frame.writeInt16BE(18, 4);
    frame.writeInt16BE(0, 6);
    frame.writeInt32BE(42, 8);
    frame.writeInt16BE(-1, 12);
    let got = Buffer.alloc(0);
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('connect', () => socket.write(frame));
    socket.on('data', (b: Buffer) => {
      got = Buffer.concat([got, b]);
      if (got.length >= 8) done(got.readInt32BE(4) === 42);
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
  });
}
