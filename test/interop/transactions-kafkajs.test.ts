/**
 * Transactions with kafkajs (issue 12): a committed and an aborted transaction, a second producer
 * with the same transactionalId fencing the first, and a read_committed consumer (kafkajs's default
 * isolation) that sees the committed records and not the aborted one between them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker } from '../broker/broker-harness.ts';

test('kafkajs transactions: commit, abort, fencing, read_committed', async () => {
  const tb = await startTestBroker({ 'transaction.state.log.num.partitions': 3, 'offsets.topic.num.partitions': 3, 'group.initial.rebalance.delay.ms': 0 });
  const kafka = new Kafka({ clientId: 'samsa-txn-kafkajs', brokers: [`127.0.0.1:${tb.port}`], logLevel: logLevel.NOTHING, retry: { retries: 20, initialRetryTime: 50 } });
  const admin = kafka.admin();
  const producer = (id: string) => kafka.producer({ transactionalId: id, idempotent: true, maxInFlightRequests: 1 });
  const p1 = producer('txn-js');
  const p2 = producer('txn-js');
  const consumer = kafka.consumer({ groupId: 'txn-js-reader', maxWaitTimeInMs: 200 });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'txn-js', numPartitions: 2 }], waitForLeaders: true });
    await p1.connect();
    const t1 = await p1.transaction();
    await t1.send({ topic: 'txn-js', messages: [0, 1, 2, 3].map((i) => ({ value: `c${i}`, partition: i % 2 })) });
    await t1.commit();
    const t2 = await p1.transaction();
    await t2.send({ topic: 'txn-js', messages: [{ value: 'aborted', partition: 0 }] });
    await t2.abort();

    await p2.connect();
    const t3 = await p2.transaction(); // kafkajs sends InitProducerId here: the same id again fences p1's epoch
    await assert.rejects(
      (async () => {
        const t = await p1.transaction();
        await t.send({ topic: 'txn-js', messages: [{ value: 'zombie', partition: 1 }] });
        await t.commit();
      })(),
      (e: Error & { type?: string }) => /FENCED|INVALID_PRODUCER_EPOCH/.test(`${e.type ?? ''} ${e.message} ${String((e as { originalError?: { type?: string } }).originalError?.type ?? '')}`),
    );
    await t3.send({ topic: 'txn-js', messages: [{ value: 'last', partition: 1 }, { value: 'after-abort', partition: 0 }] });
    await t3.commit();

    // Partition 0 holds the aborted record between committed ones: read_committed leaves it out
    // using the fetch response's aborted transactions.
    const seen: Record<number, string[]> = { 0: [], 1: [] };
    await consumer.connect();
    await consumer.subscribe({ topic: 'txn-js', fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void seen[partition]!.push(message.value!.toString()) });
    for (let i = 0; i < 300 && seen[0]!.length + seen[1]!.length < 6; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300)); // anything more would show up now
    assert.deepEqual(seen[1], ['c1', 'c3', 'last'], 'the fenced producer wrote nothing that commits');
    assert.deepEqual(seen[0], ['c0', 'c2', 'after-abort'], 'the aborted record is not delivered');

    // Offsets committed in a transaction (sendOffsets: AddOffsetsToTxn + TxnOffsetCommit) become the
    // group's on commit; those of an aborted transaction do not.
    const offsetsOf = async () => (await admin.fetchOffsets({ groupId: 'txn-js-ctp', topics: ['txn-js'] }))[0]!.partitions.sort((a, b) => a.partition - b.partition).map((p) => p.offset);
    const t4 = await p2.transaction();
    await t4.send({ topic: 'txn-js', messages: [{ value: 'derived', partition: 1 }] });
    await t4.sendOffsets({ consumerGroupId: 'txn-js-ctp', topics: [{ topic: 'txn-js', partitions: [{ partition: 0, offset: '3' }, { partition: 1, offset: '4' }] }] });
    await t4.commit();
    // EndTxn is answered once the decision is durable; the markers (and with them the offsets) follow.
    for (let i = 0; i < 100 && (await offsetsOf())[0] === '-1'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(await offsetsOf(), ['3', '4']);
    const t5 = await p2.transaction();
    await t5.sendOffsets({ consumerGroupId: 'txn-js-ctp', topics: [{ topic: 'txn-js', partitions: [{ partition: 0, offset: '9' }] }] });
    await t5.abort();
    await new Promise((r) => setTimeout(r, 500)); // the abort marker has reached __consumer_offsets by now
    assert.deepEqual(await offsetsOf(), ['3', '4'], 'the aborted offsets are dropped');
  } finally {
    await consumer.disconnect().catch(() => {});
    await p1.disconnect().catch(() => {});
    await p2.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  }
});
