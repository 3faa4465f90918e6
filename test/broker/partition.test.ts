// The partition as the only owner of its watermarks (issue 11, item 2): appends and reads go
// through it, acks=all waits in the delayed-produce purgatory until the high watermark passes the
// batch, reads stop at the bound of their isolation level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { DelayedProducePurgatory } from '../../src/broker/delayed-produce.ts';
import { Partition, isolationOf } from '../../src/broker/partition.ts';
import { kafkaErrorOf } from '../../src/broker/storage-errors.ts';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { decodeBatches, testBatch, values } from '../storage/helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from '../storage/helpers/test-log.ts';

async function partitionWith(isr: number[]) {
  const mgr = await openManager(new MemoryFileSystem(), testClock().now);
  const log = await mgr.create('t', 0, smallConfig(), 'id');
  const p = new Partition('t', 0, 'id', log, 3, { leader: 1, replicas: isr, isr });
  return { p, mgr };
}

test('one replica: the high watermark follows each append, acks 1 and -1 both answer once appended, epochs are stamped', async () => {
  const { p, mgr } = await partitionWith([1]);
  assert.equal(p.highWatermark, 0);
  let woken = 0;
  p.onHighWatermark(() => woken++);
  const a = await p.appendAsLeader(testBatch({ records: values('a', 3) }), { requiredAcks: 1 });
  assert.deepEqual([a.baseOffset, a.lastOffset, p.highWatermark, p.lastStableOffset, p.logEndOffset], [0, 2, 3, 3, 3]);
  assert.equal(woken, 1, 'a long poll waiting on the high watermark is woken once');
  const b = await p.appendAsLeader(testBatch({ records: values('b', 2) }), { requiredAcks: -1, timeoutMs: 1000 });
  assert.deepEqual([b.baseOffset, p.highWatermark, p.delayedProduceCount], [3, 5, 0]);
  const read = decodeBatches((await p.read(0, 1 << 20, 'HIGH_WATERMARK')).records);
  assert.deepEqual(read.map((x) => [x.baseOffset, x.leaderEpoch]), [[0, 3], [3, 3]]);
  await mgr.close();
});

test('acks=all with fewer in-sync replicas than min.insync.replicas (capped at the replicas) is refused before anything is written; acks=1 is not', async () => {
  const { p, mgr } = await partitionWith([1]);
  // min.insync.replicas is capped at the replica count (Kafka's effective min ISR): one replica takes acks=all.
  await p.appendAsLeader(testBatch({ records: values('a', 1) }), { requiredAcks: -1, minInsyncReplicas: 2 });
  assert.equal(p.logEndOffset, 1);
  p.replicaSet = { leader: 1, replicas: [1, 2], isr: [1] };
  const e = await p.appendAsLeader(testBatch({ records: values('a', 1) }), { requiredAcks: -1, minInsyncReplicas: 2 }).catch((x: unknown) => x);
  assert.equal(kafkaErrorOf(e), ErrorCode.NOT_ENOUGH_REPLICAS);
  assert.equal(p.logEndOffset, 1);
  await p.appendAsLeader(testBatch({ records: values('a', 1) }), { requiredAcks: 1, minInsyncReplicas: 2 });
  assert.equal(p.logEndOffset, 2);
  await mgr.close();
});

test('with a follower in the ISR, acks=all waits until the follower acknowledges; the high watermark is the minimum', async () => {
  const { p, mgr } = await partitionWith([1, 2]);
  let acked = false;
  const pending = p.appendAsLeader(testBatch({ records: values('a', 4) }), { requiredAcks: -1, timeoutMs: 5000 }).then((r) => {
    acked = true;
    return r;
  });
  const ones = await p.appendAsLeader(testBatch({ records: values('b', 1) }), { requiredAcks: 1 });
  assert.equal(ones.baseOffset, 4, 'acks=1 answers after the local append');
  await new Promise((r) => setImmediate(r));
  assert.equal(acked, false);
  assert.equal(p.highWatermark, 0, 'nothing is committed until the follower has it');
  assert.equal(p.delayedProduceCount, 1);
  assert.equal((await p.read(0, 1 << 20, 'HIGH_WATERMARK')).records.length, 0, 'reads stop at the high watermark');
  assert.ok((await p.read(0, 1 << 20, 'LOG_END')).records.length > 0, 'LOG_END reads what is written');
  p.followerAcknowledged(2, 2);
  assert.equal(p.highWatermark, 2);
  await new Promise((r) => setImmediate(r));
  assert.equal(acked, false, 'offset 3 is not committed yet');
  p.followerAcknowledged(2, 5);
  const r = await pending;
  assert.deepEqual([r.lastOffset, p.highWatermark, p.delayedProduceCount], [3, 5, 0]);
  await mgr.close();
});

test('acks=all answers REQUEST_TIMED_OUT when the in-sync replicas do not acknowledge in time, NOT_LEADER_OR_FOLLOWER when the partition closes', async () => {
  const { p, mgr } = await partitionWith([1, 2]);
  const late = await p.appendAsLeader(testBatch({ records: values('a', 1) }), { requiredAcks: -1, timeoutMs: 20 }).catch((x: unknown) => x);
  assert.equal(kafkaErrorOf(late), ErrorCode.REQUEST_TIMED_OUT);
  const closing = p.appendAsLeader(testBatch({ records: values('a', 1) }), { requiredAcks: -1, timeoutMs: 5000 }).catch((x: unknown) => x);
  await new Promise((r) => setImmediate(r));
  p.close();
  assert.equal(kafkaErrorOf(await closing), ErrorCode.NOT_LEADER_OR_FOLLOWER);
  await mgr.close();
});

test('read_committed reads stop at the last stable offset: the first offset of an open transaction, never above the high watermark', async () => {
  const { p, mgr } = await partitionWith([1]);
  for (const v of ['a', 'b', 'c']) await p.appendAsLeader(testBatch({ records: values(v, 2) }), { requiredAcks: 1 });
  assert.equal(p.upperBound(isolationOf(1)), 6);
  let open: number | null = 2;
  p.unstableFrom = () => open;
  assert.deepEqual([p.highWatermark, p.lastStableOffset, p.upperBound('TXN_COMMITTED'), p.upperBound(isolationOf(0))], [6, 2, 2, 6]);
  assert.deepEqual(decodeBatches((await p.read(0, 1 << 20, 'TXN_COMMITTED')).records).map((x) => x.baseOffset), [0]);
  assert.deepEqual(decodeBatches((await p.read(0, 1 << 20, 'HIGH_WATERMARK')).records).map((x) => x.baseOffset), [0, 2, 4]);
  open = 100;
  assert.equal(p.lastStableOffset, 6);
  open = null;
  assert.equal(p.lastStableOffset, 6);
  await mgr.close();
});

test('DeleteRecords through the partition moves the log start and pulls the watermarks along', async () => {
  const { p, mgr } = await partitionWith([1]);
  for (const v of ['a', 'b']) await p.appendAsLeader(testBatch({ records: values(v, 2) }), { requiredAcks: 1 });
  let woken = false;
  p.onHighWatermark(() => (woken = true));
  assert.equal(await p.deleteRecordsBefore(3), 3);
  assert.equal(await p.deleteRecordsBefore(1), 3, 'an offset below the start changes nothing');
  assert.deepEqual([p.logStartOffset, p.highWatermark, p.lastStableOffset, woken], [3, 4, 4, true]);
  await mgr.close();
});

test('the delayed-produce purgatory completes waiters in offset order, times them out, and cancels them', async () => {
  const q = new DelayedProducePurgatory();
  const order: string[] = [];
  const w10 = q.wait(10, 5000).then((o) => order.push(`10:${o}`));
  const w5 = q.wait(5, 5000).then((o) => order.push(`5:${o}`));
  const w20 = q.wait(20, 5000).then((o) => order.push(`20:${o}`));
  const w1 = q.wait(1, 10).then((o) => order.push(`1:${o}`));
  await w1;
  assert.equal(q.size, 3);
  q.complete(10);
  await Promise.all([w5, w10]);
  assert.equal(q.size, 1);
  q.cancelAll();
  await w20;
  assert.deepEqual(order, ['1:timeout', '5:acked', '10:acked', '20:closed']);
  assert.equal(q.size, 0);
});
