/**
 * Runs the real clients as child processes without blocking the event loop, and checks that the
 * tools a suite needs are installed (failing with what to install, never skipping).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Working directory (default: this process's). */
  cwd?: string;
}

export function runProcess(cmd: string, args: string[], opts: RunOptions = {}): Promise<ProcessResult> {
  return finish(startProcess(cmd, args, opts.env, opts.cwd), opts);
}

/** Like runProcess but throws with the output unless the exit code is 0. */
export async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await runProcess(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout.slice(-3000)}\nstderr: ${r.stderr.slice(-3000)}`);
  }
  return r.stdout;
}

/** A child whose stdin stays open: for producers fed over time (restart and crash scenarios). */
export function startProcess(cmd: string, args: string[], env?: NodeJS.ProcessEnv, cwd?: string): ChildProcessWithoutNullStreams {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env, cwd });
  child.stdin.on('error', () => {}); // the child may exit before reading everything
  return child;
}

/** Collects a started child's output until it exits (killed after timeoutMs). */
export function finish(child: ChildProcessWithoutNullStreams, opts: RunOptions = {}): Promise<ProcessResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  if (opts.input !== undefined) child.stdin.end(opts.input);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

/** Throws "<what> not found: <install>" unless `cmd args` runs and exits 0. */
export function requireTool(cmd: string, args: string[], install: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${install}`);
}

/** Debian's Python modules live under /usr/bin/python3, not a pyenv python on PATH. */
export const PYTHON = '/usr/bin/python3';
