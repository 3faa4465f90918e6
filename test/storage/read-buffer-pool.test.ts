import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadBufferPool } from '../../src/storage/segment/read-buffer-pool.ts';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { testBatch, decodeBatches } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

test('a released read buffer is handed out again; a second release does nothing', () => {
  const pool = new ReadBufferPool(4 * 1024 * 1024);
  const a = pool.acquire(1000 * 1024);
  assert.equal(a.buffer.length, 1024 * 1024, 'rounded up to a power of two');
  a.release();
  a.release();
  assert.equal(pool.idle, 1024 * 1024);
  const b = pool.acquire(600 * 1024);
  assert.equal(b.buffer, a.buffer);
  const c = pool.acquire(600 * 1024);
  assert.notEqual(c.buffer, a.buffer, 'the one idle buffer was taken; a new one is made');
  assert.equal(pool.idle, 0);
});

test('the pool keeps at most its limit idle and leaves small and huge reads alone', () => {
  const pool = new ReadBufferPool(2 * 1024 * 1024);
  const held = [pool.acquire(1 << 20), pool.acquire(1 << 20), pool.acquire(1 << 20)];
  for (const h of held) h.release();
  assert.equal(pool.idle, 2 * 1024 * 1024);
  const small = pool.acquire(1000);
  assert.equal(small.buffer.length, 1000);
  small.release();
  const huge = pool.acquire(32 * 1024 * 1024);
  huge.release();
  assert.equal(pool.idle, 2 * 1024 * 1024);
  const off = new ReadBufferPool(0);
  const x = off.acquire(1 << 20);
  x.release();
  assert.equal(off.idle, 0);
});

test('reads that release their buffers get correct bytes from the reused ones', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 64 << 20 }), 'id');
  const big = 'v'.repeat(30_000);
  for (let i = 0; i < 40; i++) await log.append(testBatch({ records: [{ value: `${i}:${big}` }] }), { leaderEpoch: 0 });
  const seen: string[] = [];
  for (let offset = 0; offset < log.logEndOffset; ) {
    const r = await log.read(offset, 100_000, log.logEndOffset, { minOneBatch: true });
    const batches = decodeBatches(r.records);
    assert.ok(batches.length > 0);
    seen.push(...batches.flatMap((b) => b.values.map((v) => v!.split(':')[0]!)));
    offset = batches[batches.length - 1]!.lastOffset + 1;
    r.release();
  }
  assert.deepEqual(seen, Array.from({ length: 40 }, (_, i) => String(i)));
  await mgr.close();
});
