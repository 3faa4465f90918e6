/**
 * Interop: the Java client (kafka-clients 4.4, the reference every other client follows) and
 * Apache Kafka's own command-line tools against the broker under test (Samsa, or Kafka itself
 * with SAMSA_INTEROP_TARGET=kafka). Needs java 17+ and the jars: see test/interop/java/pom.xml.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { baseJvmArgs, compileJavaPrograms, javaClasspath, KafkaTool, runJavaOk } from './java-tools.ts';
import { codecScenario, kill9Scenario, lineConsume, restartScenario, type LineClient } from './line-client.ts';
import { BASE_TIMESTAMP, checkConsumed, makeRecords, toLines } from './record-set.ts';
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

const java = (...args: string[]): [string, string[]] => ['java', [...baseJvmArgs(), '-cp', javaClasspath(), 'InteropClient', ...args]];
const client: LineClient = {
  name: 'Java client',
  idempotence: true,
  producer: (b, topic, codec, acks, idem) => java('produce', b, topic, codec, acks, String(idem)),
  consumer: (b, topic, from, count, timeoutMs) => java('consume', b, topic, from, String(count), String(timeoutMs)),
};

for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
  test(`Java producer, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    await createTopic(`java-${codec}`);
    await codecScenario(client, broker, `java-${codec}`, codec, N);
  });
}

test('kafka-console-producer and kafka-console-consumer: keys and headers round trip', async () => {
  const topic = 'java-console';
  await createTopic(topic, 1);
  const lines = ['h1:a,h2:b\tk1\tv1', 'h1:c\tk2\tv2'];
  await runJavaOk(
    KafkaTool.consoleProducer,
    ['--bootstrap-server', broker.bootstrap, '--topic', topic, '--reader-property', 'parse.key=true', '--reader-property', 'parse.headers=true'],
    { input: lines.join('\n') + '\n', timeoutMs: 60_000 },
  );
  const out = await tool(KafkaTool.consoleConsumer, [
    '--topic', topic, '--from-beginning', '--max-messages', '2', '--timeout-ms', '30000',
    '--formatter-property', 'print.key=true', '--formatter-property', 'print.headers=true',
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
  const left = await lineConsume(client, broker, topic, 'beginning', 6);
  checkConsumed(sent.slice(4), left);
});

test('idempotent Java producer keeps sending across a broker restart: no duplicates, no gaps', async () => {
  await createTopic('java-idempotent-restart');
  await restartScenario(client, broker, 'java-idempotent-restart');
});

test('kill -9 three times while the Java producer sends with acks=all: every acknowledged record is there', async () => {
  await createTopic('java-kill9');
  await kill9Scenario(client, broker, 'java-kill9');
});

test('kafka-producer-perf-test and kafka-consumer-perf-test (the benchmark tools) run to completion', async () => {
  const topic = 'java-perf-tools';
  await createTopic(topic);
  const produced = await runJavaOk(
    KafkaTool.producerPerf,
    ['--topic', topic, '--num-records', '20000', '--record-size', '100', '--throughput', '-1',
      '--producer-props', `bootstrap.servers=${broker.bootstrap}`, 'acks=1', 'linger.ms=5'],
    { timeoutMs: 120_000 },
  );
  assert.match(produced, /20000 records sent/);
  const consumed = await tool(KafkaTool.consumerPerf, ['--topic', topic, '--messages', '20000', '--timeout', '60000']);
  // A CSV header line, then one line of figures: the records read are in data.consumed.in.nMsg.
  const [header, figures] = consumed.trim().split('\n').slice(-2).map((l) => l.split(',').map((x) => x.trim()));
  const column = header!.indexOf('data.consumed.in.nMsg');
  assert.ok(column >= 0, `unexpected kafka-consumer-perf-test output:\n${consumed}`);
  assert.equal(Number(figures![column]), 20000, 'the consumer perf tool read every record');
  const perf = await runJavaOk(KafkaTool.getOffsets, ['--bootstrap-server', broker.bootstrap, '--topic', topic, '--time', '-1']);
  const total = perf.trim().split('\n').reduce((n, l) => n + Number(l.split(':')[2]), 0);
  assert.equal(total, 20000, 'end offsets add up to the records the perf tool sent');
});
