/**
 * CPU time and memory of a process, read from Linux's /proc (proc(5)):
 *   /proc/<pid>/stat    after the ")" closing the command name, fields 14 utime and 15 stime are the
 *                       process's own CPU time, 16 cutime and 17 cstime that of its reaped children,
 *                       all in clock ticks (USER_HZ, 100 on Linux).
 *   /proc/<pid>/status  VmRSS (resident now) and VmHWM (peak resident since start), in kB.
 *   /proc/stat          line "cpu": ticks of the whole machine in user, nice, system, idle, iowait,
 *                       irq, softirq, steal...; busy = all but idle and iowait. On a shared machine
 *                       this shows how much CPU other processes took from the benchmark.
 * The benchmark samples the broker between phases and polls VmRSS for a per-phase peak; the tools it
 * runs are its own children, so their CPU shows up in the benchmark's own cutime/cstime once reaped.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** USER_HZ: fixed at 100 on every Linux architecture Node supports (sysconf(_SC_CLK_TCK)). */
const TICK_MS = 10;

export interface ProcessCpu {
  /** utime + stime of the process itself, in ms. */
  selfMs: number;
  /** cutime + cstime: CPU of children it has reaped, in ms. */
  childrenMs: number;
}

export function readProcessCpu(pid: number | 'self'): ProcessCpu {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces and parentheses: split after the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const tick = (n: number): number => Number(fields[n - 3]) * TICK_MS;
  return { selfMs: tick(14) + tick(15), childrenMs: tick(16) + tick(17) };
}

export interface ProcessMemory {
  rssKiB: number;
  peakRssKiB: number;
}

export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string): number => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) : 0;
  };
  return { rssKiB: kib('VmRSS'), peakRssKiB: kib('VmHWM') };
}

/** CPU time all cores of the machine spent busy since boot, in ms. */
export function readMachineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const all = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (all - ticks[3]! - ticks[4]!) * TICK_MS;
}

/** The pid of the one process whose command line contains `needle` (and is not this process). */
export function findProcessByCommandLine(needle: string): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue; // exited while we looked
    }
    if (cmdline.includes(needle)) found.push(Number(entry));
  }
  if (found.length !== 1) {
    throw new Error(`expected one process with "${needle}" in its command line, found ${found.length}`);
  }
  return found[0]!;
}

/** What one benchmark phase cost a process: CPU over wall time and the highest RSS seen. */
export interface PhaseUsage {
  wallMs: number;
  cpuMs: number;
  /** CPU the whole machine was busy over the phase (every process, ours included). */
  machineBusyMs: number;
  peakRssKiB: number;
}

/**
 * Samples a process during one phase: CPU at begin and end, VmRSS every `pollMs` for the peak.
 * Polling misses spikes shorter than the interval; VmHWM at the end of the run covers those.
 */
export class PhaseMonitor {
  private readonly startedAt = performance.now();
  private readonly startCpu: number;
  private readonly startMachine = readMachineBusyMs();
  private peakRssKiB = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    pollMs = 100,
  ) {
    this.startCpu = readProcessCpu(pid).selfMs;
    this.sample();
    this.timer = setInterval(() => this.sample(), pollMs);
    this.timer.unref();
  }

  private sample(): void {
    try {
      this.peakRssKiB = Math.max(this.peakRssKiB, readProcessMemory(this.pid).rssKiB);
    } catch {
      // the process is gone; end() reports what was seen
    }
  }

  end(): PhaseUsage {
    clearInterval(this.timer);
    this.sample();
    return {
      wallMs: performance.now() - this.startedAt,
      cpuMs: readProcessCpu(this.pid).selfMs - this.startCpu,
      machineBusyMs: readMachineBusyMs() - this.startMachine,
      peakRssKiB: this.peakRssKiB,
    };
  }
}
