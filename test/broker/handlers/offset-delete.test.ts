import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('OffsetDelete: subscribed topics of an active group are kept, others deleted; unknown group and topic errors', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    await client.request(ApiKey.CreateTopics, 5, { topics: ['t', 'old'].map((name) => ({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] })), timeoutMs: 5000 });
    await client.request(ApiKey.OffsetCommit, 7, {
      groupId: 'g', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
      topics: ['t', 'old'].map((name) => ({ name, partitions: [{ partitionIndex: 0, committedOffset: 3n, committedLeaderEpoch: -1, committedMetadata: '' }] })),
    });
    const j = await client.request(ApiKey.JoinGroup, 3, joinBody()); // subscribes to t
    await client.request(ApiKey.SyncGroup, 3, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, assignments: [] });
    const r = await client.request(ApiKey.OffsetDelete, 0, {
      groupId: 'g',
      topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }, { name: 'old', partitions: [{ partitionIndex: 0 }] }, { name: 'gone', partitions: [{ partitionIndex: 0 }] }],
    });
    assert.equal(r.errorCode, ErrorCode.NONE);
    assert.deepEqual(r.topics.map((t: { partitions: { errorCode: number }[] }) => t.partitions[0]!.errorCode), [
      ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ]);
    const f = await client.request(ApiKey.OffsetFetch, 7, { groupId: 'g', topics: null, requireStable: false });
    assert.deepEqual(f.topics.map((t: { name: string }) => t.name), ['t']);
    assert.equal((await client.request(ApiKey.OffsetDelete, 0, { groupId: 'nobody', topics: [] })).errorCode, ErrorCode.GROUP_ID_NOT_FOUND);
  } finally {
    client.close();
    await tb.close();
  }
});
