// The group coordinator serves only the __consumer_offsets partitions this broker leads: when the
// metadata moves a partition's leadership away it unloads it (NOT_COORDINATOR, produce to it
// NOT_LEADER_OR_FOLLOWER), and when leadership comes back it replays it (issue 11, seams 3 and 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { offsetsPartitionFor } from '../../src/coordinator/runtime/coordinator-log.ts';
import { startGroupBroker, waitForCoordinator, GROUP_BROKER_PROPS } from './handlers/group-test-kit.ts';

test('a __consumer_offsets partition whose leader moves away is unloaded, and replayed when it comes back', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    await client.request(ApiKey.CreateTopics, 5, { topics: [{ name: 't', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000 });
    const commit = await client.request(ApiKey.OffsetCommit, 2, {
      groupId: 'g', generationIdOrMemberEpoch: -1, memberId: '', retentionTimeMs: -1n,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: null }] }],
    });
    assert.equal(commit.topics[0].partitions[0].errorCode, ErrorCode.NONE);
    const p = offsetsPartitionFor('g', GROUP_BROKER_PROPS['offsets.topic.num.partitions']);
    const store = tb.broker.metadata;
    const rec = store.topics().find((t) => t.name === '__consumer_offsets')!;
    const moved = (leaderFirst: number[]) => ({ ...rec, replicas: rec.replicas!.map((r, i) => (i === p ? leaderFirst : r)) });

    // Another broker leads it now; this one stays a follower (its log is kept).
    await store.putTopic(moved([2, 1]));
    await tb.broker.replicas.caughtUp();
    const found = await client.request(ApiKey.FindCoordinator, 3, { key: 'g', keyType: 0 });
    assert.equal(found.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE, 'its coordinator is broker 2, which is not alive');
    assert.match(found.errorMessage, /broker 2/);
    const away = await client.request(ApiKey.OffsetFetch, 5, { groupId: 'g', topics: null });
    assert.equal(away.errorCode, ErrorCode.NOT_COORDINATOR);
    const other = await client.request(ApiKey.OffsetFetch, 5, { groupId: 'h', topics: null });
    assert.equal(other.errorCode, offsetsPartitionFor('h', 3) === p ? ErrorCode.NOT_COORDINATOR : ErrorCode.NONE, 'groups of other partitions are served');
    const md = await client.request(ApiKey.Metadata, 12, { topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: '__consumer_offsets' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false });
    const part = md.topics[0].partitions.find((x: { partitionIndex: number }) => x.partitionIndex === p);
    assert.deepEqual([part.leaderId, part.replicaNodes], [2, [2, 1]], 'Metadata describes the new leader from the image');

    // Leadership comes back: the partition is replayed and the offset is there again.
    await store.putTopic(moved([1, 2]));
    await waitForCoordinator(client, 'g');
    const back = await client.request(ApiKey.OffsetFetch, 5, { groupId: 'g', topics: null });
    assert.equal(back.errorCode, ErrorCode.NONE);
    assert.equal(back.topics[0].partitions[0].committedOffset, 42n);
  } finally {
    client.close();
    await tb.close();
  }
});
