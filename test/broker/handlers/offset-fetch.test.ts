import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startGroupBroker } from './group-test-kit.ts';

test('OffsetFetch: v1 per-partition, v2+ all topics, v8 several groups in one request (KIP-709)', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    await client.request(ApiKey.CreateTopics, 5, { topics: [{ name: 't', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    for (const [groupId, offset] of [['a', 10n], ['b', 20n]] as const) {
      const r = await client.request(ApiKey.OffsetCommit, 7, {
        groupId, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
        topics: [{ name: 't', partitions: [{ partitionIndex: 1, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: '' }] }],
      });
      assert.equal(r.topics[0].partitions[0].errorCode, ErrorCode.NONE);
    }
    const v1 = await client.request(ApiKey.OffsetFetch, 1, { groupId: 'a', topics: [{ name: 't', partitionIndexes: [0, 1] }] });
    assert.deepEqual(v1.topics[0].partitions.map((p: { committedOffset: bigint }) => p.committedOffset), [-1n, 10n]);
    const v7 = await client.request(ApiKey.OffsetFetch, 7, { groupId: 'b', topics: null, requireStable: true });
    assert.equal(v7.errorCode, ErrorCode.NONE);
    assert.equal(v7.topics[0].partitions[0].committedOffset, 20n);
    const v8 = await client.request(ApiKey.OffsetFetch, 8, {
      groups: [
        { groupId: 'a', topics: [{ name: 't', partitionIndexes: [1] }] },
        { groupId: 'b', topics: null },
        { groupId: 'unknown', topics: null },
      ],
      requireStable: false,
    });
    assert.deepEqual(v8.groups.map((g: { groupId: string; errorCode: number }) => [g.groupId, g.errorCode]), [['a', 0], ['b', 0], ['unknown', 0]]);
    assert.equal(v8.groups[0].topics[0].partitions[0].committedOffset, 10n);
    assert.equal(v8.groups[1].topics[0].partitions[0].committedOffset, 20n);
    assert.deepEqual(v8.groups[2].topics, []);
  } finally {
    client.close();
    await tb.close();
  }
});

test('OffsetCommit and OffsetFetch v10 name topics by id (KIP-848); unknown ids get UNKNOWN_TOPIC_ID', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const created = await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'ids', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    const topicId = created.topics[0].topicId as string;
    const unknownId = 'AAAAAAAAAAAAAAAAAAAAAQ';
    const commit = await client.request(ApiKey.OffsetCommit, 10, {
      groupId: 'v10', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
      topics: [
        { topicId, partitions: [{ partitionIndex: 1, committedOffset: 42n, committedLeaderEpoch: -1, committedMetadata: 'm' }] },
        { topicId: unknownId, partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }] },
      ],
    });
    assert.deepEqual(commit.topics.map((t: { topicId: string; partitions: { errorCode: number }[] }) => [t.topicId, t.partitions[0]!.errorCode]), [[topicId, ErrorCode.NONE], [unknownId, ErrorCode.UNKNOWN_TOPIC_ID]]);
    const asked = await client.request(ApiKey.OffsetFetch, 10, { groups: [{ groupId: 'v10', memberId: null, memberEpoch: -1, topics: [{ topicId, partitionIndexes: [0, 1] }, { topicId: unknownId, partitionIndexes: [0] }] }], requireStable: false });
    const g = asked.groups[0];
    assert.equal(g.errorCode, ErrorCode.NONE);
    assert.deepEqual(g.topics[0].partitions.map((p: { partitionIndex: number; committedOffset: bigint }) => [p.partitionIndex, p.committedOffset]), [[0, -1n], [1, 42n]]);
    assert.equal(g.topics[1].topicId, unknownId);
    assert.equal(g.topics[1].partitions[0].errorCode, ErrorCode.UNKNOWN_TOPIC_ID);
    const all = await client.request(ApiKey.OffsetFetch, 10, { groups: [{ groupId: 'v10', memberId: null, memberEpoch: -1, topics: null }], requireStable: false });
    assert.deepEqual(all.groups[0].topics.map((t: { topicId: string; partitions: { committedOffset: bigint }[] }) => [t.topicId, t.partitions.map((p) => p.committedOffset)]), [[topicId, [42n]]]);
    // The same offsets by name, as v9 and older clients see them.
    const v9 = await client.request(ApiKey.OffsetFetch, 9, { groups: [{ groupId: 'v10', memberId: null, memberEpoch: -1, topics: [{ name: 'ids', partitionIndexes: [1] }] }], requireStable: false });
    assert.equal(v9.groups[0].topics[0].partitions[0].committedOffset, 42n);
  } finally {
    client.close();
    await tb.close();
  }
});
