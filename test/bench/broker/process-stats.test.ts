import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhaseMonitor, findProcessByCommandLine, readMachineBusyMs, readProcessCpu, readProcessMemory } from '../../../bench/broker/process-stats.ts';

/** Burns `ms` of CPU time (not wall time: a busy shared machine may give us a fraction of a core). */
function spin(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

test('PhaseMonitor sees the CPU a process burns and its resident memory', () => {
  const started = Date.now();
  const monitor = new PhaseMonitor(process.pid);
  spin(300);
  const usage = monitor.end();
  const wall = Date.now() - started;
  // /proc charges CPU by sampling at each 10 ms clock tick, so on a busy machine it can be well off
  // getrusage's exact figure: ask for the right order of magnitude, not the exact 300 ms.
  assert.ok(usage.cpuMs >= 150, `cpu ${usage.cpuMs} ms after a 300 ms spin`);
  assert.ok(usage.cpuMs <= wall * 4 + 50, `cpu ${usage.cpuMs} ms in ${wall} ms of wall time`);
  assert.ok(usage.machineBusyMs >= usage.cpuMs / 2, 'the machine was about as busy as we were, at least');
  assert.ok(usage.wallMs >= 100 && usage.wallMs <= wall + 20, `wall ${usage.wallMs} ms, measured ${wall}`);
  assert.ok(usage.peakRssKiB > 10_000, `rss ${usage.peakRssKiB} KiB`);
});

test('readProcessMemory reports a peak at least as large as the current RSS', () => {
  const m = readProcessMemory(process.pid);
  assert.ok(m.rssKiB > 0 && m.peakRssKiB >= m.rssKiB);
});

test('readProcessCpu and readMachineBusyMs only move forward', () => {
  const a = readProcessCpu('self');
  const busy = readMachineBusyMs();
  spin(50);
  const b = readProcessCpu('self');
  assert.ok(b.selfMs >= a.selfMs && b.childrenMs >= a.childrenMs);
  assert.ok(readMachineBusyMs() >= busy);
});

test('findProcessByCommandLine finds nothing for a string no process has, and says so', () => {
  assert.throws(() => findProcessByCommandLine(`no-such-process-${Math.random()}`), /found 0/);
});
