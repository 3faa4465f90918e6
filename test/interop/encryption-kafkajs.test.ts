/**
 * Encryption at rest with a real client (kafkajs), unchanged: its admin creates the topic with
 * samsa.encryption.key.id, describes and alters it (rotation); an idempotent producer and a
 * transactional one (a committed and an aborted transaction) write; a read_committed consumer group
 * reads exactly the committed records, decrypted and with valid CRCs (kafkajs checks them), while
 * the segment files hold none of them in plaintext.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Kafka, logLevel, type ConfigResourceTypes } from 'kafkajs';
import { startTestBroker } from '../broker/broker-harness.ts';

const TOPIC = 'enc-js';
/** kafkajs's ConfigResourceTypes.TOPIC (its ESM build does not export the enum's values). */
const TOPIC_RESOURCE = 2 as ConfigResourceTypes;

test('kafkajs on an encrypted topic: admin configs, idempotent and transactional produce, read_committed consume', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-enc-js-'));
  const keysFile = join(dir, 'keys.txt');
  writeFileSync(keysFile, ['k1', 'k2'].map((id) => `${id}=${randomBytes(32).toString('base64')}`).join('\n'));
  const tb = await startTestBroker({ 'samsa.encryption.keys.file': keysFile, 'transaction.state.log.num.partitions': 1, 'offsets.topic.num.partitions': 1, 'group.initial.rebalance.delay.ms': 0 }, join(dir, 'data'));
  const kafka = new Kafka({ clientId: 'samsa-enc-kafkajs', brokers: [`127.0.0.1:${tb.port}`], logLevel: logLevel.NOTHING, retry: { retries: 20, initialRetryTime: 50 } });
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const txn = kafka.producer({ transactionalId: 'enc-txn', idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: 'enc-reader', maxWaitTimeInMs: 200 });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 2, configEntries: [{ name: 'samsa.encryption.key.id', value: 'k1' }] }], waitForLeaders: true });
    const keyOf = async () => (await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: TOPIC_RESOURCE, name: TOPIC, configNames: ['samsa.encryption.key.id'] }] })).resources[0]!.configEntries[0]!.configValue;
    assert.equal(await keyOf(), 'k1');

    await producer.connect();
    await producer.send({ topic: TOPIC, messages: [0, 1, 2, 3].map((i) => ({ key: `customer-${i}`, value: `confidential-${i}`, partition: i % 2 })) });
    await txn.connect();
    const t1 = await txn.transaction();
    await t1.send({ topic: TOPIC, messages: [{ value: 'confidential-committed', partition: 0 }] });
    await t1.commit();
    const t2 = await txn.transaction();
    await t2.send({ topic: TOPIC, messages: [{ value: 'confidential-aborted', partition: 0 }] });
    await t2.abort();
    // Rotation through the client's AlterConfigs; later batches use k2.
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: TOPIC_RESOURCE, name: TOPIC, configEntries: [{ name: 'samsa.encryption.key.id', value: 'k2' }] }] });
    assert.equal(await keyOf(), 'k2');
    await producer.send({ topic: TOPIC, messages: [{ value: 'confidential-rotated', partition: 1 }] });
    const t3 = await txn.transaction();
    await t3.send({ topic: TOPIC, messages: [{ value: 'confidential-committed-k2', partition: 0 }] });
    await t3.commit();

    const seen: Record<number, string[]> = { 0: [], 1: [] };
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void seen[partition]!.push(message.value!.toString()) });
    for (let i = 0; i < 300 && seen[0]!.length + seen[1]!.length < 7; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300)); // anything more would show up now
    assert.deepEqual(seen[0], ['confidential-0', 'confidential-2', 'confidential-committed', 'confidential-committed-k2'], 'read_committed: the aborted record is left out');
    assert.deepEqual(seen[1], ['confidential-1', 'confidential-3', 'confidential-rotated']);

    for (const p of [0, 1]) {
      const pdir = join(tb.dir, `${TOPIC}-${p}`);
      const bytes = Buffer.concat(readdirSync(pdir).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(pdir, f))));
      assert.ok(bytes.length > 0);
      assert.equal(bytes.indexOf('confidential'), -1, `partition ${p}: no record value in plaintext on disk`);
      assert.equal(bytes.indexOf('customer-'), -1, `partition ${p}: no record key in plaintext on disk`);
    }
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await txn.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
