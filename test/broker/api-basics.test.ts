import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { Writer } from '../../src/protocol/writer.ts';
import { decodeResponse } from '../../src/protocol/request-codec.ts';
import { readFrame } from '../../src/protocol/frame.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

let tb: TestBroker;
let client: TestClient;

before(async () => {
  tb = await startTestBroker({ 'auto.create.topics.enable': true });
  client = await TestClient.connect(tb.port);
});

after(async () => {
  client.close();
  await tb.close();
});

test('ApiVersions v0..v5 advertise Kafka 4.4 ranges, Produce from v0', async () => {
  for (let v = 0; v <= 5; v++) {
    const body = v >= 3 ? { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1.0', clusterId: null, nodeId: -1 } : {};
    const res = await client.request(ApiKey.ApiVersions, v, body);
    assert.equal(res.errorCode, ErrorCode.NONE, `v${v}`);
    const byKey = new Map<number, { minVersion: number; maxVersion: number }>(res.apiKeys.map((k: { apiKey: number }) => [k.apiKey, k]));
    assert.equal(byKey.get(ApiKey.Produce)!.minVersion, 0);
    assert.equal(byKey.get(ApiKey.Produce)!.maxVersion, 13);
    assert.equal(byKey.get(ApiKey.Fetch)!.minVersion, 4);
    assert.equal(byKey.get(ApiKey.Fetch)!.maxVersion, 18);
    // The ranges Kafka 4.4 advertises (checked against a live Kafka in test/interop/api-versions-vs-kafka).
    assert.equal(byKey.get(ApiKey.Metadata)!.minVersion, 0);
    assert.equal(byKey.get(ApiKey.OffsetCommit)!.minVersion, 2);
    assert.equal(byKey.get(ApiKey.OffsetFetch)!.minVersion, 1);
    assert.equal(byKey.get(ApiKey.ApiVersions)!.maxVersion, 5);
  }
});

test('ApiVersions v5 (KIP-1242): REBOOTSTRAP_REQUIRED with no ranges when the client expects another cluster or node', async () => {
  const ask = (clusterId: string | null, nodeId: number) => client.request(ApiKey.ApiVersions, 5, { clientSoftwareName: 'samsa-test', clientSoftwareVersion: '1.0', clusterId, nodeId });
  const own = await ask(tb.broker.clusterId, tb.broker.nodeId);
  assert.equal(own.errorCode, ErrorCode.NONE);
  assert.ok(own.apiKeys.length > 0);
  assert.deepEqual(own.finalizedFeatures, [
    { name: 'metadata.version', minVersionLevel: 33, maxVersionLevel: 33 },
    { name: 'transaction.version', minVersionLevel: 2, maxVersionLevel: 2 },
  ]);
  for (const [clusterId, nodeId] of [['AAAAAAAAAAAAAAAAAAAAAA', tb.broker.nodeId], [tb.broker.clusterId, tb.broker.nodeId + 1]] as const) {
    const r = await ask(clusterId, nodeId);
    assert.equal(r.errorCode, ErrorCode.REBOOTSTRAP_REQUIRED);
    assert.deepEqual(r.apiKeys, []);
  }
});

function rawApiVersionsRequest(version: number, correlationId: number): Buffer {
  // Header v2 (flexible) as a client that knows a newer ApiVersions would send it.
  const w = new Writer();
  const at = w.reserveInt32();
  w.int16(ApiKey.ApiVersions).int16(version).int32(correlationId).string('future-client').uvarint(0);
  w.compactString('future').compactString('9.9').uvarint(0);
  w.patchInt32(at, w.pos - 4);
  return Buffer.from(w.finish());
}

test('ApiVersions above the supported range gets a v0 UNSUPPORTED_VERSION response with the ranges (KIP-511)', async () => {
  for (const v of [6, 99]) {
    const corr = client.nextCorrelationId();
    const payload = await client.send(rawApiVersionsRequest(v, corr), corr);
    const { body } = decodeResponse(ApiKey.ApiVersions, 0, payload);
    assert.equal(body.errorCode, ErrorCode.UNSUPPORTED_VERSION);
    assert.ok(body.apiKeys.some((k) => k.apiKey === ApiKey.ApiVersions && k.maxVersion === 5));
  }
});

test('Metadata names this broker as controller and reports topic ids', async () => {
  const created = await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'meta-a', numPartitions: 3, replicationFactor: 1 }], timeoutMs: 1000 });
  assert.equal(created.topics[0].errorCode, ErrorCode.NONE);
  for (const v of [4, 9, 12]) {
    const md = await client.request(ApiKey.Metadata, v, { topics: [{ name: 'meta-a' }], allowAutoTopicCreation: false });
    assert.equal(md.controllerId, 1, `v${v}`);
    assert.deepEqual(md.brokers.map((b: { nodeId: number; port: number }) => [b.nodeId, b.port]), [[1, tb.port]]);
    const t = md.topics[0];
    assert.equal(t.errorCode, ErrorCode.NONE);
    assert.equal(t.partitions.length, 3);
    assert.deepEqual(t.partitions.map((p: { leaderId: number }) => p.leaderId), [1, 1, 1]);
    if (v >= 10) assert.equal(t.topicId, created.topics[0].topicId);
  }
  const all = await client.request(ApiKey.Metadata, 12, { topics: null });
  assert.ok(all.topics.some((t: { name: string }) => t.name === 'meta-a'));
});

test('Metadata auto-creates unknown topics when allowed, and reports invalid names', async () => {
  const md = await client.request(ApiKey.Metadata, 12, { topics: [{ name: 'auto-1' }, { name: 'bad name!' }], allowAutoTopicCreation: true });
  assert.equal(md.topics[0].errorCode, ErrorCode.NONE);
  assert.equal(md.topics[0].partitions.length, 1);
  assert.equal(md.topics[1].errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
  const no = await client.request(ApiKey.Metadata, 12, { topics: [{ name: 'auto-2' }], allowAutoTopicCreation: false });
  assert.equal(no.topics[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  assert.ok(tb.logLines.some((l) => l.includes('"topic":"auto-1"') && l.includes('topic created')));
});

test('CreateTopics: validate-only, existing, invalid name, bad config, replication factor, internal names', async () => {
  const res = await client.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'ct-dry', numPartitions: 2, replicationFactor: 1 },
    ],
    validateOnly: true,
  });
  assert.equal(res.topics[0].errorCode, ErrorCode.NONE);
  assert.equal(res.topics[0].numPartitions, 2);
  assert.equal(tb.broker.image.topic('ct-dry'), undefined);

  const res2 = await client.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'ct-ok', numPartitions: -1, replicationFactor: -1, configs: [{ name: 'retention.ms', value: '1000' }] },
      { name: 'meta-a', numPartitions: 1, replicationFactor: 1 },
      { name: 'no/slash', numPartitions: 1, replicationFactor: 1 },
      { name: 'ct-badconf', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'retention.ms', value: 'soon' }] },
      { name: 'ct-unknownconf', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'no.such.config', value: '1' }] },
      { name: 'ct-rf3', numPartitions: 1, replicationFactor: 3 },
      { name: 'ct-zero', numPartitions: 0, replicationFactor: 1 },
      { name: '__mine', numPartitions: 1, replicationFactor: 1 },
    ],
  });
  const codes = res2.topics.map((t: { errorCode: number }) => t.errorCode);
  assert.deepEqual(codes, [
    ErrorCode.NONE,
    ErrorCode.TOPIC_ALREADY_EXISTS,
    ErrorCode.INVALID_TOPIC_EXCEPTION,
    ErrorCode.INVALID_CONFIG,
    ErrorCode.INVALID_CONFIG,
    ErrorCode.INVALID_REPLICATION_FACTOR,
    ErrorCode.INVALID_PARTITIONS,
    ErrorCode.INVALID_TOPIC_EXCEPTION,
  ]);
  const ok = res2.topics[0];
  assert.equal(ok.numPartitions, 1);
  const retention = ok.configs.find((c: { name: string }) => c.name === 'retention.ms');
  assert.equal(retention.value, '1000');
  assert.equal(retention.configSource, 1); // TOPIC_CONFIG
});

test('DeleteTopics by name and by topic id', async () => {
  const created = await client.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'del-a', numPartitions: 1, replicationFactor: 1 },
      { name: 'del-b', numPartitions: 2, replicationFactor: 1 },
    ],
  });
  const idB = created.topics[1].topicId;
  const byName = await client.request(ApiKey.DeleteTopics, 5, { topicNames: ['del-a', 'never-existed'], timeoutMs: 1000 });
  assert.deepEqual(byName.responses.map((r: { errorCode: number }) => r.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
  const byId = await client.request(ApiKey.DeleteTopics, 6, { topics: [{ name: null, topicId: idB }], timeoutMs: 1000 });
  assert.equal(byId.responses[0].errorCode, ErrorCode.NONE);
  assert.equal(byId.responses[0].name, 'del-b');
  const md = await client.request(ApiKey.Metadata, 12, { topics: [{ name: 'del-a' }, { name: 'del-b' }], allowAutoTopicCreation: false });
  assert.deepEqual(md.topics.map((t: { errorCode: number }) => t.errorCode), [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
});

test('InitProducerId hands out distinct producer ids', async () => {
  const a = await client.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60000 });
  const b = await client.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60000 });
  assert.equal(a.errorCode, ErrorCode.NONE);
  assert.notEqual(a.producerId, b.producerId);
  assert.equal(a.producerEpoch, 0);
});

test('raw frames decode back with the same correlation id ordering', () => {
  // Guard for the harness itself: a strict prefix of a frame is "need more".
  const f = rawApiVersionsRequest(3, 7);
  assert.equal(readFrame(f.subarray(0, f.length - 1), 0, 1 << 20), null);
});

test('Metadata v0-3 are not advertised but still answered (old kafka-python sends v1 without asking)', async () => {
  const v1 = await client.request(ApiKey.Metadata, 1, { topics: null });
  assert.equal(v1.controllerId, 1);
  assert.equal(v1.brokers[0].port, tb.port);
  assert.ok(v1.topics.some((t: { name: string }) => t.name === 'meta-a'));
  const v0 = await client.request(ApiKey.Metadata, 0, { topics: [] });
  assert.ok(v0.topics.some((t: { name: string }) => t.name === 'meta-a'), 'v0: an empty list means all topics');
});

test('test seam: the next request of an API key can be answered with a chosen error, then handling resumes', async () => {
  tb.broker.dispatcher.interceptNext(ApiKey.Metadata, (_req, ctx) => ({ brokers: [], controllerId: -1, topics: [{ name: 'meta-a', errorCode: ErrorCode.LEADER_NOT_AVAILABLE, partitions: [] }], clusterId: ctx.broker.clusterId }));
  const faulty = await client.request(ApiKey.Metadata, 12, { topics: [{ name: 'meta-a' }] });
  assert.equal(faulty.topics[0].errorCode, ErrorCode.LEADER_NOT_AVAILABLE);
  const normal = await client.request(ApiKey.Metadata, 12, { topics: [{ name: 'meta-a' }] });
  assert.equal(normal.topics[0].errorCode, ErrorCode.NONE);
});

test('concurrent auto-creation of one topic creates it once; the loser gets a retriable answer', async () => {
  const other = await TestClient.connect(tb.port);
  const ask = (c: TestClient) => c.request(ApiKey.Metadata, 12, { topics: [{ name: 'race-1' }], allowAutoTopicCreation: true });
  const [a, b] = await Promise.all([ask(client), ask(other)]);
  for (const r of [a, b]) assert.ok([ErrorCode.NONE, ErrorCode.LEADER_NOT_AVAILABLE].includes(r.topics[0].errorCode));
  const ids = [a, b].filter((r) => r.topics[0].errorCode === ErrorCode.NONE).map((r) => r.topics[0].topicId);
  assert.ok(ids.length >= 1);
  assert.ok(ids.every((id) => id === tb.broker.image.topic('race-1')!.topicId));
  other.close();
});
