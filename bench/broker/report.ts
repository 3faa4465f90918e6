/**
 * Prints the benchmark's results side by side: one column per target, the ratio of each Samsa
 * target to Kafka, and the floors; then what each phase cost the broker and the client in
 * CPU (cores = CPU time / wall time) with a verdict on which side was the bottleneck.
 */
import { TARGET_LABELS, type TargetName } from './targets.ts';
import type { TargetResult } from './workload.ts';

/** Issue 4's floors. Lower-is-better metrics carry `max`. */
const FLOORS: Record<string, { min?: number; max?: number }> = {
  'produce 100 B rec/s (Java)': { min: 300_000 },
  'produce 100 B rec/s (kcat)': { min: 300_000 },
  'produce 1 KiB MB/s (Java)': { min: 200 },
  'produce 1 KiB MB/s (kcat)': { min: 200 },
  'consume 1 KiB MB/s (Java)': { min: 500 },
  'consume 1 KiB MB/s (kcat)': { min: 500 },
  'e2e p99 ms at 10k/s': { max: 10 },
};

function format(metric: string, v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '-';
  if (metric.includes('rec/s')) return Math.round(v).toLocaleString('en-US');
  if (metric.includes('lost')) return String(v);
  return v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2);
}

function table(rows: string[][], print: (line: string) => void): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const [i, r] of rows.entries()) {
    print(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) print(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/**
 * Which side limited a phase. Samsa's broker runs on one event loop, so ~0.85 core or more means
 * the loop was saturated; with the machine's cores nearly all busy, the busiest of broker, client
 * and other processes (a shared machine) is named; otherwise nothing was CPU-bound and the two
 * waited on each other (fsync, network round trips, long polls).
 */
export function bottleneck(target: TargetName, broker: number, client: number, others: number, cpus: number): string {
  if (target !== 'kafka' && broker >= 0.85) return 'broker';
  if (broker + client + others >= 0.85 * cpus) {
    if (others > broker && others > client) return 'other procs';
    return broker >= client ? 'broker (CPU)' : 'client (CPU)';
  }
  if (client >= 0.85) return 'client';
  return 'waits';
}

export function printReport(results: Map<TargetName, TargetResult>, cpus: number, print: (line: string) => void): void {
  const names = [...results.keys()];
  const samsa = names.filter((n) => n !== 'kafka');
  const kafka = results.get('kafka');
  const value = (name: TargetName, metric: string): number | undefined => {
    for (const p of results.get(name)!.phases) for (const f of p.figures) if (f.metric === metric) return f.value;
    return undefined;
  };
  const metrics: string[] = [];
  for (const r of results.values()) for (const p of r.phases) for (const f of p.figures) if (!metrics.includes(f.metric)) metrics.push(f.metric);

  print('\nThroughput and latency (MB = 10^6 bytes of payload; ratio = Samsa / Kafka)');
  const header = ['metric', ...names.map((n) => TARGET_LABELS[n])];
  if (kafka) header.push(...samsa.map((n) => `${TARGET_LABELS[n]} ÷ Kafka`));
  header.push('floor');
  const rows: string[][] = [header];
  for (const m of metrics) {
    const row = [m, ...names.map((n) => format(m, value(n, m)))];
    if (kafka) {
      const k = value('kafka', m);
      row.push(...samsa.map((n) => {
        const s = value(n, m);
        return s === undefined || k === undefined || k === 0 || m.includes('lost') ? '-' : `${(s / k).toFixed(2)}×`;
      }));
    }
    const floor = FLOORS[m];
    row.push(floor?.min !== undefined ? `≥ ${format(m, floor.min)}` : floor?.max !== undefined ? `≤ ${format(m, floor.max)}` : '');
    rows.push(row);
  }
  table(rows, print);
  print('(rec/s and MB/s: higher is better; ms and lost: lower is better)');

  print(`\nCPU per phase in cores (CPU time ÷ wall time): broker / client / other processes on the machine (${cpus} cores), and the bottleneck`);
  const phases: string[] = [];
  for (const r of results.values()) for (const p of r.phases) if (!phases.includes(p.phase)) phases.push(p.phase);
  const cpuRows: string[][] = [['phase', ...names.map((n) => TARGET_LABELS[n])]];
  for (const phase of phases) {
    cpuRows.push([phase, ...names.map((n) => {
      const p = results.get(n)!.phases.find((x) => x.phase === phase);
      if (!p) return 'failed';
      const b = p.broker.cpuMs / p.broker.wallMs;
      const c = p.clientCpuMs / p.clientWallMs;
      const o = Math.max(0, p.broker.machineBusyMs / p.broker.wallMs - b - c);
      return `${b.toFixed(2)} / ${c.toFixed(2)} / ${o.toFixed(2)} ${bottleneck(n, b, c, o, cpus)}`;
    })]);
  }
  cpuRows.push(['broker CPU s / wall s, whole run', ...names.map((n) => {
    const r = results.get(n)!;
    return `${(r.brokerCpuMs / 1000).toFixed(1)} / ${(r.workloadWallMs / 1000).toFixed(1)}`;
  })]);
  cpuRows.push(['broker peak RSS (VmHWM)', ...names.map((n) => `${(results.get(n)!.brokerPeakRssKiB / 1024).toFixed(0)} MiB`)]);
  table(cpuRows, print);

  print('\nBroker CPU per unit of work: CPU ms per 100 MB of payload and per 1 million records (lower is better).');
  print('Unlike throughput, this barely moves when other processes compete for the machine.');
  const effRows: string[][] = [['phase', ...names.map((n) => TARGET_LABELS[n])]];
  if (kafka) effRows[0]!.push(...samsa.map((n) => `${TARGET_LABELS[n]} ÷ Kafka`));
  const perUnit = (n: TargetName, phase: string): { perMB: number; perRecord: number } | undefined => {
    const p = results.get(n)!.phases.find((x) => x.phase === phase);
    if (!p?.work || p.work.bytes === 0) return undefined;
    return { perMB: (p.broker.cpuMs / p.work.bytes) * 100e6, perRecord: (p.broker.cpuMs / p.work.records) * 1e6 };
  };
  for (const phase of phases) {
    if (!names.some((n) => perUnit(n, phase))) continue;
    const row = [phase, ...names.map((n) => {
      const u = perUnit(n, phase);
      return u ? `${u.perMB.toFixed(0)} ms/100MB, ${u.perRecord.toFixed(0)} ms/M` : '-';
    })];
    if (kafka) {
      const k = perUnit('kafka', phase);
      row.push(...samsa.map((n) => {
        const u = perUnit(n, phase);
        return u && k && k.perMB > 0 ? `${(u.perMB / k.perMB).toFixed(2)}×` : '-';
      }));
    }
    effRows.push(row);
  }
  table(effRows, print);

  for (const n of samsa) {
    const met: string[] = [];
    const missed: string[] = [];
    for (const [m, floor] of Object.entries(FLOORS)) {
      const v = value(n, m);
      if (v === undefined) continue;
      const ok = floor.min !== undefined ? v >= floor.min : v <= floor.max!;
      // A miss says which side held the phase back: a floor is the broker's, a client may not reach it.
      const p = results.get(n)!.phases.find((x) => x.figures.some((f) => f.metric === m));
      let why = '';
      if (!ok && p) {
        const b = p.broker.cpuMs / p.broker.wallMs;
        const c = p.clientCpuMs / p.clientWallMs;
        const o = Math.max(0, p.broker.machineBusyMs / p.broker.wallMs - b - c);
        why = ` (bottleneck: ${bottleneck(n, b, c, o, cpus)}; broker ${b.toFixed(2)}, client ${c.toFixed(2)} cores)`;
      }
      (ok ? met : missed).push(`${m} ${format(m, v)}${why}`);
    }
    print(`\n${TARGET_LABELS[n]} floors met: ${met.length ? met.join('; ') : 'none'}`);
    print(`${TARGET_LABELS[n]} floors missed: ${missed.length ? missed.join('; ') : 'none'}`);
  }
  for (const n of names) {
    const errors = results.get(n)!.errors;
    if (errors.length) print(`\n${TARGET_LABELS[n]} phases that failed:\n  ${errors.join('\n  ')}`);
  }
}
