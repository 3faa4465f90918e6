/**
 * Runs TxnPerf.java (the transactional producer and read_committed consumer of the transactions
 * benchmark) and reads the one line of figures it prints.
 */
import { fileURLToPath } from 'node:url';
import { compileJava, runBenchClass } from '../broker/java-perf.ts';

const SOURCE = fileURLToPath(new URL('./TxnPerf.java', import.meta.url));

export const compileTxnPerf = (): string => compileJava(SOURCE);

export interface TxnProduceFigures {
  records: number;
  seconds: number;
  commitP50: number;
  commitP99: number;
  commitMax: number;
}

/** "records=N seconds=S k=v ..." as numbers; throws with the output when the line is missing. */
export function parseTxnPerf(stdout: string): Record<string, number> {
  const line = stdout.trim().split('\n').find((l) => l.startsWith('records='));
  if (!line) throw new Error(`TxnPerf printed no figures:\n${stdout.slice(-2000)}`);
  return Object.fromEntries(line.trim().split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k!, Number(v)]));
}

/** `txns` transactions (plus one untimed warm-up) of `perTxn` records spread over `partitions`. */
export async function txnProduce(bootstrap: string, topic: string, partitions: number, perTxn: number, txns: number, recordBytes: number): Promise<TxnProduceFigures> {
  const args = ['produce', bootstrap, topic, String(partitions), String(perTxn), String(txns), String(recordBytes)];
  const f = parseTxnPerf((await runBenchClass(compileTxnPerf(), 'TxnPerf', args, 900_000)).stdout);
  return { records: f.records!, seconds: f.seconds!, commitP50: f.commitP50!, commitP99: f.commitP99!, commitMax: f.commitMax! };
}

/** Reads exactly `expected` records read_committed from the beginning (TxnPerf fails on more or fewer). */
export async function txnConsume(bootstrap: string, topic: string, expected: number): Promise<{ records: number; seconds: number }> {
  const f = parseTxnPerf((await runBenchClass(compileTxnPerf(), 'TxnPerf', ['consume', bootstrap, topic, String(expected)], 900_000)).stdout);
  return { records: f.records!, seconds: f.seconds! };
}
