/**
 * Feeds a producer process its records over time, so the broker can be restarted or killed while
 * it sends. The producer reads the tab-separated record lines of record-set.ts on stdin and prints
 * "ack <line> <partition> <offset>" per acknowledged record (our Java and Python programs do).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { finish, type ProcessResult } from './run-process.ts';
import { toLines, type SentRecord } from './record-set.ts';

export interface Ack {
  line: number;
  partition: number;
  offset: number;
}

export interface FedRun {
  /** Resolves once every record has been written to stdin (stdin then closes). */
  fed: Promise<void>;
  /** Resolves when the producer exits. */
  done: Promise<ProcessResult>;
  /** Acknowledgements seen so far (parsed from stdout as it arrives). */
  acks: Ack[];
}

export interface FeedOptions {
  perTick?: number;
  tickMs?: number;
  /** How records are written to stdin (default: record-set lines; kcat wants "key:value"). */
  format?: (records: SentRecord[]) => string;
}

/** Writes `perTick` records every `tickMs` milliseconds. */
export function feedProducer(child: ChildProcessWithoutNullStreams, records: SentRecord[], opts: FeedOptions = {}): FedRun {
  const { perTick = 100, tickMs = 100, format = toLines } = opts;
  const acks: Ack[] = [];
  let partial = '';
  child.stdout.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) {
      const m = /^ack (\d+) (\d+) (\d+)$/.exec(l.trim());
      if (m) acks.push({ line: Number(m[1]), partition: Number(m[2]), offset: Number(m[3]) });
    }
  });
  const done = finish(child, { timeoutMs: 240_000 });
  const fed = (async () => {
    for (let i = 0; i < records.length; i += perTick) {
      if (child.exitCode !== null) break;
      child.stdin.write(format(records.slice(i, i + perTick)));
      await new Promise((r) => setTimeout(r, tickMs));
    }
    child.stdin.end();
  })();
  return { fed, done, acks };
}
