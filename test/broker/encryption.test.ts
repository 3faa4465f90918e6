/**
 * Encryption at rest through the broker: topic config samsa.encryption.key.id, the key file
 * (samsa.encryption.keys.file), Produce and Fetch, rotation with AlterConfigs, restarts, a missing
 * key (KAFKA_STORAGE_ERROR and a log line naming it), a bad key file (the start fails).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { CompressionCodec, checkBatchCrc } from '../../src/protocol/record-batch/batch-header.ts';
import { iterateBatches, readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import { StartupError } from '../../src/broker/broker.ts';
import { loadKeyRing } from '../../src/broker/encryption-keys.ts';
import { BrokerConfig } from '../../src/config/broker-config.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

const TOPIC = 'secret-topic';
const keyLine = (id: string) => `${id}=${randomBytes(32).toString('base64')}\n`;

function values(records: Buffer): string[] {
  const out: string[] = [];
  for (const b of iterateBatches(records)) {
    checkBatchCrc(b);
    for (const r of readRecords(b, { maxDecompressedBytes: 1 << 20 })) out.push(r.value!.toString());
  }
  return out;
}

function produce(c: TestClient, records: Buffer) {
  return c.request(ApiKey.Produce, 11, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records }] }] });
}

async function fetchFrom(c: TestClient, offset: number) {
  const r = await c.request(ApiKey.Fetch, 12, {
    replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic: TOPIC, partitions: [{ partition: 0, fetchOffset: BigInt(offset), partitionMaxBytes: 1 << 20 }] }], forgottenTopicsData: [], rackId: '',
  });
  return r.responses[0].partitions[0];
}

/** Every value from `offset` on, following fetches until the high watermark. */
async function readFrom(c: TestClient, offset: number): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const p = await fetchFrom(c, offset);
    assert.equal(p.errorCode, ErrorCode.NONE);
    if (p.records.length === 0) return out;
    out.push(...values(p.records));
    for (const b of iterateBatches(p.records)) offset = Number(b.readBigInt64BE(0)) + b.readInt32BE(23) + 1;
  }
}

function alterKey(c: TestClient, value: string | null) {
  return c.request(ApiKey.IncrementalAlterConfigs, 1, {
    resources: [{ resourceType: 2, resourceName: TOPIC, configs: [{ name: 'samsa.encryption.key.id', configOperation: value === null ? 1 : 0, value }] }],
    validateOnly: false,
  });
}

function logBytes(tb: TestBroker): Buffer {
  const dir = join(tb.dir, `${TOPIC}-0`);
  return Buffer.concat(readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(dir, f))));
}

test('an encrypted topic: no plaintext on disk, fetch decrypts, rotation, restarts, a missing key is KAFKA_STORAGE_ERROR', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-enc-'));
  const keysFile = join(dir, 'keys.txt');
  writeFileSync(keysFile, `# test keys\n${keyLine('k1')}`);
  const data = join(dir, 'data');
  const props = { 'samsa.encryption.keys.file': keysFile };
  let tb = await startTestBroker(props, data);
  let c = await TestClient.connect(tb.port);
  try {
    const unknown = await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'x', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'samsa.encryption.key.id', value: 'nope' }] }] });
    assert.equal(unknown.topics[0].errorCode, ErrorCode.INVALID_CONFIG, 'a key id the ring does not hold is refused');
    assert.match(unknown.topics[0].errorMessage, /key ring has no key nope/);
    const created = await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: TOPIC, numPartitions: 1, replicationFactor: 1, configs: [{ name: 'samsa.encryption.key.id', value: 'k1' }] }] });
    assert.equal(created.topics[0].errorCode, ErrorCode.NONE);
    const described = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: 2, resourceName: TOPIC, configurationKeys: ['samsa.encryption.key.id'] }], includeSynonyms: true, includeDocumentation: false });
    assert.equal(described.results[0].configs[0].value, 'k1');
    assert.equal(described.results[0].configs[0].configSource, 1, 'TOPIC_CONFIG');
    const all = async (topic: string) => (await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: 2, resourceName: topic, configurationKeys: null }], includeSynonyms: false, includeDocumentation: false })).results[0].configs.map((e: { name: string; value: string | null }) => `${e.name}=${e.value}`);
    assert.ok((await all(TOPIC)).includes('samsa.encryption.key.id=k1'), 'a topic that sets it lists it');
    await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'plain', numPartitions: 1, replicationFactor: 1 }] });
    assert.ok(!(await all('plain')).some((e: string) => e.startsWith('samsa.')), 'a plain topic is described as Kafka describes it');
    const asked = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: 2, resourceName: 'plain', configurationKeys: ['samsa.encryption.key.id'] }], includeSynonyms: false, includeDocumentation: false });
    assert.equal(asked.results[0].configs[0].value, null, 'asked by name: unset');

    let r = await produce(c, buildBatch({ records: [{ key: 'user-1', value: 'card-4111-first' }, { value: 'card-4111-second' }] }));
    assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    r = await produce(c, buildBatch({ records: [{ value: 'card-4111-gzip' }], compression: CompressionCodec.Gzip }));
    assert.equal(r.responses[0].partitionResponses[0].baseOffset, 2n);
    assert.deepEqual(await readFrom(c, 0), ['card-4111-first', 'card-4111-second', 'card-4111-gzip']);
    const disk = logBytes(tb);
    assert.ok(disk.length > 0);
    assert.equal(disk.indexOf('card-4111'), -1, 'no record value in the segment files');
    assert.equal(disk.indexOf('user-1'), -1, 'no record key in the segment files');

    // Rotation: k2 is added to the file while the broker runs, then the topic moves to it.
    appendFileSync(keysFile, keyLine('k2'));
    await new Promise((res) => setTimeout(res, 1100)); // the ring reads its file again at most once a second
    assert.equal((await alterKey(c, 'k2')).responses[0].errorCode, ErrorCode.NONE);
    r = await produce(c, buildBatch({ records: [{ value: 'card-4111-after-rotation' }] }));
    assert.equal(r.responses[0].partitionResponses[0].baseOffset, 3n);
    assert.deepEqual(await readFrom(c, 0), ['card-4111-first', 'card-4111-second', 'card-4111-gzip', 'card-4111-after-rotation']);
    assert.equal(logBytes(tb).indexOf('card-4111'), -1);

    // A restart with the key ring reads everything back.
    c.close();
    await tb.stop();
    tb = await startTestBroker(props, data);
    c = await TestClient.connect(tb.port);
    assert.deepEqual(await readFrom(c, 0), ['card-4111-first', 'card-4111-second', 'card-4111-gzip', 'card-4111-after-rotation']);

    // k1 leaves the ring: its batches answer KAFKA_STORAGE_ERROR (no ciphertext), k2's stay readable.
    c.close();
    await tb.stop();
    writeFileSync(keysFile, readFileSync(keysFile, 'utf8').split('\n').filter((l) => !l.startsWith('k1=')).join('\n'));
    tb = await startTestBroker(props, data);
    c = await TestClient.connect(tb.port);
    const lost = await fetchFrom(c, 0);
    assert.equal(lost.errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
    assert.equal(lost.records.length, 0);
    assert.ok(tb.logLines.some((l) => /cannot decrypt/.test(l) && /"keyId":"k1"/.test(l)), 'a log line names the missing key');
    assert.deepEqual(await readFrom(c, 3), ['card-4111-after-rotation']);

    // The config removed: new batches are stored plaintext, old ones stay encrypted.
    assert.equal((await alterKey(c, null)).responses[0].errorCode, ErrorCode.NONE);
    await produce(c, buildBatch({ records: [{ value: 'plain-again' }] }));
    assert.deepEqual(await readFrom(c, 3), ['card-4111-after-rotation', 'plain-again']);
    assert.ok(logBytes(tb).indexOf('plain-again') >= 0);
    assert.equal(logBytes(tb).indexOf('card-4111'), -1);
  } finally {
    c.close();
    await tb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a key file that does not parse, or cannot be read, stops the start with a message naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-enc-bad-'));
  try {
    const bad = join(dir, 'bad-keys.txt');
    writeFileSync(bad, `k1=${randomBytes(16).toString('base64')}\n`);
    await assert.rejects(startTestBroker({ 'samsa.encryption.keys.file': bad }, join(dir, 'data')), (e: unknown) => e instanceof StartupError && /bad-keys\.txt/.test(e.message) && /16 bytes/.test(e.message));
    await assert.rejects(startTestBroker({ 'samsa.encryption.keys.file': join(dir, 'missing.txt') }, join(dir, 'data')), (e: unknown) => e instanceof StartupError && /missing\.txt cannot be read/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SAMSA_ENCRYPTION_KEYS adds keys to those of the file', () => {
  const config = BrokerConfig.fromProperties({});
  const ring = loadKeyRing(config, { SAMSA_ENCRYPTION_KEYS: `${keyLine('a').trim()},${keyLine('b').trim()}` });
  assert.deepEqual(ring.ids().sort(), ['a', 'b']);
  assert.equal(loadKeyRing(config, {}).size, 0);
  assert.throws(() => loadKeyRing(config, { SAMSA_ENCRYPTION_KEYS: 'a=short' }), /SAMSA_ENCRYPTION_KEYS/);
});

test('a restart without the topic\'s key: a start log line names it, produce and fetch answer KAFKA_STORAGE_ERROR', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-enc-lost-'));
  const keysFile = join(dir, 'keys.txt');
  writeFileSync(keysFile, keyLine('only'));
  const props = { 'samsa.encryption.keys.file': keysFile };
  let tb = await startTestBroker(props, join(dir, 'data'));
  let c = await TestClient.connect(tb.port);
  try {
    await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: TOPIC, numPartitions: 1, replicationFactor: 1, configs: [{ name: 'samsa.encryption.key.id', value: 'only' }] }] });
    assert.equal((await produce(c, buildBatch({ records: [{ value: 'v' }] }))).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    c.close();
    await tb.stop();
    writeFileSync(keysFile, '# the key is gone\n');
    tb = await startTestBroker(props, join(dir, 'data'));
    c = await TestClient.connect(tb.port);
    assert.ok(tb.logLines.some((l) => /"keyId":"only"/.test(l) && /not in the key ring/.test(l)), 'the start names the missing key');
    const r = (await produce(c, buildBatch({ records: [{ value: 'w' }] }))).responses[0].partitionResponses[0];
    assert.equal(r.errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
    assert.match(r.errorMessage, /key only/);
    assert.equal((await fetchFrom(c, 0)).errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
  } finally {
    c.close();
    await tb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
