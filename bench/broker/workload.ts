/**
 * The benchmark's workload, run the same way against every target: one topic per load with 6
 * partitions, Kafka's Java perf tools, kcat, then end-to-end latency at a fixed rate. Each phase is
 * watched by a PhaseMonitor on the broker's pid, so every figure comes with the broker's CPU and RSS
 * and the client's CPU over the same wall time.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerPerf, endToEndLatency, producerPerf } from './java-perf.ts';
import { kcatConsume, kcatProduce, writeRecordFile } from './kcat-perf.ts';
import { PhaseMonitor, readProcessCpu, readProcessMemory, type PhaseUsage } from './process-stats.ts';
import { createTopics, type BenchTarget } from './targets.ts';
import type { TimeWindow } from './cpu-profile.ts';

export interface WorkloadSize {
  javaRecords100: number;
  javaRecords1k: number;
  kcatRecords100: number;
  kcatRecords1k: number;
  e2eRate: number;
  e2eSeconds: number;
  e2eWarmupSec: number;
}

export const FULL: WorkloadSize = {
  javaRecords100: 5_000_000, javaRecords1k: 1_500_000, kcatRecords100: 3_000_000, kcatRecords1k: 600_000,
  e2eRate: 10_000, e2eSeconds: 30, e2eWarmupSec: 5,
};

export const QUICK: WorkloadSize = {
  javaRecords100: 1_000_000, javaRecords1k: 250_000, kcatRecords100: 600_000, kcatRecords1k: 120_000,
  e2eRate: 10_000, e2eSeconds: 8, e2eWarmupSec: 2,
};

export const PARTITIONS = 6;

/** One measured figure; `metric` is the row key shared by every target. */
export interface Figure {
  metric: string;
  value: number;
}

export interface PhaseResult {
  phase: string;
  /** When the phase ran, on the monotonic clock in µs (to cut a broker's CPU profile by phase). */
  window: TimeWindow;
  figures: Figure[];
  broker: PhaseUsage;
  clientWallMs: number;
  clientCpuMs: number;
  /** Records and payload bytes the phase moved through the broker (none for the latency phase). */
  work?: { records: number; bytes: number };
}

export interface TargetResult {
  phases: PhaseResult[];
  /** Broker CPU over the whole workload (topic creation to the last phase), ms. */
  brokerCpuMs: number;
  workloadWallMs: number;
  /** VmHWM: the broker's peak RSS since it started. */
  brokerPeakRssKiB: number;
  errors: string[];
}

function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** MB = 10^6 bytes of payload (keys and headers are empty), the unit the floors use. */
const MB = 1e6;
const MiB = 1024 * 1024;

export async function runWorkload(target: BenchTarget, size: WorkloadSize, log: (line: string) => void): Promise<TargetResult> {
  const started = performance.now();
  const cpuAtStart = readProcessCpu(target.pid).selfMs;
  await createTopics(target.bootstrap, ['bench-100', 'bench-1k', 'kcat-100', 'kcat-1k', 'bench-e2e'], PARTITIONS);
  const phases: PhaseResult[] = [];
  const errors: string[] = [];

  const phase = async (
    name: string,
    run: () => Promise<{ figures: Figure[]; wallMs: number; clientCpuMs: number; work?: PhaseResult['work'] }>,
  ): Promise<void> => {
    log(`  ${target.name}: ${name}`);
    // Write back the dirty pages earlier phases (and targets) left first: the kernel's writeback of
    // gigabytes written before would otherwise slow this phase's writes, whoever made them.
    spawnSync('sync');
    const monitor = new PhaseMonitor(target.pid);
    const startUs = monotonicUs();
    try {
      const r = await run();
      phases.push({
        phase: name, window: { startUs, endUs: monotonicUs() }, figures: r.figures, broker: monitor.end(),
        clientWallMs: r.wallMs, clientCpuMs: r.clientCpuMs, work: r.work,
      });
    } catch (e) {
      monitor.end();
      const message = e instanceof Error ? e.message : String(e);
      errors.push(`${name}: ${message.split('\n').slice(0, 6).join(' | ')}`);
      log(`  ${target.name}: ${name} FAILED: ${message.split('\n')[0]}`);
      for (const line of target.problems().slice(-5)) log(`    broker logged: ${line}`);
    }
  };

  for (const [label, topic, records, recordSize] of [
    ['100 B', 'bench-100', size.javaRecords100, 100],
    ['1 KiB', 'bench-1k', size.javaRecords1k, 1024],
  ] as const) {
    await phase(`produce ${label} (Java perf)`, async () => {
      const r = await producerPerf(target.bootstrap, topic, records, recordSize);
      return {
        ...r,
        work: { records: r.records, bytes: r.records * recordSize },
        figures: [
          { metric: `produce ${label} rec/s (Java)`, value: r.recordsPerSec },
          { metric: `produce ${label} MB/s (Java)`, value: (r.mibPerSec * MiB) / MB },
          { metric: `produce ${label} p99 ack ms (Java)`, value: r.p99LatencyMs },
        ],
      };
    });
  }
  for (const [label, topic, records, recordSize] of [
    ['100 B', 'bench-100', size.javaRecords100, 100],
    ['1 KiB', 'bench-1k', size.javaRecords1k, 1024],
  ] as const) {
    await phase(`consume ${label} (Java perf)`, async () => {
      const r = await consumerPerf(target.bootstrap, topic, records);
      return {
        ...r,
        work: { records: r.records, bytes: r.records * recordSize },
        figures: [
          { metric: `consume ${label} rec/s (Java)`, value: r.recordsPerSec },
          { metric: `consume ${label} MB/s (Java)`, value: (r.mibPerSec * MiB) / MB },
        ],
      };
    });
  }
  for (const [label, topic, records, recordSize] of [
    ['100 B', 'kcat-100', size.kcatRecords100, 100],
    ['1 KiB', 'kcat-1k', size.kcatRecords1k, 1024],
  ] as const) {
    const file = join(tmpdir(), `samsa-bench-${process.pid}-${recordSize}.txt`);
    writeRecordFile(file, records, recordSize);
    await phase(`produce ${label} (kcat)`, async () => {
      try {
        const r = await kcatProduce(target.bootstrap, topic, file, records, recordSize);
        return {
          ...r,
          work: { records, bytes: records * recordSize },
          figures: [
            { metric: `produce ${label} rec/s (kcat)`, value: r.recordsPerSec },
            { metric: `produce ${label} MB/s (kcat)`, value: (r.mibPerSec * MiB) / MB },
          ],
        };
      } finally {
        rmSync(file, { force: true });
      }
    });
  }
  for (const [label, topic, records, recordSize] of [
    ['100 B', 'bench-100', size.javaRecords100, 100],
    ['1 KiB', 'bench-1k', size.javaRecords1k, 1024],
  ] as const) {
    await phase(`consume ${label} (kcat)`, async () => {
      const r = await kcatConsume(target.bootstrap, topic, records, recordSize);
      return {
        ...r,
        work: { records, bytes: records * recordSize },
        figures: [
          { metric: `consume ${label} rec/s (kcat)`, value: r.recordsPerSec },
          { metric: `consume ${label} MB/s (kcat)`, value: (r.mibPerSec * MiB) / MB },
        ],
      };
    });
  }
  await phase(`e2e latency at ${size.e2eRate}/s`, async () => {
    const r = await endToEndLatency(target.bootstrap, 'bench-e2e', size.e2eRate, size.e2eSeconds, 100, size.e2eWarmupSec);
    return {
      ...r,
      figures: [
        { metric: 'e2e p50 ms at 10k/s', value: r.p50Ms },
        { metric: 'e2e p99 ms at 10k/s', value: r.p99Ms },
        { metric: 'e2e p99.9 ms at 10k/s', value: r.p999Ms },
        { metric: 'e2e records lost', value: r.sent - r.received },
      ],
    };
  });

  const problems = target.problems();
  if (problems.length > 0) errors.push(`the broker logged ${problems.length} warnings/errors, the last: ${problems.at(-1)}`);
  return {
    phases,
    brokerCpuMs: readProcessCpu(target.pid).selfMs - cpuAtStart,
    workloadWallMs: performance.now() - started,
    brokerPeakRssKiB: readProcessMemory(target.pid).peakRssKiB,
    errors,
  };
}
