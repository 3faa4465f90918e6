/**
 * Encryption at rest with the Java client (kafka-clients 4.4, which checks every batch's CRC on
 * consume) and Kafka's tools, against a Samsa broker process started with a key file: kafka-topics
 * creates the topic with samsa.encryption.key.id, the Java producer writes (lz4 and none), the Java
 * consumer reads from the beginning, from an offset and from a timestamp (ListOffsets decrypts the
 * batch it searches), kafka-configs rotates the key and describes it; the segment files hold no
 * record key or value in plaintext. Samsa only (Kafka has no such config). kafka-topics.sh refuses
 * `--config samsa.encryption.key.id=...` itself (it knows only Kafka's topic config names); the
 * last test shows that, and that kafka-configs.sh sets it.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { baseJvmArgs, compileJavaPrograms, javaClasspath, KafkaTool, runJavaOk } from './java-tools.ts';
import { codecScenario, type LineClient } from './line-client.ts';
import { recordsPerCodec } from './target.ts';
import { startSamsaBroker, type SamsaBroker } from './samsa-broker.ts';

const N = Math.min(recordsPerCodec(), 3000);
let broker: SamsaBroker;
let tmp: string;

before(async () => {
  compileJavaPrograms();
  tmp = mkdtempSync(join(tmpdir(), 'samsa-enc-java-'));
  const keysFile = join(tmp, 'keys.txt');
  writeFileSync(keysFile, ['k1', 'k2'].map((id) => `${id}=${randomBytes(32).toString('base64')}`).join('\n'));
  broker = await startSamsaBroker({ properties: { 'samsa.encryption.keys.file': keysFile } });
});
after(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const tool = (cls: string, args: string[]): Promise<string> => runJavaOk(cls, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });
const java = (...args: string[]): [string, string[]] => ['java', [...baseJvmArgs(), '-cp', javaClasspath(), 'InteropClient', ...args]];
const client: LineClient = {
  name: 'Java client',
  idempotence: true,
  producer: (b, topic, codec, acks, idem) => java('produce', b, topic, codec, acks, String(idem)),
  consumer: (b, topic, from, count, timeoutMs) => java('consume', b, topic, from, String(count), String(timeoutMs)),
};

function segmentFiles(topic: string): Buffer {
  const parts = readdirSync(broker.dataDir).filter((d) => d.startsWith(`${topic}-`));
  assert.equal(parts.length, 3);
  return Buffer.concat(parts.flatMap((p) => readdirSync(join(broker.dataDir, p)).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(broker.dataDir, p, f)))));
}

for (const codec of ['none', 'lz4']) {
  test(`Java producer and consumer on an encrypted topic, ${codec}: ${N} records round trip; nothing readable on disk`, async () => {
    const topic = `enc-java-${codec}`;
    // kafka-topics checks --config names against Kafka's own list before it sends anything, so the
    // key id is set with kafka-configs (or an AdminClient's createTopics, see the kafkajs test).
    await tool(KafkaTool.topics, ['--create', '--topic', topic, '--partitions', '3', '--replication-factor', '1']);
    await tool(KafkaTool.configs, ['--alter', '--entity-type', 'topics', '--entity-name', topic, '--add-config', 'samsa.encryption.key.id=k1']);
    await codecScenario(client, { name: 'samsa', ...broker }, topic, codec, N);
    const disk = segmentFiles(topic);
    assert.ok(disk.length > 0);
    assert.equal(disk.indexOf(`${topic} value`), -1, 'no record value in plaintext');
    assert.equal(disk.indexOf(`${topic}-key-`), -1, 'no record key in plaintext');
  });
}

test('kafka-configs rotates and describes samsa.encryption.key.id; an unknown key id is refused; kafka-topics --config refuses the name itself', async () => {
  const topic = 'enc-java-none';
  await tool(KafkaTool.configs, ['--alter', '--entity-type', 'topics', '--entity-name', topic, '--add-config', 'samsa.encryption.key.id=k2']);
  assert.match(await tool(KafkaTool.configs, ['--describe', '--entity-type', 'topics', '--entity-name', topic]), /samsa\.encryption\.key\.id=k2/);
  await assert.rejects(tool(KafkaTool.configs, ['--alter', '--entity-type', 'topics', '--entity-name', topic, '--add-config', 'samsa.encryption.key.id=nope']), /key ring has no key nope/);
  await assert.rejects(tool(KafkaTool.topics, ['--create', '--topic', 'enc-java-refused', '--config', 'samsa.encryption.key.id=k1']), /Unknown topic config name: samsa\.encryption\.key\.id/);
});
