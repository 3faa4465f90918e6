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
  const monitor = new PhaseMonitor(process.pid);
  spin(300);
  const usage = monitor.end();
  // /proc counts in 10 ms clock ticks.
  assert.ok(usage.cpuMs >= 280, `cpu ${usage.cpuMs} ms after a 300 ms spin`);
  assert.ok(usage.machineBusyMs >= usage.cpuMs - 20, 'the machine was at least as busy as we were');
  assert.ok(usage.wallMs >= 290);
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
