/**
 * The client commands of `samsa` run as a user runs them (a child process per command) against the
 * reference Apache Kafka: topic, produce, consume, group, cluster, perf; errors are one line and a
 * non-zero exit. Needs Java 17+ and the Kafka jars (see test/interop/kafka-reference.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startKafkaReference, type KafkaReference } from '../interop/kafka-reference.ts';
import { formatRecord, parseStart } from '../../src/cli/consume-command.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
let kafka: KafkaReference;

before(async () => {
  kafka = await startKafkaReference({ properties: { 'auto.create.topics.enable': 'false' } });
});
after(async () => {
  await kafka?.stop();
});

function samsa(args: string[], stdin = '', env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, SAMSA_BROKERS: kafka.bootstrap, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b));
    child.stderr.on('data', (b: Buffer) => (stderr += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

test('topic create, list, describe, alter-config, add-partitions and delete', async () => {
  let r = await samsa(['topic', 'create', 'cli-orders', '-p', '3', '-c', 'retention.ms=3600000']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /cli-orders\s+OK\s+3/);
  r = await samsa(['topic', 'list', '-X', `brokers=${kafka.bootstrap}`], '', { SAMSA_BROKERS: '127.0.0.1:1' });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^NAME\s+PARTITIONS\s+REPLICAS\n(.*\n)*cli-orders\s+3\s+1/m);
  r = await samsa(['topic', 'alter-config', 'cli-orders', '--set', 'cleanup.policy=compact']);
  assert.equal(r.code, 0, r.stderr);
  r = await samsa(['topic', 'add-partitions', 'cli-orders', '--num', '1']);
  assert.match(r.stdout, /cli-orders\s+OK\s+4/);
  r = await samsa(['topic', 'describe', 'cli-orders']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /PARTITIONS\s+4/);
  assert.match(r.stdout, /retention\.ms\s+3600000\s+DYNAMIC_TOPIC_CONFIG/);
  r = await samsa(['topic', 'create', 'cli-orders']);
  assert.notEqual(r.code, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /^samsa: TOPIC_ALREADY_EXISTS/);
  r = await samsa(['topic', 'delete', 'cli-orders']);
  assert.equal(r.code, 0, r.stderr);
});

test('produce lines with keys and headers, consume them as JSON and with a format; group describe shows lag', async () => {
  assert.equal((await samsa(['topic', 'create', 'cli-events', '-p', '2'])).code, 0);
  let r = await samsa(['produce', 'cli-events', '-K', ':', '-H', 'src=test', '-p', '0'], 'k1:v1\nk2:v2\nk3:v3\n');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /produced 3 records/);
  r = await samsa(['produce', 'cli-events', '--json', '-p', '1'], '{"key":"j","value":{"a":1},"headers":{"x":"y"}}\n');
  assert.equal(r.code, 0, r.stderr);

  r = await samsa(['consume', 'cli-events', '-e']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(rows.length, 4);
  assert.deepEqual(rows.filter((x) => x.partition === 0).map((x) => [x.key, x.value, x.offset]), [['k1', 'v1', 0], ['k2', 'v2', 1], ['k3', 'v3', 2]]);
  assert.deepEqual(rows.find((x) => x.partition === 1), { ...rows.find((x) => x.partition === 1), key: 'j', value: '{"a":1}', headers: { x: 'y' } });
  assert.deepEqual(rows[0]!.headers, { src: 'test' });

  r = await samsa(['consume', 'cli-events', '-p', '0', '-o', '-2', '-e', '-f', '%k=%v@%o [%h]\\n']);
  assert.equal(r.stdout, 'k2=v2@1 [src=test]\nk3=v3@2 [src=test]\n');
  r = await samsa(['consume', 'cli-events', '-p', '0', '-o', '1', '-n', '1', '-f', '%v\\n']);
  assert.equal(r.stdout, 'v2\n');

  r = await samsa(['consume', 'cli-events', '-g', 'cli-group', '-n', '2', '-f', '%v\\n']);
  assert.equal(r.code, 0, r.stderr);
  r = await samsa(['group', 'describe', 'cli-group']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG\s+CONSUMER-ID\s+HOST\s+CLIENT-ID/);
  // -n 2 printed (and committed) two records of partition 0, which holds three.
  assert.match(r.stdout, /cli-group\s+cli-events\s+0\s+2\s+3\s+1\s/);
  r = await samsa(['group', 'seek', 'cli-group', '--to', 'end']);
  assert.equal(r.code, 0, r.stderr);
  r = await samsa(['group', 'describe', 'cli-group']);
  assert.match(r.stdout, /TOTAL-LAG 0/);
  r = await samsa(['group', 'list']);
  assert.match(r.stdout, /cli-group\s+Empty\s+consumer/);
  r = await samsa(['group', 'delete', 'cli-group']);
  assert.equal(r.code, 0, r.stderr);
});

test('cluster info and perf produce/consume print their summary lines', async () => {
  let r = await samsa(['cluster', 'info']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /BROKERS\n=+\nID\s+HOST\s+PORT\s+RACK\n1\*\s+127\.0\.0\.1/);
  assert.equal((await samsa(['topic', 'create', 'cli-perf', '-p', '2'])).code, 0);
  r = await samsa(['perf', 'produce', '--topic', 'cli-perf', '--num-records', '5000', '--record-size', '100', '--producer-props', 'acks=1', 'linger.ms=2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^5000 records sent, [\d.]+ records\/sec \([\d.]+ MB\/sec\), [\d.]+ ms avg latency, [\d.]+ ms max latency, \d+ ms 50th, \d+ ms 95th, \d+ ms 99th, \d+ ms 99\.9th\.$/m);
  r = await samsa(['perf', 'consume', '--topic', 'cli-perf', '--messages', '5000']);
  assert.equal(r.code, 0, r.stderr);
  const [header, values] = r.stdout.trim().split('\n');
  assert.equal(header, 'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec');
  assert.equal(values!.split(', ')[4], '5000');
});

test('errors are one line with a non-zero exit: unreachable broker, unknown topic, bad flags', async () => {
  let r = await samsa(['topic', 'list', '--bootstrap-server', '127.0.0.1:1']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^samsa: NETWORK_EXCEPTION: .*127\.0\.0\.1:1.*\n$/);
  r = await samsa(['consume', 'no-such-topic', '-e']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^samsa: UNKNOWN_TOPIC_OR_PARTITION.*\n$/);
  r = await samsa(['consume', 'x', '-o', 'yesterday']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^samsa: -o yesterday: use start, end/);
  r = await samsa(['topic', 'list', '-X', 'nonsense=1']);
  assert.match(r.stderr, /^samsa: unknown -X property nonsense/);
});

test('offset specs and format strings', () => {
  assert.deepEqual(parseStart('start'), { kind: 'spec', spec: 'earliest' });
  assert.deepEqual(parseStart('end'), { kind: 'spec', spec: 'latest' });
  assert.deepEqual(parseStart('42'), { kind: 'offset', offset: 42 });
  assert.deepEqual(parseStart('-5'), { kind: 'fromEnd', n: 5 });
  assert.deepEqual(parseStart('@1700000000000'), { kind: 'spec', spec: { timestamp: 1700000000000 } });
  assert.deepEqual(parseStart('@2023-11-14T22:13:20Z'), { kind: 'spec', spec: { timestamp: 1700000000000 } });
  const r = { topic: 't', partition: 1, offset: 9, timestamp: 5, key: Buffer.from('k'), value: Buffer.from('v'), headers: [{ key: 'a', value: Buffer.from('b') }], leaderEpoch: 0 };
  assert.equal(formatRecord('%t|%p|%o|%d|%k|%v|%h|%%\\t\\n', r), 't|1|9|5|k|v|a=b|%\t\n');
});
