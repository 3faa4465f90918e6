// Handler unit tests (issue 11, item 7): Produce, Fetch, ListOffsets, DeleteRecords,
// OffsetForLeaderEpoch and Metadata called directly on in-process broker services, without a
// socket. Each finds its partition through the replica manager: a partition led here answers, one
// this broker only follows answers NOT_LEADER_OR_FOLLOWER, one that does not exist
// UNKNOWN_TOPIC_OR_PARTITION — the cluster's answers, which one broker can now give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { produce } from '../../../src/broker/handlers/produce.ts';
import { fetch } from '../../../src/broker/handlers/fetch.ts';
import { listOffsets } from '../../../src/broker/handlers/list-offsets.ts';
import { deleteRecords } from '../../../src/broker/handlers/delete-records.ts';
import { offsetForLeaderEpoch } from '../../../src/broker/handlers/offset-for-leader-epoch.ts';
import { metadata } from '../../../src/broker/handlers/metadata.ts';
import { decodeBatches, testBatch, values } from '../../storage/helpers/test-batches.ts';
import { inProcessBroker } from './services-kit.ts';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';

/** Topic `t`: partition 0 led here, partition 1 led by broker 2 with this broker a follower. */
async function setUp() {
  const b = await inProcessBroker();
  await b.putTopic({ name: 't', partitions: 2, replicas: [[1], [2, 1]], leaderEpochs: [5, 7] });
  return b;
}

const produceTo = (partitions: number[], acks = -1) => ({
  transactionalId: null, acks, timeoutMs: 1000,
  topicData: [{ name: 't', topicId: ZERO, partitionData: partitions.map((index) => ({ index, records: testBatch({ records: values('v', 2) }) })) }],
});

test('Produce: appends to the partition led here (acks=all completes: one replica in sync), refuses the followed one and an unknown one, checks acks', async () => {
  const b = await setUp();
  try {
    const r = await b.call(produce, 9, produceTo([0, 1, 2]));
    const parts = r.responses[0].partitionResponses;
    assert.deepEqual(parts.map((p: { index: number; errorCode: number }) => [p.index, p.errorCode]), [
      [0, ErrorCode.NONE], [1, ErrorCode.NOT_LEADER_OR_FOLLOWER], [2, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ]);
    assert.equal(parts[0].baseOffset, 0n);
    assert.equal(b.services.replicas.get('t', 0)!.highWatermark, 2);
    assert.equal(b.services.replicas.get('t', 1)!.logEndOffset, 0, 'nothing written to the follower');
    const bad = await b.call(produce, 9, produceTo([0], 2));
    assert.equal(bad.responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_REQUIRED_ACKS);
  } finally {
    await b.close();
  }
});

test('Fetch: reads up to the high watermark from the leader; the follower and unknown partitions get their errors', async () => {
  const b = await setUp();
  try {
    await b.call(produce, 9, produceTo([0]));
    const part = (partition: number) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 });
    const r = await b.call(fetch, 12, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 't', topicId: ZERO, partitions: [part(0), part(1), part(9)] }], forgottenTopicsData: [], rackId: '',
    });
    const parts = r.responses[0].partitions;
    assert.deepEqual(parts.map((p: { partitionIndex: number; errorCode: number }) => [p.partitionIndex, p.errorCode]), [
      [0, ErrorCode.NONE], [1, ErrorCode.NOT_LEADER_OR_FOLLOWER], [9, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ]);
    assert.equal(parts[0].highWatermark, 2n);
    assert.deepEqual(decodeBatches(Buffer.from(parts[0].records)).map((x) => [x.baseOffset, x.leaderEpoch]), [[0, 5]], 'stamped with the leader epoch of the image');
  } finally {
    await b.close();
  }
});

test('ListOffsets, DeleteRecords and OffsetForLeaderEpoch answer for the leader only, with its epoch', async () => {
  const b = await setUp();
  try {
    await b.call(produce, 9, produceTo([0]));
    const lo = await b.call(listOffsets, 7, {
      replicaId: -1, isolationLevel: 0, timeoutMs: 1000,
      topics: [{ name: 't', partitions: [0, 1].map((partitionIndex) => ({ partitionIndex, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 })) }],
    });
    assert.deepEqual(lo.topics[0].partitions.map((p: { errorCode: number; offset: bigint; leaderEpoch: number }) => [p.errorCode, p.offset, p.leaderEpoch]), [
      [ErrorCode.NONE, 2n, 5], [ErrorCode.NOT_LEADER_OR_FOLLOWER, -1n, -1],
    ]);
    const dr = await b.call(deleteRecords, 2, { topics: [{ name: 't', partitions: [{ partitionIndex: 0, offset: 1n }, { partitionIndex: 1, offset: 0n }] }], timeoutMs: 1000 });
    assert.deepEqual(dr.topics[0].partitions.map((p: { errorCode: number; lowWatermark: bigint }) => [p.errorCode, p.lowWatermark]), [
      [ErrorCode.NONE, 1n], [ErrorCode.NOT_LEADER_OR_FOLLOWER, -1n],
    ]);
    const oe = await b.call(offsetForLeaderEpoch, 4, {
      replicaId: -1,
      topics: [{ topic: 't', partitions: [{ partition: 0, currentLeaderEpoch: 5, leaderEpoch: 5 }, { partition: 0, currentLeaderEpoch: 4, leaderEpoch: 5 }, { partition: 1, currentLeaderEpoch: -1, leaderEpoch: 7 }] }],
    });
    assert.deepEqual(oe.topics[0].partitions.map((p: { errorCode: number; endOffset: bigint }) => [p.errorCode, p.endOffset]), [
      [ErrorCode.NONE, 2n], [ErrorCode.FENCED_LEADER_EPOCH, -1n], [ErrorCode.NOT_LEADER_OR_FOLLOWER, -1n],
    ]);
  } finally {
    await b.close();
  }
});

test('Metadata describes leaders, replicas and epochs from the image, also for partitions led elsewhere', async () => {
  const b = await setUp();
  try {
    const r = await b.call(metadata, 12, { topics: [{ topicId: ZERO, name: 't' }], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false });
    assert.deepEqual(r.topics[0].partitions.map((p: { partitionIndex: number; leaderId: number; leaderEpoch: number; replicaNodes: number[]; isrNodes: number[] }) => [p.partitionIndex, p.leaderId, p.leaderEpoch, p.replicaNodes, p.isrNodes]), [
      [0, 1, 5, [1], [1]], [1, 2, 7, [2, 1], [2, 1]],
    ]);
    assert.deepEqual(r.brokers.map((x: { nodeId: number; port: number }) => [x.nodeId, x.port]), [[1, 9092]], 'live brokers from the metadata store');
  } finally {
    await b.close();
  }
});
