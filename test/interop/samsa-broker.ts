/**
 * Starts Samsa's broker as a real child process, the way a user runs it:
 *   node --import tsx src/cli/main.ts broker start --override listeners=PLAINTEXT://127.0.0.1:<port>
 *     --override log.dirs=<temp dir> [--override k=v ...]
 * on a free loopback port, and waits until a Metadata request lists the broker.
 * restart() and kill9() keep the port and the data dir, for restart and crash tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForBroker } from './broker-probe.ts';
import { freePort } from './free-port.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export interface SamsaBroker {
  bootstrap: string;
  port: number;
  dataDir: string;
  /** Milliseconds from the call to "ready". */
  startMs: number;
  /** SIGTERM (SIGKILL after 15 s), then removes the data dir. */
  stop(): Promise<void>;
  /** SIGKILL; data kept. */
  kill9(): Promise<void>;
  /** Graceful stop unless already dead, then start again on the same port and data. */
  restart(): Promise<void>;
}

export interface SamsaBrokerOptions {
  /** Extra --override entries (Kafka property names). */
  properties?: Record<string, string>;
  startTimeoutMs?: number;
  /** Use this (existing, empty) folder for log.dirs instead of a new temp dir; stop() leaves it. */
  dataDir?: string;
  /** Listeners beside the PLAINTEXT one clients bootstrap to (security tests). */
  extraListeners?: readonly ExtraListener[];
}

/** A further listener on 127.0.0.1: its name, security protocol and port. */
export interface ExtraListener {
  name: string;
  protocol: 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
  port: number;
}

/** `NAME://127.0.0.1:port` entries and `NAME:PROTOCOL` map entries of extra listeners. */
export function extraListenerProps(extra: readonly ExtraListener[]): { listeners: string; map: string } {
  return {
    listeners: extra.map((l) => `,${l.name}://127.0.0.1:${l.port}`).join(''),
    map: extra.map((l) => `,${l.name}:${l.protocol}`).join(''),
  };
}

export async function startSamsaBroker(opts: SamsaBrokerOptions = {}): Promise<SamsaBroker> {
  if (!existsSync(MAIN)) throw new Error(`Samsa's broker entry point ${MAIN} does not exist yet`);
  const started = Date.now();
  const dir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'samsa-interop-'));
  const ownDir = opts.dataDir === undefined;
  const port = await freePort();
  const extra = extraListenerProps(opts.extraListeners ?? []);
  const props: Record<string, string> = {
    listeners: `PLAINTEXT://127.0.0.1:${port}${extra.listeners}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}${extra.listeners}`,
    ...(extra.map ? { 'listener.security.protocol.map': `PLAINTEXT:PLAINTEXT${extra.map}` } : {}),
    'log.dirs': dir,
    ...opts.properties,
  };
  const args = ['--import', 'tsx', MAIN, 'broker', 'start'];
  for (const [k, v] of Object.entries(props)) args.push('--override', `${k}=${v}`);
  const timeoutMs = opts.startTimeoutMs ?? 30_000;

  let child: ChildProcess;
  let exited: string | null = null;
  let exitPromise: Promise<void>;
  const launch = async (): Promise<void> => {
    let output = '';
    exited = null;
    child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Never outlive the test process, even when it dies of an uncaught error.
    const running = child;
    const killOnExit = (): void => {
      running.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    running.on('exit', () => process.removeListener('exit', killOnExit));
    const keep = (b: Buffer): void => {
      output = (output + b.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    exitPromise = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        exited = `Samsa exited (code ${code}, signal ${signal}): ${output}`;
        resolve();
      });
    });
    await waitForBroker('127.0.0.1', port, timeoutMs, () => exited);
  };
  const halt = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exitPromise;
    clearTimeout(timer);
  };

  try {
    await launch();
  } catch (e) {
    await halt('SIGKILL');
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    bootstrap: `127.0.0.1:${port}`,
    port,
    dataDir: dir,
    startMs: Date.now() - started,
    async stop() {
      await halt('SIGTERM');
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
    kill9: () => halt('SIGKILL'),
    async restart() {
      await halt('SIGTERM');
      await launch();
    },
  };
}
