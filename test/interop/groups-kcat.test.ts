/**
 * kcat -G (librdkafka's balanced consumer) against Samsa's group coordinator: a group consumes
 * everything and commits; a later member resumes from the committed offsets; two members split
 * the partitions between them. (No -o: in -G mode kcat would impose it over the committed offsets.)
 * Needs kcat (Debian package kcat; .ci/run installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';
import { until } from './groups-kit.ts';

const PROPS = { 'offsets.topic.num.partitions': 5, 'group.initial.rebalance.delay.ms': 0 };

function requireKcat(): void {
  const r = spawnSync('kcat', ['-V']);
  if (r.error || r.status !== 0) throw new Error('kcat is not installed: apt-get install kcat (the interop suite needs it)');
}

interface KcatRun {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

function kcatGroup(tb: TestBroker, group: string, extra: string[] = []): KcatRun {
  const args = ['-b', `127.0.0.1:${tb.port}`, '-G', group, 't', '-u', '-q', '-f', '%p:%o:%s\\n',
    '-X', 'auto.offset.reset=earliest', '-X', 'session.timeout.ms=6000', '-X', 'heartbeat.interval.ms=200', '-X', 'auto.commit.interval.ms=100', ...extra];
  const child = spawn('kcat', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts.filter((l) => l !== ''));
  });
  child.stderr!.on('data', () => {});
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exited.then(() => clearTimeout(killer));
  return { child, lines, exited };
}

async function setUp(partitions: number) {
  requireKcat();
  const tb = await startTestBroker(PROPS);
  const kafka = new Kafka({ brokers: [`127.0.0.1:${tb.port}`], clientId: 'kcat-test', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const producer = kafka.producer();
  await admin.connect();
  await producer.connect();
  await admin.createTopics({ topics: [{ topic: 't', numPartitions: partitions }] });
  let n = 0;
  const produce = (count: number) => producer.send({ topic: 't', messages: Array.from({ length: count }, () => ({ value: `v${n++}` })) });
  const close = async () => {
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  };
  return { tb, admin, produce, close };
}

test('kcat -G consumes and commits; a later member resumes from the committed offsets', { timeout: 90_000 }, async () => {
  const { tb, admin, produce, close } = await setUp(3);
  try {
    await produce(30);
    const first = kcatGroup(tb, 'kg', ['-e']);
    assert.equal(await first.exited, 0);
    assert.equal(new Set(first.lines.map((l) => l.split(':')[2])).size, 30);
    const committed = await admin.fetchOffsets({ groupId: 'kg', topics: ['t'] });
    assert.equal(committed[0]!.partitions.reduce((s, p) => s + Number(p.offset), 0), 30);
    await produce(15);
    const second = kcatGroup(tb, 'kg', ['-e']);
    assert.equal(await second.exited, 0);
    assert.deepEqual(second.lines.map((l) => l.split(':')[2]).sort(), Array.from({ length: 15 }, (_, i) => `v${30 + i}`).sort());
  } finally {
    await close();
  }
});

test('two kcat -G members split the partitions; every record is consumed', { timeout: 90_000 }, async () => {
  const { tb, admin, produce, close } = await setUp(4);
  const runs: KcatRun[] = [];
  try {
    runs.push(kcatGroup(tb, 'pair'), kcatGroup(tb, 'pair'));
    const owners = async () => {
      const g = (await admin.describeGroups(['pair'])).groups[0]!;
      if (g.state !== 'Stable' || g.members.length !== 2) return null;
      return g.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment['t'] ?? []);
    };
    await until('a stable group of two', async () => (await owners()) !== null);
    const split = (await owners())!;
    assert.deepEqual(split.flat().sort(), [0, 1, 2, 3]);
    assert.ok(split.every((ps) => ps.length === 2), `range assignor splits 4 partitions 2/2, got ${JSON.stringify(split)}`);
    await produce(80);
    await until('all 80 records', () => new Set(runs.flatMap((r) => r.lines.map((l) => l.split(':')[2]))).size === 80);
    assert.ok(runs.every((r) => r.lines.length > 0), 'both members consumed');
  } finally {
    for (const r of runs) r.child.kill('SIGTERM');
    await Promise.all(runs.map((r) => r.exited));
    await close();
  }
});
