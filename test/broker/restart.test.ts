import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { startTestBroker, TestClient } from './broker-harness.ts';

test('topics, configs (topic and dynamic broker), records and producer ids survive a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-restart-'));
  try {
    let tb = await startTestBroker({}, dir);
    let c = await TestClient.connect(tb.port);
    const created = await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'keep', numPartitions: 2, replicationFactor: 1, configs: [{ name: 'retention.ms', value: '3600000' }] }] });
    const topicId = created.topics[0].topicId;
    const pid1 = (await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 1000 })).producerId;
    const r = await c.request(ApiKey.Produce, 11, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: 'keep', partitionData: [{ index: 1, records: buildBatch({ records: [{ value: 'v1' }, { value: 'v2' }] }) }] }] });
    assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const alter = await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 4, resourceName: '1', configs: [{ name: 'log.retention.ms', configOperation: 0, value: '7777' }] }], validateOnly: false });
    assert.equal(alter.responses[0].errorCode, ErrorCode.NONE);
    c.close();
    await tb.stop();
    assert.ok(existsSync(join(dir, '.kafka_cleanshutdown')), 'clean shutdown marker written');

    tb = await startTestBroker({}, dir);
    c = await TestClient.connect(tb.port);
    const md = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'keep' }], allowAutoTopicCreation: false });
    assert.equal(md.topics[0].errorCode, ErrorCode.NONE);
    assert.equal(md.topics[0].topicId, topicId);
    assert.equal(md.topics[0].partitions.length, 2);
    assert.equal(tb.broker.image.topic('keep')!.configText['retention.ms'], '3600000');
    assert.equal(tb.broker.config.int('log.retention.ms'), 7777, 'dynamic broker config kept');
    assert.equal(tb.broker.config.source('log.retention.ms'), 'DYNAMIC_BROKER_CONFIG');
    const lo = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'keep', partitions: [{ partitionIndex: 1, timestamp: -1n }] }] });
    assert.equal(lo.topics[0].partitions[0].offset, 2n);
    const pid2 = (await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 1000 })).producerId;
    assert.ok(pid2 > pid1, `producer id ${pid2} must not repeat ${pid1}`);
    c.close();
    await tb.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('shutdown answers a waiting long poll at once instead of dropping it', { timeout: 20_000 }, async () => {
  const tb = await startTestBroker();
  try {
    const c = await TestClient.connect(tb.port);
    await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'poll', numPartitions: 1, replicationFactor: 1 }] });
    const started = Date.now();
    const waiting = c.request(ApiKey.Fetch, 12, {
      replicaId: -1, maxWaitMs: 20_000, minBytes: 1, maxBytes: 1000, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'poll', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1000 }] }], forgottenTopicsData: [], rackId: '',
    });
    await new Promise((r) => setTimeout(r, 100));
    await tb.stop();
    const f = await waiting;
    assert.equal(f.responses[0].partitions[0].errorCode, ErrorCode.NONE);
    assert.ok(Date.now() - started < 5000, 'answered before max.wait.ms');
    c.close();
  } finally {
    await tb.close();
  }
});

test('a lost samsa-metadata.json does not lose topics: they are rebuilt from the partition folders', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-orphan-'));
  try {
    let tb = await startTestBroker({}, dir);
    let c = await TestClient.connect(tb.port);
    const created = await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'orphan', numPartitions: 2, replicationFactor: 1 }] });
    await c.request(ApiKey.Produce, 11, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: 'orphan', partitionData: [{ index: 1, records: buildBatch({ records: [{ value: 'kept' }] }) }] }] });
    c.close();
    await tb.stop();
    rmSync(join(dir, 'samsa-metadata.json'));

    tb = await startTestBroker({}, dir);
    c = await TestClient.connect(tb.port);
    const md = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'orphan' }], allowAutoTopicCreation: false });
    assert.equal(md.topics[0].errorCode, ErrorCode.NONE);
    assert.equal(md.topics[0].partitions.length, 2);
    assert.equal(md.topics[0].topicId, created.topics[0].topicId);
    const lo = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'orphan', partitions: [{ partitionIndex: 1, timestamp: -1n }] }] });
    assert.equal(lo.topics[0].partitions[0].offset, 1n);
    assert.ok(tb.logLines.some((l) => l.includes('topic rebuilt from partition folders')));
    c.close();
    await tb.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('shutdown completes even when a client never closes its side of the connection', { timeout: 20_000 }, async () => {
  const tb = await startTestBroker();
  try {
    const { connect } = await import('node:net');
    const lazy = connect({ host: '127.0.0.1', port: tb.port, allowHalfOpen: true });
    await new Promise((r) => lazy.once('connect', r));
    lazy.pause(); // never reads, so it never sees our FIN and never ends its side
    lazy.on('error', () => {});
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await tb.stop();
    assert.ok(Date.now() - started < 5000, `stop took ${Date.now() - started} ms`);
    lazy.destroy();
  } finally {
    await tb.close();
  }
});

test('client quotas (AlterClientQuotas) survive a restart; validate_only stores nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-restart-quotas-'));
  try {
    let tb = await startTestBroker({}, dir);
    let c = await TestClient.connect(tb.port);
    const alter = (validateOnly: boolean, name: string, value: number) =>
      c.request(ApiKey.AlterClientQuotas, 1, { validateOnly, entries: [{ entity: [{ entityType: 'user', entityName: name }], ops: [{ key: 'producer_byte_rate', value, remove: false }] }] });
    assert.equal((await alter(false, 'alice', 1000)).entries[0].errorCode, ErrorCode.NONE);
    assert.equal((await alter(true, 'bob', 2000)).entries[0].errorCode, ErrorCode.NONE);
    c.close();
    await tb.stop();
    tb = await startTestBroker({}, dir);
    c = await TestClient.connect(tb.port);
    const d = await c.request(ApiKey.DescribeClientQuotas, 1, { components: [{ entityType: 'user', matchType: 2, match: null }], strict: false });
    assert.deepEqual(d.entries.map((e: { entity: { entityName: string }[]; values: { key: string; value: number }[] }) => [e.entity[0]!.entityName, e.values]), [['alice', [{ key: 'producer_byte_rate', value: 1000 }]]]);
    c.close();
    await tb.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
