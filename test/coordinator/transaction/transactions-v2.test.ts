// Transactions V2 (KIP-890 part 2) in the transaction coordinator: every EndTxn bumps the epoch,
// markers carry the bumped epoch, a retry one epoch behind is recognised, the older epoch is fenced,
// and an exhausted epoch moves the id to a new producer id once the markers are written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryCoordinatorLog } from '../../../src/coordinator/runtime/in-memory-coordinator-log.ts';
import { TransactionCoordinator, type TxnMarkerWriter } from '../../../src/coordinator/transaction/transaction-coordinator.ts';
import { encodeTransactionKey, encodeTransactionValue } from '../../../src/coordinator/transaction/transaction-log-records.ts';
import { TxnState, type TxnStateId } from '../../../src/coordinator/transaction/transaction-state.ts';
import { TxnError } from '../../../src/coordinator/transaction/txn-error.ts';
import { FakeScheduler } from '../runtime/fake-scheduler.ts';

type Marker = Parameters<TxnMarkerWriter['write']>[0];

async function start(log = new InMemoryCoordinatorLog()) {
  const written: Marker[] = [];
  let nextPid = 5000n;
  const c = new TransactionCoordinator(log, { write: async (m) => void written.push(m) }, async () => nextPid++, { scheduler: new FakeScheduler(), config: { partitions: 3 } });
  await c.load();
  return { c, log, written };
}

const settle = () => new Promise((r) => setImmediate(r)).then(() => new Promise((r) => setImmediate(r)));
const V2 = { clientTransactionVersion: 2 };

test('TV2: each EndTxn bumps the epoch, the markers carry it, a retry one behind succeeds, the old epoch is fenced', async () => {
  const { c, written } = await start();
  const { producerId, producerEpoch } = await c.initProducerId('tx', 30_000);
  assert.equal(producerEpoch, 0);
  assert.equal(await c.addPartitions('tx', producerId, 0, new Map([['t', [0]]]), V2), TxnError.NONE);
  assert.deepEqual(await c.endTxn('tx', producerId, 0, true, 2), { errorCode: TxnError.NONE, producerId, producerEpoch: 1 });
  await settle();
  assert.deepEqual(written.map((m) => [m.producerId, m.producerEpoch, m.commit]), [[producerId, 1, true]], 'the marker has the bumped epoch');
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_COMMIT);
  assert.deepEqual(await c.endTxn('tx', producerId, 0, true, 2), { errorCode: TxnError.NONE, producerId, producerEpoch: 1 }, 'a retried EndTxn (one epoch behind) is answered with the new epoch');
  assert.equal((await c.endTxn('tx', producerId, 0, false, 2)).errorCode, TxnError.INVALID_TXN_STATE);
  // The next transaction runs at epoch 1; epoch 0 is fenced.
  assert.equal(await c.addPartitions('tx', producerId, 0, new Map([['t', [1]]]), V2), TxnError.PRODUCER_FENCED);
  assert.equal(await c.addPartitions('tx', producerId, 1, new Map([['t', [1]]]), V2), TxnError.NONE);
  assert.deepEqual(await c.endTxn('tx', producerId, 1, false, 2), { errorCode: TxnError.NONE, producerId, producerEpoch: 2 });
  await settle();
  assert.deepEqual(written.at(-1), { producerId, producerEpoch: 2, commit: false, coordinatorEpoch: 0, partitions: new Map([['t', [1]]]) });
  assert.equal((await c.endTxn('tx', producerId, 0, false, 2)).errorCode, TxnError.PRODUCER_FENCED, 'two epochs behind is not a retry');
  c.close();
});

test('TV1 clients keep the epoch across transactions (EndTxn v4 and older)', async () => {
  const { c, written } = await start();
  const { producerId } = await c.initProducerId('tx', 30_000);
  await c.addPartitions('tx', producerId, 0, new Map([['t', [0]]]));
  assert.deepEqual(await c.endTxn('tx', producerId, 0, true), { errorCode: TxnError.NONE, producerId, producerEpoch: 0 });
  await settle();
  assert.equal(written[0]!.producerEpoch, 0);
  assert.equal(await c.addPartitions('tx', producerId, 0, new Map([['t', [0]]])), TxnError.NONE);
  c.close();
});

test('TV2: an exhausted epoch moves the transactional id to a new producer id after the markers', async () => {
  const log = new InMemoryCoordinatorLog();
  const probe = await start(log);
  const partition = probe.c.partitionFor('tx');
  probe.c.close();
  // A transaction already at epoch 32766 (Short.MAX_VALUE - 1), as the log would hold it.
  const ongoing = {
    producerId: 42n, previousProducerId: -1n, nextProducerId: -1n, producerEpoch: 32766, nextProducerEpoch: -1, transactionTimeoutMs: 30_000,
    state: TxnState.ONGOING as TxnStateId, partitions: new Map([['t', [0]]]), lastUpdateTimestampMs: 0, startTimestampMs: 0, clientTransactionVersion: 2,
  };
  await log.append(partition, [{ key: encodeTransactionKey('tx'), value: encodeTransactionValue(ongoing) }]);
  const { c, written } = await start(log);
  assert.deepEqual(await c.endTxn('tx', 42n, 32766, true, 2), { errorCode: TxnError.NONE, producerId: 5000n, producerEpoch: 0 });
  await settle();
  assert.deepEqual(written.map((m) => [m.producerId, m.producerEpoch]), [[42n, 32767]], 'the markers are the old producer id at the last epoch');
  const done = c.describe('tx')!;
  assert.deepEqual([done.state, done.producerId, done.producerEpoch, done.previousProducerId, done.nextProducerId], [TxnState.COMPLETE_COMMIT, 5000n, 0, 42n, -1n]);
  assert.deepEqual(await c.endTxn('tx', 42n, 32766, true, 2), { errorCode: TxnError.NONE, producerId: 5000n, producerEpoch: 0 }, 'a retry with the old producer id is recognised');
  assert.equal(await c.addPartitions('tx', 5000n, 0, new Map([['t', [0]]]), V2), TxnError.NONE);
  c.close();
  // After a restart the same state is read back.
  const again = await start(log);
  assert.deepEqual([again.c.describe('tx')!.producerId, again.c.describe('tx')!.state], [5000n, TxnState.ONGOING]);
  again.c.close();
});

test('adds that arrive while another add is being written join one write after it instead of CONCURRENT_TRANSACTIONS', async () => {
  const { c } = await start();
  const { producerId } = await c.initProducerId('tx', 30_000);
  // A V2 producer's first batches of a transaction reach six partitions at once; each asks for its own.
  const codes = await Promise.all([0, 1, 2, 3, 4, 5].map((p) => c.addPartitions('tx', producerId, 0, new Map([['t', [p]]]), V2)));
  assert.deepEqual(codes, [0, 0, 0, 0, 0, 0].map(() => TxnError.NONE));
  assert.deepEqual([...c.describe('tx')!.partitions.get('t')!].sort(), [0, 1, 2, 3, 4, 5]);
  // A joined add is checked like any other once it runs: a fenced epoch still is.
  const fenced = await Promise.all([c.addPartitions('tx', producerId, 0, new Map([['u', [0]]]), V2), c.addPartitions('tx', producerId, 7, new Map([['u', [1]]]), V2)]);
  assert.deepEqual(fenced, [TxnError.NONE, TxnError.PRODUCER_FENCED]);
  // While the commit is being prepared, an add is still CONCURRENT_TRANSACTIONS (the producer, or the leader, retries).
  const ending = c.endTxn('tx', producerId, 0, true, 2);
  assert.equal(await c.addPartitions('tx', producerId, 0, new Map([['t', [9]]]), V2), TxnError.CONCURRENT_TRANSACTIONS);
  assert.equal((await ending).errorCode, TxnError.NONE);
  c.close();
});

test('whenSettled wakes a waiter when the transaction being completed has its markers and Complete written', async () => {
  const { c } = await start();
  const { producerId } = await c.initProducerId('tx', 30_000);
  assert.equal(c.whenSettled('tx'), null, 'nothing in progress');
  await c.addPartitions('tx', producerId, 0, new Map([['t', [0]]]), V2);
  assert.equal((await c.endTxn('tx', producerId, 0, true, 2)).errorCode, TxnError.NONE);
  assert.equal(await c.addPartitions('tx', producerId, 1, new Map([['t', [0]]]), V2), TxnError.CONCURRENT_TRANSACTIONS, 'the markers are still being written');
  const settled = c.whenSettled('tx');
  assert.ok(settled);
  await settled;
  assert.equal(c.describe('tx')!.state, TxnState.COMPLETE_COMMIT);
  assert.equal(await c.addPartitions('tx', producerId, 1, new Map([['t', [0]]]), V2), TxnError.NONE);
  c.close();
});

test('an EndTxn of the new epoch while the previous markers are written is CONCURRENT_TRANSACTIONS, not fenced (KAFKA-18464)', async () => {
  const { c } = await start();
  const { producerId } = await c.initProducerId('tx', 30_000);
  await c.addPartitions('tx', producerId, 0, new Map([['t', [0]]]), V2);
  assert.deepEqual(await c.endTxn('tx', producerId, 0, true, 2), { errorCode: TxnError.NONE, producerId, producerEpoch: 1 });
  // The Java producer can send its next EndTxn ahead of that transaction's batches: it must retry.
  assert.equal((await c.endTxn('tx', producerId, 1, true, 2)).errorCode, TxnError.CONCURRENT_TRANSACTIONS);
  await c.whenSettled('tx');
  assert.equal(await c.addPartitions('tx', producerId, 1, new Map([['t', [0]]]), V2), TxnError.NONE);
  assert.deepEqual(await c.endTxn('tx', producerId, 1, true, 2), { errorCode: TxnError.NONE, producerId, producerEpoch: 2 });
  c.close();
});
