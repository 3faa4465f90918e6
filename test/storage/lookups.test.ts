/** ListOffsets by timestamp and max timestamp, OffsetForLeaderEpoch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { testBatch, values } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

test('offsetForTimestamp finds the first record at or after a timestamp, across segments and restarts', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  let mgr = await openManager(fs, clock.now);
  let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 600, indexIntervalBytes: 100 }), 'id');
  // Batch i holds 3 records with timestamps 1000*i + 0, 10, 20.
  for (let i = 0; i < 30; i++) {
    await log.append(testBatch({ records: [0, 10, 20].map((d) => ({ value: `v${i}-${d}`, timestamp: 1000 * i + d })) }), { leaderEpoch: i < 15 ? 1 : 2 });
  }
  const check = async () => {
    assert.deepEqual(await log.offsetForTimestamp(0), { offset: 0, timestamp: 0, leaderEpoch: 1 });
    assert.deepEqual(await log.offsetForTimestamp(5005), { offset: 16, timestamp: 5010, leaderEpoch: 1 });
    assert.deepEqual(await log.offsetForTimestamp(21_000), { offset: 63, timestamp: 21_000, leaderEpoch: 2 });
    assert.deepEqual(await log.offsetForTimestamp(29_011), { offset: 89, timestamp: 29_020, leaderEpoch: 2 });
    assert.equal(await log.offsetForTimestamp(29_021), null);
    assert.deepEqual(log.maxTimestampOffset(), { offset: 89, timestamp: 29_020 });
  };
  await check();
  await mgr.close();
  mgr = await openManager(fs, clock.now);
  log = mgr.get('t', 0)!;
  await check();
  await log.deleteRecordsBefore(50);
  assert.deepEqual(await log.offsetForTimestamp(0), { offset: 50, timestamp: 16_020, leaderEpoch: 2 });
  await mgr.close();
});

test('maxTimestampOffset of an empty log is -1/-1', async () => {
  const mgr = await openManager(new MemoryFileSystem(), testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  assert.deepEqual(log.maxTimestampOffset(), { offset: -1, timestamp: -1 });
  assert.equal(await log.offsetForTimestamp(0), null);
  await mgr.close();
});

test('endOffsetForEpoch follows OffsetForLeaderEpoch semantics and survives restart and truncation', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  let mgr = await openManager(fs, clock.now);
  let log = await mgr.create('t', 0, smallConfig(), 'id');
  assert.deepEqual(log.endOffsetForEpoch(0), { epoch: -1, endOffset: -1 });
  for (const [epoch, n] of [[1, 3], [3, 4], [4, 2]] as const) {
    for (let i = 0; i < n; i++) await log.append(testBatch({ records: values('x', 1) }), { leaderEpoch: epoch });
  }
  const check = () => {
    assert.equal(log.latestEpoch(), 4);
    assert.deepEqual(log.endOffsetForEpoch(4), { epoch: 4, endOffset: 9 });
    assert.deepEqual(log.endOffsetForEpoch(3), { epoch: 3, endOffset: 7 });
    assert.deepEqual(log.endOffsetForEpoch(2), { epoch: 1, endOffset: 3 }, 'unknown epoch: the one below it and where the next began');
    assert.deepEqual(log.endOffsetForEpoch(0), { epoch: 0, endOffset: 0 });
    assert.deepEqual(log.endOffsetForEpoch(7), { epoch: -1, endOffset: -1 });
  };
  check();
  await mgr.close();
  mgr = await openManager(fs, clock.now);
  log = mgr.get('t', 0)!;
  check();
  assert.ok((await fs.readFile('/data/t-0/leader-epoch-checkpoint')).toString().startsWith('0\n3\n1 0\n3 3\n4 7\n'));
  await log.truncateTo(5);
  assert.equal(log.latestEpoch(), 3);
  assert.deepEqual(log.endOffsetForEpoch(3), { epoch: 3, endOffset: 5 });
  await mgr.close();
});

test('replication appends keep the leader offsets and epochs', async () => {
  const mgr = await openManager(new MemoryFileSystem(), testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const b = testBatch({ records: values('r', 3), baseOffset: 10, leaderEpoch: 6 });
  await log.truncateFullyAndStartAt(10);
  const r = await log.append(b, { leaderEpoch: 0, origin: 'replication' });
  assert.deepEqual([r.baseOffset, r.lastOffset], [10, 12]);
  assert.equal(log.latestEpoch(), 6);
  await assert.rejects(log.append(testBatch({ records: values('r', 1), baseOffset: 11 }), { leaderEpoch: 0, origin: 'replication' }), { code: 'INVALID_RECORD' });
  await mgr.close();
});

test('offsetForTimestamp finds the exact record inside a compressed batch', async () => {
  const { buildBatch } = await import('../../src/protocol/record-batch/batch-builder.ts');
  const { CompressionCodec } = await import('../../src/protocol/record-batch/batch-header.ts');
  const mgr = await openManager(new MemoryFileSystem(), testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(testBatch({ records: values('plain', 2, 100) }), { leaderEpoch: 3 });
  const gz = buildBatch({ records: [500, 600, 700, 800].map((timestamp) => ({ value: `z${timestamp}`, timestamp })), compression: CompressionCodec.Gzip });
  await log.append(gz, { leaderEpoch: 3 });
  assert.deepEqual(await log.offsetForTimestamp(650), { offset: 4, timestamp: 700, leaderEpoch: 3 });
  assert.deepEqual(log.maxTimestampOffset(), { offset: 5, timestamp: 800 });
  await mgr.close();
});
