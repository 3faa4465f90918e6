/**
 * `npm run bench:encryption [-- --quick] [-- --fsync] [-- --rounds N]`
 *
 * The cost of encryption at rest (issue 13): one Samsa broker process with a key ring, a plain topic
 * and an encrypted one (samsa.encryption.key.id) side by side, loaded in turns (plain, encrypted,
 * plain, encrypted...) so both see the same seconds of this shared machine. Each round kcat
 * (librdkafka) produces 1 KiB records to a fresh topic of each kind with acks=1, then consumes them
 * all back from the beginning. Flushing is off by default (as Kafka's default), so the figures show
 * the CPU that encryption adds rather than the disk; `--fsync` runs Samsa's default fsync-before-ack.
 * It prints, per kind, the median over the rounds of throughput and of the broker's CPU (cores),
 * the encrypted ÷ plain ratio, and the codec alone (AES-256-GCM in this process). It never fails
 * on time: it prints.
 */
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkKcat, writeRecordFile } from './broker/kcat-perf.ts';
import { codecFigures, createBenchTopic, runRound, startEncryptionBroker, type PhaseFigures } from './encryption/encryption-load.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    fsync: { type: 'boolean', default: false },
    rounds: { type: 'string' },
  },
});
const RECORD_BYTES = 1024;
const PARTITIONS = 6;
const RECORDS = values.quick ? 100_000 : 500_000;
const ROUNDS = Number(values.rounds ?? (values.quick ? 2 : 4));

const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
checkKcat();
const work = mkdtempSync(join(tmpdir(), 'samsa-bench-enc-'));
const file = join(work, 'records.txt');
writeRecordFile(file, RECORDS, RECORD_BYTES);

console.log(`npm run bench:encryption${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}: ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; node ${process.version}`);
console.log(`workload: kcat, ${RECORDS.toLocaleString('en-US')} × ${RECORD_BYTES} B records per topic, ${PARTITIONS} partitions, acks=1, ${ROUNDS} rounds of plain then encrypted; Samsa ${values.fsync ? 'fsync before ack (default)' : 'flushing off'}`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const kinds = ['plain', 'encrypted'] as const;
const figures: Record<(typeof kinds)[number], { produce: PhaseFigures[]; consume: PhaseFigures[] }> = { plain: { produce: [], consume: [] }, encrypted: { produce: [], consume: [] } };
const target = await startEncryptionBroker(values.fsync);
try {
  for (let round = 0; round <= ROUNDS; round++) {
    for (const kind of kinds) {
      const topic = `bench-${kind}-${round}`;
      await createBenchTopic(target.broker.bootstrap, topic, PARTITIONS, kind === 'encrypted');
      const r = await runRound(target.broker, topic, file, RECORDS, RECORD_BYTES);
      const label = round === 0 ? 'warm-up' : `round ${round}`;
      log(`${label} ${kind}: produce ${r.produce.mibPerSec.toFixed(1)} MiB/s (broker ${r.produce.brokerCores.toFixed(2)} cores), consume ${r.consume.mibPerSec.toFixed(1)} MiB/s (broker ${r.consume.brokerCores.toFixed(2)} cores)`);
      if (round === 0) continue; // JIT and page cache warm-up, not counted
      figures[kind].produce.push(r.produce);
      figures[kind].consume.push(r.consume);
    }
  }
} finally {
  const problems = target.broker.problems();
  if (problems.length > 0) log(`the broker logged warnings:\n${problems.join('\n')}`);
  await target.stop();
  rmSync(work, { recursive: true, force: true });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const MB = (f: PhaseFigures): number => (f.records * RECORD_BYTES) / 1e6 / (f.wallMs / 1000);
const rows: string[][] = [['figure (median of rounds)', 'plain', 'encrypted', 'encrypted ÷ plain']];
for (const phase of ['produce', 'consume'] as const) {
  const p = figures.plain[phase];
  const e = figures.encrypted[phase];
  const mbP = median(p.map(MB));
  const mbE = median(e.map(MB));
  rows.push([`${phase} MB/s`, mbP.toFixed(1), mbE.toFixed(1), `${(mbE / mbP).toFixed(2)}×`]);
  rows.push([`${phase} rec/s`, Math.round(median(p.map((f) => f.recordsPerSec))).toLocaleString('en-US'), Math.round(median(e.map((f) => f.recordsPerSec))).toLocaleString('en-US'), '']);
  const cP = median(p.map((f) => f.brokerCores));
  const cE = median(e.map((f) => f.brokerCores));
  rows.push([`${phase} broker CPU, cores`, cP.toFixed(2), cE.toFixed(2), `${(cE / cP).toFixed(2)}×`]);
  // Broker CPU per MB moved: the cost that does not depend on how busy the machine's other users are.
  const perP = median(p.map((f) => (f.brokerCores * f.wallMs) / ((f.records * RECORD_BYTES) / 1e6)));
  const perE = median(e.map((f) => (f.brokerCores * f.wallMs) / ((f.records * RECORD_BYTES) / 1e6)));
  rows.push([`${phase} broker CPU ms per MB`, perP.toFixed(2), perE.toFixed(2), `${(perE / perP).toFixed(2)}×`]);
}
const codec = codecFigures(values.quick ? 100 : 400);
console.log('\nEncryption at rest (MB = 10^6 bytes of payload)');
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nAES-256-GCM batch codec alone (1 MiB batches, one core): encrypt ${codec.encryptMBps.toFixed(0)} MB/s, decrypt ${codec.decryptMBps.toFixed(0)} MB/s`);
console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
