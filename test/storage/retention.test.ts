/** Retention by time and size, DeleteRecords, and the `.deleted` step of segment deletion. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

const HOUR = 3600_000;

test('retention.ms deletes whole segments whose newest record is too old, never newer data', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock(1_700_000_000_000);
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500, retentionMs: 10 * HOUR }), 'id');
  const t0 = clock.now();
  for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`v${i}-`, 1, t0 + i * HOUR) }), { leaderEpoch: 0 });
  const segmentsBefore = log.segments.length;
  clock.set(t0 + 30 * HOUR);
  const deleted = await mgr.runRetention();
  assert.ok(deleted > 0 && log.segments.length < segmentsBefore);
  // Every record newer than now - retention.ms is still readable; the log start moved to a segment start.
  assert.equal(log.logStartOffset, log.segments[0]!.baseOffset);
  const left = await readAll(log, log.logStartOffset);
  assert.ok(left.every((b) => b.values.length === 1));
  const kept = new Set(left.map((b) => b.values[0]));
  for (let i = 20; i < 30; i++) assert.ok(kept.has(`v${i}-0`), `v${i} is within retention`);
  await assert.rejects(log.read(0, 100, 100), { code: 'OFFSET_OUT_OF_RANGE' });
  // Deleted segments are renamed first and removed after file.delete.delay.ms.
  assert.ok((await fs.readdir('/data/t-0')).some((n) => n.endsWith('.log.deleted')));
  await mgr.runPendingDeletes();
  assert.ok(!(await fs.readdir('/data/t-0')).some((n) => n.endsWith('.deleted')));
  await mgr.close();
});

test('when every segment has expired the active one is rolled and deleted too; the log end stays', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock(1_700_000_000_000);
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ retentionMs: HOUR }), 'id');
  for (let i = 0; i < 5; i++) await log.append(testBatch({ records: values(`v${i}`, 1, clock.now()) }), { leaderEpoch: 0 });
  clock.advance(2 * HOUR);
  await mgr.runRetention();
  assert.equal(log.logStartOffset, 5);
  assert.equal(log.logEndOffset, 5);
  assert.equal(log.sizeInBytes(), 0);
  assert.equal((await log.append(testBatch({ records: values('new', 1, clock.now()) }), { leaderEpoch: 0 })).baseOffset, 5);
  await mgr.close();
});

test('retention.bytes keeps the log under the limit by deleting the oldest segments', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500, retentionBytes: 1200, retentionMs: -1 }), 'id');
  for (let i = 0; i < 40; i++) await log.append(testBatch({ records: values(`v${i}-`, 1, clock.now()) }), { leaderEpoch: 0 });
  await mgr.runRetention();
  const size = log.sizeInBytes();
  assert.ok(size <= 1200 + 500, `size ${size}`);
  assert.ok(size >= 1200 - 500, 'no more than needed is deleted');
  assert.equal((await readAll(log, log.logStartOffset)).at(-1)!.values[0], 'v39-0');
  await mgr.close();
});

test('cleanup.policy=compact alone is not subject to time or size retention', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500, retentionBytes: 100, retentionMs: 1, cleanupPolicy: ['compact'] }), 'id');
  for (let i = 0; i < 20; i++) await log.append(testBatch({ records: [{ key: `k${i}`, value: 'v', timestamp: clock.now() }] }), { leaderEpoch: 0 });
  clock.advance(HOUR);
  await mgr.runRetention();
  assert.equal(log.logStartOffset, 0);
  await mgr.close();
});

test('DeleteRecords moves the log start offset, survives a crash, and deletes segments below it', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  let mgr = await openManager(fs, clock.now);
  let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500 }), 'id');
  for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`v${i}-`, 1) }), { leaderEpoch: 0 });
  const segments = log.segments.length;
  assert.equal(await log.deleteRecordsBefore(17), 17);
  assert.equal(log.logStartOffset, 17);
  assert.ok(log.segments.length < segments);
  await assert.rejects(log.read(16, 100, 30), { code: 'OFFSET_OUT_OF_RANGE' });
  const first = await readAll(log, 17);
  assert.ok(first[0]!.baseOffset <= 17, 'a read at the log start returns the batch holding it');
  await assert.rejects(log.deleteRecordsBefore(31), { code: 'OFFSET_OUT_OF_RANGE' });
  assert.equal(await log.deleteRecordsBefore(10), 17, 'never moves back');
  fs.crash();
  mgr = await openManager(fs, clock.now);
  log = mgr.get('t', 0)!;
  assert.equal(log.logStartOffset, 17);
  await mgr.close();
});

test('with flushing off, retention deleting unflushed segments neither re-creates their files nor takes the log offline', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500, retentionBytes: 600, retentionMs: -1, flushMessages: Number.MAX_SAFE_INTEGER }), 'id');
  for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`v${i}-`, 1, clock.now()) }), { leaderEpoch: 0 });
  const flushing = log.flush();
  await mgr.runRetention();
  await flushing;
  await log.flush();
  assert.equal(log.isOffline, false);
  await mgr.runPendingDeletes();
  const logs = (await fs.readdir('/data/t-0')).filter((n) => n.endsWith('.log'));
  assert.deepEqual(logs, log.segments.map((s) => s.logPath.split('/').pop()));
  await mgr.close();
});
