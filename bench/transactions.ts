/**
 * `npm run bench:transactions [-- --quick] [-- --targets kafka,samsa-fsync,samsa-noflush]`
 *
 * The transactions benchmark of issue 12. For each target in turn (Apache Kafka 4.4, Samsa with its
 * default fsync-before-ack policy, optionally Samsa with flushing off) it runs, with the Java 4.4
 * client (bench/transactions/TxnPerf.java):
 *  - a transactional producer of 1 KiB records in transactions of 100 records, then of 10,000
 *    records (throughput over the whole loop, commits included; commit latency = the time
 *    commitTransaction() takes, p50 and p99);
 *  - a read_committed consumer reading each of those topics from the beginning.
 * It prints the figures side by side and, per Samsa target, the ratio to Kafka oriented so that
 * ≥ 1 means Samsa is as good or better (throughput Samsa ÷ Kafka, latency Kafka ÷ Samsa; the
 * issue's target is ≥ 1 everywhere). It never fails on time: it prints.
 * Needs java 17+ and the interop kit's Maven jars (test/interop/java).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { javaClasspath } from '../test/interop/java-tools.ts';
import { readProcessCpu } from './broker/process-stats.ts';
import { txnConsume, txnProduce, compileTxnPerf } from './transactions/txn-perf.ts';
import { createTopics, parseTargets, startTarget, TARGET_LABELS, type BenchTarget, type TargetName } from './broker/targets.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    targets: { type: 'string', default: 'kafka,samsa-fsync' },
  },
});
const targets = parseTargets(values.targets);

const PARTITIONS = 6;
const RECORD_BYTES = 1024;
/** Transactions per load; the first, a warm-up, is extra and not timed (but is read back). */
const LOADS = values.quick
  ? [{ perTxn: 100, txns: 200 }, { perTxn: 10_000, txns: 5 }]
  : [{ perTxn: 100, txns: 1000 }, { perTxn: 10_000, txns: 30 }];

const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
javaClasspath();
compileTxnPerf();

interface Figure {
  metric: string;
  value: number;
  lowerIsBetter: boolean;
}

/** Broker CPU cores over a phase (CPU time ÷ wall time). */
async function withBrokerCpu<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; cores: number }> {
  const cpu0 = readProcessCpu(pid).selfMs;
  const t0 = performance.now();
  const result = await run();
  return { result, cores: (readProcessCpu(pid).selfMs - cpu0) / (performance.now() - t0) };
}

async function runTarget(target: BenchTarget): Promise<Figure[]> {
  const figures: Figure[] = [];
  const topics = LOADS.map((l) => `txn-bench-${l.perTxn}`);
  await createTopics(target.bootstrap, topics, PARTITIONS);
  for (const [i, load] of LOADS.entries()) {
    const label = load.perTxn === 100 ? '100/txn' : '10,000/txn';
    log(`${TARGET_LABELS[target.name]}: ${load.txns} transactions of ${load.perTxn} × ${RECORD_BYTES} B`);
    const { result: f, cores } = await withBrokerCpu(target.pid, () => txnProduce(target.bootstrap, topics[i]!, PARTITIONS, load.perTxn, load.txns, RECORD_BYTES));
    figures.push(
      { metric: `txn produce ${label} MB/s`, value: (f.records * RECORD_BYTES) / 1e6 / f.seconds, lowerIsBetter: false },
      { metric: `txn produce ${label} rec/s`, value: f.records / f.seconds, lowerIsBetter: false },
      { metric: `commit ${label} p50 ms`, value: f.commitP50, lowerIsBetter: true },
      { metric: `commit ${label} p99 ms`, value: f.commitP99, lowerIsBetter: true },
    );
    log(`  ${f.records} records in ${f.seconds} s, commit p50 ${f.commitP50} ms p99 ${f.commitP99} ms max ${f.commitMax} ms; broker ${cores.toFixed(2)} cores`);
  }
  for (const [i, load] of LOADS.entries()) {
    const label = load.perTxn === 100 ? '100/txn' : '10,000/txn';
    const expected = (load.txns + 1) * load.perTxn;
    log(`${TARGET_LABELS[target.name]}: read_committed consume of ${expected} records (${label})`);
    const { result: f, cores } = await withBrokerCpu(target.pid, () => txnConsume(target.bootstrap, topics[i]!, expected));
    figures.push({ metric: `read_committed ${label} MB/s`, value: (f.records * RECORD_BYTES) / 1e6 / f.seconds, lowerIsBetter: false });
    log(`  ${f.records} records in ${f.seconds} s; broker ${cores.toFixed(2)} cores`);
  }
  return figures;
}

const cpus = os.cpus().length;
console.log(`npm run bench:transactions${values.quick ? ' -- --quick' : ''}: ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${cpus}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; node ${process.version}`);
console.log(`workload: Java 4.4 transactional producer, ${RECORD_BYTES} B records, ${PARTITIONS} partitions, ${LOADS.map((l) => `${l.txns} (+1 warm-up) × ${l.perTxn}`).join(' and ')} records per transaction; read_committed consumer`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const results = new Map<TargetName, Figure[]>();
for (const name of targets) {
  log(`starting ${TARGET_LABELS[name]}`);
  const target = await startTarget(name);
  try {
    results.set(name, await runTarget(target));
  } finally {
    const problems = target.problems();
    if (problems.length > 0) log(`${TARGET_LABELS[name]} logged warnings:\n${problems.join('\n')}`);
    await target.stop();
  }
}

const metrics = [...results.values()][0]!.map((f) => f.metric);
const samsa = targets.filter((t) => t !== 'kafka');
const header = ['metric', ...targets.map((t) => TARGET_LABELS[t]), ...(results.has('kafka') ? samsa.map((t) => `${TARGET_LABELS[t]} vs Kafka`) : [])];
const fmt = (m: string, v: number): string => (m.includes('rec/s') ? Math.round(v).toLocaleString('en-US') : v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2));
const rows = [header];
for (const m of metrics) {
  const value = (t: TargetName): Figure | undefined => results.get(t)?.find((f) => f.metric === m);
  const row = [m, ...targets.map((t) => fmt(m, value(t)!.value))];
  const kafka = value('kafka');
  if (kafka) {
    for (const t of samsa) {
      const s = value(t)!;
      const ratio = s.lowerIsBetter ? kafka.value / s.value : s.value / kafka.value;
      row.push(`${ratio.toFixed(2)}× ${ratio >= 1 ? '✓' : '✗'}`);
    }
  }
  rows.push(row);
}
console.log('\nTransactions (MB = 10^6 bytes of payload; "vs Kafka" ≥ 1 means Samsa is as good or better: throughput Samsa ÷ Kafka, latency Kafka ÷ Samsa)');
const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
