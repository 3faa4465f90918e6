/**
 * Interop: the Java client (kafka-clients 4.1.1, the reference every other client follows) and
 * Apache Kafka's own command-line tools against the broker under test (Samsa, or Kafka itself
 * with SAMSA_INTEROP_TARGET=kafka). Needs java 17+ and the jars: see test/interop/java/pom.xml.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { feedProducer } from './fed-producer.ts';
import { baseJvmArgs, compileJavaPrograms, javaClasspath, KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import {
  assertSameRecords,
  BASE_TIMESTAMP,
  checkConsumed,
  makeRecords,
  parseConsumed,
  suffixFromOffset,
  suffixFromTimestamp,
  toLines,
  type ConsumedRecord,
} from './record-set.ts';
import { startProcess } from './run-process.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const N = recordsPerCodec();
let broker: InteropBroker;
let tmp: string;

before(async () => {
  compileJavaPrograms();
  tmp = mkdtempSync(join(tmpdir(), 'samsa-java-interop-'));
  broker = await startTarget();
});
after(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const tool = (cls: string, args: string[]): Promise<string> =>
  runJavaOk(cls, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });
const createTopic = (topic: string, partitions = 3): Promise<string> =>
  tool(KafkaTool.topics, ['--create', '--topic', topic, '--partitions', String(partitions), '--replication-factor', '1']);

async function consume(topic: string, from: string, count: number): Promise<ConsumedRecord[]> {
  const r = await runJava('InteropClient', ['consume', broker.bootstrap, topic, from, String(count), '60000'], {
    timeoutMs: 120_000,
  });
  const got = parseConsumed(r.stdout);
  assert.ok(r.code === 0 && got.length === count, `Java consumer from ${from} got ${got.length} of ${count} records (exit ${r.code}): ${r.stderr.slice(-3000)}`);
  return got;
}

for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
  test(`Java producer, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    const topic = `java-${codec}`;
    await createTopic(topic);
    const sent = makeRecords(`java-${codec}`, N, { partitions: 3 });
    const out = await runJavaOk('InteropClient', ['produce', broker.bootstrap, topic, codec, 'all', 'true'], {
      input: toLines(sent),
      timeoutMs: 120_000,
    });
    assert.match(out, new RegExp(`done ${N}`));

    const all = await consume(topic, 'beginning', N);
    checkConsumed(sent, all);

    const p0 = all.filter((r) => r.partition === 0);
    const mid = p0[Math.floor(p0.length / 2)]!.offset;
    const fromOffset = suffixFromOffset(all, 0, mid);
    assertSameRecords(await consume(topic, `offset:0:${mid}`, fromOffset.length), fromOffset, 'consumed from an offset');

    const ts = BASE_TIMESTAMP + 7 * Math.floor(N / 2);
    const fromTs = suffixFromTimestamp(all, ts);
    assertSameRecords(await consume(topic, `timestamp:${ts}`, fromTs.length), fromTs, 'consumed from a timestamp');
  });
}

test('kafka-console-producer and kafka-console-consumer: keys and headers round trip', async () => {
  const topic = 'java-console';
  await createTopic(topic, 1);
  const lines = ['h1:a,h2:b\tk1\tv1', 'h1:c\tk2\tv2'];
  await runJavaOk(
    KafkaTool.consoleProducer,
    ['--bootstrap-server', broker.bootstrap, '--topic', topic, '--property', 'parse.key=true', '--property', 'parse.headers=true'],
    { input: lines.join('\n') + '\n', timeoutMs: 60_000 },
  );
  const out = await tool(KafkaTool.consoleConsumer, [
    '--topic', topic, '--from-beginning', '--max-messages', '2', '--timeout-ms', '30000',
    '--property', 'print.key=true', '--property', 'print.headers=true',
  ]);
  assert.deepEqual(out.trim().split('\n'), ['h1:a,h2:b\tk1\tv1', 'h1:c\tk2\tv2']);
});

test('kafka-topics: create, describe, add partitions, list, delete', async () => {
  const topic = 'java-admin-topics';
  await createTopic(topic);
  assert.match(await tool(KafkaTool.topics, ['--describe', '--topic', topic]), /PartitionCount:\s*3/);
  await tool(KafkaTool.topics, ['--alter', '--topic', topic, '--partitions', '5']);
  assert.match(await tool(KafkaTool.topics, ['--describe', '--topic', topic]), /PartitionCount:\s*5/);
  assert.ok((await tool(KafkaTool.topics, ['--list'])).split('\n').includes(topic));
  await tool(KafkaTool.topics, ['--delete', '--topic', topic]);
  let listed = true;
  for (let i = 0; i < 20 && listed; i++) {
    listed = (await tool(KafkaTool.topics, ['--list'])).split('\n').includes(topic);
    if (listed) await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(!listed, 'deleted topic still listed');
});

test('kafka-configs: describe and alter topic configs; describe broker configs', async () => {
  const topic = 'java-admin-configs';
  await createTopic(topic, 1);
  const entity = ['--entity-type', 'topics', '--entity-name', topic];
  await tool(KafkaTool.configs, [...entity, '--alter', '--add-config', 'retention.ms=3600000,cleanup.policy=compact']);
  const described = await tool(KafkaTool.configs, [...entity, '--describe']);
  assert.match(described, /retention\.ms=3600000/);
  assert.match(described, /cleanup\.policy=compact/);
  await tool(KafkaTool.configs, [...entity, '--alter', '--delete-config', 'retention.ms']);
  assert.doesNotMatch(await tool(KafkaTool.configs, [...entity, '--describe']), /retention\.ms=3600000/);
  const all = await tool(KafkaTool.configs, [...entity, '--describe', '--all']);
  assert.match(all, /segment\.bytes=\d+/, 'describe --all lists defaults too');
  const brokerCfg = await tool(KafkaTool.configs, ['--entity-type', 'brokers', '--entity-name', '1', '--describe', '--all']);
  assert.match(brokerCfg, /log\.segment\.bytes=\d+/);
});

test('kafka-delete-records and kafka-get-offsets: log start offset moves, end offsets stay', async () => {
  const topic = 'java-admin-records';
  await createTopic(topic, 1);
  const sent = makeRecords('java-del', 10, { partitions: 1 });
  await runJavaOk('InteropClient', ['produce', broker.bootstrap, topic, 'none', 'all', 'true'], { input: toLines(sent) });
  assert.equal((await tool(KafkaTool.getOffsets, ['--topic', topic, '--time', '-1'])).trim(), `${topic}:0:10`);
  assert.equal((await tool(KafkaTool.getOffsets, ['--topic', topic, '--time', '-2'])).trim(), `${topic}:0:0`);
  const spec = join(tmp, 'delete.json');
  writeFileSync(spec, JSON.stringify({ version: 1, partitions: [{ topic, partition: 0, offset: 4 }] }));
  assert.match(await tool(KafkaTool.deleteRecords, ['--offset-json-file', spec]), /low_watermark: 4/);
  assert.equal((await tool(KafkaTool.getOffsets, ['--topic', topic, '--time', '-2'])).trim(), `${topic}:0:4`);
  assert.equal((await tool(KafkaTool.getOffsets, ['--topic', topic, '--time', '-1'])).trim(), `${topic}:0:10`);
  const ts = BASE_TIMESTAMP + 7 * 6;
  assert.equal((await tool(KafkaTool.getOffsets, ['--topic', topic, '--time', String(ts)])).trim(), `${topic}:0:6`);
  const left = await consume(topic, 'beginning', 6);
  checkConsumed(sent.slice(4), left);
});

function javaProducer(topic: string, acks: string, idempotent: boolean) {
  const args = [...baseJvmArgs(), '-cp', javaClasspath(), 'InteropClient', 'produce', broker.bootstrap, topic, 'lz4', acks, String(idempotent)];
  return startProcess('java', args);
}

test('idempotent Java producer keeps sending across a broker restart: no duplicates, no gaps', async () => {
  const topic = 'java-idempotent-restart';
  await createTopic(topic);
  const sent = makeRecords('java-idem', 3000, { partitions: 3 });
  const run = feedProducer(javaProducer(topic, 'all', true), sent);
  for (let i = 0; i < 300 && run.acks.length < 300; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(run.acks.length > 0, 'the producer got going before the restart');
  await broker.restart();
  await run.fed;
  const result = await run.done;
  assert.equal(result.code, 0, `producer failed: ${result.stderr.slice(-2000)}`);
  assert.equal(run.acks.length, sent.length, 'every record acknowledged');
  checkConsumed(sent, await consume(topic, 'beginning', sent.length));
});

test('kill -9 while the Java producer sends with acks=all: every acknowledged record is there', async () => {
  const topic = 'java-kill9';
  await createTopic(topic);
  const sent = makeRecords('java-kill', 3000, { partitions: 3 });
  const run = feedProducer(javaProducer(topic, 'all', true), sent);
  // Kill once the producer is well under way (the JVM takes a second or two to start).
  for (let i = 0; i < 300 && run.acks.length < 300; i++) await new Promise((r) => setTimeout(r, 100));
  await broker.kill9();
  const ackedAtKill = run.acks.length;
  assert.ok(ackedAtKill > 0, 'some records were acknowledged before the kill');
  await broker.restart();
  await run.fed;
  await run.done;
  const all = await consume(topic, 'beginning', sent.length);
  const at = new Map(all.map((r) => [`${r.partition}/${r.offset}`, r]));
  for (const ack of run.acks) {
    const r = at.get(`${ack.partition}/${ack.offset}`);
    assert.ok(r, `acknowledged record ${ack.line} (partition ${ack.partition}, offset ${ack.offset}) is missing`);
    assert.equal(r.key?.toString(), sent[ack.line]!.key);
  }
});
