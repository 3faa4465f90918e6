/**
 * Transactions with @platformatic/kafka 1.x (issue 12): a committed and an aborted transaction, a
 * second producer with the same transactionalId fencing the first, a read_committed consumer (the
 * library's default isolation) that sees the committed records and not the aborted one between them,
 * and a consume-transform-produce round whose group offsets (Transaction.addConsumer + addOffset:
 * AddOffsetsToTxn + TxnOffsetCommit) become the group's on commit and not on abort.
 *
 * The library speaks EndTxn up to v4 and Produce up to v11, so it runs the KIP-98 flow with
 * AddPartitionsToTxn, not Transactions V2. Its addOffset commits the record's offset + 1, not the
 * consumer's position past the markers as the Java client does. Runs against Samsa or, with
 * SAMSA_INTEROP_TARGET=kafka, Apache Kafka (same outcome with Kafka 4.x, fencing error included).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Admin, Consumer, FetchIsolationLevels, Producer, type Message } from '@platformatic/kafka';
import { startTarget } from './target.ts';

const CLIENT = 'samsa-txn-platformatic';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The Kafka error names (PRODUCER_FENCED, ...) in a @platformatic/kafka error and the errors it aggregates. */
function apiIds(e: unknown): string[] {
  const err = e as { apiId?: string; errors?: unknown[]; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return [];
  return [...(err.apiId ? [err.apiId] : []), ...(err.errors ?? []).flatMap(apiIds), ...apiIds(err.cause)];
}

/** Reads `topic` from the start with a fresh group until `count` records arrived, then a little longer for strays. */
async function consume(bootstrap: string, topic: string, groupId: string, count: number, isolationLevel: number): Promise<Message[]> {
  const consumer = new Consumer({ groupId, clientId: CLIENT, bootstrapBrokers: [bootstrap], isolationLevel });
  const got: Message[] = [];
  try {
    const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false, maxWaitTime: 200 });
    stream.on('data', (m: Message) => void got.push(m));
    for (let i = 0; i < 600 && got.length < count; i++) await wait(50);
    await wait(500); // anything more would show up now
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  return got;
}

const byPartition = (ms: Message[], partitions: number): string[][] =>
  Array.from({ length: partitions }, (_, p) => ms.filter((m) => m.partition === p).map((m) => m.value.toString()));

test('@platformatic/kafka transactions: commit, abort, fencing, read_committed, offsets in a transaction', async () => {
  const broker = await startTarget({ 'transaction.state.log.num.partitions': '3', 'offsets.topic.num.partitions': '3', 'group.initial.rebalance.delay.ms': '0' });
  const bootstrap = broker.bootstrap;
  const admin = new Admin({ clientId: CLIENT, bootstrapBrokers: [bootstrap] });
  const producer = () => new Producer({ clientId: CLIENT, bootstrapBrokers: [bootstrap], idempotent: true, transactionalId: 'txn-plt' });
  const p1 = producer();
  const p2 = producer();
  const ctp = new Consumer({ groupId: 'txn-plt-ctp', clientId: CLIENT, bootstrapBrokers: [bootstrap] });
  try {
    await admin.createTopics({ topics: ['txn-plt', 'txn-plt-out'], partitions: 2, replicas: 1 });
    const msg = (value: string, partition: number, topic = 'txn-plt') => ({ topic, partition, value: Buffer.from(value) });

    const t1 = await p1.beginTransaction(); // InitProducerId with the transactional id
    await t1.send({ messages: [0, 1, 2, 3].map((i) => msg(`c${i}`, i % 2)) });
    await t1.commit();
    const t2 = await p1.beginTransaction();
    await t2.send({ messages: [msg('aborted', 0)] });
    await t2.abort();

    // p2's InitProducerId for the same id bumps the epoch: p1, which keeps its old epoch, is fenced
    // on its next AddPartitionsToTxn and writes nothing.
    const t3 = await p2.beginTransaction();
    await assert.rejects(
      (async () => {
        const t = await p1.beginTransaction();
        await t.send({ messages: [msg('zombie', 1)] });
        await t.commit();
      })(),
      (e: unknown) => {
        assert.ok(apiIds(e).some((id) => id === 'PRODUCER_FENCED' || id === 'INVALID_PRODUCER_EPOCH'), `fenced, not ${String(e)} ${apiIds(e)}`);
        return true;
      },
    );
    await t3.send({ messages: [msg('last', 1), msg('after-abort', 0)] });
    await t3.commit();

    // Partition 0: c0 c2 (commit marker) aborted (abort marker) after-abort (commit marker);
    // partition 1: c1 c3 (commit marker) last (commit marker).
    const committed = await consume(bootstrap, 'txn-plt', 'txn-plt-rc', 6, FetchIsolationLevels.READ_COMMITTED);
    assert.deepEqual(byPartition(committed, 2), [['c0', 'c2', 'after-abort'], ['c1', 'c3', 'last']], 'read_committed: no aborted record, no zombie');
    assert.deepEqual(committed.filter((m) => m.partition === 0).map((m) => m.offset), [0n, 1n, 5n]);
    const uncommitted = await consume(bootstrap, 'txn-plt', 'txn-plt-ru', 7, FetchIsolationLevels.READ_UNCOMMITTED);
    assert.deepEqual(byPartition(uncommitted, 2), [['c0', 'c2', 'aborted', 'after-abort'], ['c1', 'c3', 'last']], 'read_uncommitted shows the aborted record');

    // Consume-transform-produce: the group's offsets travel in the transaction.
    const input: Message[] = [];
    const stream = await ctp.consume({ topics: ['txn-plt'], mode: 'earliest', autocommit: false, maxWaitTime: 200 });
    stream.on('data', (m: Message) => void input.push(m));
    for (let i = 0; i < 600 && input.length < 6; i++) await wait(50);
    assert.equal(input.length, 6);
    const lastOf = (p: number) => input.filter((m) => m.partition === p).at(-1)!;
    const offsetsOf = async (): Promise<bigint[]> => {
      const [g] = await admin.listConsumerGroupOffsets({ groups: ['txn-plt-ctp'] });
      const parts = g?.topics.find((t) => t.name === 'txn-plt')?.partitions ?? [];
      return [...parts].sort((a, b) => a.partitionIndex - b.partitionIndex).map((p) => p.committedOffset);
    };

    const t4 = await p2.beginTransaction();
    await t4.addConsumer(ctp);
    await t4.send({ messages: input.map((m) => msg(`derived-${m.value.toString()}`, m.partition, 'txn-plt-out')) });
    await t4.addOffset(lastOf(0));
    await t4.addOffset(lastOf(1));
    await t4.commit();
    // EndTxn is answered once the decision is durable; the markers (and with them the offsets) follow.
    for (let i = 0; i < 100 && (await offsetsOf()).join() !== '6,4'; i++) await wait(50);
    assert.deepEqual(await offsetsOf(), [6n, 4n], 'offset + 1 of the last record read in each partition');

    const t5 = await p2.beginTransaction();
    await t5.addConsumer(ctp);
    await t5.send({ messages: [msg('derived-aborted', 0, 'txn-plt-out')] });
    await t5.addOffset(input[0]!);
    await t5.abort();
    await wait(500); // the abort marker has reached __consumer_offsets by now
    assert.deepEqual(await offsetsOf(), [6n, 4n], 'the aborted offsets are dropped');
    await stream.close();

    const out = await consume(bootstrap, 'txn-plt-out', 'txn-plt-out-rc', 6, FetchIsolationLevels.READ_COMMITTED);
    assert.deepEqual(byPartition(out, 2), [
      ['derived-c0', 'derived-c2', 'derived-after-abort'],
      ['derived-c1', 'derived-c3', 'derived-last'],
    ]);
  } finally {
    // Consumer.close(force)'s first overload is typed void: await it through a closure.
    for (const close of [() => ctp.close(true), () => p1.close(), () => p2.close(), () => admin.close()]) await Promise.resolve(close()).catch(() => {});
    await broker.stop();
  }
});
