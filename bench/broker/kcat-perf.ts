/**
 * kcat (librdkafka) as the load: produce a file of newline-separated records (kcat -P -l) and
 * consume a topic from the beginning to its end (kcat -C -e). kcat prints no figures of its own, so
 * throughput is records (or payload bytes) over the process's wall time, start-up and metadata
 * included (~0.1 s): a slight underestimate that shrinks with the run's length.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { runCommand, type CommandRun } from './run-command.ts';

export interface KcatResult extends Omit<CommandRun, 'stdout' | 'stdoutBytes'> {
  records: number;
  recordsPerSec: number;
  mibPerSec: number;
}

const MiB = 1024 * 1024;
/** Generous for the full run's counts even on a busy machine; a broker that stops answering fails the phase. */
const KCAT_TIMEOUT_MS = 240_000;

/** Fails with what to install when kcat is missing. */
export function checkKcat(): void {
  const r = spawnSync('kcat', ['-V'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error('kcat not found: install it (apt-get install -y kcat)');
}

/** Writes `records` lines of `size` printable bytes (plus "\n") to `path`. */
export function writeRecordFile(path: string, records: number, size: number): void {
  // 64 distinct lines, cycled: the content does not matter without compression, the length does.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const lines: Buffer[] = [];
  for (let l = 0; l < 64; l++) {
    const line = Buffer.alloc(size + 1);
    for (let i = 0; i < size; i++) line[i] = alphabet.charCodeAt((i * 7 + l * 13) % alphabet.length);
    line[size] = 0x0a;
    lines.push(line);
  }
  const fd = openSync(path, 'w');
  try {
    const perChunk = Math.max(1, Math.floor(MiB / (size + 1)));
    for (let done = 0; done < records; ) {
      const n = Math.min(perChunk, records - done);
      const chunk: Buffer[] = [];
      for (let i = 0; i < n; i++) chunk.push(lines[(done + i) % lines.length]!);
      writeSync(fd, Buffer.concat(chunk));
      done += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** kcat -P from a file: acks=1 and librdkafka's default batching (linger.ms=5, 10,000 per batch). */
export async function kcatProduce(bootstrap: string, topic: string, file: string, records: number, size: number): Promise<KcatResult> {
  const run = await runCommand('kcat', ['-P', '-q', '-b', bootstrap, '-t', topic, '-X', 'acks=1', '-X', 'linger.ms=5', '-l', file], {
    timeoutMs: KCAT_TIMEOUT_MS,
  });
  return figures(run, records, size);
}

/**
 * kcat -C from the beginning until `records` records are read (and every partition is at its end).
 * kcat prints one "." per record (-f), so the count is checked without moving the payload twice.
 */
export async function kcatConsume(bootstrap: string, topic: string, records: number, size: number): Promise<KcatResult> {
  const run = await runCommand(
    'kcat',
    ['-C', '-q', '-e', '-b', bootstrap, '-t', topic, '-o', 'beginning', '-c', String(records), '-f', '.'],
    { timeoutMs: KCAT_TIMEOUT_MS, discardStdout: true },
  );
  if (run.stdoutBytes !== records) throw new Error(`kcat consumed ${run.stdoutBytes} of ${records} records from ${topic}`);
  return figures(run, records, size);
}

function figures(run: CommandRun, records: number, size: number): KcatResult {
  const seconds = run.wallMs / 1000;
  return {
    records,
    recordsPerSec: records / seconds,
    mibPerSec: (records * size) / MiB / seconds,
    wallMs: run.wallMs,
    clientCpuMs: run.clientCpuMs,
  };
}
