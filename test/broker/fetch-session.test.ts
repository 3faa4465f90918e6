/**
 * Fetch sessions (KIP-227) across the topic-id switch of KIP-516 and across restarts. Found with
 * Kafka Streams (test/interop/streams-eos-java.test.ts): after a broker restart the Java consumer
 * opened a session with Fetch v12 (its metadata briefly had no topic id) and went on with v17;
 * Samsa put the topic name where the response wants an id and closed the connection
 * ("uuid must be 16 bytes"). Kafka answers FETCH_SESSION_TOPIC_ID_ERROR.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { FetchSessionCache } from '../../src/broker/fetch/fetch-session-cache.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

let tb: TestBroker;
let client: TestClient;
let topicId: string;

before(async () => {
  tb = await startTestBroker();
  client = await TestClient.connect(tb.port);
  const res = await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'fs', numPartitions: 1, replicationFactor: 1 }] });
  topicId = res.topics[0].topicId;
});

after(async () => {
  client.close();
  await tb.close();
});

function fetchBody(extra: Record<string, unknown>) {
  return {
    replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: 0,
    topics: [{ topic: 'fs', topicId, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }],
    forgottenTopicsData: [], rackId: '', ...extra,
  };
}

test('a session opened with topic names (v12) refuses a v13+ request with FETCH_SESSION_TOPIC_ID_ERROR, and the reverse', async () => {
  for (const [open, next] of [[12, 17], [17, 12]] as const) {
    const full = await client.request(ApiKey.Fetch, open, fetchBody({}));
    assert.equal(full.errorCode, ErrorCode.NONE);
    assert.notEqual(full.sessionId, 0);
    const mixed = await client.request(ApiKey.Fetch, next, fetchBody({ sessionId: full.sessionId, sessionEpoch: 1, topics: [] }));
    assert.equal(mixed.errorCode, ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR, `v${open} session, v${next} request`);
    // The connection is still usable and the session still goes on with its own kind.
    const same = await client.request(ApiKey.Fetch, open, fetchBody({ sessionId: full.sessionId, sessionEpoch: 1, topics: [] }));
    assert.equal(same.errorCode, ErrorCode.NONE);
  }
});

test('session ids are not handed out in order, so a client holding one from before a restart does not land in another client\'s session', () => {
  const ids = Array.from({ length: 5 }, () => new FetchSessionCache().create(true).id);
  assert.ok(ids.every((id) => id > 0 && id <= 0x7fffffff));
  assert.ok(new Set(ids).size > 1, `five fresh caches all started at ${ids[0]}`);
});
