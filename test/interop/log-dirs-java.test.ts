/**
 * Interop: moving partitions between a broker's log dirs (JBOD, KIP-113) with Kafka's own tools and
 * the Java Admin client, against Samsa (or Kafka with SAMSA_INTEROP_TARGET=kafka):
 * `kafka-log-dirs --describe` (DescribeLogDirs), Admin.alterReplicaLogDirs (AlterReplicaLogDirs)
 * and `kafka-reassign-partitions --execute` with `log_dirs` in the plan, which is how users move
 * a replica between dirs (it also sends ListPartitionReassignments and AlterPartitionReassignments:
 * that test waits until Samsa serves those).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { compileJavaPrograms, KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

let broker: InteropBroker;
let root: string;
let dirs: string[];

before(async () => {
  compileJavaPrograms();
  root = mkdtempSync(join(tmpdir(), 'samsa-jbod-interop-'));
  dirs = [join(root, 'disk-a'), join(root, 'disk-b')];
  broker = await startTarget({ 'log.dirs': dirs.join(',') });
});
after(async () => {
  await broker?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const tool = (cls: string, args: string[]): Promise<string> => runJavaOk(cls, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });

interface LogDirsJson {
  brokers: { broker: number; logDirs: { error: string | null; logDir: string; partitions: { partition: string; size: number; offsetLag: number; isFuture: boolean }[] }[] }[];
}

/** kafka-log-dirs --describe: partition → [log dir, isFuture][]. */
async function logDirs(topic: string): Promise<Map<string, [string, boolean][]>> {
  const out = await tool(KafkaTool.logDirs, ['--describe', '--topic-list', topic]);
  const json = JSON.parse(out.split('\n').find((l) => l.startsWith('{'))!) as LogDirsJson;
  assert.equal(json.brokers.length, 1);
  const byPartition = new Map<string, [string, boolean][]>();
  const listed = json.brokers[0]!.logDirs;
  assert.deepEqual(listed.map((d) => d.logDir).sort(), [...dirs].sort());
  for (const d of listed) {
    assert.equal(d.error, null);
    for (const p of d.partitions) byPartition.set(p.partition, [...(byPartition.get(p.partition) ?? []), [d.logDir, p.isFuture]]);
  }
  return byPartition;
}

async function produceLines(topic: string, n: number): Promise<string[]> {
  const lines = Array.from({ length: n }, (_, i) => `${topic}-line-${i}`);
  await runJavaOk(KafkaTool.consoleProducer, ['--bootstrap-server', broker.bootstrap, '--topic', topic, '--command-property', 'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner'], { input: lines.join('\n') + '\n', timeoutMs: 60_000 });
  return lines;
}

async function consumeAll(topic: string, n: number): Promise<string[]> {
  const out = await tool(KafkaTool.consoleConsumer, ['--topic', topic, '--from-beginning', '--max-messages', String(n), '--timeout-ms', '30000']);
  return out.trim().split('\n').sort();
}

test('kafka-log-dirs --describe lists every log dir with its partitions; the Java Admin client moves one while it is read back whole', async () => {
  const topic = 'jbod-admin';
  await tool(KafkaTool.topics, ['--create', '--topic', topic, '--partitions', '2', '--replication-factor', '1']);
  const lines = await produceLines(topic, 200);
  const before = await logDirs(topic);
  assert.deepEqual([...before.keys()].sort(), [`${topic}-0`, `${topic}-1`]);
  for (const places of before.values()) assert.equal(places.length, 1);
  const from = before.get(`${topic}-0`)![0]![0];
  const to = dirs.find((d) => d !== from)!;
  const r = await runJava('LogDirsClient', ['move', broker.bootstrap, '1', to, `${topic}:0`], { timeoutMs: 90_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^altered ${topic}-0$`, 'm'));
  assert.match(r.stdout, new RegExp(`^moved ${topic}-0 ${to}$`, 'm'));
  assert.deepEqual((await logDirs(topic)).get(`${topic}-0`), [[to, false]]);
  assert.deepEqual(await consumeAll(topic, lines.length), [...lines].sort());
  // A dir the broker does not have.
  const bad = await runJava('LogDirsClient', ['move', broker.bootstrap, '1', join(root, 'no-such-disk'), `${topic}:1`], { timeoutMs: 90_000 });
  assert.match(bad.stdout, new RegExp(`^failed ${topic}-1 LogDirNotFoundException$`, 'm'));
});

test('kafka-reassign-partitions --execute with log_dirs moves a replica to another log dir', async () => {
  const topic = 'jbod-reassign';
  await tool(KafkaTool.topics, ['--create', '--topic', topic, '--partitions', '2', '--replication-factor', '1']);
  const lines = await produceLines(topic, 100);
  const before = await logDirs(topic);
  const from = before.get(`${topic}-1`)![0]![0];
  const to = dirs.find((d) => d !== from)!;
  const plan = join(root, 'plan.json');
  writeFileSync(plan, JSON.stringify({ version: 1, partitions: [{ topic, partition: 1, replicas: [1], log_dirs: [to] }] }));
  const out = await tool(KafkaTool.reassignPartitions, ['--execute', '--reassignment-json-file', plan]);
  assert.match(out, /Successfully started partition reassignment/);
  let verified = '';
  for (let i = 0; i < 60; i++) {
    const v = await runJava(KafkaTool.reassignPartitions, ['--bootstrap-server', broker.bootstrap, '--verify', '--reassignment-json-file', plan], { timeoutMs: 90_000 });
    verified = v.stdout;
    if (new RegExp(`Reassignment of replica ${topic}-1-1 completed`).test(verified)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.match(verified, new RegExp(`Reassignment of replica ${topic}-1-1 completed`));
  assert.deepEqual((await logDirs(topic)).get(`${topic}-1`), [[to, false]]);
  assert.deepEqual(await consumeAll(topic, lines.length), [...lines].sort());
});
