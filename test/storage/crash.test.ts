/**
 * Crash at every write point (RELIABILITY.md, single-node crash): a workload runs on the in-memory
 * file system and dies at its n-th mutating operation, for every n until it completes; after a
 * simulated power loss (unsynced bytes dropped, or a random prefix of them kept) the log is
 * recovered and must hold every acknowledged batch at its acknowledged offset, serve only batches
 * whose CRC checks, and keep accepting appends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBatch } from '../../src/protocol/record-batch/batch-header.ts';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import type { LogManager } from '../../src/storage/dirs/log-manager.ts';
import { testBatch, values, decodeBatches } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Acked {
  values: Map<string, number>;
  logStartOffset: number;
}

async function workload(fs: MemoryFileSystem, acked: Acked, now: () => number): Promise<void> {
  let mgr: LogManager = await openManager(fs, now);
  let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 700, indexIntervalBytes: 100 }), 'id');
  const append = async (tag: string, n: number) => {
    const r = await log.append(testBatch({ records: values(tag, n) }), { leaderEpoch: 1 });
    for (let i = 0; i < n; i++) acked.values.set(`${tag}${i}`, r.baseOffset + i);
  };
  for (let i = 0; i < 12; i++) await append(`a${i}-`, 1 + (i % 3));
  // Concurrent appends share fsyncs.
  await Promise.all([append('c0-', 2), append('c1-', 1), append('c2-', 3)]);
  await mgr.close();
  mgr = await openManager(fs, now);
  log = mgr.get('t', 0)!;
  for (let i = 0; i < 4; i++) await append(`b${i}-`, 2);
  acked.logStartOffset = await log.deleteRecordsBefore(5);
  await log.truncateTo(log.logEndOffset); // no-op path
  await append('z-', 1);
  await mgr.close();
}

async function verify(fs: MemoryFileSystem, acked: Acked, now: () => number, label: string): Promise<void> {
  const mgr = await openManager(fs, now);
  const log = mgr.get('t', 0);
  if (!log) {
    assert.equal(acked.values.size, 0, `${label}: the log vanished after acknowledging writes`);
    await mgr.close();
    return;
  }
  assert.ok(log.logStartOffset >= acked.logStartOffset, `${label}: log start offset went back`);
  const found = new Map<string, number>();
  let offset = log.logStartOffset;
  let prevLast = -1;
  while (offset < log.logEndOffset) {
    const { records } = await log.read(offset, 1 << 20, log.logEndOffset, { minOneBatch: true });
    assert.ok(records.length > 0, `${label}: read at ${offset} returned nothing below the log end ${log.logEndOffset}`);
    let at = 0;
    while (at < records.length) {
      const size = records.readInt32BE(at + 8) + 12;
      validateBatch(records.subarray(at, at + size)); // never a corrupt batch
      at += size;
    }
    for (const b of decodeBatches(records)) {
      assert.ok(b.baseOffset > prevLast, `${label}: offsets not increasing`);
      prevLast = b.lastOffset;
      b.values.forEach((v, i) => found.set(v!, b.baseOffset + i));
    }
    offset = prevLast + 1;
  }
  for (const [v, o] of acked.values) {
    if (o < log.logStartOffset) continue;
    assert.equal(found.get(v), o, `${label}: acknowledged ${v}@${o} is missing after recovery`);
  }
  const r = await log.append(testBatch({ records: values('after-', 1) }), { leaderEpoch: 9 });
  assert.equal(r.baseOffset, log.logEndOffset - 1);
  await mgr.close();
}

for (const mode of ['drop-unsynced', 'random-tail'] as const) {
  test(`crash at every write point (${mode}): nothing acknowledged is lost, nothing corrupt is served`, async () => {
    const clock = testClock();
    let points = 0;
    for (let n = 0; ; n++) {
      const fs = new MemoryFileSystem();
      const acked: Acked = { values: new Map(), logStartOffset: 0 };
      fs.crashAfter(n);
      let completed = false;
      try {
        await workload(fs, acked, clock.now);
        completed = true;
      } catch (e) {
        const code = (e as { code?: string }).code;
        const cause = (e as { cause?: { code?: string } }).cause?.code;
        assert.ok(code === 'ECRASHED' || cause === 'ECRASHED', `crash point ${n}: unexpected error ${String(e)}`);
      }
      fs.crash(mode === 'random-tail' ? { keepRandomTail: prng(n + 1) } : {});
      await verify(fs, acked, clock.now, `crash point ${n}`);
      points++;
      if (completed) break;
    }
    assert.ok(points > 50, `only ${points} crash points exercised`);
  });
}
