/**
 * Consumer groups with librdkafka (confluent-kafka-python) and kafka-python: the range, roundrobin
 * and cooperative-sticky assignors split partitions; a static member restarted within
 * session.timeout.ms comes back without a rebalance for the others; confluent-kafka's list_groups
 * agrees with what the consumers did; kafka-python commits and resumes. Needs the Debian packages
 * python3-confluent-kafka and python3-kafka (.ci/run installs them) under /usr/bin/python3.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';
import { until, memberPartitions, produceValues } from './groups-kit.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./python/group_consumer.py', import.meta.url));

let tb: TestBroker;
let bootstrap: string;
let admin: Admin;
let producer: Producer;

before(async () => {
  const r = spawnSync(PYTHON, ['-c', 'import confluent_kafka, kafka']);
  if (r.status !== 0) throw new Error('python clients missing: apt-get install -y python3-confluent-kafka python3-kafka');
  tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0, 'offsets.topic.num.partitions': 5 });
  bootstrap = `127.0.0.1:${tb.port}`;
  const kafka = new Kafka({ brokers: [bootstrap], clientId: 'python-groups', logLevel: logLevel.NOTHING });
  admin = kafka.admin();
  producer = kafka.producer();
  await admin.connect();
  await producer.connect();
});
after(async () => {
  await producer?.disconnect().catch(() => {});
  await admin?.disconnect().catch(() => {});
  await tb?.close();
});

interface PyConsumer {
  child: ChildProcess;
  values: string[];
  events: string[];
  exited: Promise<number | null>;
}

function pyConsumer(client: 'confluent' | 'kafka-python', topic: string, group: string, assignor: string, instance = '-', count = 0, timeoutS = 90): PyConsumer {
  const child = spawn(PYTHON, [SCRIPT, client, bootstrap, topic, group, assignor, instance, String(count), String(timeoutS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const values: string[] = [];
  const events: string[] = [];
  const lines = (into: string[]) => {
    let buf = '';
    return (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      into.push(...parts.filter((l) => l !== ''));
    };
  };
  child.stdout!.on('data', lines(values));
  child.stderr!.on('data', lines(events));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  // Never outlive the test, even when it times out before its finally block.
  const killer = setTimeout(() => child.kill('SIGKILL'), (timeoutS + 30) * 1000);
  void exited.then(() => clearTimeout(killer));
  return { child, values, events, exited };
}

/** Runs a Python snippet without blocking the event loop (the broker runs in this process). */
function python(code: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(PYTHON, ['-c', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('exit', (status) => {
    clearTimeout(killer);
    resolve({ status, stdout, stderr });
  }));
}

const owners = (group: string, topic: string, members: number) => memberPartitions(admin, group, topic, members);

const produce = (topic: string, prefix: string, n: number) => produceValues(producer, topic, prefix, n);

async function stop(...cs: PyConsumer[]): Promise<void> {
  for (const c of cs) c.child.kill('SIGTERM');
  await Promise.all(cs.map((c) => c.exited));
}

for (const assignor of ['range', 'roundrobin', 'cooperative-sticky']) {
  test(`librdkafka ${assignor}: two members split 4 partitions and consume every record`, { timeout: 120_000 }, async () => {
    const topic = `py-${assignor}`;
    const group = `py-${assignor}-group`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }] });
    const a = pyConsumer('confluent', topic, group, assignor);
    const b = pyConsumer('confluent', topic, group, assignor);
    try {
      await until('a stable group of two', async () => (await owners(group, topic, 2))?.flat().length === 4);
      assert.deepEqual((await owners(group, topic, 2))!.flat().sort(), [0, 1, 2, 3]);
      const sent = await produce(topic, assignor, 80);
      await until('all records', () => new Set([...a.values, ...b.values]).size === sent.length);
      assert.ok(a.values.length > 0 && b.values.length > 0, 'both members consumed');
    } finally {
      await stop(a, b);
    }
  });
}

test('librdkafka static membership: a restarted member rejoins without a rebalance for the other', { timeout: 120_000 }, async () => {
  const topic = 'py-static';
  const group = 'py-static-group';
  await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
  const a = pyConsumer('confluent', topic, group, 'range', 'py-a');
  let b = pyConsumer('confluent', topic, group, 'range', 'py-b');
  try {
    await until('a stable group of two static members', async () => (await owners(group, topic, 2))?.flat().length === 2);
    const generation = tb.broker.groupCoordinator().groupGeneration(group);
    const aEvents = a.events.length;
    b.child.kill('SIGKILL');
    await b.exited;
    b = pyConsumer('confluent', topic, group, 'range', 'py-b');
    await until('b assigned again', () => b.events.some((e) => e.startsWith('ASSIGN ') && e.length > 'ASSIGN '.length));
    const sent = await produce(topic, 'static', 40);
    await until('all records', () => new Set([...a.values, ...b.values]).size === sent.length);
    assert.equal(tb.broker.groupCoordinator().groupGeneration(group), generation, 'the restart caused a rebalance');
    assert.deepEqual(a.events.slice(aEvents), [], 'the other member saw a revoke or reassignment');
  } finally {
    await stop(a, b);
  }
});

test('confluent-kafka list_groups agrees with the consumers; kafka-python commits and resumes', { timeout: 120_000 }, async () => {
  const topic = 'py-admin';
  const group = 'py-admin-group';
  await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
  const sent = await produce(topic, 'first', 20);
  const first = pyConsumer('kafka-python', topic, group, 'range', '-', 20, 60);
  const running = pyConsumer('kafka-python', topic, 'py-admin-other', 'roundrobin');
  try {
    assert.equal(await first.exited, 0);
    assert.deepEqual([...new Set(first.values)].sort(), [...sent].sort());
    await until('the other group stable', async () => (await owners('py-admin-other', topic, 1)) !== null);
    const listing = await python([
      'import sys, json',
      'from confluent_kafka.admin import AdminClient',
      `a = AdminClient({'bootstrap.servers': '${bootstrap}'})`,
      'print(json.dumps({g.id: [g.state, g.protocol_type, g.protocol, len(g.members)] for g in a.list_groups(timeout=10)}))',
    ].join('\n'));
    assert.equal(listing.status, 0, listing.stderr);
    const groups = JSON.parse(listing.stdout) as Record<string, [string, string, string, number]>;
    assert.deepEqual(groups[group], ['Empty', 'consumer', '', 0]);
    assert.deepEqual(groups['py-admin-other'], ['Stable', 'consumer', 'roundrobin', 1]);
    const more = await produce(topic, 'second', 10);
    const resumed = pyConsumer('kafka-python', topic, group, 'range', '-', 10, 60);
    assert.equal(await resumed.exited, 0);
    assert.deepEqual([...resumed.values].sort(), [...more].sort());
  } finally {
    await stop(first, running);
  }
});
