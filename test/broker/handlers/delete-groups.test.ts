import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('DeleteGroups: Empty groups go with their offsets; active ones are NON_EMPTY_GROUP; unknown GROUP_ID_NOT_FOUND', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    await client.request(ApiKey.CreateTopics, 5, { topics: [{ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    await client.request(ApiKey.OffsetCommit, 7, {
      groupId: 'done', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 3n, committedLeaderEpoch: -1, committedMetadata: '' }] }],
    });
    await client.request(ApiKey.JoinGroup, 3, joinBody({ groupId: 'busy' }));
    const r = await client.request(ApiKey.DeleteGroups, 2, { groupsNames: ['done', 'busy', 'never'] });
    assert.deepEqual(r.results.map((x: { groupId: string; errorCode: number }) => [x.groupId, x.errorCode]), [
      ['done', ErrorCode.NONE], ['busy', ErrorCode.NON_EMPTY_GROUP], ['never', ErrorCode.GROUP_ID_NOT_FOUND],
    ]);
    const f = await client.request(ApiKey.OffsetFetch, 1, { groupId: 'done', topics: [{ name: 't', partitionIndexes: [0] }] });
    assert.equal(f.topics[0].partitions[0].committedOffset, -1n);
  } finally {
    client.close();
    await tb.close();
  }
});
