/**
 * What an acknowledged append survives, per flush policy (RELIABILITY.md rule 9), and what an I/O
 * failure does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { NEVER } from '../../src/storage/log/log-config.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

test('default policy: every acknowledged append survives power loss, with one fsync shared by concurrent appends', async () => {
  const fs = new MemoryFileSystem({ syncDelayMs: 5 });
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 1 << 20 }), 'id');
  await log.append(testBatch({ records: values('first', 1) }), { leaderEpoch: 0 });
  const before = fs.syncs;
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(testBatch({ records: values(`c${i}-`, 1) }), { leaderEpoch: 0 })));
  const syncs = fs.syncs - before;
  assert.ok(syncs >= 1 && syncs <= 3, `50 concurrent appends took ${syncs} fsyncs; group commit should need 1-2`);
  assert.deepEqual(results.map((r) => r.baseOffset).sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 1));
  assert.equal(log.recoveryPoint, 51);
  // One at a time, each append waits for its own fsync.
  const one = fs.syncs;
  await log.append(testBatch({ records: values('solo', 1) }), { leaderEpoch: 0 });
  assert.equal(fs.syncs - one, 1);
  fs.crash();
  const mgr2 = await openManager(fs, clock.now);
  assert.equal((await readAll(mgr2.get('t', 0)!, 0)).length, 52);
  await mgr2.close();
});

test('flushing off (flush.messages=NEVER): appends resolve unsynced; power loss may lose them; flush() makes them durable', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ flushMessages: NEVER }), 'id');
  await log.append(testBatch({ records: values('a', 1) }), { leaderEpoch: 0 }); // writes the leader epoch checkpoint
  const before = fs.syncs;
  for (let i = 1; i < 5; i++) await log.append(testBatch({ records: values(`a${i}`, 1) }), { leaderEpoch: 0 });
  assert.equal(fs.syncs, before, 'no fsync on the append path');
  assert.equal(log.recoveryPoint, 0);
  await log.flush();
  assert.equal(log.recoveryPoint, 5);
  for (let i = 0; i < 5; i++) await log.append(testBatch({ records: values(`b${i}`, 1) }), { leaderEpoch: 0 });
  await mgr.checkpoint();
  fs.crash();
  const mgr2 = await openManager(fs, clock.now);
  const log2 = mgr2.get('t', 0)!;
  assert.equal(log2.logEndOffset, 5, 'the flushed appends survive, the unflushed ones are gone');
  await mgr2.close();
});

test('flush.messages=3 fsyncs once 3 messages are unflushed; flush.ms flushes on the scheduler tick', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ flushMessages: 3, flushMs: 1000 }), 'id');
  await log.append(testBatch({ records: values('a', 2) }), { leaderEpoch: 0 });
  assert.equal(log.recoveryPoint, 0);
  await log.append(testBatch({ records: values('b', 1) }), { leaderEpoch: 0 });
  await new Promise((r) => setImmediate(r));
  await log.flush(); // joins the background flush
  assert.equal(log.recoveryPoint, 3);
  await log.append(testBatch({ records: values('c', 1) }), { leaderEpoch: 0 });
  await mgr.flushDue();
  assert.equal(log.recoveryPoint, 3, 'flush.ms not yet reached');
  clock.advance(1001);
  await mgr.flushDue();
  assert.equal(log.recoveryPoint, 4);
  await mgr.close();
});

test('broker-level flush interval options become the default for logs found on disk', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  let mgr = await openManager(fs, clock.now);
  await mgr.create('t', 0, smallConfig(), 'id');
  await mgr.close();
  mgr = await openManager(fs, clock.now, { flushIntervalMessages: NEVER });
  const log = mgr.get('t', 0)!;
  assert.equal(log.config.flushMessages, NEVER);
  await log.append(testBatch({ records: values('a', 1) }), { leaderEpoch: 0 });
  assert.equal(log.recoveryPoint, 0);
  await mgr.close();
});

test('a failed fsync fails the append with KAFKA_STORAGE_ERROR and takes the log offline; restart recovers', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(testBatch({ records: values('ok', 2) }), { leaderEpoch: 0 });
  fs.failNext('sync');
  await assert.rejects(log.append(testBatch({ records: values('bad', 1) }), { leaderEpoch: 0 }), { code: 'KAFKA_STORAGE_ERROR' });
  assert.equal(log.isOffline, true);
  await assert.rejects(log.append(testBatch({ records: values('later', 1) }), { leaderEpoch: 0 }), { code: 'KAFKA_STORAGE_ERROR' });
  await assert.rejects(log.read(0, 100, 10), { code: 'KAFKA_STORAGE_ERROR' });
  await mgr.close();
  fs.crash();
  const mgr2 = await openManager(fs, clock.now);
  const batches = await readAll(mgr2.get('t', 0)!, 0);
  assert.deepEqual(batches[0]!.values, ['ok0', 'ok1']);
  assert.ok(batches.length <= 2);
  await mgr2.close();
});

test('a torn write fails the append and recovery drops the torn batch', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(testBatch({ records: values('ok', 2) }), { leaderEpoch: 0 });
  fs.failNext('write', 'torn');
  await assert.rejects(log.append(testBatch({ records: values('torn', 3) }), { leaderEpoch: 0 }), { code: 'KAFKA_STORAGE_ERROR' });
  fs.crash({ keepRandomTail: () => 1 }); // keep every unsynced byte: the torn half-batch is on disk
  const mgr2 = await openManager(fs, clock.now);
  const log2 = mgr2.get('t', 0)!;
  assert.equal(log2.logEndOffset, 2);
  const r = await log2.append(testBatch({ records: values('next', 1) }), { leaderEpoch: 0 });
  assert.equal(r.baseOffset, 2);
  assert.deepEqual((await readAll(log2, 0)).map((b) => b.values[0]), ['ok0', 'next0']);
  await mgr2.close();
});
