/**
 * `npm run bench [-- --quick] [-- --targets kafka,samsa-fsync,samsa-noflush] [-- --profile]`
 *
 * The broker benchmark of issue 4: starts each target in turn (Apache Kafka 4.x, Samsa with its
 * default fsync-before-ack policy, Samsa with flushing off), drives it with Kafka's own perf tools
 * and kcat (bench/broker/workload.ts), and prints the figures side by side with the ratios to Kafka,
 * the issue's floors, and the broker's and client's CPU per phase. Never fails on time: it prints.
 *
 * --profile runs the Samsa brokers under node --cpu-prof and prints their hot spots afterwards
 * (the profiler costs throughput: compare figures from runs without it). The profiles are kept.
 * Needs java 17+, the interop kit's Maven jars (test/interop/java) and kcat.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { javaClasspath } from '../test/interop/java-tools.ts';
import { printProfile, summarizeProfile } from './broker/cpu-profile.ts';
import { compileE2e } from './broker/java-perf.ts';
import { checkKcat } from './broker/kcat-perf.ts';
import { printReport } from './broker/report.ts';
import { startTarget, TARGET_LABELS, type TargetName } from './broker/targets.ts';
import { FULL, QUICK, runWorkload, type TargetResult } from './broker/workload.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    targets: { type: 'string', default: 'kafka,samsa-fsync,samsa-noflush' },
  },
});
const targets = values.targets.split(',').map((t) => t.trim()) as TargetName[];
for (const t of targets) {
  if (!(t in TARGET_LABELS)) {
    console.error(`unknown target "${t}": use a comma-separated list of ${Object.keys(TARGET_LABELS).join(', ')}`);
    process.exit(1);
  }
}
const size = values.quick ? QUICK : FULL;
const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

// Check the tools first, so a missing one is one line, not a failure halfway through.
javaClasspath();
checkKcat();
compileE2e();

const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];
const kcat = spawnSync('kcat', ['-V'], { encoding: 'utf8' }).stdout.split('\n').find((l) => l.startsWith('Version'));
const cpus = os.cpus().length;
console.log(`npm run bench${values.quick ? ' -- --quick' : ''}: ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${cpus}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`);
console.log(`node ${process.version}; ${java}; kcat ${kcat ?? '?'}`);
console.log(`workload: ${JSON.stringify(size)}; one topic per load, 6 partitions, acks=1; clients and broker share the machine`);
const loadavg = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average at start: ${loadavg()} (anything near or above ${cpus} means other processes compete for the CPU)`);

const results = new Map<TargetName, TargetResult>();
const profiles: { name: TargetName; dir: string }[] = [];
for (const name of targets) {
  const cpuProfileDir = values.profile && name !== 'kafka' ? mkdtempSync(join(os.tmpdir(), 'samsa-bench-prof-')) : undefined;
  log(`starting ${TARGET_LABELS[name]}`);
  const target = await startTarget(name, { cpuProfileDir });
  log(`${TARGET_LABELS[name]} ready at ${target.bootstrap} (pid ${target.pid}) in ${target.startMs} ms`);
  try {
    results.set(name, await runWorkload(target, size, log));
  } finally {
    await target.stop();
  }
  if (cpuProfileDir) profiles.push({ name, dir: cpuProfileDir });
}

printReport(results, cpus, console.log);
console.log(`\nload average at the end: ${loadavg()}`);

// node --cpu-prof writes one profile per thread; the broker's work is on the main thread (the one
// with the most busy time), the others are tsx's loader and libuv helpers.
for (const { name, dir } of profiles) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) {
    console.log(`\n${TARGET_LABELS[name]}: no CPU profile written (did the broker exit cleanly?)`);
    continue;
  }
  const summaries = files.map((f) => ({ f, s: summarizeProfile(join(dir, f)) })).sort((a, b) => b.s.busyMs - a.s.busyMs);
  const main = summaries[0]!;
  const phases = results.get(name)?.phases ?? [];
  for (const load of ['produce', 'consume', 'e2e']) {
    const windows = phases.filter((p) => p.phase.startsWith(load)).map((p) => p.window);
    if (windows.length === 0) continue;
    const summary = summarizeProfile(join(dir, main.f), 20, windows);
    printProfile(`CPU profile of ${TARGET_LABELS[name]}, main thread, ${load === 'e2e' ? 'e2e latency phase' : `${load} phases`}`, summary, console.log);
  }
  printProfile(`CPU profile of ${TARGET_LABELS[name]}, main thread, whole run`, main.s, console.log);
  for (const other of summaries.slice(1)) console.log(`  other thread ${other.f}: ${(other.s.busyMs / 1000).toFixed(1)} s busy`);
  console.log(`  profiles kept in ${dir} (open them in Chrome DevTools or VS Code)`);
}
