import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { TestClient } from '../broker-harness.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('JoinGroup v4+: MEMBER_ID_REQUIRED, then generation 1 with the member as leader and its metadata', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const first = await client.request(ApiKey.JoinGroup, 9, joinBody());
    assert.equal(first.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
    assert.match(first.memberId, /^samsa-test-/);
    const r = await client.request(ApiKey.JoinGroup, 9, joinBody({ memberId: first.memberId }));
    assert.equal(r.errorCode, ErrorCode.NONE);
    assert.equal(r.generationId, 1);
    assert.equal(r.protocolType, 'consumer');
    assert.equal(r.protocolName, 'range');
    assert.equal(r.leader, first.memberId);
    assert.equal(r.skipAssignment, false);
    assert.deepEqual(r.members.map((m: { memberId: string }) => m.memberId), [first.memberId]);
  } finally {
    client.close();
    await tb.close();
  }
});

test('JoinGroup v0-v3 join at once; two members on two connections share a generation, only the leader gets members', async () => {
  const { tb, client } = await startGroupBroker();
  const other = await TestClient.connect(tb.port);
  try {
    const a = await client.request(ApiKey.JoinGroup, 0, joinBody({ sessionTimeoutMs: 10_000 }));
    assert.equal(a.errorCode, ErrorCode.NONE);
    assert.equal(a.generationId, 1);
    assert.equal(a.protocolName, 'range'); // v0: a non-null string
    // b joins: a must rejoin; both land in generation 2
    const pb = other.request(ApiKey.JoinGroup, 2, joinBody(), 'other');
    await new Promise((r) => setTimeout(r, 50));
    const hb = await client.request(ApiKey.Heartbeat, 0, { groupId: 'g', generationId: 1, memberId: a.memberId });
    assert.equal(hb.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
    const [ra, rb] = await Promise.all([client.request(ApiKey.JoinGroup, 1, joinBody({ memberId: a.memberId })), pb]);
    assert.equal(ra.generationId, 2);
    assert.equal(rb.generationId, 2);
    assert.equal(ra.leader, a.memberId);
    assert.equal(ra.members.length, 2);
    assert.equal(rb.members.length, 0);
  } finally {
    client.close();
    other.close();
    await tb.close();
  }
});

test('JoinGroup refuses bad input with Kafka’s codes', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    assert.equal((await client.request(ApiKey.JoinGroup, 5, joinBody({ sessionTimeoutMs: 1 }))).errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
    assert.equal((await client.request(ApiKey.JoinGroup, 5, joinBody({ memberId: 'who' }))).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal((await client.request(ApiKey.JoinGroup, 5, joinBody({ groupId: '' }))).errorCode, ErrorCode.INVALID_GROUP_ID);
    const ok = await client.request(ApiKey.JoinGroup, 3, joinBody());
    assert.equal(ok.errorCode, ErrorCode.NONE);
    const other = await client.request(ApiKey.JoinGroup, 3, joinBody({ protocols: [{ name: 'roundrobin', metadata: Buffer.alloc(0) }] }));
    assert.equal(other.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  } finally {
    client.close();
    await tb.close();
  }
});
