/**
 * Transactions read by kcat (librdkafka's consumer, issue 12): kafkajs writes a committed, an aborted
 * and a committed transaction over two partitions and leaves a fourth open; kcat with
 * `-X isolation.level=read_committed` sees the committed records only (the aborted ones dropped
 * through the fetch response's aborted transactions, the open one held back by the last stable
 * offset), and with `read_uncommitted` sees every record. kcat cannot produce transactionally,
 * hence kafkajs. Runs against Samsa or, with SAMSA_INTEROP_TARGET=kafka, Apache Kafka.
 * Needs kcat: apt-get install -y kcat.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { requireTool, runOk } from './run-process.ts';
import { startTarget, type InteropBroker } from './target.ts';

let broker: InteropBroker;

before(async () => {
  requireTool('kcat', ['-V'], 'install kcat (apt-get install -y kcat)');
  broker = await startTarget({ 'transaction.state.log.num.partitions': '3', 'offsets.topic.num.partitions': '3' });
});
after(async () => {
  await broker?.stop();
});

/** kcat -C from the beginning to the end (-e) of every partition: "partition/offset:value" in partition order. */
async function kcatRead(topic: string, isolation: 'read_committed' | 'read_uncommitted'): Promise<string[][]> {
  const out = await runOk('kcat', ['-C', '-b', broker.bootstrap, '-t', topic, '-o', 'beginning', '-e', '-q', '-X', `isolation.level=${isolation}`, '-f', '%p\t%o\t%s\n'], {
    timeoutMs: 60_000,
  });
  const byPartition: string[][] = [[], []];
  for (const line of out.split('\n').filter((l) => l !== '')) {
    const [p, o, v] = line.split('\t');
    byPartition[Number(p)]!.push(`${o}:${v}`);
  }
  return byPartition;
}

test('kcat read_committed sees committed records only; read_uncommitted also the aborted and the open ones', async () => {
  const topic = 'txn-kcat';
  const kafka = new Kafka({ clientId: 'samsa-txn-kcat', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 20, initialRetryTime: 50 } });
  const admin = kafka.admin();
  const producer = kafka.producer({ transactionalId: 'txn-kcat', idempotent: true, maxInFlightRequests: 1 });
  const opener = kafka.producer({ transactionalId: 'txn-kcat-open', idempotent: true, maxInFlightRequests: 1 });
  try {
    await admin.connect();
    assert.ok(await admin.createTopics({ topics: [{ topic, numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true }));
    await producer.connect();
    await opener.connect();
    const inTransaction = async (values: [string, number][], end: 'commit' | 'abort') => {
      const t = await producer.transaction();
      await t.send({ topic, messages: values.map(([value, partition]) => ({ value, partition })) });
      await t[end]();
    };
    await inTransaction([['c0', 0], ['c1', 0], ['c2', 1]], 'commit');
    await inTransaction([['a0', 0], ['a1', 1], ['a2', 1]], 'abort');
    await inTransaction([['a3', 0]], 'abort'); // a second aborted transaction of the same producer in one fetch
    await inTransaction([['c3', 0], ['c4', 1]], 'commit');
    const open = await opener.transaction();
    await open.send({ topic, messages: [{ value: 'open', partition: 0 }] });

    // Partition 0: c0 c1 (marker) a0 (abort marker) a3 (abort marker) c3 (marker) open;
    // partition 1: c2 (marker) a1 a2 (abort marker) c4 (marker). EndTxn is answered once the
    // decision is durable and the markers follow; the last stable offset waits for them, so kcat's
    // end (-e) may stop before them: poll until the committed records have all arrived.
    const committed = [['0:c0', '1:c1', '7:c3'], ['0:c2', '5:c4']];
    let seen: string[][] = [];
    for (let i = 0; i < 20; i++) {
      seen = await kcatRead(topic, 'read_committed');
      if (seen.flat().length >= 5) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.deepEqual(seen, committed, 'read_committed: no aborted record, and the open transaction is past the last stable offset');
    assert.deepEqual(
      await kcatRead(topic, 'read_uncommitted'),
      [['0:c0', '1:c1', '3:a0', '5:a3', '7:c3', '9:open'], ['0:c2', '2:a1', '3:a2', '5:c4']],
      'read_uncommitted shows the aborted records and the open transaction',
    );

    await open.abort();
    await new Promise((r) => setTimeout(r, 500)); // the abort marker is in the log by now
    assert.deepEqual(await kcatRead(topic, 'read_committed'), committed, 'the aborted open transaction stays invisible');
  } finally {
    await opener.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
  }
});
