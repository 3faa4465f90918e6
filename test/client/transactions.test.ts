/**
 * The client's transactional producer (KIP-98) against an in-process Samsa broker: commit and
 * abort as the read_committed and read_uncommitted consumers see them, fencing by a second
 * producer with the same transactional id, consumer offsets committed in a transaction, and
 * send() outside a transaction.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { isControl, isTransactional, readBatchHeader } from '../../src/protocol/record-batch/batch-header.ts';
import { iterateBatches } from '../../src/protocol/record-batch/record-batch.ts';
import { Admin } from '../../src/client/admin.ts';
import { Consumer, type ConsumerRecord } from '../../src/client/consumer.ts';
import { KafkaError } from '../../src/client/kafka-error.ts';
import { Producer } from '../../src/client/producer.ts';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';
import { readAll, uniqueTopic } from './scenarios.ts';

let broker: TestBroker;
let bootstrap: string;
let admin: Admin;
const unique = uniqueTopic;

before(async () => {
  broker = await startTestBroker({ 'transaction.state.log.num.partitions': 3, 'offsets.topic.num.partitions': 3 });
  bootstrap = `127.0.0.1:${broker.port}`;
  admin = new Admin({ bootstrap });
});
after(async () => {
  await admin?.close();
  await broker?.close();
});

async function createTopic(partitions: number): Promise<string> {
  const name = unique('txn');
  await admin.createTopics([{ name, partitions, replicationFactor: 1 }]);
  return name;
}

/** Reads `n` records of one partition from the start with the given isolation level. */
const read = (topic: string, partition: number, n: number, isolationLevel: 'read_committed' | 'read_uncommitted'): Promise<ConsumerRecord[]> =>
  readAll(bootstrap, topic, [partition], n, 15_000, isolationLevel);

const values = (rs: ConsumerRecord[]): string[] => rs.map((r) => r.value?.toString() ?? '');

const isKafkaError = (type: string) => (e: unknown) => {
  assert.ok(e instanceof KafkaError, `expected a KafkaError, got ${String(e)}`);
  assert.equal(e.type, type);
  return true;
};

const isFenced = (e: unknown): boolean => {
  assert.ok(e instanceof KafkaError, `expected a KafkaError, got ${String(e)}`);
  assert.ok(e.type === 'PRODUCER_FENCED' || e.type === 'INVALID_PRODUCER_EPOCH', `expected a fencing error, got ${e.type}`);
  assert.match(e.message, /close it and create a new producer/);
  return true;
};

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('records of a transaction become visible to read_committed only when it commits', async () => {
  const topic = await createTopic(2);
  const p = new Producer({ bootstrap, transactionalId: unique('tx-commit') });
  try {
    await p.initTransactions();
    p.beginTransaction();
    const sent = await Promise.all([0, 1, 2, 3].map((i) => p.send({ topic, partition: i % 2, value: `v${i}` })));
    assert.deepEqual(sent.map((m) => m.offset), [0, 0, 1, 1]);
    // Written but not committed: the last stable offset stays at the transaction's first offset.
    const lsoOpen = await admin.listOffsets(topic, 'latest', [0, 1], 1);
    assert.deepEqual(lsoOpen.map((o) => o.offset), [0, 0]);
    await p.commitTransaction();
    // The commit marker follows each partition's records: LSO 3 once the markers are written.
    await waitFor(async () => (await admin.listOffsets(topic, 'latest', [0, 1], 1)).every((o) => o.offset === 3), 'the commit markers');
    assert.deepEqual(values(await read(topic, 0, 2, 'read_committed')), ['v0', 'v2']);
    assert.deepEqual(values(await read(topic, 1, 2, 'read_committed')), ['v1', 'v3']);
  } finally {
    await p.close();
  }
});

test('an aborted transaction between committed ones is skipped by read_committed and delivered to read_uncommitted', async () => {
  const topic = await createTopic(1);
  const p = new Producer({ bootstrap, transactionalId: unique('tx-abort') });
  try {
    await p.initTransactions();
    const txn = async (vals: string[], commit: boolean): Promise<void> => {
      p.beginTransaction();
      await Promise.all(vals.map((value) => p.send({ topic, partition: 0, value })));
      await (commit ? p.commitTransaction() : p.abortTransaction());
    };
    // Three transactions on one producer: each EndTxn v5 bumps the epoch (KIP-890) and the
    // sequences start again at 0, or the broker would refuse the next batches.
    await txn(['a1', 'a2'], true);
    await txn(['b1', 'b2'], false);
    await txn(['c1', 'c2'], true);
    assert.deepEqual(values(await read(topic, 0, 4, 'read_committed')), ['a1', 'a2', 'c1', 'c2']);
    assert.deepEqual(values(await read(topic, 0, 6, 'read_uncommitted')), ['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
    // The batches as written: transactional, one epoch per transaction, each starting at sequence 0.
    const conn = await p.cluster.broker(await p.cluster.leaderOf(topic, 0));
    const res = await conn.send(ApiKey.Fetch, {
      replicaId: -1,
      maxWaitMs: 0,
      maxBytes: 1 << 20,
      sessionEpoch: -1,
      topics: [{ topic, topicId: p.cluster.topics.get(topic)!.topicId, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1n, lastFetchedEpoch: -1 }] }],
    });
    const data = [...iterateBatches(res.responses[0]!.partitions[0]!.records!)].map((b) => readBatchHeader(b)).filter((h) => !isControl(h.attributes));
    assert.equal(data.length, 3);
    assert.ok(data.every((h) => isTransactional(h.attributes) && h.baseSequence === 0 && h.producerId === data[0]!.producerId));
    assert.ok(data[0]!.producerEpoch < data[1]!.producerEpoch && data[1]!.producerEpoch < data[2]!.producerEpoch, 'EndTxn v5 bumps the epoch');
  } finally {
    await p.close();
  }
});

test('abortTransaction fails records not yet sent and leaves the producer ready for the next transaction', async () => {
  const topic = await createTopic(1);
  const p = new Producer({ bootstrap, transactionalId: unique('tx-linger'), lingerMs: 60_000 });
  try {
    await p.initTransactions();
    p.beginTransaction();
    // One record still waiting for its topic's metadata, one already in its batch (metadata cached).
    const racing = assert.rejects(p.send({ topic, partition: 0, value: 'never-1' }), isKafkaError('TRANSACTION_ABORTABLE'));
    await p.cluster.topic(topic);
    const lingering = assert.rejects(p.send({ topic, partition: 0, value: 'never-2' }), isKafkaError('TRANSACTION_ABORTABLE'));
    await p.abortTransaction();
    await racing;
    await lingering;
    p.beginTransaction();
    const kept = p.send({ topic, partition: 0, value: 'kept' });
    await p.commitTransaction(); // flushes despite linger.ms
    assert.equal((await kept).partition, 0);
    assert.deepEqual(values(await read(topic, 0, 1, 'read_uncommitted')), ['kept']);
  } finally {
    await p.close();
  }
});

test('a second producer with the same transactional id fences the first', async () => {
  const topic = await createTopic(1);
  const transactionalId = unique('tx-fence');
  const first = new Producer({ bootstrap, transactionalId });
  const second = new Producer({ bootstrap, transactionalId });
  try {
    await first.initTransactions();
    first.beginTransaction();
    await first.send({ topic, partition: 0, value: 'zombie' });
    // The coordinator bumps the epoch and aborts the first producer's open transaction.
    await second.initTransactions();
    await assert.rejects(first.send({ topic, partition: 0, value: 'zombie-2' }), isFenced);
    // Fatal: every later transactional call fails the same way.
    await assert.rejects(first.commitTransaction(), isFenced);
    await assert.rejects(first.abortTransaction(), isFenced);
    assert.throws(() => first.beginTransaction(), isFenced);

    second.beginTransaction();
    await second.send({ topic, partition: 0, value: 'live' });
    await second.commitTransaction();
    assert.deepEqual(values(await read(topic, 0, 1, 'read_committed')), ['live']);
    const all = values(await read(topic, 0, 2, 'read_uncommitted'));
    assert.deepEqual(all, ['zombie', 'live']);
  } finally {
    await first.close();
    await second.close();
  }
});

test('sendOffsetsToTransaction commits group offsets when the transaction commits, not when it aborts', async () => {
  const topic = await createTopic(2);
  const group = unique('txn-group');
  const p = new Producer({ bootstrap, transactionalId: unique('tx-offsets') });
  const committed = async (partition: number): Promise<number | undefined> => (await admin.groups.committedOffsets(group)).get(topic)?.get(partition);
  try {
    await p.initTransactions();

    p.beginTransaction();
    await p.sendOffsetsToTransaction([{ topic, partition: 0, offset: 5 }], group);
    await p.abortTransaction();

    p.beginTransaction();
    await p.send({ topic, partition: 1, value: 'x' });
    await p.sendOffsetsToTransaction([{ topic, partition: 0, offset: 7 }], group);
    await p.commitTransaction();
    await waitFor(async () => (await committed(0)) !== undefined, 'the committed offset');
    assert.equal(await committed(0), 7);

    p.beginTransaction();
    await p.sendOffsetsToTransaction([{ topic, partition: 0, offset: 9 }], group);
    await p.abortTransaction();
    // The next transaction starts only after the abort markers are written; once its offset is
    // visible, the aborted one has been resolved.
    p.beginTransaction();
    await p.sendOffsetsToTransaction([{ topic, partition: 1, offset: 3 }], group);
    await p.commitTransaction();
    await waitFor(async () => (await committed(1)) === 3, 'the second committed offset');
    assert.equal(await committed(0), 7);
  } finally {
    await p.close();
  }
});

test('sendOffsetsToTransaction with a consumer group member\'s metadata (consume-transform-produce)', async () => {
  const input = await createTopic(1);
  const output = await createTopic(1);
  const group = unique('txn-ctp');
  const seed = new Producer({ bootstrap });
  await Promise.all(['r0', 'r1', 'r2'].map((value) => seed.send({ topic: input, partition: 0, value })));
  await seed.close();
  const consumer = new Consumer({ bootstrap, groupId: group, autoOffsetReset: 'earliest', autoCommit: false, isolationLevel: 'read_committed', maxWaitMs: 100 });
  const p = new Producer({ bootstrap, transactionalId: unique('tx-ctp') });
  try {
    consumer.subscribe([input]);
    await p.initTransactions();
    const got: ConsumerRecord[] = [];
    for await (const batch of consumer.batches()) {
      got.push(...batch);
      if (got.length >= 3) break;
    }
    const meta = consumer.groupMetadata();
    assert.ok(meta.generationId >= 1 && meta.memberId !== '', 'the consumer joined the group');
    p.beginTransaction();
    for (const r of got) await p.send({ topic: output, partition: 0, value: `${r.value?.toString()}!` });
    await p.sendOffsetsToTransaction([{ topic: input, partition: 0, offset: got[got.length - 1]!.offset + 1 }], meta);
    await p.commitTransaction();
    await waitFor(async () => (await admin.groups.committedOffsets(group)).get(input)?.get(0) === 3, 'the group offset');
    assert.deepEqual(values(await read(output, 0, 3, 'read_committed')), ['r0!', 'r1!', 'r2!']);
  } finally {
    await consumer.close();
    await p.close();
  }
});

test('send() outside a transaction throws, and non-transactional producers have no transactions', async () => {
  const topic = await createTopic(1);
  const p = new Producer({ bootstrap, transactionalId: unique('tx-state') });
  try {
    await assert.rejects(p.send({ topic, value: 'early' }), isKafkaError('INVALID_TXN_STATE'));
    assert.throws(() => p.beginTransaction(), /call initTransactions\(\) first/);
    await p.initTransactions();
    await assert.rejects(p.send({ topic, value: 'no-txn' }), (e: unknown) => isKafkaError('INVALID_TXN_STATE')(e) && /beginTransaction\(\)/.test((e as Error).message));
    await assert.rejects(p.commitTransaction(), isKafkaError('INVALID_TXN_STATE'));
    p.beginTransaction();
    assert.throws(() => p.beginTransaction(), isKafkaError('INVALID_TXN_STATE'));
    await p.send({ topic, value: 'in-txn' });
    await p.commitTransaction();
    await assert.rejects(p.send({ topic, value: 'after' }), isKafkaError('INVALID_TXN_STATE'));
    assert.deepEqual(values(await read(topic, 0, 1, 'read_committed')), ['in-txn']);
  } finally {
    await p.close();
  }
  assert.throws(() => new Producer({ bootstrap, transactionalId: 'x', acks: 1 }), /acks=all/);
  const plain = new Producer({ bootstrap });
  try {
    assert.throws(() => plain.beginTransaction(), /transactionalId/);
  } finally {
    await plain.close();
  }
});
