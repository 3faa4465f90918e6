/**
 * Interop: kafkajs 2.x against the broker under test. kafkajs ships only gzip among the codecs
 * (snappy, lz4 and zstd need codec packages we do not install), and its consumer always joins a
 * group, so these scenarios also exercise FindCoordinator, JoinGroup, SyncGroup and Heartbeat.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { CompressionTypes, Kafka, logLevel, type Admin } from 'kafkajs';
// Node's CommonJS export detection misses this one: take it from the default export.
const { ConfigResourceTypes } = kafkajs;
import { assertSameRecords, BASE_TIMESTAMP, checkConsumed, makeRecords, suffixFromOffset, suffixFromTimestamp, type ConsumedRecord } from './record-set.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const N = recordsPerCodec();
let broker: InteropBroker;
let kafka: Kafka;
let admin: Admin;

before(async () => {
  broker = await startTarget();
  kafka = new Kafka({ clientId: 'samsa-interop-kafkajs', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
  admin = kafka.admin();
  await admin.connect();
});
after(async () => {
  await admin?.disconnect();
  await broker?.stop();
});

let groups = 0;

/** Consumes with a fresh group until `count` records (after `keep`) arrived; seeks first if asked. */
async function consume(
  topic: string,
  count: number,
  seeks: { partition: number; offset: string }[] = [],
  keep: (r: ConsumedRecord) => boolean = () => true,
): Promise<ConsumedRecord[]> {
  const consumer = kafka.consumer({ groupId: `kafkajs-interop-${++groups}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  const got: ConsumedRecord[] = [];
  const seen = new Set<string>();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kafkajs consumed ${got.length} of ${count} records in 60 s`)), 60_000);
      if (count === 0) resolve();
      void consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const r: ConsumedRecord = {
              partition,
              offset: Number(message.offset),
              timestamp: Number(message.timestamp),
              key: message.key,
              value: message.value,
              headers: Object.entries(message.headers ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) as Buffer]),
            };
            // A rebalance makes a group consumer deliver again from the last commit: that is
            // the client's at-least-once, not a duplicate in the log, so count each offset once.
            const id = `${r.partition}/${r.offset}`;
            if (keep(r) && !seen.has(id)) {
              seen.add(id);
              got.push(r);
            }
            if (got.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .then(() => {
          for (const s of seeks) consumer.seek({ topic, ...s });
        }, reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return got;
}

for (const [codec, type] of [['none', CompressionTypes.None], ['gzip', CompressionTypes.GZIP]] as const) {
  test(`kafkajs producer, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    const topic = `kafkajs-${codec}`;
    assert.ok(await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true }));
    const sent = makeRecords(`kafkajs-${codec}`, N, { partitions: 3 });
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < sent.length; i += 1000) {
      await producer.send({
        topic,
        compression: type,
        acks: -1,
        messages: sent.slice(i, i + 1000).map((r) => ({
          partition: r.partition,
          key: r.key,
          value: r.value,
          headers: Object.fromEntries(r.headers),
          timestamp: String(r.timestamp),
        })),
      });
    }
    await producer.disconnect();

    const all = await consume(topic, N);
    checkConsumed(sent, all);

    const p0 = all.filter((r) => r.partition === 0);
    const mid = p0[Math.floor(p0.length / 2)]!.offset;
    const fromOffset = suffixFromOffset(all, 0, mid);
    const gotFromOffset = await consume(topic, fromOffset.length, [{ partition: 0, offset: String(mid) }], (r) => r.partition === 0);
    assertSameRecords(gotFromOffset, fromOffset, 'from an offset');

    const ts = BASE_TIMESTAMP + 7 * Math.floor(N / 2);
    const fromTs = suffixFromTimestamp(all, ts);
    const offsets = await admin.fetchTopicOffsetsByTimestamp(topic, ts);
    assert.equal(offsets.length, 3);
    for (const o of offsets) {
      const first = fromTs.filter((r) => r.partition === o.partition).sort((a, b) => a.offset - b.offset)[0];
      assert.equal(Number(o.offset), first?.offset, `offset for timestamp ${ts} in partition ${o.partition}`);
    }
    assertSameRecords(await consume(topic, fromTs.length, offsets, (r) => r.timestamp >= ts), fromTs, 'from a timestamp');
  });
}

test('kafkajs admin: create, list, add partitions, describe and alter configs, delete records, delete topic', async () => {
  const topic = 'kafkajs-admin';
  assert.ok(await admin.createTopics({ topics: [{ topic, numPartitions: 2, configEntries: [{ name: 'retention.ms', value: '3600000' }] }], waitForLeaders: true }));
  assert.ok((await admin.listTopics()).includes(topic));
  assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] }), false, 'creating it again reports it exists');

  await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
  const md = await admin.fetchTopicMetadata({ topics: [topic] });
  assert.equal(md.topics[0]!.partitions.length, 4);

  const describe = async (): Promise<Map<string, string>> => {
    const res = await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }], includeSynonyms: false });
    return new Map(res.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
  };
  assert.equal((await describe()).get('retention.ms'), '3600000');
  // AlterConfigs (not the incremental one) replaces the whole set: retention.ms returns to its default.
  // (Not cleanup.policy=compact: Kafka refuses DeleteRecords on compacted topics, see the next test.)
  await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'max.message.bytes', value: '2000000' }] }] });
  const altered = await describe();
  assert.equal(altered.get('max.message.bytes'), '2000000');
  assert.equal(altered.get('retention.ms'), '604800000');

  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, acks: -1, messages: Array.from({ length: 10 }, (_, i) => ({ partition: 0, key: `k${i}`, value: `v${i}` })) });
  await producer.disconnect();
  const before = await admin.fetchTopicOffsets(topic);
  const p0 = before.find((p) => p.partition === 0)!;
  assert.deepEqual([p0.low, p0.high], ['0', '10']);
  await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '6' }] });
  const afterDelete = (await admin.fetchTopicOffsets(topic)).find((p) => p.partition === 0)!;
  assert.deepEqual([afterDelete.low, afterDelete.high], ['6', '10']);

  await admin.deleteTopics({ topics: [topic] });
  assert.ok(!(await admin.listTopics()).includes(topic));
});

test('kafkajs admin: DeleteRecords on a compacted topic is refused, as Kafka does', async () => {
  const topic = 'kafkajs-compacted';
  await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }], waitForLeaders: true });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'v' }] });
  await producer.disconnect();
  await assert.rejects(admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '1' }] }), /deleting records/);
  const p0 = (await admin.fetchTopicOffsets(topic))[0]!;
  assert.equal(p0.low, '0', 'nothing was deleted');
});
