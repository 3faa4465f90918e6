/**
 * The transactions benchmark's load (bench/transactions/TxnPerf.java) against a Samsa broker
 * process, small: the Java 4.4 transactional producer pipelines the first batches of each
 * transaction to six partitions at once (the case that once left it retrying an out-of-order
 * sequence forever), and the read_committed consumer reads back exactly what was committed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startSamsaProcess } from '../../../bench/broker/samsa-process.ts';
import { createTopics } from '../../../bench/broker/targets.ts';
import { parseTxnPerf, txnConsume, txnProduce } from '../../../bench/transactions/txn-perf.ts';

test('parseTxnPerf reads the figures line and fails with the output without one', () => {
  assert.deepEqual(parseTxnPerf('log line\nrecords=2000 seconds=1.500 commitP50=3.25 commitP99=9.00 commitMax=11.50\n'), {
    records: 2000, seconds: 1.5, commitP50: 3.25, commitP99: 9, commitMax: 11.5,
  });
  assert.throws(() => parseTxnPerf('Exception in thread "main"'), /no figures/);
});

test('TxnPerf: 20 transactions of 100 records over 6 partitions commit, and read_committed reads exactly them', { timeout: 240_000 }, async () => {
  const broker = await startSamsaProcess();
  try {
    await createTopics(broker.bootstrap, ['txn-perf'], 6);
    const produced = await txnProduce(broker.bootstrap, 'txn-perf', 6, 100, 20, 1024);
    assert.equal(produced.records, 2000, 'the warm-up transaction is not counted');
    assert.ok(produced.commitP50 > 0 && produced.commitP50 <= produced.commitP99 && produced.commitP99 <= produced.commitMax);
    const consumed = await txnConsume(broker.bootstrap, 'txn-perf', 2100); // TxnPerf fails on any other count
    assert.equal(consumed.records, 2100);
    assert.deepEqual(broker.problems(), [], 'the broker logged no warnings or errors');
  } finally {
    await broker.stop();
  }
});
