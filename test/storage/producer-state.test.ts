/**
 * Idempotent producer state (RELIABILITY.md rule 7): duplicates answered with their original
 * offsets, fencing by epoch, sequence gaps, expired/unknown producers, snapshots across restarts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { incrementSequence } from '../../src/storage/producer/producer-state.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

const PID = 4000;
const batch = (seq: number, n = 2, epoch = 0, extra: { transactional?: boolean; control?: boolean } = {}) =>
  testBatch({ records: values(`s${seq}-`, n), producerId: PID, producerEpoch: epoch, baseSequence: seq, ...extra });

test('a retried batch among the last 5 returns its original offsets and writes nothing', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const first = await log.append(batch(0), { leaderEpoch: 0 });
  for (let s = 2; s < 12; s += 2) await log.append(batch(s), { leaderEpoch: 0 });
  const end = log.logEndOffset;
  // Seq 2..11 are the last 5 batches: seq 4 is a duplicate.
  const dup = await log.append(batch(4), { leaderEpoch: 0 });
  assert.deepEqual(dup, { baseOffset: 4, lastOffset: 5, logAppendTime: -1, logStartOffset: 0, duplicate: true });
  assert.equal(log.logEndOffset, end);
  // Seq 0 fell out of the window: it is neither a duplicate nor in sequence.
  assert.equal(first.baseOffset, 0);
  await assert.rejects(log.append(batch(0), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  await mgr.close();
});

test('sequence gaps, older epochs, and new epochs not starting at 0 are refused', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(batch(0, 2, 3), { leaderEpoch: 0 });
  await assert.rejects(log.append(batch(5, 1, 3), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  await assert.rejects(log.append(batch(2, 1, 2), { leaderEpoch: 0 }), { code: 'INVALID_PRODUCER_EPOCH' });
  await assert.rejects(log.append(batch(7, 1, 4), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  const bumped = await log.append(batch(0, 1, 4), { leaderEpoch: 0 });
  assert.equal(bumped.baseOffset, 2);
  await assert.rejects(log.append(batch(2, 1, 3), { leaderEpoch: 0 }), { code: 'INVALID_PRODUCER_EPOCH' });
  assert.equal(log.logEndOffset, 3);
  await mgr.close();
});

test('an unknown producer is accepted at any sequence (KIP-360, as Kafka 4 does)', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const r = await log.append(batch(42), { leaderEpoch: 0 });
  assert.equal(r.baseOffset, 0);
  await log.append(batch(44), { leaderEpoch: 0 });
  await assert.rejects(log.append(batch(50), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  await mgr.close();
});

test('sequences wrap after 2^31-1', async () => {
  assert.equal(incrementSequence(0x7fffffff, 1), 0);
  assert.equal(incrementSequence(0x7ffffffe, 3), 1);
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(batch(0x7ffffffe, 2), { leaderEpoch: 0 });
  assert.equal((await log.append(batch(0, 1), { leaderEpoch: 0 })).baseOffset, 2);
  await mgr.close();
});

test('producer state survives clean restarts (snapshot) and crashes (rebuilt from the log)', async () => {
  for (const clean of [true, false]) {
    const fs = new MemoryFileSystem();
    const clock = testClock();
    let mgr = await openManager(fs, clock.now);
    let log = await mgr.create('t', 0, smallConfig({ segmentBytes: 400 }), 'id');
    for (let s = 0; s < 20; s += 2) await log.append(batch(s), { leaderEpoch: 0 });
    if (clean) await mgr.close();
    else fs.crash();
    mgr = await openManager(fs, clock.now);
    log = mgr.get('t', 0)!;
    const dup = await log.append(batch(16), { leaderEpoch: 0 });
    assert.equal(dup.duplicate, true, `clean=${clean}`);
    assert.equal(dup.baseOffset, 16);
    await assert.rejects(log.append(batch(30), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    assert.equal((await log.append(batch(20), { leaderEpoch: 0 })).baseOffset, 20);
    const [p] = log.activeProducers();
    assert.deepEqual({ ...p, lastTimestamp: 0 }, { producerId: PID, epoch: 0, lastSequence: 21, lastTimestamp: 0, coordinatorEpoch: -1, currentTxnStartOffset: -1 });
    const snapshots = (await fs.readdir('/data/t-0')).filter((n) => n.endsWith('.snapshot'));
    assert.ok(snapshots.length >= 1, 'snapshots are written when segments roll');
    await mgr.close();
  }
});

test('truncation rebuilds producer state: a batch cut off the log can be written again', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 400 }), 'id');
  for (let s = 0; s < 10; s += 2) await log.append(batch(s), { leaderEpoch: 0 });
  await log.truncateTo(6);
  const again = await log.append(batch(6), { leaderEpoch: 0 });
  assert.equal(again.duplicate, undefined);
  assert.equal(again.baseOffset, 6);
  await mgr.close();
});

test('transactions: currentTxnStartOffset opens with the first transactional batch and closes with a marker', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(testBatch({ records: values('x', 1) }), { leaderEpoch: 0 });
  await log.append(batch(0, 2, 1, { transactional: true }), { leaderEpoch: 0 });
  await log.append(batch(2, 1, 1, { transactional: true }), { leaderEpoch: 0 });
  assert.equal(log.activeProducers()[0]!.currentTxnStartOffset, 1);
  const marker = testBatch({ records: [{ key: null, value: null }], producerId: PID, producerEpoch: 1, transactional: true, control: true });
  await assert.rejects(log.append(Buffer.from(marker), { leaderEpoch: 0 }), { code: 'INVALID_RECORD' });
  await log.append(marker, { leaderEpoch: 0, origin: 'coordinator' });
  assert.equal(log.activeProducers()[0]!.currentTxnStartOffset, -1);
  assert.equal((await readAll(log, 0)).length, 4);
  await mgr.close();
});

test('producers idle past producer.id.expiration.ms are forgotten, then accepted at any sequence', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock(1_700_000_000_000);
  const mgr = await openManager(fs, clock.now, { producerIdExpirationMs: 60_000 });
  const log = await mgr.create('t', 0, smallConfig({ retentionMs: -1 }), 'id');
  await log.append(batch(0), { leaderEpoch: 0 });
  clock.advance(120_000);
  await mgr.runRetention();
  assert.equal(log.activeProducers().length, 0);
  assert.equal((await log.append(batch(9), { leaderEpoch: 0 })).baseOffset, 2);
  await mgr.close();
});

test('a transactional batch being verified guards its sequence: a later one waits until it is written (KIP-890)', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock(1_700_000_000_000);
  const mgr = await openManager(fs, clock.now, { producerIdExpirationMs: 60_000 });
  const log = await mgr.create('t', 0, smallConfig({ retentionMs: -1 }), 'id');
  const txn = (seq: number, n: number, epoch = 0) => batch(seq, n, epoch, { transactional: true });
  // Seq 0-5 went to verification and was refused (CONCURRENT_TRANSACTIONS); seq 6 follows it in the pipeline.
  log.startTransactionVerification(PID, 0, 0);
  log.startTransactionVerification(PID, 0, 6);
  await assert.rejects(log.append(txn(6, 11), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  assert.equal(log.logEndOffset, 0, 'nothing written ahead of the batch being retried');
  // The retried first batch is written, then the second follows it.
  assert.equal((await log.append(txn(0, 6), { leaderEpoch: 0 })).baseOffset, 0);
  assert.equal((await log.append(txn(6, 11), { leaderEpoch: 0 })).baseOffset, 6);
  // The transaction is open now: nothing more to guard until the marker ends it.
  log.startTransactionVerification(PID, 0, 17);
  assert.equal(log.producerState.verificationOf(PID), undefined);
  await log.append(testBatch({ records: [{ key: null, value: null }], producerId: PID, producerEpoch: 0, transactional: true, control: true }), { leaderEpoch: 0, origin: 'coordinator' });

  // A newer epoch resets the lowest sequence (Transactions V2 bumps it every transaction); a lower one of the same epoch lowers it.
  log.startTransactionVerification(PID, 0, 40);
  log.startTransactionVerification(PID, 1, 3);
  log.startTransactionVerification(PID, 1, 0);
  log.startTransactionVerification(PID, 1, 2);
  assert.deepEqual({ ...log.producerState.verificationOf(PID), since: 0 }, { epoch: 1, lowestSequence: 0, since: 0 });
  // Entries of producers that never write expire with producer.id.expiration.ms.
  clock.advance(60_000);
  await mgr.runRetention();
  assert.equal(log.producerState.verificationOf(PID), undefined);
  await mgr.close();
});

test('an epoch first seen in a marker (Transactions V2 bumps it there) starts its batches at sequence 0', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  await log.append(batch(0, 3, 0, { transactional: true }), { leaderEpoch: 0 });
  await log.append(testBatch({ records: [{ key: null, value: null }], producerId: PID, producerEpoch: 1, transactional: true, control: true }), { leaderEpoch: 0, origin: 'coordinator' });
  await assert.rejects(log.append(batch(3, 1, 1, { transactional: true }), { leaderEpoch: 0 }), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  assert.equal((await log.append(batch(0, 1, 1, { transactional: true }), { leaderEpoch: 0 })).baseOffset, 4);
  await mgr.close();
});
