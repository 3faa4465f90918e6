/**
 * Kafka's own Java tools as the load: ProducerPerformance (kafka-producer-perf-test),
 * ConsumerPerformance (kafka-consumer-perf-test) and our E2eLatency.java (a fixed-rate producer and
 * consumer in one JVM). Each run reports its figures plus the client's wall and CPU time
 * (run-command.ts).
 *
 * JVM flags: the interop kit's base flags (serial GC, quiet log4j) with the JIT's top tier back on
 * and the 512 MiB heap the kafka-*-perf-test.sh scripts give; the kit stops at C1 to start fast,
 * which would make the client, not the broker, the bottleneck.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaClasspath, kafkaScriptJvmArgs, KafkaTool } from '../../test/interop/java-tools.ts';
import { runCommand, type CommandRun } from './run-command.ts';

// As kafka-producer-perf-test.sh / kafka-consumer-perf-test.sh run them (kafka-run-class.sh's G1
// flags, 512 MiB heap), in an English locale: the tools format their figures with String.format.
const PERF_JVM = [...kafkaScriptJvmArgs('512m'), '-Duser.language=en', '-Duser.country=US'];

export type ClientRun = Omit<CommandRun, 'stdout' | 'stdoutBytes'>;

/** Runs a Java main class with the kit's classpath (plus `extraClasspath` first) and PERF_JVM. */
function runTimed(mainClass: string, args: string[], timeoutMs: number, extraClasspath?: string): Promise<CommandRun> {
  const classpath = extraClasspath ? `${extraClasspath}:${javaClasspath()}` : javaClasspath();
  return runCommand('java', [...PERF_JVM, '-cp', classpath, mainClass, ...args], { timeoutMs });
}

export interface ProducerPerfResult extends ClientRun {
  records: number;
  recordsPerSec: number;
  /** Payload MiB/s, as the tool prints it ("MB/sec" there is 2^20 bytes). */
  mibPerSec: number;
  avgLatencyMs: number;
  p99LatencyMs: number;
}

/** kafka-producer-perf-test with --throughput -1 (as fast as it can), acks=1, batching on. */
export async function producerPerf(bootstrap: string, topic: string, records: number, recordSize: number, configFile?: string): Promise<ProducerPerfResult> {
  const args = [
    ...(configFile ? ['--command-config', configFile] : []),
    '--topic', topic,
    '--num-records', String(records),
    '--record-size', String(recordSize),
    '--throughput', '-1',
    '--producer-props', `bootstrap.servers=${bootstrap}`, 'acks=1', 'linger.ms=5', 'batch.size=65536',
  ];
  const run = await runTimed(KafkaTool.producerPerf, args, 600_000);
  return { ...parseProducerPerf(run.stdout), wallMs: run.wallMs, clientCpuMs: run.clientCpuMs };
}

/**
 * The summary, the last line ProducerPerformance prints:
 * "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency, a ms 50th, b ms 95th, c ms 99th, d ms 99.9th."
 */
export function parseProducerPerf(stdout: string): Omit<ProducerPerfResult, keyof ClientRun> {
  const summary = stdout.trim().split('\n').at(-1) ?? '';
  const m = /^(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency.*?([\d.]+) ms 99th/.exec(summary);
  if (!m) throw new Error(`ProducerPerformance printed no summary:\n${stdout.slice(-2000)}`);
  return { records: Number(m[1]), recordsPerSec: Number(m[2]), mibPerSec: Number(m[3]), avgLatencyMs: Number(m[4]), p99LatencyMs: Number(m[5]) };
}

export interface ConsumerPerfResult extends ClientRun {
  records: number;
  /** Throughput over the fetch time (after the group's first rebalance), as the tool computes it. */
  mibPerSec: number;
  recordsPerSec: number;
  rebalanceMs: number;
}

/** kafka-consumer-perf-test reading `records` records of the topic from the beginning. */
export async function consumerPerf(bootstrap: string, topic: string, records: number, configFile?: string): Promise<ConsumerPerfResult> {
  const args = [
    ...(configFile ? ['--command-config', configFile] : []),
    '--bootstrap-server', bootstrap, '--topic', topic, '--messages', String(records),
    '--group', `samsa-bench-${process.pid}-${Date.now()}`, '--timeout', '30000',
  ];
  const run = await runTimed(KafkaTool.consumerPerf, args, 600_000);
  const figures = parseConsumerPerf(run.stdout);
  // The tool gives up after --timeout without a record and still prints figures: that is a failure.
  if (figures.records < records) throw new Error(`ConsumerPerformance consumed ${figures.records} of ${records} records from ${topic}`);
  return { ...figures, wallMs: run.wallMs, clientCpuMs: run.clientCpuMs };
}

/**
 * ConsumerPerformance prints a header and one line of figures:
 * start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
 * rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec (times as "yyyy-MM-dd HH:mm:ss:SSS").
 */
export function parseConsumerPerf(stdout: string): Omit<ConsumerPerfResult, keyof ClientRun> {
  const line = stdout.trim().split('\n').filter((l) => /^\d{4}-/.test(l)).at(-1);
  const f = line?.split(',').map((s) => s.trim());
  if (!f || f.length < 10 || f.slice(2).some((x) => x === '' || Number.isNaN(Number(x)))) {
    throw new Error(`ConsumerPerformance printed no figures:\n${stdout.slice(-2000)}`);
  }
  return { records: Number(f[4]), rebalanceMs: Number(f[6]), mibPerSec: Number(f[8]), recordsPerSec: Number(f[9]) };
}

export interface LatencyResult extends ClientRun {
  sent: number;
  received: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

const E2E_SOURCE = fileURLToPath(new URL('./E2eLatency.java', import.meta.url));
const BENCH_CLASSES = join(tmpdir(), 'samsa-bench-java');

/** Compiles one benchmark Java source into a temp folder unless its class file there is newer; returns the folder. */
export function compileJava(source: string): string {
  const name = source.split('/').at(-1)!.replace(/\.java$/, '');
  const cls = join(BENCH_CLASSES, `${name}.class`);
  if (existsSync(cls) && statSync(cls).mtimeMs >= statSync(source).mtimeMs) return BENCH_CLASSES;
  mkdirSync(BENCH_CLASSES, { recursive: true });
  const r = spawnSync('javac', ['-nowarn', '-cp', javaClasspath(), '-d', BENCH_CLASSES, source], { encoding: 'utf8' });
  if (r.error) throw new Error('javac not found: install a JDK 17+ (apt-get install -y openjdk-17-jdk-headless)');
  if (r.status !== 0) throw new Error(`javac ${name}.java failed:\n${r.stderr}`);
  return BENCH_CLASSES;
}

export const compileE2e = (): string => compileJava(E2E_SOURCE);

/** Runs a compiled benchmark class (compileJava's folder first on the classpath) with the perf tools' JVM flags. */
export function runBenchClass(classes: string, mainClass: string, args: string[], timeoutMs: number): Promise<CommandRun> {
  return runTimed(mainClass, args, timeoutMs, classes);
}

/** End-to-end latency at a fixed rate; the first `warmupSec` seconds are not counted. */
export async function endToEndLatency(
  bootstrap: string, topic: string, ratePerSec: number, seconds: number, recordSize: number, warmupSec: number,
): Promise<LatencyResult> {
  const classes = compileE2e();
  const args = [bootstrap, topic, String(ratePerSec), String(seconds), String(recordSize), String(warmupSec)];
  const run = await runTimed('E2eLatency', args, (seconds + 60) * 1000, classes);
  return { ...parseE2eLatency(run.stdout), wallMs: run.wallMs, clientCpuMs: run.clientCpuMs };
}

/** E2eLatency's one line: "sent=N received=M p50=<ms> p99=<ms> p999=<ms> max=<ms>" (NaN when nothing arrived). */
export function parseE2eLatency(stdout: string): Omit<LatencyResult, keyof ClientRun> {
  const ms = '(\\d+\\.\\d+|NaN)';
  const m = new RegExp(`sent=(\\d+) received=(\\d+) p50=${ms} p99=${ms} p999=${ms} max=${ms}`).exec(stdout);
  if (!m) throw new Error(`E2eLatency printed no summary:\n${stdout.slice(-2000)}`);
  return { sent: Number(m[1]), received: Number(m[2]), p50Ms: Number(m[3]), p99Ms: Number(m[4]), p999Ms: Number(m[5]), maxMs: Number(m[6]) };
}
