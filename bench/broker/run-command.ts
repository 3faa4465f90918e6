/**
 * Runs one client tool as a child process and measures it: wall time, and CPU time taken from this
 * process's cutime/cstime (the tool is our child, so its CPU lands there once it is reaped; nothing
 * else of ours exits while it runs). stdout is kept for parsing, stderr for the error message.
 */
import { spawn } from 'node:child_process';
import { readProcessCpu } from './process-stats.ts';

export interface CommandRun {
  stdout: string;
  /** Bytes the tool wrote to stdout (also when they were not kept). */
  stdoutBytes: number;
  wallMs: number;
  /** CPU the client process used (user + system), ms. */
  clientCpuMs: number;
}

export interface CommandOptions {
  timeoutMs: number;
  /** Count stdout but do not keep it (a consumer printing a byte per record); `stdout` is then empty. */
  discardStdout?: boolean;
}

/** Throws with the tail of the tool's output unless it exits 0 within the timeout. */
export function runCommand(command: string, args: string[], opts: CommandOptions): Promise<CommandRun> {
  const before = readProcessCpu('self').childrenMs;
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  let stdoutBytes = 0;
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    stdoutBytes += b.length;
    if (!opts.discardStdout) out.push(b);
  });
  child.stderr?.on('data', (b: Buffer) => {
    err = (err + b.toString()).slice(-4000);
  });
  const describe = `${command} ${args.slice(-12).join(' ')}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${describe} timed out after ${opts.timeoutMs} ms\nstderr: ${err}`));
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString();
      if (code !== 0) {
        reject(new Error(`${describe} exited ${code}\nstdout: ${stdout.slice(-2000)}\nstderr: ${err}`));
        return;
      }
      resolve({ stdout, stdoutBytes, wallMs: performance.now() - started, clientCpuMs: readProcessCpu('self').childrenMs - before });
    });
  });
}
