/**
 * The aborted-transaction index (`.txnindex`, KIP-98): entries written by ABORT markers with the
 * transaction's first offset and the last stable offset, collected for read_committed fetches across
 * segments, and kept right through restarts, crashes, truncation and retention.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { buildTxnMarkerBatch, ControlRecordType } from '../../src/protocol/record-batch/control-batch.ts';
import type { PartitionLog } from '../../src/storage/log/partition-log.ts';
import type { LogManager } from '../../src/storage/dirs/log-manager.ts';
import { testBatch, values } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

const clock = testClock();
const seqs = new Map<number, number>();

function data(log: PartitionLog, pid: number, n = 2): Promise<{ baseOffset: number }> {
  const seq = seqs.get(pid) ?? 0;
  seqs.set(pid, seq + n);
  return log.append(testBatch({ records: values(`p${pid}-`, n), producerId: pid, producerEpoch: 0, baseSequence: seq, transactional: true }), { leaderEpoch: 0 });
}

function marker(log: PartitionLog, pid: number, type: ControlRecordType.Abort | ControlRecordType.Commit): Promise<{ baseOffset: number }> {
  return log.append(buildTxnMarkerBatch({ type, producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, timestamp: clock.now() }), { leaderEpoch: 0, origin: 'coordinator' });
}

async function fresh(segmentBytes = 4096): Promise<{ fs: MemoryFileSystem; mgr: LogManager; log: PartitionLog }> {
  seqs.clear();
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes }), 'id');
  return { fs, mgr, log };
}

test('an ABORT marker indexes its transaction with the last stable offset; COMMIT markers do not', async () => {
  const { mgr, log } = await fresh();
  await data(log, 1); // 0-1, producer 1
  await data(log, 2); // 2-3, producer 2
  await data(log, 1); // 4-5
  const abort1 = await marker(log, 1, ControlRecordType.Abort); // 6: producer 2 still open from 2
  const commit2 = await marker(log, 2, ControlRecordType.Commit); // 7
  await data(log, 3); // 8-9
  const abort3 = await marker(log, 3, ControlRecordType.Abort); // 10: nothing open
  assert.equal(abort1.baseOffset, 6);
  assert.equal(commit2.baseOffset, 7);
  assert.equal(abort3.baseOffset, 10);
  assert.deepEqual(await log.active.txnIndex.entries(), [
    { producerId: 1, firstOffset: 0, lastOffset: 6, lastStableOffset: 2 },
    { producerId: 3, firstOffset: 8, lastOffset: 10, lastStableOffset: 11 },
  ]);
  // A fetch of [3, 8) overlaps producer 1's aborted transaction only; [0, 11) both.
  assert.deepEqual((await log.abortedTransactions(3, 8)).map((t) => t.producerId), [1]);
  assert.deepEqual((await log.abortedTransactions(0, 11)).map((t) => t.producerId), [1, 3]);
  assert.deepEqual(await log.abortedTransactions(7, 8), []); // begins after the first abort's marker
  await mgr.close();
});

test('the search crosses segments until an entry shows every transaction below the bound has ended', async () => {
  const { mgr, log } = await fresh(600);
  await data(log, 1); // producer 1 open from 0 for a long time
  const aborts: number[] = [];
  for (let i = 0; i < 12; i++) {
    const pid = 10 + i;
    const first = (await data(log, pid)).baseOffset;
    await marker(log, pid, ControlRecordType.Abort);
    aborts.push(first);
  }
  const end1 = (await marker(log, 1, ControlRecordType.Abort)).baseOffset;
  assert.ok(log.segments.length >= 3, `only ${log.segments.length} segments`);
  // Every abort before producer 1's marker had LSO 0 (producer 1 open): none of them closes a search.
  const all = await log.abortedTransactions(0, end1 + 1);
  assert.deepEqual(
    all.map((t) => t.firstOffset),
    [...aborts, 0],
  );
  // Fetching from producer 1's start up to the first batch of producer 10 must still report producer
  // 1, whose marker is in the last segment.
  const early = await log.abortedTransactions(0, 1);
  assert.deepEqual(
    early.map((t) => t.producerId),
    [1],
  );
  await mgr.close();
});

test('entries survive a clean restart and a crash; recovery writes a lost entry again', async () => {
  const { fs, mgr, log } = await fresh();
  await data(log, 5);
  await marker(log, 5, ControlRecordType.Abort);
  await mgr.close();
  let mgr2 = await openManager(fs, clock.now);
  let log2 = mgr2.get('t', 0)!;
  assert.deepEqual(await log2.abortedTransactions(0, 10), [{ producerId: 5, firstOffset: 0, lastOffset: 2, lastStableOffset: 3 }]);
  await data(log2, 6); // 3-4
  await marker(log2, 6, ControlRecordType.Abort); // 5
  const path = log2.active.txnIndex.path;
  // Power loss without a clean shutdown, and the index file lost as well: recovery replays the
  // producer state from a snapshot below the scanned segment and writes both entries again.
  fs.crash();
  await fs.unlink(path);
  mgr2 = await openManager(fs, clock.now);
  log2 = mgr2.get('t', 0)!;
  assert.deepEqual(
    (await log2.abortedTransactions(0, 10)).map((t) => [t.producerId, t.firstOffset, t.lastOffset]),
    [
      [5, 0, 2],
      [6, 3, 5],
    ],
  );
  await mgr2.close();
});

test('truncation removes the entries of markers it cuts; retention deletes the index with its segment', async () => {
  const { fs, mgr, log } = await fresh(600);
  await data(log, 1); // 0-1
  await marker(log, 1, ControlRecordType.Abort); // 2
  await data(log, 2); // 3-4
  await marker(log, 2, ControlRecordType.Abort); // 5
  assert.equal((await log.abortedTransactions(0, 6)).length, 2);
  await log.truncateTo(5);
  assert.deepEqual(
    (await log.abortedTransactions(0, 6)).map((t) => t.producerId),
    [1],
  );
  // Producer 2's transaction is open again after truncation (its data is still there).
  assert.equal(log.firstUnstableOffset(), 3);
  await marker(log, 2, ControlRecordType.Abort); // 5 again
  assert.deepEqual(
    (await log.abortedTransactions(0, 6)).map((t) => [t.producerId, t.lastOffset]),
    [
      [1, 2],
      [2, 5],
    ],
  );
  const firstIndex = log.segments[0]!.txnIndex.path;
  for (let i = 0; log.segments.length < 3; i++) await log.append(testBatch({ records: values(`fill${i}-`, 4) }), { leaderEpoch: 0 });
  assert.notEqual(await fs.stat(firstIndex), null);
  await log.deleteRecordsBefore(log.segments[1]!.baseOffset);
  await log.exclusive(() => log.deleteSegmentsLocked((s) => s.baseOffset < log.logStartOffset && s !== log.active, 'test'));
  await mgr.runPendingDeletes();
  assert.equal(await fs.stat(firstIndex), null, 'the .txnindex of a deleted segment is gone');
  await mgr.close();
});

test('a torn last entry is ignored and overwritten by the next abort', async () => {
  const { fs, mgr, log } = await fresh();
  await data(log, 1);
  await marker(log, 1, ControlRecordType.Abort);
  const path = log.active.txnIndex.path;
  await mgr.close();
  const bytes = await fs.readFile(path);
  await fs.writeFile(path, Buffer.concat([bytes, bytes.subarray(0, 10)]));
  const mgr2 = await openManager(fs, clock.now);
  const log2 = mgr2.get('t', 0)!;
  assert.equal((await log2.abortedTransactions(0, 10)).length, 1);
  await data(log2, 2);
  await marker(log2, 2, ControlRecordType.Abort);
  await mgr2.close();
  assert.equal((await fs.readFile(path)).length, 68);
});

test('crash at every write point: every acknowledged abort is indexed after recovery, and nothing beyond the log', async () => {
  let points = 0;
  for (let n = 0; ; n++) {
    seqs.clear();
    const fs = new MemoryFileSystem();
    const acked: number[] = [];
    fs.crashAfter(n);
    let completed = false;
    try {
      let mgr = await openManager(fs, clock.now);
      let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 500 }), 'id');
      for (let i = 0; i < 6; i++) {
        await data(log, 100 + i);
        if (i === 3) {
          await mgr.close();
          mgr = await openManager(fs, clock.now);
          log = mgr.get('t', 0)!;
        }
        const m = await marker(log, 100 + i, i % 2 === 0 ? ControlRecordType.Abort : ControlRecordType.Commit);
        if (i % 2 === 0) acked.push(m.baseOffset);
      }
      await mgr.close();
      completed = true;
    } catch (e) {
      const code = (e as { code?: string }).code;
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      assert.ok(code === 'ECRASHED' || cause === 'ECRASHED', `crash point ${n}: unexpected error ${String(e)}`);
    }
    fs.crash();
    const mgr = await openManager(fs, clock.now);
    const log = mgr.get('t', 0);
    const markers = log ? (await log.abortedTransactions(0, log.logEndOffset)).map((t) => t.lastOffset) : [];
    for (const o of acked) assert.ok(markers.includes(o), `crash point ${n}: the abort at ${o} is not indexed (${markers.join(',')})`);
    for (const o of markers) assert.ok(log && o < log.logEndOffset, `crash point ${n}: an entry at ${o} is beyond the log end`);
    await mgr.close();
    points++;
    if (completed) break;
  }
  assert.ok(points > 30, `only ${points} crash points exercised`);
});

test('moving a log to another log directory (KIP-113) takes its transaction indexes along', async () => {
  seqs.clear();
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, clock.now, { logDirs: ['/a', '/b'] });
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 600 }), 'id');
  for (let i = 0; i < 6; i++) {
    await data(log, 200 + i);
    await marker(log, 200 + i, ControlRecordType.Abort);
  }
  const before = await log.abortedTransactions(0, log.logEndOffset);
  assert.equal(before.length, 6);
  const target = mgr.logDirOf('t', 0) === '/a' ? '/b' : '/a';
  await mgr.alterLogDir('t', 0, target);
  assert.equal(await mgr.moveOf('t', 0)!.done, true);
  assert.equal(log.dir, `${target}/t-0`);
  assert.deepEqual(await log.abortedTransactions(0, log.logEndOffset), before);
  await mgr.close();
  const mgr2 = await openManager(fs, clock.now, { logDirs: ['/a', '/b'] });
  assert.deepEqual(await mgr2.get('t', 0)!.abortedTransactions(0, 100), before);
  await mgr2.close();
});
