import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { TestClient } from '../broker-harness.ts';
import { joinBody, startGroupBroker, waitForCoordinator } from './group-test-kit.ts';

const partition = (partitionIndex: number, committedOffset: bigint, committedMetadata: string | null = null) => ({
  partitionIndex, committedOffset, committedLeaderEpoch: 4, commitTimestamp: -1n, committedMetadata,
});

test('OffsetCommit v0-v9 stores offsets; unknown topics get UNKNOWN_TOPIC_OR_PARTITION; member checks apply', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    await client.request(ApiKey.CreateTopics, 5, { topics: [{ name: 't', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    const r0 = await client.request(ApiKey.OffsetCommit, 0, { groupId: 'g', topics: [{ name: 't', partitions: [partition(0, 5n, 'zero')] }] });
    assert.equal(r0.topics[0].partitions[0].errorCode, ErrorCode.NONE);
    const r2 = await client.request(ApiKey.OffsetCommit, 2, {
      groupId: 'g', generationIdOrMemberEpoch: -1, memberId: '', retentionTimeMs: -1n,
      topics: [{ name: 't', partitions: [partition(1, 7n)] }, { name: 'nope', partitions: [partition(0, 1n)] }],
    });
    assert.deepEqual(r2.topics.map((t: { partitions: { errorCode: number }[] }) => t.partitions[0]!.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    const f = await client.request(ApiKey.OffsetFetch, 5, { groupId: 'g', topics: null });
    assert.deepEqual(
      f.topics[0].partitions.map((p: { partitionIndex: number; committedOffset: bigint; metadata: string }) => [p.partitionIndex, p.committedOffset, p.metadata]),
      [[0, 5n, 'zero'], [1, 7n, '']],
    );
    // A member of an active group must name its generation.
    const j = await client.request(ApiKey.JoinGroup, 3, joinBody());
    const member = { groupId: 'g', memberId: j.memberId, groupInstanceId: null, topics: [{ name: 't', partitions: [partition(0, 9n)] }] };
    const stale = await client.request(ApiKey.OffsetCommit, 8, { ...member, generationIdOrMemberEpoch: j.generationId - 1 });
    assert.equal(stale.topics[0].partitions[0].errorCode, ErrorCode.ILLEGAL_GENERATION);
    const early = await client.request(ApiKey.OffsetCommit, 8, { ...member, generationIdOrMemberEpoch: j.generationId });
    assert.equal(early.topics[0].partitions[0].errorCode, ErrorCode.REBALANCE_IN_PROGRESS); // not synced yet
    await client.request(ApiKey.SyncGroup, 3, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, assignments: [] });
    const ok = await client.request(ApiKey.OffsetCommit, 9, { ...member, generationIdOrMemberEpoch: j.generationId });
    assert.equal(ok.topics[0].partitions[0].errorCode, ErrorCode.NONE);
    const admin = await client.request(ApiKey.OffsetCommit, 8, { ...member, memberId: '', generationIdOrMemberEpoch: -1 });
    assert.equal(admin.topics[0].partitions[0].errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  } finally {
    client.close();
    await tb.close();
  }
});

test('committed offsets and group metadata survive a broker restart', async () => {
  const first = await startGroupBroker();
  const dir = first.tb.dir;
  try {
    await first.client.request(ApiKey.CreateTopics, 5, { topics: [{ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    const j = await first.client.request(ApiKey.JoinGroup, 5, joinBody({ groupInstanceId: 'static-1' }));
    await first.client.request(ApiKey.SyncGroup, 3, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: 'static-1', assignments: [{ memberId: j.memberId, assignment: Buffer.from('p0') }] });
    const c = await first.client.request(ApiKey.OffsetCommit, 8, {
      groupId: 'g', generationIdOrMemberEpoch: j.generationId, memberId: j.memberId, groupInstanceId: 'static-1',
      topics: [{ name: 't', partitions: [partition(0, 1234n, 'meta')] }],
    });
    assert.equal(c.topics[0].partitions[0].errorCode, ErrorCode.NONE);
    first.client.close();
    await first.tb.stop();

    const second = await startGroupBroker(dir);
    try {
      const f = await second.client.request(ApiKey.OffsetFetch, 8, { groups: [{ groupId: 'g', topics: [{ name: 't', partitionIndexes: [0] }] }], requireStable: true });
      assert.equal(f.groups[0].errorCode, ErrorCode.NONE);
      assert.equal(f.groups[0].topics[0].partitions[0].committedOffset, 1234n);
      assert.equal(f.groups[0].topics[0].partitions[0].metadata, 'meta');
      assert.equal(f.groups[0].topics[0].partitions[0].committedLeaderEpoch, 4);
      // the static member comes back with a new member id and its old assignment, same generation
      const rejoin = await second.client.request(ApiKey.JoinGroup, 9, joinBody({ groupInstanceId: 'static-1' }));
      assert.equal(rejoin.errorCode, ErrorCode.NONE);
      assert.equal(rejoin.generationId, j.generationId);
      const s = await second.client.request(ApiKey.SyncGroup, 5, { groupId: 'g', generationId: rejoin.generationId, memberId: rejoin.memberId, groupInstanceId: 'static-1', protocolType: 'consumer', protocolName: 'range', assignments: [] });
      assert.equal(s.assignment.toString(), 'p0');
    } finally {
      second.client.close();
      await second.tb.close();
    }
  } finally {
    await first.tb.close();
  }
});

test('a new connection after restart sees COORDINATOR_NOT_AVAILABLE at most until the replay ends', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const other = await TestClient.connect(tb.port);
    await waitForCoordinator(other, 'another-group');
    other.close();
  } finally {
    client.close();
    await tb.close();
  }
});
