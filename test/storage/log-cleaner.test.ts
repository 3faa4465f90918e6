/** Compaction: latest value per key, offsets kept, tombstones after delete.retention.ms, transactions, crash safety. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { CompressionCodec, isControl } from '../../src/protocol/record-batch/batch-header.ts';
import { buildTxnMarkerBatch, ControlRecordType, readControlBatch } from '../../src/protocol/record-batch/control-batch.ts';
import { readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import type { PartitionLog } from '../../src/storage/log/partition-log.ts';
import { testBatch } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

const HOUR = 3600_000;
const compactConfig = (o = {}) => smallConfig({ cleanupPolicy: ['compact'], segmentBytes: 600, deleteRetentionMs: HOUR, ...o });

/** offset → [key, value] for every record in the log, decoding any codec. */
async function contents(log: PartitionLog): Promise<Map<number, [string | null, string | null]>> {
  const out = new Map<number, [string | null, string | null]>();
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const { records } = await log.read(offset, 1 << 20, log.logEndOffset, { minOneBatch: true });
    if (records.length === 0) break;
    for (let at = 0; at < records.length; ) {
      const size = records.readInt32BE(at + 8) + 12;
      const batch = records.subarray(at, at + size);
      for (const r of readRecords(batch, { maxDecompressedBytes: 1 << 20 })) out.set(r.offset, [r.key?.toString() ?? null, r.value?.toString() ?? null]);
      offset = batch.readInt32BE(0) * 2 ** 32 + batch.readUInt32BE(4) + batch.readInt32BE(23) + 1;
      at += size;
    }
  }
  return out;
}

const put = (log: PartitionLog, key: string, value: string | null, ts: number) => log.append(testBatch({ records: [{ key, value, timestamp: ts }] }), { leaderEpoch: 0 });

test('compaction keeps the latest value of every key at its original offset', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('c', 0, compactConfig(), 'id');
  const expected = new Map<string, [number, string]>();
  for (let round = 0; round < 4; round++) {
    for (let k = 0; k < 8; k++) {
      if (round > 0 && k % (round + 1) !== 0) continue;
      const r = await put(log, `k${k}`, `r${round}`, clock.now());
      expected.set(`k${k}`, [r.baseOffset, `r${round}`]);
    }
  }
  await log.rollNow();
  const before = log.sizeInBytes();
  const end = log.logEndOffset;
  assert.ok((await mgr.runCleaner({ force: true })) > 0);
  assert.ok(log.sizeInBytes() < before);
  assert.equal(log.logEndOffset, end);
  const got = await contents(log);
  assert.equal(got.size, expected.size, 'one record per key is left');
  for (const [k, [offset, value]] of expected) assert.deepEqual(got.get(offset), [k, value]);
  // The result survives a restart (indexes rebuilt for the swapped segments).
  await mgr.close();
  const mgr2 = await openManager(fs, clock.now);
  assert.deepEqual(await contents(mgr2.get('c', 0)!), got);
  await mgr2.close();
});

test('tombstones stay for delete.retention.ms after they are first cleaned, then go', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('c', 0, compactConfig(), 'id');
  await put(log, 'a', 'a1', clock.now());
  await put(log, 'b', 'b1', clock.now());
  const tomb = await put(log, 'a', null, clock.now());
  await log.rollNow();
  await mgr.runCleaner({ force: true });
  let got = await contents(log);
  assert.deepEqual(got.get(tomb.baseOffset), ['a', null], 'the tombstone is kept');
  assert.equal(got.get(0), undefined, 'the value it deletes is gone');
  clock.advance(HOUR - 1000);
  await mgr.runCleaner();
  assert.deepEqual((await contents(log)).get(tomb.baseOffset), ['a', null], 'still within delete.retention.ms');
  clock.advance(2000);
  await mgr.runCleaner(); // the passed delete horizon makes the log eligible by itself
  got = await contents(log);
  assert.equal(got.get(tomb.baseOffset), undefined, 'tombstone removed after delete.retention.ms');
  assert.deepEqual(got.get(1), ['b', 'b1']);
  await mgr.close();
});

test('min.cleanable.dirty.ratio and min.compaction.lag.ms hold the cleaner back', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('c', 0, compactConfig({ minCleanableDirtyRatio: 0.99, minCompactionLagMs: HOUR }), 'id');
  for (let i = 0; i < 20; i++) await put(log, 'same', `v${i}`, clock.now());
  await log.rollNow();
  assert.equal(await mgr.runCleaner({ force: true }), 0, 'records younger than min.compaction.lag.ms are not compacted');
  clock.advance(2 * HOUR);
  log.updateConfig(compactConfig({ minCleanableDirtyRatio: 0.99 }));
  assert.ok((await mgr.runCleaner()) > 0, 'a dirty ratio of 1 cleans');
  assert.equal((await contents(log)).size, 1);
  // Nothing new is dirty: the ratio is 0 now.
  assert.equal(await mgr.runCleaner(), 0);
  await mgr.close();
});

test('compressed batches are compacted and stay compressed; committed transactions compact, aborted ones go, then their markers', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('c', 0, compactConfig({ segmentBytes: 100_000 }), 'id');
  const txn = (pid: number, seq: number, key: string, value: string) =>
    log.append(testBatch({ records: [{ key, value, timestamp: clock.now() }], producerId: pid, producerEpoch: 0, baseSequence: seq, transactional: true }), { leaderEpoch: 0 });
  const marker = (pid: number, type: ControlRecordType.Abort | ControlRecordType.Commit) =>
    log.append(buildTxnMarkerBatch({ type, producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, timestamp: clock.now() }), { leaderEpoch: 0, origin: 'coordinator' });
  const gz = buildBatch({ records: ['x', 'y', 'x', 'z'].map((key, i) => ({ key, value: `g${i}`, timestamp: clock.now() })), compression: CompressionCodec.Gzip });
  await log.append(gz, { leaderEpoch: 0 }); // 0-3
  await txn(7, 0, 'y', 'committed'); // 4
  await marker(7, ControlRecordType.Commit); // 5
  await txn(8, 0, 'x', 'aborted'); // 6
  await marker(8, ControlRecordType.Abort); // 7
  await put(log, 'z', 'plain', clock.now()); // 8
  await txn(8, 1, 'w', 'later'); // 9: producer 8's last batch is this one, not the aborted one
  await marker(8, ControlRecordType.Commit); // 10
  await log.rollNow();
  const kinds = async () => {
    const out: [number, string][] = [];
    for (let o = 0; o < log.logEndOffset; ) {
      const { records } = await log.read(o, 1 << 20, log.logEndOffset, { minOneBatch: true });
      if (records.length === 0) break;
      for (let at = 0; at < records.length; at += records.readInt32BE(at + 8) + 12) {
        const b = records.subarray(at, at + records.readInt32BE(at + 8) + 12);
        const base = Number(b.readBigInt64BE(0));
        out.push([base, isControl(b.readInt16BE(21)) ? (readControlBatch(b)?.type === ControlRecordType.Abort ? 'ABORT' : 'COMMIT') : `${b.readInt32BE(57)}`]);
        o = base + b.readInt32BE(23) + 1;
      }
    }
    return out;
  };
  await mgr.runCleaner({ force: true });
  const got = await contents(log);
  // x@0 is superseded by x@2 (the aborted x@6 supersedes nothing and goes), y@1 by the committed
  // y@4, z@3 by z@8.
  assert.deepEqual([...got.keys()].filter((o) => ![5, 7, 10].includes(o)).sort((a, b) => a - b), [2, 4, 8, 9]);
  assert.deepEqual(got.get(2), ['x', 'g2']);
  assert.deepEqual(got.get(4), ['y', 'committed']);
  const { records } = await log.read(0, 1 << 20, 10);
  assert.equal(records.readInt16BE(21) & 7, CompressionCodec.Gzip);
  // Both markers stay this time: their transactions had batches in this cleaning; the abort keeps its index entry.
  assert.deepEqual((await kinds()).filter(([, k]) => k === 'ABORT' || k === 'COMMIT'), [[5, 'COMMIT'], [7, 'ABORT'], [10, 'COMMIT']]);
  assert.deepEqual((await log.abortedTransactions(0, 11)).map((t) => [t.producerId, t.firstOffset]), [[8, 6]]);
  // Next cleaning: the aborted transaction has nothing left, so its marker gets a delete horizon and
  // its index entry goes; the commit markers stay while their transactions' records live.
  await mgr.runCleaner({ force: true });
  assert.deepEqual(await log.abortedTransactions(0, 11), []);
  assert.deepEqual((await kinds()).filter(([, k]) => k === 'ABORT' || k === 'COMMIT'), [[5, 'COMMIT'], [7, 'ABORT'], [10, 'COMMIT']]);
  clock.advance(HOUR + 1);
  await mgr.runCleaner({ force: true });
  assert.deepEqual((await kinds()).filter(([, k]) => k === 'ABORT' || k === 'COMMIT'), [[5, 'COMMIT'], [10, 'COMMIT']], 'the abort marker is gone after delete.retention.ms');
  // y is superseded by a plain write: the committed transaction empties, its marker goes after its
  // horizon (producer 7 wrote again, so the emptied batch is not the one holding its last sequence).
  await put(log, 'y', 'plain', clock.now()); // 11
  await txn(7, 1, 'v', 'again'); // 12
  await marker(7, ControlRecordType.Commit); // 13
  await log.rollNow();
  await mgr.runCleaner({ force: true });
  await mgr.runCleaner({ force: true });
  clock.advance(HOUR + 1);
  await mgr.runCleaner({ force: true });
  assert.deepEqual((await kinds()).filter(([, k]) => k === 'ABORT' || k === 'COMMIT'), [[10, 'COMMIT'], [13, 'COMMIT']]);
  assert.deepEqual((await contents(log)).get(4), undefined);
  await mgr.close();
});

test('a crash at any point of a cleaning loses nothing: latest values survive, old or new segment', async () => {
  const clock = testClock();
  // Every third record has a key of its own (it must survive in rewritten segments); the others
  // cycle through 5 keys.
  const keyOf = (i: number) => (i % 3 === 0 ? `u${i}` : `k${i % 5}`);
  const latest = new Map<string, number>();
  for (let i = 0; i < 30; i++) latest.set(keyOf(i), i);
  const build = async (fs: MemoryFileSystem) => {
    const mgr = await openManager(fs, clock.now);
    const log = await mgr.create('c', 0, compactConfig({ segmentBytes: 400 }), 'id');
    for (let i = 0; i < 30; i++) await put(log, keyOf(i), `v${i}`, clock.now());
    await log.rollNow();
    return mgr;
  };
  let points = 0;
  for (let n = 0; ; n++) {
    const fs = new MemoryFileSystem();
    const mgr = await build(fs);
    fs.crashAfter(n);
    await mgr.runCleaner({ force: true }).catch(() => undefined); // the cleaner logs and swallows its errors
    const completed = !fs.crashed;
    fs.crash();
    const mgr2 = await openManager(fs, clock.now);
    const got = await contents(mgr2.get('c', 0)!);
    for (const [key, offset] of latest) assert.deepEqual(got.get(offset), [key, `v${offset}`], `crash point ${n}`);
    for (const [offset, [key, value]] of got) assert.equal(value, `v${offset}`, `crash point ${n}: ${key}@${offset}`);
    if (completed) assert.equal(got.size, latest.size, 'a completed cleaning left one record per key');
    await mgr2.close();
    points++;
    if (completed) break;
  }
  assert.ok(points > 5);
});

test('a small offset map cleans a segment range at a time and still ends with one record per key', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  // About 2 keys' worth of offset map: every cleaning maps one or two segments and stops there.
  const mgr = await openManager(fs, clock.now, { cleanerOffsetMapBytes: 150 });
  const log = await mgr.create('c', 0, compactConfig(), 'id');
  const expected = new Map<string, [number, string]>();
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < 12; k++) {
      const r = await put(log, `key-${k}`, `v${round}`, clock.now());
      expected.set(`key-${k}`, [r.baseOffset, `v${round}`]);
    }
  }
  await log.rollNow();
  const segmentsBefore = log.segments.length;
  assert.ok(segmentsBefore > 4, `${segmentsBefore} segments`);
  const total = (await contents(log)).size;
  await mgr.runCleaner({ force: true });
  const afterOne = (await contents(log)).size;
  assert.ok(afterOne > expected.size, `one cleaning with a tiny map leaves older values (${afterOne} of ${total} records)`);
  let rewrites = 0;
  for (let pass = 0; pass < 40; pass++) rewrites += await mgr.runCleaner({ force: true });
  assert.ok(rewrites > 1, `later cleanings go on where the first stopped (${rewrites} segments rewritten)`);
  const got = await contents(log);
  assert.equal(got.size, expected.size, 'one record per key is left');
  for (const [k, [offset, value]] of expected) assert.deepEqual(got.get(offset), [k, value]);
  await mgr.close();
});

/** What a read_committed consumer sees (the Java consumer's rule): key → value, last one winning. */
async function committedView(log: PartitionLog): Promise<Map<string, string>> {
  const aborted = (await log.abortedTransactions(0, log.logEndOffset)).sort((a, b) => a.firstOffset - b.firstOffset);
  const abortedPids = new Set<number>();
  const seen = new Map<string, string>();
  for (let o = log.logStartOffset; o < log.logEndOffset; ) {
    const { records } = await log.read(o, 1 << 20, log.logEndOffset, { minOneBatch: true });
    if (records.length === 0) break;
    for (let at = 0; at < records.length; at += records.readInt32BE(at + 8) + 12) {
      const b = records.subarray(at, at + records.readInt32BE(at + 8) + 12);
      const last = Number(b.readBigInt64BE(0)) + b.readInt32BE(23);
      const pid = Number(b.readBigInt64BE(43));
      o = last + 1;
      while (aborted.length > 0 && aborted[0]!.firstOffset <= last) abortedPids.add(aborted.shift()!.producerId);
      if (isControl(b.readInt16BE(21))) {
        if (b.readInt32BE(57) > 0 && readControlBatch(b)?.type === ControlRecordType.Abort) abortedPids.delete(pid);
        continue;
      }
      if ((b.readInt16BE(21) & 16) !== 0 && abortedPids.has(pid)) continue;
      for (const r of readRecords(b, { maxDecompressedBytes: 1 << 20 })) seen.set(r.key!.toString(), r.value!.toString());
    }
  }
  return seen;
}

test('a crash at any point of cleaning a transactional log: a read_committed reader never sees an aborted value and keeps every committed latest one', async () => {
  const clock = testClock();
  const expected = new Map<string, string>();
  const build = async (fs: MemoryFileSystem) => {
    const mgr = await openManager(fs, clock.now);
    const log = await mgr.create('c', 0, compactConfig({ segmentBytes: 500 }), 'id');
    const seq = new Map<number, number>();
    for (let i = 0; i < 12; i++) {
      const pid = 20 + (i % 3);
      const key = `k${i % 4}`;
      const s = seq.get(pid) ?? 0;
      seq.set(pid, s + 1);
      await log.append(testBatch({ records: [{ key, value: `v${i}`, timestamp: clock.now() }], producerId: pid, producerEpoch: 0, baseSequence: s, transactional: true }), { leaderEpoch: 0 });
      const abort = i % 3 === 1;
      await log.append(buildTxnMarkerBatch({ type: abort ? ControlRecordType.Abort : ControlRecordType.Commit, producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, timestamp: clock.now() }), { leaderEpoch: 0, origin: 'coordinator' });
      if (!abort) expected.set(key, `v${i}`);
    }
    await log.rollNow();
    return mgr;
  };
  let points = 0;
  for (let n = 0; ; n++) {
    const fs = new MemoryFileSystem();
    const mgr = await build(fs);
    assert.deepEqual(await committedView(mgr.get('c', 0)!), expected, 'before cleaning');
    fs.crashAfter(n);
    await (async () => {
      await mgr.runCleaner({ force: true });
      await mgr.runCleaner({ force: true });
      clock.advance(HOUR + 1);
      await mgr.runCleaner({ force: true });
    })().catch(() => undefined);
    const completed = !fs.crashed;
    fs.crash();
    const mgr2 = await openManager(fs, clock.now);
    assert.deepEqual(await committedView(mgr2.get('c', 0)!), expected, `crash point ${n}`);
    await mgr2.close();
    points++;
    if (completed) break;
  }
  assert.ok(points > 10, `${points} crash points`);
});
