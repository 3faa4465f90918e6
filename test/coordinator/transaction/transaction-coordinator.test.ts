// The transaction coordinator's first slice (issue 12): InitProducerId, AddPartitionsToTxn, EndTxn,
// fencing, markers, timeouts and replay on the coordinator runtime, with Kafka's error codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryCoordinatorLog } from '../../../src/coordinator/runtime/in-memory-coordinator-log.ts';
import { TransactionCoordinator, type TxnMarkerWriter } from '../../../src/coordinator/transaction/transaction-coordinator.ts';
import { decodeTransactionValue } from '../../../src/coordinator/transaction/transaction-log-records.ts';
import { TxnState } from '../../../src/coordinator/transaction/transaction-state.ts';
import { TxnError } from '../../../src/coordinator/transaction/txn-error.ts';
import { FakeScheduler } from '../runtime/fake-scheduler.ts';

type Marker = Parameters<TxnMarkerWriter['write']>[0];

class Markers implements TxnMarkerWriter {
  readonly written: Marker[] = [];
  failures = 0;
  async write(m: Marker): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('partition unavailable');
    }
    this.written.push(m);
  }
}

async function start(log = new InMemoryCoordinatorLog(), markers = new Markers(), clock = new FakeScheduler(), extra: Record<string, number> = {}) {
  let nextPid = 1000n;
  const c = new TransactionCoordinator(log, markers, async () => nextPid++, { scheduler: clock, config: { partitions: 3, maxTimeoutMs: 60_000, abortTimedOutIntervalMs: 1000, ...extra } });
  await c.load();
  return { c, log, markers, clock };
}

const settle = () => new Promise((r) => setImmediate(r)).then(() => new Promise((r) => setImmediate(r)));
const parts = (o: Record<string, number[]>) => new Map(Object.entries(o));

test('InitProducerId: a new id gets a fresh producer id at epoch 0; again, the epoch is bumped; bad timeouts are refused', async () => {
  const { c, log } = await start();
  assert.deepEqual(await c.initProducerId('tx', 30_000), { errorCode: TxnError.NONE, producerId: 1000n, producerEpoch: 0 });
  assert.deepEqual(await c.initProducerId('tx', 30_000), { errorCode: TxnError.NONE, producerId: 1000n, producerEpoch: 1 });
  assert.equal((await c.initProducerId('tx', 0)).errorCode, TxnError.INVALID_TRANSACTION_TIMEOUT);
  assert.equal((await c.initProducerId('tx', 60_001)).errorCode, TxnError.INVALID_TRANSACTION_TIMEOUT, 'above transaction.max.timeout.ms');
  const stored = log.records(c.partitionFor('tx')).map((r) => decodeTransactionValue(r.value!));
  assert.deepEqual(stored.map((s) => [s.producerId, s.producerEpoch, s.state]), [[1000n, 0, TxnState.EMPTY], [1000n, 1, TxnState.EMPTY]], 'each state written before it is answered');
  c.close();
});

test('a transaction: partitions added, commit answered once PrepareCommit is written, markers to every partition, then CompleteCommit', async () => {
  const { c, markers } = await start();
  const { producerId, producerEpoch } = await c.initProducerId('tx', 30_000);
  assert.equal(await c.addPartitions('tx', producerId, producerEpoch, parts({ a: [0, 1] })), TxnError.NONE);
  assert.equal(await c.addPartitions('tx', producerId, producerEpoch, parts({ a: [1], b: [2] })), TxnError.NONE);
  assert.equal(c.describe('tx')!.state, TxnState.ONGOING);
  assert.deepEqual([...c.describe('tx')!.partitions], [['a', [0, 1]], ['b', [2]]]);
  assert.equal((await c.endTxn('tx', producerId, producerEpoch, true)).errorCode, TxnError.NONE);
  await settle();
  assert.deepEqual(markers.written.map((m) => [m.producerId, m.producerEpoch, m.commit, [...m.partitions]]), [[producerId, producerEpoch, true, [['a', [0, 1]], ['b', [2]]]]]);
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_COMMIT);
  assert.equal(c.describe('tx')!.partitions.size, 0);
  assert.equal((await c.endTxn('tx', producerId, producerEpoch, true)).errorCode, TxnError.NONE, 'a retried commit succeeds');
  assert.equal((await c.endTxn('tx', producerId, producerEpoch, false)).errorCode, TxnError.INVALID_TXN_STATE, 'an abort after a commit does not');
  c.close();
});

test('wrong producer ids, stale epochs and ends without a transaction get Kafka\'s errors', async () => {
  const { c } = await start();
  const { producerId, producerEpoch } = await c.initProducerId('tx', 30_000);
  assert.equal(await c.addPartitions('nope', producerId, producerEpoch, parts({ a: [0] })), TxnError.INVALID_PRODUCER_ID_MAPPING);
  assert.equal(await c.addPartitions('tx', producerId + 1n, producerEpoch, parts({ a: [0] })), TxnError.INVALID_PRODUCER_ID_MAPPING);
  assert.equal(await c.addPartitions('tx', producerId, producerEpoch + 1, parts({ a: [0] })), TxnError.PRODUCER_FENCED);
  assert.equal((await c.endTxn('tx', producerId, producerEpoch, true)).errorCode, TxnError.INVALID_TXN_STATE, 'nothing to commit (Empty)');
  c.close();
});

test('a new producer instance fences the old one: its open transaction is aborted with a bumped epoch, and the old epoch is refused', async () => {
  const { c, markers } = await start();
  const old = await c.initProducerId('tx', 30_000);
  await c.addPartitions('tx', old.producerId, old.producerEpoch, parts({ a: [0] }));
  assert.equal((await c.initProducerId('tx', 30_000)).errorCode, TxnError.CONCURRENT_TRANSACTIONS, 'the new instance retries while the abort completes');
  await settle();
  assert.deepEqual(markers.written.map((m) => [m.commit, m.producerEpoch]), [[false, old.producerEpoch + 1]], 'abort markers with the fencing epoch');
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_ABORT);
  const fresh = await c.initProducerId('tx', 30_000);
  assert.deepEqual([fresh.errorCode, fresh.producerId, fresh.producerEpoch], [TxnError.NONE, old.producerId, old.producerEpoch + 2]);
  assert.equal((await c.endTxn('tx', old.producerId, old.producerEpoch, true)).errorCode, TxnError.PRODUCER_FENCED);
  c.close();
});

test('markers that fail are written again until they succeed; the transaction completes after them', async () => {
  const markers = new Markers();
  markers.failures = 2;
  const { c, clock } = await start(undefined, markers);
  const p = await c.initProducerId('tx', 30_000);
  await c.addPartitions('tx', p.producerId, p.producerEpoch, parts({ a: [0] }));
  assert.equal((await c.endTxn('tx', p.producerId, p.producerEpoch, false)).errorCode, TxnError.NONE);
  await settle();
  assert.equal(c.describe('tx')!.state, TxnState.PREPARE_ABORT, 'decided, markers not yet written');
  assert.equal(await c.addPartitions('tx', p.producerId, p.producerEpoch, parts({ a: [1] })), TxnError.CONCURRENT_TRANSACTIONS);
  for (let i = 0; i < 2; i++) {
    clock.advance(100);
    await settle();
  }
  assert.equal(markers.written.length, 1);
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_ABORT);
  c.close();
});

test('an open transaction past its timeout is aborted with a bumped epoch', async () => {
  const { c, markers, clock } = await start();
  const p = await c.initProducerId('tx', 5_000);
  await c.addPartitions('tx', p.producerId, p.producerEpoch, parts({ a: [0] }));
  const tick = async (n: number) => {
    for (let i = 0; i < n; i++) {
      clock.advance(1_000); // transaction.abort.timed.out.transaction.cleanup.interval.ms
      await settle();
    }
  };
  await tick(4);
  assert.equal(c.describe('tx')!.state, TxnState.ONGOING, 'not yet');
  await tick(2);
  await settle();
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_ABORT);
  assert.deepEqual(markers.written.map((m) => [m.commit, m.producerEpoch]), [[false, p.producerEpoch + 1]]);
  assert.equal((await c.endTxn('tx', p.producerId, p.producerEpoch, true)).errorCode, TxnError.PRODUCER_FENCED, 'the timed-out producer is fenced');
  c.close();
});

test('state is replayed at load; a decided transaction whose markers may be missing gets them written again', async () => {
  const first = await start();
  const p = await first.c.initProducerId('tx', 30_000);
  await first.c.addPartitions('tx', p.producerId, p.producerEpoch, parts({ a: [3] }));
  first.markers.failures = 1_000; // the broker stops before the markers are out
  assert.equal((await first.c.endTxn('tx', p.producerId, p.producerEpoch, true)).errorCode, TxnError.NONE);
  first.c.close();

  const again = await start(first.log);
  await settle();
  assert.deepEqual(again.markers.written.map((m) => [m.commit, [...m.partitions]]), [[true, [['a', [3]]]]]);
  assert.equal(again.c.describe('tx')!.state, TxnState.COMPLETE_COMMIT);
  assert.equal(again.c.availability('tx'), TxnError.NONE);
  again.c.unload(again.c.partitionFor('tx'));
  assert.equal(again.c.availability('tx'), TxnError.NOT_COORDINATOR);
  assert.equal(again.c.describe('tx'), undefined);
  again.c.close();
});

test('transactional ids idle past transactional.id.expiration.ms with no open transaction are forgotten with a tombstone', async () => {
  const { c, log, clock } = await start(undefined, undefined, undefined, { idExpirationMs: 10_000, removeExpiredIntervalMs: 1000 });
  const a = await c.initProducerId('a', 60_000);
  const b = await c.initProducerId('b', 60_000);
  await c.addPartitions('b', b.producerId, b.producerEpoch, parts({ t: [0] }));
  for (let i = 0; i < 12; i++) {
    clock.advance(1000);
    await settle();
  }
  assert.equal(c.describe('a'), undefined, 'Empty and idle: expired');
  assert.equal(c.describe('b')!.state, TxnState.ONGOING, 'an open transaction never expires');
  const tombstones = log.records(c.partitionFor('a')).filter((r) => r.value === null);
  assert.equal(tombstones.length, 1);
  const again = await c.initProducerId('a', 60_000);
  assert.notEqual(again.producerId, a.producerId, 'a new producer id for an id used again after expiring');
  c.close();
  const reloaded = await start(log);
  assert.equal(reloaded.c.describe('a')!.producerId, again.producerId, 'replay applies the tombstone, then the new state');
  reloaded.c.close();
});
