/**
 * The client scenarios, registered as node:test tests against whatever broker `bootstrap()` names:
 * the reference Apache Kafka (kafka.test.ts) and Samsa's broker (samsa.test.ts) run the same ones.
 * Each scenario uses its own topics, so they do not depend on each other's order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { iterateBatches } from '../../src/protocol/record-batch/record-batch.ts';
import { readBatchHeader } from '../../src/protocol/record-batch/batch-header.ts';
import { Admin } from '../../src/client/admin.ts';
import type { ClusterOptions } from '../../src/client/cluster.ts';
import { Consumer, type ConsumerRecord } from '../../src/client/consumer.ts';
import { KafkaError } from '../../src/client/kafka-error.ts';
import { murmur2Partition } from '../../src/client/murmur2.ts';
import { Producer, type CompressionName } from '../../src/client/producer.ts';

let seq = 0;
export const uniqueTopic = (prefix: string): string => `${prefix}-${process.pid}-${++seq}`;

/** Reads `n` records from the given partitions (from the start) with a fresh consumer. */
export async function readAll(
  bootstrap: string,
  topic: string,
  partitions: number[],
  n: number,
  timeoutMs = 15_000,
  isolationLevel: 'read_committed' | 'read_uncommitted' = 'read_uncommitted',
  security: Pick<ClusterOptions, 'tls' | 'sasl'> = {},
): Promise<ConsumerRecord[]> {
  const c = new Consumer({ bootstrap, autoOffsetReset: 'earliest', maxWaitMs: 100, isolationLevel, ...security });
  c.assign(partitions.map((partition) => ({ topic, partition })));
  const out: ConsumerRecord[] = [];
  const timer = setTimeout(() => void c.close(), timeoutMs);
  try {
    for await (const batch of c.batches()) {
      out.push(...batch);
      if (out.length >= n) break;
    }
  } finally {
    clearTimeout(timer);
    await c.close();
  }
  return out;
}

export async function createTopic(bootstrap: string, name: string, partitions: number): Promise<void> {
  const admin = new Admin({ bootstrap });
  try {
    await admin.createTopics([{ name, partitions, replicationFactor: 1 }]);
  } finally {
    await admin.close();
  }
}

export function producerScenarios(bootstrap: () => string): void {
  test('keyed records land on the Java partition and come back with key, value, headers, timestamp and the offsets send() gave', async () => {
    const topic = uniqueTopic('keyed');
    await createTopic(bootstrap(), topic, 6);
    const p = new Producer({ bootstrap: bootstrap() });
    const ts = Date.now() - 60_000;
    const sent = await Promise.all(
      Array.from({ length: 60 }, (_, i) => p.send({ topic, key: `key-${i}`, value: `value-${i}`, headers: { h: `hv-${i}`, empty: null }, timestamp: ts + i })),
    );
    await p.close();
    for (let i = 0; i < 60; i++) assert.equal(sent[i]!.partition, murmur2Partition(Buffer.from(`key-${i}`), 6), `key-${i}`);
    const got = await readAll(bootstrap(), topic, [0, 1, 2, 3, 4, 5], 60);
    assert.equal(got.length, 60);
    for (const r of got) {
      const i = Number(r.key!.toString().slice(4));
      assert.equal(r.value!.toString(), `value-${i}`);
      assert.equal(r.timestamp, ts + i);
      assert.deepEqual(r.headers.map((h) => [h.key, h.value?.toString() ?? null]), [['h', `hv-${i}`], ['empty', null]]);
      assert.equal(r.partition, sent[i]!.partition);
      assert.equal(r.offset, sent[i]!.offset);
    }
  });

  for (const compression of ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as CompressionName[]) {
    test(`compression ${compression}: 300 records round trip in order`, async () => {
      const topic = uniqueTopic(`codec-${compression}`);
      await createTopic(bootstrap(), topic, 1);
      const p = new Producer({ bootstrap: bootstrap(), compression, lingerMs: 20 });
      const values = Array.from({ length: 300 }, (_, i) => `${compression} record ${i} `.repeat(5));
      const sent = await Promise.all(values.map((value) => p.send({ topic, value })));
      await p.close();
      assert.deepEqual(sent.map((s) => s.offset), values.map((_, i) => i));
      const got = await readAll(bootstrap(), topic, [0], 300);
      assert.deepEqual(got.map((r) => r.value!.toString()), values);
    });
  }

  test('acks 0, 1 and all all deliver; acks=0 reports offset -1', async () => {
    const topic = uniqueTopic('acks');
    await createTopic(bootstrap(), topic, 1);
    for (const acks of [0, 1, 'all'] as const) {
      const p = new Producer({ bootstrap: bootstrap(), acks });
      const r = await Promise.all(Array.from({ length: 20 }, (_, i) => p.send({ topic, value: `${acks}-${i}` })));
      await p.close();
      if (acks === 0) assert.ok(r.every((m) => m.offset === -1));
      else assert.ok(r.every((m) => m.offset >= 0));
    }
    const got = await readAll(bootstrap(), topic, [0], 60);
    assert.deepEqual(new Set(got.map((r) => r.value!.toString().split('-')[0])), new Set(['0', '1', 'all']));
  });

  test('idempotence is on by default: batches carry a producer id and sequences from 0', async () => {
    const topic = uniqueTopic('idem');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap(), lingerMs: 0 });
    await p.send({ topic, value: 'a' });
    await p.send({ topic, value: 'b' });
    const conn = await p.cluster.broker(await p.cluster.leaderOf(topic, 0));
    const info = p.cluster.topics.get(topic)!;
    const res = await conn.send(ApiKey.Fetch, {
      replicaId: -1,
      maxWaitMs: 0,
      maxBytes: 1 << 20,
      sessionEpoch: -1,
      topics: [{ topic, topicId: info.topicId, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1n, lastFetchedEpoch: -1 }] }],
    });
    await p.close();
    const headers = [...iterateBatches(res.responses[0]!.partitions[0]!.records!)].map((b) => readBatchHeader(b));
    assert.equal(headers.length, 2);
    assert.ok(headers[0]!.producerId >= 0);
    assert.deepEqual(headers.map((h) => h.baseSequence), [0, 1]);
  });

  test('flush() waits for lingering records; a small buffer.memory applies backpressure without losing records', async () => {
    const topic = uniqueTopic('flush');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap(), lingerMs: 60_000, bufferMemory: 20_000, batchSize: 4_000 });
    const pending = Array.from({ length: 100 }, (_, i) => p.send({ topic, value: Buffer.alloc(1000, i) }));
    await p.flush();
    const r = await Promise.all(pending);
    assert.deepEqual(r.map((m) => m.offset), r.map((_, i) => i));
    const single = p.send({ topic, value: 'late' });
    const t0 = Date.now();
    await p.flush();
    assert.ok(Date.now() - t0 < 10_000, 'flush did not wait for linger.ms');
    assert.equal((await single).offset, 100);
    await p.close();
  });

  test('sendBatch() sends at once despite a long linger.ms and reports offsets in input order', async () => {
    const topic = uniqueTopic('batch');
    await createTopic(bootstrap(), topic, 3);
    const p = new Producer({ bootstrap: bootstrap(), lingerMs: 60_000 });
    const t0 = Date.now();
    const r = await p.sendBatch(Array.from({ length: 90 }, (_, i) => ({ topic, partition: i % 3, value: String(i) })));
    assert.ok(Date.now() - t0 < 10_000, 'did not wait for linger.ms');
    assert.deepEqual(r.map((m) => m.partition), r.map((_, i) => i % 3));
    assert.deepEqual(r.map((m) => m.offset), r.map((_, i) => Math.floor(i / 3)));
    await p.close();
  });

  test('the producer sees partitions added while it runs (metadataMaxAgeMs)', async () => {
    const topic = uniqueTopic('grow');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap(), metadataMaxAgeMs: 100 });
    await p.send({ topic, value: 'before' });
    const admin = new Admin({ bootstrap: bootstrap() });
    await admin.createPartitions(topic, 2);
    await admin.close();
    let sent: Awaited<ReturnType<Producer['send']>> | undefined;
    for (let i = 0; i < 50 && sent === undefined; i++) {
      await new Promise((r) => setTimeout(r, 150));
      await p.send({ topic, partition: 0, value: 'tick' }); // lets the background refresh start
      sent = await p.send({ topic, partition: 1, value: 'after' }).catch(() => undefined);
    }
    assert.equal(sent?.partition, 1);
    await p.close();
  });

  test('sending to a partition that does not exist is a typed error', async () => {
    const topic = uniqueTopic('nopart');
    await createTopic(bootstrap(), topic, 2);
    const p = new Producer({ bootstrap: bootstrap() });
    await assert.rejects(p.send({ topic, partition: 5, value: 'x' }), (e: unknown) => e instanceof KafkaError && e.type === 'UNKNOWN_TOPIC_OR_PARTITION');
    await p.close();
  });
}

export function interopScenarios(bootstrap: () => string): void {
  test('kafkajs reads what this client produced, and this client reads what kafkajs produced', async () => {
    const { Kafka, logLevel } = await import('kafkajs');
    const topic = uniqueTopic('kjs');
    await createTopic(bootstrap(), topic, 3);
    const p = new Producer({ bootstrap: bootstrap(), compression: 'gzip' });
    await p.sendBatch(Array.from({ length: 30 }, (_, i) => ({ topic, key: `k${i}`, value: `ours-${i}`, headers: { from: 'samsa' } })));
    await p.close();
    const kafka = new Kafka({ clientId: 'interop', brokers: [bootstrap()], logLevel: logLevel.NOTHING });
    const kp = kafka.producer();
    await kp.connect();
    await kp.send({ topic, messages: Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `theirs-${i}`, headers: { from: 'kafkajs' } })) });
    await kp.disconnect();
    const ours = await readAll(bootstrap(), topic, [0, 1, 2], 60);
    const theirs = ours.filter((r) => r.value!.toString().startsWith('theirs-'));
    assert.equal(theirs.length, 30);
    // Both clients put a key on the same partition (murmur2, as the Java client).
    for (const r of theirs) {
      const mine = ours.find((o) => o.key!.toString() === r.key!.toString() && o.value!.toString().startsWith('ours-'));
      assert.equal(r.partition, mine?.partition, `key ${r.key}`);
      assert.equal(r.headers[0]?.value?.toString(), 'kafkajs');
    }
    const kc = kafka.consumer({ groupId: uniqueTopic('kjs-g') });
    await kc.connect();
    await kc.subscribe({ topic, fromBeginning: true });
    const got: string[] = [];
    await new Promise<void>((resolve) => {
      void kc.run({
        eachMessage: async ({ message }) => {
          if (message.headers?.from?.toString() === 'samsa') got.push(message.value!.toString());
          if (got.length === 30) resolve();
        },
      });
    });
    await kc.disconnect();
    assert.deepEqual(got.sort(), Array.from({ length: 30 }, (_, i) => `ours-${i}`).sort());
  });
}

export function consumerScenarios(bootstrap: () => string): void {
  test('assign, seek by offset and by time, pause and resume', async () => {
    const topic = uniqueTopic('seek');
    await createTopic(bootstrap(), topic, 2);
    const p = new Producer({ bootstrap: bootstrap() });
    const base = Date.now() - 100_000;
    for (let i = 0; i < 20; i++) await p.send({ topic, partition: 0, value: `p0-${i}`, timestamp: base + i * 1000 });
    for (let i = 0; i < 5; i++) await p.send({ topic, partition: 1, value: `p1-${i}` });
    await p.close();

    const c = new Consumer({ bootstrap: bootstrap(), autoOffsetReset: 'earliest', maxWaitMs: 100 });
    c.assign([{ topic, partition: 0, offset: 7 }]);
    const it = c[Symbol.asyncIterator]();
    assert.equal((await it.next()).value.offset, 7);
    await c.seek(topic, 0, { timestamp: base + 12_500 });
    assert.equal((await it.next()).value.value.toString(), 'p0-13');
    await c.seek(topic, 0, 'latest');
    c.assign([{ topic, partition: 0 }, { topic, partition: 1 }]);
    c.pause([{ topic, partition: 0 }]);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push((await it.next()).value.value.toString());
    assert.ok(seen.every((v) => v.startsWith('p1-')), 'paused partition 0 sent nothing');
    c.resume([{ topic, partition: 0 }]);
    assert.equal((await it.next()).value.value.toString(), 'p0-0');
    await c.close();
  });

  test('run() calls eachRecord for every record in offset order', async () => {
    const topic = uniqueTopic('run');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap() });
    await Promise.all(Array.from({ length: 50 }, (_, i) => p.send({ topic, value: String(i) })));
    await p.close();
    const c = new Consumer({ bootstrap: bootstrap(), autoOffsetReset: 'earliest', maxWaitMs: 100 });
    c.assign([{ topic, partition: 0 }]);
    const got: number[] = [];
    await c.run({
      eachRecord: async (r) => {
        got.push(Number(r.value!.toString()));
        if (got.length === 50) await c.close();
      },
    });
    assert.deepEqual(got, Array.from({ length: 50 }, (_, i) => i));
  });

  test('autoOffsetReset latest skips what was there; none fails with a typed error', async () => {
    const topic = uniqueTopic('reset');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap() });
    await p.send({ topic, value: 'old' });
    const c = new Consumer({ bootstrap: bootstrap(), maxWaitMs: 100 });
    c.assign([{ topic, partition: 0 }]);
    const it = c[Symbol.asyncIterator]();
    const next = it.next();
    await new Promise((r) => setTimeout(r, 500));
    await p.send({ topic, value: 'new' });
    assert.equal((await next).value.value.toString(), 'new');
    await c.close();
    await p.close();
  });
}

export function adminScenarios(bootstrap: () => string): void {
  test('admin: create, list, describe, add partitions, configs, delete records, list offsets, delete', async () => {
    const admin = new Admin({ bootstrap: bootstrap() });
    const topic = uniqueTopic('admin');
    try {
      await admin.createTopics([{ name: topic, partitions: 2, replicationFactor: 1, configs: { 'retention.ms': '3600000' } }]);
      await assert.rejects(admin.createTopics([{ name: topic, partitions: 2 }]), (e: unknown) => e instanceof KafkaError && e.type === 'TOPIC_ALREADY_EXISTS');
      assert.ok((await admin.listTopics()).includes(topic));
      const [d] = await admin.describeTopics([topic]);
      assert.equal(d!.partitions.length, 2);
      assert.ok(d!.partitions.every((p) => p.leader >= 0 && p.replicas.length === 1));
      await admin.createPartitions(topic, 3);
      assert.equal((await admin.describeTopics([topic]))[0]!.partitions.length, 3);
      const p = new Producer({ bootstrap: bootstrap() });
      await Promise.all(Array.from({ length: 10 }, (_, i) => p.send({ topic, partition: 0, key: `k${i}`, value: 'v' })));
      await p.close();
      assert.deepEqual((await admin.listOffsets(topic, 'latest')).map((o) => o.offset), [10, 0, 0]);
      assert.deepEqual(await admin.deleteRecords(topic, { 0: 4 }), { 0: 4 });
      assert.deepEqual((await admin.listOffsets(topic, 'earliest', [0])).map((o) => o.offset), [4]);

      await admin.alterConfigs('topic', topic, { set: { 'cleanup.policy': 'compact' }, delete: ['retention.ms'] });
      // KRaft applies config changes through its metadata log: wait until describe shows them.
      let configs = await admin.describeConfigs('topic', topic);
      for (let i = 0; i < 40 && configs.find((c) => c.name === 'cleanup.policy')?.value !== 'compact'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        configs = await admin.describeConfigs('topic', topic);
      }
      assert.equal(configs.find((c) => c.name === 'cleanup.policy')?.value, 'compact');
      assert.equal(configs.find((c) => c.name === 'retention.ms')?.isDefault, true);
      const cluster = await admin.describeCluster();
      assert.ok(cluster.brokers.length >= 1);
      await admin.deleteTopics([topic]);
      // KRaft brokers learn of a deletion from the metadata log a moment after DeleteTopics answers.
      const gone = async (): Promise<boolean> =>
        admin.describeTopics([topic]).then(
          () => false,
          (e: unknown) => {
            if (e instanceof KafkaError && e.type === 'UNKNOWN_TOPIC_OR_PARTITION') return true;
            throw e;
          },
        );
      let deleted = await gone();
      for (let i = 0; i < 40 && !deleted; i++) {
        await new Promise((r) => setTimeout(r, 50));
        deleted = await gone();
      }
      assert.ok(deleted, `${topic} is still described 2 s after DeleteTopics`);
    } finally {
      await admin.close();
    }
  });
}
