/**
 * Interop: @platformatic/kafka 1.x (pure TypeScript client, the newest protocol versions: Produce
 * v11, Fetch v17) against the broker under test. Codecs: none, gzip, snappy, lz4 — its zstd needs
 * zlib's zstd, which Node 20 lacks. Its consumer always joins a group.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Consumer, Producer } from '@platformatic/kafka';
import { assertSameRecords, BASE_TIMESTAMP, checkConsumed, makeRecords, suffixFromOffset, suffixFromTimestamp, type ConsumedRecord } from './record-set.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const N = recordsPerCodec();
const TOPIC = 2; // ConfigResourceTypes.TOPIC
let broker: InteropBroker;
let admin: Admin;

before(async () => {
  broker = await startTarget();
  admin = new Admin({ clientId: 'samsa-interop-platformatic', bootstrapBrokers: [broker.bootstrap] });
});
after(async () => {
  await admin?.close();
  await broker?.stop();
});

let groups = 0;
const buf = (x: Buffer | string | null | undefined): Buffer | null => (x === null || x === undefined ? null : Buffer.from(x));

/** Consumes `count` records with a fresh group: from the earliest offsets, or from given ones. */
async function consume(topic: string, count: number, offsets?: { partition: number; offset: bigint }[]): Promise<ConsumedRecord[]> {
  const consumer = new Consumer({ groupId: `platformatic-interop-${++groups}`, clientId: 'samsa-interop-platformatic', bootstrapBrokers: [broker.bootstrap] });
  const got: ConsumedRecord[] = [];
  try {
    const stream = await consumer.consume({
      topics: [topic],
      autocommit: false,
      maxWaitTime: 200,
      ...(offsets ? { mode: 'manual' as const, offsets: offsets.map((o) => ({ topic, ...o })) } : { mode: 'earliest' as const }),
    });
    const timer = setTimeout(() => void stream.close(), 60_000);
    if (count > 0) {
      const seen = new Set<string>();
      for await (const m of stream) {
        // Redelivery after a rebalance is the client's at-least-once, not a log duplicate.
        const id = `${m.partition}/${m.offset}`;
        if (seen.has(id)) continue;
        seen.add(id);
        got.push({
          partition: m.partition,
          offset: Number(m.offset),
          timestamp: Number(m.timestamp),
          key: buf(m.key),
          value: buf(m.value),
          headers: [...m.headers].map(([k, v]) => [buf(k)!.toString(), buf(v)]),
        });
        if (got.length >= count) break;
      }
    }
    clearTimeout(timer);
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  assert.equal(got.length, count, `@platformatic/kafka consumed ${got.length} of ${count} records`);
  return got;
}

for (const codec of ['none', 'gzip', 'snappy', 'lz4'] as const) {
  test(`@platformatic/kafka producer, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    const topic = `platformatic-${codec}`;
    await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
    const sent = makeRecords(`platformatic-${codec}`, N, { partitions: 3 });
    const producer = new Producer({ clientId: 'samsa-interop-platformatic', bootstrapBrokers: [broker.bootstrap], idempotent: true });
    try {
      for (let i = 0; i < sent.length; i += 1000) {
        await producer.send({
          compression: codec,
          messages: sent.slice(i, i + 1000).map((r) => ({
            topic,
            partition: r.partition,
            key: Buffer.from(r.key),
            value: Buffer.from(r.value),
            headers: new Map(r.headers.map(([k, v]) => [Buffer.from(k), Buffer.from(v)])),
            timestamp: BigInt(r.timestamp),
          })),
        });
      }
    } finally {
      await producer.close();
    }

    const all = await consume(topic, N);
    checkConsumed(sent, all);

    const p0 = all.filter((r) => r.partition === 0);
    const mid = p0[Math.floor(p0.length / 2)]!.offset;
    const fromOffset = suffixFromOffset(all, 0, mid);
    // Manual mode starts only the partitions named; the others are not read.
    assertSameRecords(await consume(topic, fromOffset.length, [{ partition: 0, offset: BigInt(mid) }]), fromOffset, 'from an offset');

    const ts = BASE_TIMESTAMP + 7 * Math.floor(N / 2);
    const fromTs = suffixFromTimestamp(all, ts);
    const listed = await admin.listOffsets({ topics: [{ name: topic, partitions: [0, 1, 2].map((p) => ({ partitionIndex: p, timestamp: BigInt(ts) })) }] });
    const seeks = listed[0]!.partitions.map((p) => ({ partition: p.partitionIndex, offset: p.offset }));
    for (const s of seeks) {
      const first = fromTs.filter((r) => r.partition === s.partition).sort((a, b) => a.offset - b.offset)[0];
      assert.equal(Number(s.offset), first?.offset ?? -1, `offset for timestamp in partition ${s.partition}`);
    }
    assertSameRecords(await consume(topic, fromTs.length, seeks.filter((s) => s.offset >= 0n)), fromTs, 'from a timestamp');
  });
}

test('@platformatic/kafka admin: create, list, add partitions, describe and alter configs, list offsets, delete records, delete', async () => {
  const topic = 'platformatic-admin';
  await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1, configs: [{ name: 'retention.ms', value: '3600000' }] });
  assert.ok((await admin.listTopics()).includes(topic));
  await admin.createPartitions({ topics: [{ name: topic, count: 3 }] });
  // Kafka applies new partitions to its metadata shortly after answering: poll briefly.
  let count = 0;
  for (let i = 0; i < 20 && count !== 3; i++) {
    count = (await admin.metadata({ topics: [topic], forceUpdate: true })).topics.get(topic)?.partitionsCount ?? 0;
    if (count !== 3) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(count, 3);

  const describe = async (): Promise<Map<string, unknown>> => {
    const [d] = await admin.describeConfigs({ resources: [{ resourceType: TOPIC, resourceName: topic }] });
    return new Map(d!.configs.map((c) => [c.name, c.value]));
  };
  assert.equal((await describe()).get('retention.ms'), '3600000');
  await admin.alterConfigs({ resources: [{ resourceType: TOPIC, resourceName: topic, configs: [{ name: 'max.message.bytes', value: '2000000' }] }] });
  const altered = await describe();
  assert.equal(altered.get('max.message.bytes'), '2000000');
  assert.equal(altered.get('retention.ms'), '604800000', 'AlterConfigs replaces the whole set');

  const producer = new Producer({ clientId: 'samsa-interop-platformatic', bootstrapBrokers: [broker.bootstrap] });
  await producer.send({ messages: Array.from({ length: 10 }, (_, i) => ({ topic, partition: 0, key: Buffer.from(`k${i}`), value: Buffer.from(`v${i}`) })) });
  await producer.close();
  const offsetsAt = async (timestamp: bigint): Promise<bigint | undefined> => {
    const r = await admin.listOffsets({ topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp }] }] });
    return r[0]?.partitions[0]?.offset;
  };
  assert.equal(await offsetsAt(-1n), 10n);
  assert.equal(await offsetsAt(-2n), 0n);
  const deleted = await admin.deleteRecords({ topics: [{ name: topic, partitions: [{ partition: 0, offset: 7n }] }] });
  assert.equal(deleted[0]?.partitions[0]?.lowWatermark, 7n);
  assert.equal(await offsetsAt(-2n), 7n);
  assert.equal(await offsetsAt(-1n), 10n);

  await admin.deleteTopics({ topics: [topic] });
  assert.ok(!(await admin.listTopics()).includes(topic));
});
