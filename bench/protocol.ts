/**
 * `npm run bench:protocol`: prints protocol-layer figures (never fails on time).
 * Record batches and codecs come from bench/protocol/batch.ts; message encode/decode figures from
 * bench/protocol/messages.ts when that file exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { runBatchBench, printRows } from './protocol/batch.ts';

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}`);
printRows('record batches and compression (MB = 10^6 bytes, per second of CPU time)', await runBatchBench());

const messages = new URL('./protocol/messages.ts', import.meta.url);
if (existsSync(fileURLToPath(messages))) {
  const mod = (await import(messages.href)) as { runMessagesBench?: () => unknown };
  if (typeof mod.runMessagesBench === 'function') await mod.runMessagesBench();
  else console.log('\nbench/protocol/messages.ts has no runMessagesBench(); skipped');
} else {
  console.log('\nmessage benchmarks skipped: bench/protocol/messages.ts is not there yet');
}
