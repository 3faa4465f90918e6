import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { testBatch, values, decodeBatches, readAll } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

test('append assigns offsets from the log end and read returns whole batches in order', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const r1 = await log.append(testBatch({ records: values('a', 3) }), { leaderEpoch: 5 });
  const r2 = await log.append(testBatch({ records: values('b', 2) }), { leaderEpoch: 5 });
  assert.deepEqual([r1.baseOffset, r1.lastOffset, r2.baseOffset, r2.lastOffset], [0, 2, 3, 4]);
  assert.equal(log.logEndOffset, 5);
  assert.equal(r1.logAppendTime, -1);
  const all = decodeBatches((await log.read(0, 1 << 20, log.logEndOffset)).records);
  assert.deepEqual(all.map((b) => [b.baseOffset, b.leaderEpoch, ...b.values]), [
    [0, 5, 'a0', 'a1', 'a2'],
    [3, 5, 'b0', 'b1'],
  ]);
  // Reading from inside a batch returns that whole batch; upTo excludes batches reaching it.
  assert.deepEqual(decodeBatches((await log.read(1, 1 << 20, 5)).records).map((b) => b.baseOffset), [0, 3]);
  assert.deepEqual(decodeBatches((await log.read(0, 1 << 20, 4)).records).map((b) => b.baseOffset), [0]);
  assert.equal((await log.read(5, 100, 5)).records.length, 0);
  await assert.rejects(log.read(6, 100, 10), { code: 'OFFSET_OUT_OF_RANGE' });
  await mgr.close();
});

test('maxBytes limits a read to whole batches; minOneBatch returns an oversized first batch', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const b = testBatch({ records: values('x', 5) });
  for (let i = 0; i < 3; i++) await log.append(Buffer.from(b), { leaderEpoch: 0 });
  const one = (await log.read(0, b.length + 10, 100)).records;
  assert.equal(one.length, b.length);
  assert.equal((await log.read(0, 10, 100)).records.length, 0);
  assert.equal((await log.read(0, 10, 100, { minOneBatch: true })).records.length, b.length);
  await mgr.close();
});

test('segments roll by segment.bytes and reads cross segment boundaries', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 1024 }), 'id');
  for (let i = 0; i < 40; i++) await log.append(testBatch({ records: values(`v${i}-`, 3) }), { leaderEpoch: 0 });
  assert.ok(log.segments.length > 3, `expected several segments, got ${log.segments.length}`);
  const names = await fs.readdir('/data/t-0');
  assert.ok(names.includes('00000000000000000000.log'));
  assert.ok(names.some((n) => n.endsWith('.index')) && names.some((n) => n.endsWith('.timeindex')));
  const seen: string[] = [];
  let offset = 0;
  while (offset < log.logEndOffset) {
    const batches = decodeBatches((await log.read(offset, 500, log.logEndOffset, { minOneBatch: true })).records);
    assert.ok(batches.length > 0);
    for (const b of batches) seen.push(...(b.values as string[]));
    offset = batches[batches.length - 1]!.lastOffset + 1;
  }
  assert.equal(seen.length, 120);
  assert.equal(seen[119], 'v39-2');
  await mgr.close();
});

test('a clean restart and an unclean restart both recover every acknowledged batch', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  let mgr = await openManager(fs, clock.now);
  let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 2048 }), 'topic-id');
  for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`r${i}-`, 2) }), { leaderEpoch: 1 });
  await mgr.close();
  mgr = await openManager(fs, clock.now);
  log = mgr.get('t', 0)!;
  assert.equal(log.topicId, 'topic-id');
  assert.equal(log.logEndOffset, 60);
  await log.append(testBatch({ records: values('after', 1) }), { leaderEpoch: 2 });
  // No close: simulated power loss.
  fs.crash();
  mgr = await openManager(fs, clock.now);
  log = mgr.get('t', 0)!;
  assert.equal(log.logEndOffset, 61);
  const batches = await readAll(log, 0);
  assert.equal(batches.length, 31);
  assert.deepEqual(batches[30]!.values, ['after0']);
  assert.equal(log.latestEpoch(), 2);
  assert.deepEqual(log.endOffsetForEpoch(1), { epoch: 1, endOffset: 60 });
  await mgr.close();
});

test('bad batches are refused with typed errors and nothing is written', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const good = testBatch({ records: values('a', 2) });
  const flipped = Buffer.from(good);
  flipped[70]! ^= 1;
  await assert.rejects(log.append(flipped, { leaderEpoch: 0 }), { code: 'CORRUPT_MESSAGE' });
  await assert.rejects(log.append(good.subarray(0, good.length - 3), { leaderEpoch: 0 }), { code: 'CORRUPT_MESSAGE' });
  await assert.rejects(log.append(Buffer.alloc(0), { leaderEpoch: 0 }), { code: 'INVALID_RECORD' });
  await assert.rejects(log.append(testBatch({ records: values('c', 1), control: true }), { leaderEpoch: 0 }), { code: 'INVALID_RECORD' });
  const v1 = Buffer.from(good);
  v1.writeInt8(1, 16);
  await assert.rejects(log.append(v1, { leaderEpoch: 0 }), { code: 'UNSUPPORTED_FOR_MESSAGE_FORMAT' });
  await assert.rejects(log.append(Buffer.concat([good, good]).subarray(0, good.length * 2 - 1), { leaderEpoch: 0 }), { code: 'CORRUPT_MESSAGE' });
  assert.equal(log.logEndOffset, 0);
  assert.equal(log.sizeInBytes(), 0);
  const big = testBatch({ records: [{ value: 'x'.repeat(5000) }] });
  await assert.rejects(log.append(big, { leaderEpoch: 0 }), { code: 'RECORD_LIST_TOO_LARGE' });
  await mgr.close();
});

test('a batch failing its CRC after good ones (checked while the write runs) leaves no byte behind', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  for (const flushMessages of [1, Number.MAX_SAFE_INTEGER]) {
    const mgr = await openManager(fs, clock.now);
    const log = await mgr.create(`t${flushMessages}`, 0, smallConfig({ flushMessages }), 'id');
    await log.append(testBatch({ records: values('a', 2) }), { leaderEpoch: 0 });
    const size = log.sizeInBytes();
    const file = `${log.dir}/00000000000000000000.log`;
    const bad = testBatch({ records: values('b', 3) });
    bad[bad.length - 1]! ^= 0x40; // a value byte: only the CRC can tell
    await assert.rejects(log.append(bad, { leaderEpoch: 0 }), { code: 'CORRUPT_MESSAGE' });
    assert.equal(log.isOffline, false, 'a bad batch is the client\'s fault, not the disk\'s');
    assert.equal(log.sizeInBytes(), size);
    assert.equal((await fs.readFile(file)).length, size, 'the file was cut back to the last good batch');
    // A shorter good batch next: nothing of the bad one may survive after it.
    await log.append(testBatch({ records: values('c', 1) }), { leaderEpoch: 0 });
    assert.deepEqual((await readAll(log, 0)).flatMap((b) => b.values), ['a0', 'a1', 'c0']);
    await log.flush(); // with flushing off, a power loss may take unflushed appends (by design)
    await mgr.checkpoint();
    fs.crash();
    const mgr2 = await openManager(fs, clock.now);
    assert.deepEqual((await readAll(mgr2.get(`t${flushMessages}`, 0)!, 0)).flatMap((b) => b.values), ['a0', 'a1', 'c0']);
    await mgr2.close();
  }
});

test('a read from where the last one stopped starts at the remembered position, and truncation forgets it', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig({ indexIntervalBytes: 1 << 20 }), 'id');
  for (let i = 0; i < 6; i++) await log.append(testBatch({ records: values(`a${i}-`, 2) }), { leaderEpoch: 0 });
  const first = decodeBatches((await log.read(0, 1, 100, { minOneBatch: true })).records);
  assert.deepEqual(first.map((b) => b.baseOffset), [0]);
  // Offset 2 is now a known boundary; reading from it gives the batch there.
  assert.deepEqual(decodeBatches((await log.read(2, 1, 100, { minOneBatch: true })).records).flatMap((b) => b.values), ['a1-0', 'a1-1']);
  assert.deepEqual(decodeBatches((await log.read(4, 1, 100, { minOneBatch: true })).records).flatMap((b) => b.values), ['a2-0', 'a2-1']);
  // Rewrite the tail with batches of another size: the old positions of offsets 4 and 6 are wrong now.
  await log.truncateTo(2);
  await log.append(testBatch({ records: values('long-value-', 3) }), { leaderEpoch: 1 });
  await log.append(testBatch({ records: values('x', 1) }), { leaderEpoch: 1 });
  assert.deepEqual(decodeBatches((await log.read(4, 1, 100, { minOneBatch: true })).records).flatMap((b) => b.values), ['long-value-0', 'long-value-1', 'long-value-2']);
  assert.deepEqual((await readAll(log, 2)).flatMap((b) => b.values), ['long-value-0', 'long-value-1', 'long-value-2', 'x0']);
  await mgr.close();
});

test('several batches in one append get consecutive offsets', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const r = await log.append(Buffer.concat([testBatch({ records: values('a', 2) }), testBatch({ records: values('b', 3) })]), { leaderEpoch: 0 });
  assert.deepEqual([r.baseOffset, r.lastOffset], [0, 4]);
  assert.deepEqual(decodeBatches((await log.read(0, 1 << 20, 5)).records).map((b) => b.baseOffset), [0, 2]);
  await mgr.close();
});

test('LogAppendTime topics stamp the append time and return it', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock(1_800_000_000_000);
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ messageTimestampType: 'LogAppendTime' }), 'id');
  const r = await log.append(testBatch({ records: values('a', 2, 1000) }), { leaderEpoch: 0 });
  assert.equal(r.logAppendTime, 1_800_000_000_000);
  const [b] = decodeBatches((await log.read(0, 1 << 20, 2)).records);
  assert.equal(b!.maxTimestamp, 1_800_000_000_000);
  await mgr.close();
});

test('truncateTo removes whole batches from the offset on, across segments, and appends continue there', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 600 }), 'id');
  for (let i = 0; i < 20; i++) await log.append(testBatch({ records: values(`x${i}-`, 2) }), { leaderEpoch: i < 10 ? 1 : 2 });
  await log.truncateTo(13); // inside the batch 12-13: that batch goes whole
  assert.equal(log.logEndOffset, 12);
  assert.equal(log.latestEpoch(), 1);
  const r = await log.append(testBatch({ records: values('new', 1) }), { leaderEpoch: 3 });
  assert.equal(r.baseOffset, 12);
  const batches = await readAll(log, 0);
  assert.deepEqual(batches.map((b) => b.baseOffset), [0, 2, 4, 6, 8, 10, 12]);
  assert.deepEqual(batches[6]!.values, ['new0']);
  await log.truncateFullyAndStartAt(100);
  assert.equal(log.logStartOffset, 100);
  assert.equal(log.logEndOffset, 100);
  assert.equal((await log.append(testBatch({ records: values('z', 1) }), { leaderEpoch: 4 })).baseOffset, 100);
  await mgr.close();
});

test('segments roll by segment.ms (from the first batch timestamp) and when the offset index is full', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 1 << 20, segmentMs: 60_000 }), 'id');
  const t0 = clock.now();
  await log.append(testBatch({ records: values('a', 1, t0) }), { leaderEpoch: 0 });
  await log.append(testBatch({ records: values('b', 1, t0 + 59_000) }), { leaderEpoch: 0 });
  assert.equal(log.segments.length, 1);
  await log.append(testBatch({ records: values('c', 1, t0 + 61_000) }), { leaderEpoch: 0 });
  assert.deepEqual(log.segments.map((s) => s.baseOffset), [0, 2]);
  // segment.index.bytes of 16 holds 2 offset index entries; a full index forces a roll.
  const log2 = await mgr.create('t', 1, smallConfig({ segmentBytes: 1 << 20, segmentIndexBytes: 16, indexIntervalBytes: 1 }), 'id');
  for (let i = 0; i < 6; i++) await log2.append(testBatch({ records: values(`x${i}`, 1) }), { leaderEpoch: 0 });
  assert.ok(log2.segments.length >= 2, `${log2.segments.length} segments`);
  assert.equal((await readAll(log2, 0)).length, 6);
  await mgr.close();
});
