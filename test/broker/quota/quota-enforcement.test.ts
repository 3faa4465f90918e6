/**
 * Client quotas through a real socket (stages/quota.ts, connection.ts): a quota set with
 * AlterClientQuotas applies to the next request, a throttled response carries throttle_time_ms and
 * mutes its connection (KIP-219) and only that one, a throttled fetch sends no records. Windows are
 * short here (2 × 1 s: the rate is measured over at least 1 s) so throttles stay under a second.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../../src/protocol/record-batch/batch-builder.ts';
import { startTestBroker, TestClient } from '../broker-harness.ts';

const WINDOWS = { 'quota.window.num': 2, 'quota.window.size.seconds': 1 };

async function setQuota(c: TestClient, entity: { entityType: string; entityName: string | null }[], key: string, value: number | null): Promise<void> {
  const r = await c.request(ApiKey.AlterClientQuotas, 1, { entries: [{ entity, ops: [{ key, value: value ?? 0, remove: value === null }] }], validateOnly: false });
  assert.equal(r.entries[0].errorCode, ErrorCode.NONE);
}

function produceBody(topic: string, bytes: number, acks = 1) {
  return { transactionalId: null, acks, timeoutMs: 5000, topicData: [{ name: topic, partitionData: [{ index: 0, records: buildBatch({ records: [{ value: Buffer.alloc(bytes, 7) }] }) }] }] };
}

function fetchBody(topic: string, offset: number, maxBytes = 1 << 20) {
  return {
    replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic, topicId: '00000000-0000-0000-0000-000000000000', partitions: [{ partition: 0, fetchOffset: BigInt(offset), partitionMaxBytes: 1 << 20 }] }],
    forgottenTopicsData: [], rackId: '',
  };
}

test('a producer over producer_byte_rate gets throttle_time_ms and its connection is muted for that long', async () => {
  const tb = await startTestBroker(WINDOWS);
  try {
    const admin = await TestClient.connect(tb.port);
    await admin.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'q', numPartitions: 1, replicationFactor: 1 }] });
    const c = await TestClient.connect(tb.port);
    const other = await TestClient.connect(tb.port);
    // Unthrottled before the quota exists.
    const before = await c.request(ApiKey.Produce, 11, produceBody('q', 150_000), 'slow');
    assert.equal(before.throttleTimeMs, 0);
    await setQuota(admin, [{ entityType: 'client-id', entityName: 'slow' }], 'producer_byte_rate', 100_000);
    // ~150 KB recorded in a 1 s span at 100 KB/s: (O - T) / T × W, about 500 ms.
    const r = await c.request(ApiKey.Produce, 11, produceBody('q', 150_000), 'slow');
    const answeredAt = Date.now();
    assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE, 'the data is written, not refused');
    assert.ok(r.throttleTimeMs >= 450 && r.throttleTimeMs <= 600, `throttle ${r.throttleTimeMs} ms`);
    // Another client id on another connection is not muted.
    const t0 = Date.now();
    await other.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' }, 'fast');
    assert.ok(Date.now() - t0 < 200, 'an unthrottled connection answers at once');
    // The throttled connection reads nothing more until the throttle time has passed.
    await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' }, 'slow');
    const waited = Date.now() - answeredAt;
    assert.ok(waited >= r.throttleTimeMs - 20, `next request answered after ${waited} ms, throttle ${r.throttleTimeMs} ms`);
    // Removing the quota applies at once: no throttle on the next produce.
    await setQuota(admin, [{ entityType: 'client-id', entityName: 'slow' }], 'producer_byte_rate', null);
    const after = await c.request(ApiKey.Produce, 11, produceBody('q', 150_000), 'slow');
    assert.equal(after.throttleTimeMs, 0);
    for (const x of [admin, c, other]) x.close();
  } finally {
    await tb.close();
  }
});

test('a user quota applies to every client id of the user, over a default client-id quota', async () => {
  const tb = await startTestBroker(WINDOWS);
  try {
    const admin = await TestClient.connect(tb.port);
    await admin.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'u', numPartitions: 1, replicationFactor: 1 }] });
    // PLAINTEXT connections are User:ANONYMOUS.
    await setQuota(admin, [{ entityType: 'user', entityName: 'ANONYMOUS' }], 'producer_byte_rate', 100_000);
    await setQuota(admin, [{ entityType: 'client-id', entityName: null }], 'producer_byte_rate', 1e9);
    const a = await TestClient.connect(tb.port);
    const b = await TestClient.connect(tb.port);
    const first = await a.request(ApiKey.Produce, 11, produceBody('u', 80_000), 'one');
    assert.equal(first.throttleTimeMs, 0);
    // 160 KB in the user's span from two client ids: throttled though each sent 80 KB.
    const second = await b.request(ApiKey.Produce, 11, produceBody('u', 80_000), 'two');
    assert.ok(second.throttleTimeMs > 400, `throttle ${second.throttleTimeMs}`);
    for (const x of [admin, a, b]) x.close();
  } finally {
    await tb.close();
  }
});

test('a consumer over consumer_byte_rate gets an empty throttled fetch, then its records', async () => {
  const tb = await startTestBroker(WINDOWS);
  try {
    const admin = await TestClient.connect(tb.port);
    await admin.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'f', numPartitions: 1, replicationFactor: 1 }] });
    for (let i = 0; i < 3; i++) await admin.request(ApiKey.Produce, 11, produceBody('f', 60_000));
    await setQuota(admin, [{ entityType: 'client-id', entityName: 'reader' }], 'consumer_byte_rate', 100_000);
    const c = await TestClient.connect(tb.port);
    // max_bytes is capped to one quota span (100 KB × 1 window): one 60 KB batch fits, not two.
    const f1 = await c.request(ApiKey.Fetch, 12, fetchBody('f', 0), 'reader');
    const got1 = f1.responses[0].partitions[0].records.length;
    assert.ok(got1 > 60_000 && got1 < 120_000, `first fetch ${got1} bytes`);
    assert.equal(f1.throttleTimeMs, 0);
    // The second batch takes the span past the quota: throttled, and no records are sent.
    const f2 = await c.request(ApiKey.Fetch, 12, fetchBody('f', 1), 'reader');
    assert.ok(f2.throttleTimeMs > 0, 'throttled');
    assert.deepEqual(f2.responses, []);
    // Those bytes were taken back from the rate: after the throttle the same fetch gets its batch.
    await new Promise((r) => setTimeout(r, f2.throttleTimeMs + 1100));
    const f3 = await c.request(ApiKey.Fetch, 12, fetchBody('f', 1), 'reader');
    assert.equal(f3.throttleTimeMs, 0);
    assert.ok(f3.responses[0].partitions[0].records.length > 60_000);
    for (const x of [admin, c]) x.close();
  } finally {
    await tb.close();
  }
});

test('request_percentage throttles by handler time, capped at one window', async () => {
  const tb = await startTestBroker(WINDOWS);
  try {
    const admin = await TestClient.connect(tb.port);
    await admin.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'r', numPartitions: 1, replicationFactor: 1 }] });
    // 0.01 % of a second is 0.1 ms of handler time per second: a few produces exceed it.
    await setQuota(admin, [{ entityType: 'client-id', entityName: 'busy' }], 'request_percentage', 0.01);
    const c = await TestClient.connect(tb.port);
    let throttle = 0;
    for (let i = 0; i < 20 && throttle === 0; i++) throttle = (await c.request(ApiKey.Produce, 11, produceBody('r', 200_000), 'busy')).throttleTimeMs;
    assert.ok(throttle > 0, 'throttled by request time');
    assert.ok(throttle <= 1000, `capped at one window (1 s), got ${throttle}`);
    for (const x of [admin, c]) x.close();
  } finally {
    await tb.close();
  }
});
