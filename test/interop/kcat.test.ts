/**
 * Interop: kcat (librdkafka, Debian's kcat 1.7.1 with librdkafka 2.0.2) against the broker under
 * test. kcat has no admin commands, so topics are created with kafkajs's admin client; it cannot
 * set per-record timestamps or headers, so records carry the producer's clock and one header set.
 * The kill -9 scenario for librdkafka lives in confluent-kafka-python.test.ts, which sees acks.
 * Needs kcat: apt-get install -y kcat.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { feedProducer } from './fed-producer.ts';
import { assertSameRecords, checkConsumed, makeRecords, suffixFromOffset, suffixFromTimestamp, type ConsumedRecord, type SentRecord } from './record-set.ts';
import { requireTool, runOk, startProcess } from './run-process.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const N = recordsPerCodec();
let broker: InteropBroker;

before(async () => {
  requireTool('kcat', ['-V'], 'install kcat (apt-get install -y kcat)');
  broker = await startTarget();
});
after(async () => {
  await broker?.stop();
});

async function createTopic(topic: string, partitions = 3): Promise<void> {
  const admin = new Kafka({ clientId: 'kcat-suite-admin', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    assert.ok(await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true }));
  } finally {
    await admin.disconnect();
  }
}

const kcatInput = (records: SentRecord[]): string => records.map((r) => `${r.key}:${r.value}`).join('\n') + '\n';
const headerArgs = (records: SentRecord[]): string[] => records[0]!.headers.flatMap(([k, v]) => ['-H', `${k}=${v}`]);

/** kcat -C with a tab-separated format: partition, offset, timestamp, key, value, headers (k=v,...). */
async function kcatConsume(topic: string, ...args: string[]): Promise<ConsumedRecord[]> {
  const out = await runOk('kcat', ['-C', '-b', broker.bootstrap, '-t', topic, '-e', '-q', '-f', '%p\t%o\t%T\t%k\t%s\t%h\n', ...args], {
    timeoutMs: 120_000,
  });
  return out
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const [p, o, t, k, v, h] = l.split('\t');
      const headers: [string, Buffer | null][] = h
        ? h.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), Buffer.from(kv.slice(kv.indexOf('=') + 1))])
        : [];
      return { partition: Number(p), offset: Number(o), timestamp: Number(t), key: Buffer.from(k!), value: Buffer.from(v!), headers };
    });
}

for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
  test(`kcat producer, ${codec}: ${N} keyed records with headers consumed byte for byte by kcat`, async () => {
    const topic = `kcat-${codec}`;
    await createTopic(topic);
    const sent = makeRecords(`kcat-${codec}`, N, { partitions: -1, timestamps: false, perRecordHeaders: false });
    const notBefore = Date.now();
    await runOk('kcat', ['-P', '-b', broker.bootstrap, '-t', topic, '-K', ':', ...headerArgs(sent), '-z', codec, '-X', 'linger.ms=20'], {
      input: kcatInput(sent),
      timeoutMs: 120_000,
    });
    const all = await kcatConsume(topic, '-o', 'beginning');
    checkConsumed(sent, all, { timestampWindow: { notBefore: notBefore - 1000, notAfter: Date.now() + 1000 } });
    assert.ok(new Set(all.map((r) => r.partition)).size > 1, 'keys spread over more than one partition');

    const p0 = all.filter((r) => r.partition === 0);
    const mid = p0[Math.floor(p0.length / 2)]?.offset ?? 0;
    assertSameRecords(await kcatConsume(topic, '-p', '0', '-o', String(mid)), suffixFromOffset(all, 0, mid), 'from an offset');

    const byTime = [...all].sort((a, b) => a.timestamp - b.timestamp);
    const ts = byTime[Math.floor(byTime.length / 2)]!.timestamp;
    assertSameRecords(await kcatConsume(topic, '-o', `s@${ts}`), suffixFromTimestamp(all, ts), 'from a timestamp');
  });
}

test('kcat -L lists the broker and the topic with 3 partitions', async () => {
  await createTopic('kcat-metadata');
  const out = await runOk('kcat', ['-L', '-b', broker.bootstrap, '-t', 'kcat-metadata', '-J']);
  const md = JSON.parse(out) as { brokers: { id: number }[]; topics: { topic: string; partitions: unknown[] }[] };
  assert.equal(md.brokers.length, 1);
  assert.equal(md.topics[0]!.topic, 'kcat-metadata');
  assert.equal(md.topics[0]!.partitions.length, 3);
});

test('idempotent librdkafka producer (kcat) keeps sending across a broker restart: no duplicates, no gaps', async () => {
  const topic = 'kcat-idempotent-restart';
  await createTopic(topic);
  const sent = makeRecords('kcat-idem', 3000, { partitions: -1, timestamps: false, perRecordHeaders: false });
  const child = startProcess('kcat', [
    // -E: stay up while the broker is away (kcat exits on "all brokers down" otherwise).
    '-P', '-E', '-b', broker.bootstrap, '-t', topic, '-K', ':', ...headerArgs(sent), '-X', 'enable.idempotence=true', '-X', 'linger.ms=20',
  ]);
  const run = feedProducer(child, sent, { format: kcatInput });
  await new Promise((r) => setTimeout(r, 1000));
  await broker.restart();
  await run.fed;
  const result = await run.done;
  assert.equal(result.code, 0, `kcat failed: ${result.stderr.slice(-2000)}`);
  checkConsumed(sent, await kcatConsume(topic, '-o', 'beginning'));
});
