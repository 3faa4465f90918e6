/**
 * Consumer groups with the Java client (kafka-clients 4.x inside Kafka's own console consumer) and
 * Kafka's kafka-consumer-groups tool: range and cooperative-sticky groups that split partitions,
 * static membership (group.instance.id), list / describe with lag / reset offsets. Needs java 17+
 * and the jars of test/interop/java (see java-tools.ts).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, test } from 'node:test';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { baseJvmArgs, javaClasspath, KafkaTool, runJavaOk } from './java-tools.ts';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';
import { until, memberPartitions, produceValues } from './groups-kit.ts';

let tb: TestBroker;
let broker: { bootstrap: string };
let admin: Admin;
let producer: Producer;

before(async () => {
  javaClasspath();
  // In-process broker: the test drives the Java processes, the broker needs no process of its own.
  tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0, 'offsets.topic.num.partitions': 5 });
  broker = { bootstrap: `127.0.0.1:${tb.port}` };
  const kafka = new Kafka({ brokers: [broker.bootstrap], clientId: 'java-groups', logLevel: logLevel.NOTHING });
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

const groupsTool = (args: string[]) => runJavaOk(KafkaTool.consumerGroups, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });

interface JavaConsumer {
  child: ChildProcess;
  values: string[];
  exited: Promise<number | null>;
}

/** Kafka's console consumer in a group; prints one value per line. */
function javaConsumer(topic: string, group: string, props: Record<string, string>, extra: string[] = []): JavaConsumer {
  const args = [...baseJvmArgs(), '-cp', javaClasspath(), KafkaTool.consoleConsumer, '--bootstrap-server', broker.bootstrap,
    '--topic', topic, '--group', group, '--from-beginning', ...extra];
  const all = { 'heartbeat.interval.ms': '300', 'session.timeout.ms': '10000', 'auto.commit.interval.ms': '200', ...props };
  for (const [k, v] of Object.entries(all)) args.push('--command-property', `${k}=${v}`);
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const values: string[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    values.push(...lines.filter((l) => l !== ''));
  });
  child.stderr!.on('data', () => {});
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  void exited.then(() => clearTimeout(killer));
  return { child, values, exited };
}

const owners = (group: string, topic: string, members: number) => memberPartitions(admin, group, topic, members);

const produce = (topic: string, prefix: string, n: number) => produceValues(producer, topic, prefix, n);

for (const [name, assignor] of [
  ['range', 'org.apache.kafka.clients.consumer.RangeAssignor'],
  ['cooperative-sticky', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor'],
] as const) {
  test(`Java consumers with the ${name} assignor split partitions and consume everything once a group forms`, { timeout: 180_000 }, async () => {
    const topic = `java-${name}`;
    const group = `java-${name}-group`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }] });
    const props = { 'partition.assignment.strategy': assignor };
    const a = javaConsumer(topic, group, props);
    const b = javaConsumer(topic, group, props);
    try {
      await until('a stable group of two Java consumers', async () => {
        const o = await owners(group, topic, 2);
        return o !== null && o.flat().length === 4;
      });
      const split = (await owners(group, topic, 2))!;
      assert.deepEqual(split.flat().sort(), [0, 1, 2, 3], 'every partition owned exactly once');
      const sent = await produce(topic, name, 80);
      await until('all records', () => new Set([...a.values, ...b.values]).size === sent.length);
      assert.ok(a.values.length > 0 && b.values.length > 0, 'both members consumed');
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    }
  });
}

test('static membership: a Java member restarted within the session timeout gets its partitions back without a rebalance', { timeout: 180_000 }, async () => {
  const topic = 'java-static';
  const group = 'java-static-group';
  await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
  const props = (id: string) => ({ 'group.instance.id': id, 'session.timeout.ms': '30000' });
  const a = javaConsumer(topic, group, props('static-a'));
  let b = javaConsumer(topic, group, props('static-b'));
  try {
    await until('a stable group of two static members', async () => (await owners(group, topic, 2))?.flat().length === 2);
    const before = (await admin.describeGroups([group])).groups[0]!;
    const bBefore = before.members.find((m) => m.memberId.startsWith('static-b'))!;
    const generation = tb.broker.groupCoordinator().groupGeneration(group);
    b.child.kill('SIGKILL'); // no LeaveGroup: a static member's place is kept for session.timeout.ms
    await b.exited;
    b = javaConsumer(topic, group, props('static-b'));
    await until('the restarted member back in the group', async () => {
      const g = (await admin.describeGroups([group])).groups[0]!;
      return g.state === 'Stable' && g.members.some((m) => m.memberId.startsWith('static-b') && m.memberId !== bBefore.memberId);
    });
    const sent = await produce(topic, 'static', 40);
    await until('all records', () => new Set([...a.values, ...b.values]).size === sent.length);
    // KIP-345: the restart caused no rebalance: same generation, a kept its member id
    assert.equal(tb.broker.groupCoordinator().groupGeneration(group), generation);
    const after = (await admin.describeGroups([group])).groups[0]!;
    assert.ok(after.members.some((m) => m.memberId === before.members.find((x) => x.memberId.startsWith('static-a'))!.memberId));
    const g = await groupsTool(['--describe', '--group', group, '--state']);
    assert.match(g, /Stable/);
  } finally {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
  }
});

test('kafka-consumer-groups lists, describes with lag, and resets the offsets of a group', { timeout: 180_000 }, async () => {
  const topic = 'java-tool';
  const group = 'java-tool-group';
  await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
  const sent = await produce(topic, 'tool', 30);
  const c = javaConsumer(topic, group, {}, ['--max-messages', '30']);
  assert.equal(await c.exited, 0);
  assert.equal(new Set(c.values).size, 30);
  assert.match(await groupsTool(['--list']), new RegExp(`^${group}$`, 'm'));
  await produce(topic, 'more', 10);
  const described = await groupsTool(['--describe', '--group', group]);
  const lag = described.split('\n').filter((l) => l.includes(topic)).map((l) => Number(l.trim().split(/\s+/)[5]));
  assert.equal(lag.reduce((s, x) => s + x, 0), 10, `lag column should total 10:\n${described}`);
  await groupsTool(['--reset-offsets', '--group', group, '--topic', topic, '--to-earliest', '--execute']);
  const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  assert.deepEqual(offsets[0]!.partitions.map((p) => p.offset), ['0', '0']);
  const again = javaConsumer(topic, group, {}, ['--max-messages', '40']);
  assert.equal(await again.exited, 0);
  assert.equal(new Set(again.values).size, sent.length + 10);
});
