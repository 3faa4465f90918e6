// InitProducerId with a transactional id, AddPartitionsToTxn, Produce of transactional batches and
// EndTxn through the handlers on in-process broker services (issue 12): the transaction coordinator
// is started on first use, a transactional batch is taken only inside its transaction, and EndTxn
// writes the markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { initProducerId } from '../../../src/broker/handlers/init-producer-id.ts';
import { addPartitionsToTxn } from '../../../src/broker/handlers/add-partitions-to-txn.ts';
import { endTxn } from '../../../src/broker/handlers/end-txn.ts';
import { produce } from '../../../src/broker/handlers/produce.ts';
import { findCoordinator } from '../../../src/broker/handlers/find-coordinator.ts';
import { fetch } from '../../../src/broker/handlers/fetch.ts';
import { describeTransactions } from '../../../src/broker/handlers/describe-transactions.ts';
import { listTransactions } from '../../../src/broker/handlers/list-transactions.ts';
import { addOffsetsToTxn } from '../../../src/broker/handlers/add-offsets-to-txn.ts';
import { txnOffsetCommit } from '../../../src/broker/handlers/txn-offset-commit.ts';
import { offsetFetch } from '../../../src/broker/handlers/offset-fetch.ts';
import { decodeBatches, testBatch, values } from '../../storage/helpers/test-batches.ts';
import { iterateBatches } from '../../../src/protocol/record-batch/record-batch.ts';
import { isControl, isTransactional, OFF_ATTRIBUTES } from '../../../src/protocol/record-batch/batch-header.ts';
import { inProcessBroker } from './services-kit.ts';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';

test('a transaction through the handlers: coordinator found, producer id, partitions added, transactional produce checked, markers written', async () => {
  const b = await inProcessBroker({ 'transaction.state.log.num.partitions': 2 });
  try {
    await b.putTopic({ name: 't', partitions: 1 });
    // The first request starts the coordinator (creating __transaction_state); until it is loaded, clients retry.
    let found;
    for (let i = 0; i < 100; i++) {
      found = await b.call(findCoordinator, 3, { key: 'tx', keyType: 1 });
      if (found.errorCode === ErrorCode.NONE) break;
      assert.equal(found.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.deepEqual([found.errorCode, found.nodeId, found.port], [ErrorCode.NONE, 1, 9092]);
    assert.ok(b.services.image.topic('__transaction_state'), 'created on first use');

    const init = await b.call(initProducerId, 4, { transactionalId: 'tx', transactionTimeoutMs: 10_000, producerId: -1n, producerEpoch: -1 });
    assert.equal(init.errorCode, ErrorCode.NONE);
    const pid = init.producerId;
    const batch = (seq: number) => testBatch({ records: values('v', 2), producerId: Number(pid), producerEpoch: 0, baseSequence: seq, transactional: true });
    const send = (seq: number, transactionalId: string | null = 'tx') =>
      b.call(produce, 9, { transactionalId, acks: -1, timeoutMs: 1000, topicData: [{ name: 't', topicId: ZERO, partitionData: [{ index: 0, records: batch(seq) }] }] });

    const early = await send(0);
    assert.equal(early.responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_TXN_STATE, 'not added to the transaction yet');
    const add = await b.call(addPartitionsToTxn, 3, { v3AndBelowTransactionalId: 'tx', v3AndBelowProducerId: pid, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [{ name: 't', partitions: [0] }, { name: 'nope', partitions: [0] }] });
    assert.deepEqual(add.resultsByTopicV3AndBelow.map((t: { name: string; resultsByPartition: { partitionErrorCode: number }[] }) => [t.name, t.resultsByPartition[0]!.partitionErrorCode]), [
      ['t', ErrorCode.OPERATION_NOT_ATTEMPTED], ['nope', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ], 'an unknown topic fails the whole request and adds nothing');
    const added = await b.call(addPartitionsToTxn, 3, { v3AndBelowTransactionalId: 'tx', v3AndBelowProducerId: pid, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [{ name: 't', partitions: [0] }] });
    assert.equal(added.resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode, ErrorCode.NONE);
    assert.equal((await send(0, null)).responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_TXN_STATE, 'a transactional batch needs the transactional id');
    assert.equal((await send(0)).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const part = b.services.replicas.get('t', 0)!;
    assert.deepEqual([part.highWatermark, part.lastStableOffset], [2, 0], 'the open transaction holds the last stable offset at its first record');
    const fetchCommitted = () => b.call(fetch, 12, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 1, sessionId: 0, sessionEpoch: -1, forgottenTopicsData: [], rackId: '',
      topics: [{ topic: 't', topicId: ZERO, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
    });
    const uncommitted = (await fetchCommitted()).responses[0].partitions[0];
    assert.deepEqual([uncommitted.lastStableOffset, uncommitted.records.length], [0n, 0], 'read_committed sees nothing of it yet');

    const end = await b.call(endTxn, 3, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, committed: true });
    assert.equal(end.errorCode, ErrorCode.NONE);
    const p = b.services.replicas.get('t', 0)!;
    for (let i = 0; i < 100 && p.highWatermark < 3; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(p.lastStableOffset, 3, 'the commit marker ends the transaction');
    const committed = (await fetchCommitted()).responses[0].partitions[0];
    assert.equal(committed.lastStableOffset, 3n);
    assert.ok(committed.records.length > 0);
    const read = (await p.read(0, 1 << 20, 'HIGH_WATERMARK')).records;
    const marker = (await p.read(2, 1 << 20, 'HIGH_WATERMARK')).records;
    const kinds = [...iterateBatches(read), ...iterateBatches(marker)].map((x) => [Number(x.readBigInt64BE(0)), isControl(x.readInt16BE(OFF_ATTRIBUTES)), isTransactional(x.readInt16BE(OFF_ATTRIBUTES))]);
    assert.deepEqual(kinds, [[0, false, true], [2, true, true]], 'the data, then the commit marker');
    assert.equal(decodeBatches(read)[0]!.values.length, 2);
    assert.equal((await send(2)).responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_TXN_STATE, 'after the commit, a late batch of the ended transaction is refused');
    const old = await b.call(endTxn, 1, { transactionalId: 'tx', producerId: pid, producerEpoch: 5, committed: true });
    assert.equal(old.errorCode, ErrorCode.INVALID_PRODUCER_EPOCH, 'PRODUCER_FENCED is INVALID_PRODUCER_EPOCH before v2');
  } finally {
    await b.close();
  }
});

test('DescribeTransactions and ListTransactions report the coordinator state with their filters', async () => {
  const b = await inProcessBroker({ 'transaction.state.log.num.partitions': 2 });
  try {
    await b.putTopic({ name: 't', partitions: 2 });
    const coordinator = b.services.transactionCoordinator();
    for (let i = 0; i < 100 && coordinator.availability('a') !== ErrorCode.NONE; i++) await new Promise((r) => setTimeout(r, 10));
    const a = await coordinator.initProducerId('a', 20_000);
    const bb = await coordinator.initProducerId('b', 20_000);
    await coordinator.addPartitions('a', a.producerId, a.producerEpoch, new Map([['t', [1, 0]]]));
    const d = await b.call(describeTransactions, 0, { transactionalIds: ['a', 'b', 'nope'] });
    assert.deepEqual(d.transactionStates.map((s: { errorCode: number; transactionState: string; topics: unknown[]; producerId: bigint; transactionTimeoutMs: number }) => [s.errorCode, s.transactionState, s.producerId, s.transactionTimeoutMs, s.topics]), [
      [ErrorCode.NONE, 'Ongoing', a.producerId, 20_000, [{ topic: 't', partitions: [1, 0] }]],
      [ErrorCode.NONE, 'Empty', bb.producerId, 20_000, []],
      [ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, '', -1n, 0, []],
    ]);
    const list = async (body: Record<string, unknown>, version = 2) => b.call(listTransactions, version, { stateFilters: [], producerIdFilters: [], durationFilter: -1n, transactionalIdPattern: null, ...body });
    const ids = (r: { transactionStates: { transactionalId: string }[] }) => r.transactionStates.map((s) => s.transactionalId).sort();
    assert.deepEqual(ids(await list({})), ['a', 'b']);
    assert.deepEqual(ids(await list({ stateFilters: ['Ongoing'] })), ['a']);
    const unknown = await list({ stateFilters: ['Sleeping'] });
    assert.deepEqual([unknown.unknownStateFilters, ids(unknown)], [['Sleeping'], []]);
    assert.deepEqual(ids(await list({ producerIdFilters: [bb.producerId] })), ['b']);
    assert.deepEqual(ids(await list({ transactionalIdPattern: 'a|x' })), ['a'], 'the whole id must match');
    assert.equal((await list({ transactionalIdPattern: '(' })).errorCode, ErrorCode.INVALID_REGULAR_EXPRESSION);
    assert.deepEqual(ids(await list({ durationFilter: 60_000n, stateFilters: ['Ongoing'] })), [], 'the open one started less than a minute ago');
  } finally {
    await b.close();
  }
});

test('offsets in a transaction: AddOffsetsToTxn, TxnOffsetCommit pending (UNSTABLE_OFFSET_COMMIT), applied by the commit marker; v5 adds the partition itself', async () => {
  const b = await inProcessBroker({ 'transaction.state.log.num.partitions': 2, 'offsets.topic.num.partitions': 3 });
  try {
    await b.putTopic({ name: 't', partitions: 1 });
    const txns = b.services.transactionCoordinator();
    const groups = b.services.groupCoordinator();
    for (let i = 0; i < 200 && (txns.availability('tx') !== ErrorCode.NONE || groups.availability('g') !== ErrorCode.NONE); i++) await new Promise((r) => setTimeout(r, 10));
    const init = await b.call(initProducerId, 4, { transactionalId: 'tx', transactionTimeoutMs: 10_000, producerId: -1n, producerEpoch: -1 });
    const pid = init.producerId;
    const commitOffsets = (version: number, offset: bigint, producerEpoch = 0) =>
      b.call(txnOffsetCommit, version, {
        transactionalId: 'tx', groupId: 'g', producerId: pid, producerEpoch, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
        topics: [{ name: 't', topicId: ZERO, partitions: [{ partitionIndex: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: '' }] }, { name: 'nope', topicId: ZERO, partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }] }],
      });
    const codes = (r: { topics: { partitions: { errorCode: number }[] }[] }) => r.topics.map((t) => t.partitions[0]!.errorCode);
    assert.deepEqual(codes(await commitOffsets(3, 5n)), [ErrorCode.INVALID_TXN_STATE, ErrorCode.INVALID_TXN_STATE], 'the group is not in the transaction yet');
    const added = await b.call(addOffsetsToTxn, 3, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, groupId: 'g' });
    assert.equal(added.errorCode, ErrorCode.NONE);
    assert.deepEqual(txns.describe('tx')!.partitions.get('__consumer_offsets'), [groups.partitionFor('g')]);
    assert.deepEqual(codes(await commitOffsets(3, 5n)), [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    const other = await b.call(txnOffsetCommit, 3, {
      transactionalId: 'tx', groupId: 'g', producerId: pid + 1n, producerEpoch: 0, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
      topics: [{ name: 't', topicId: ZERO, partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }] }],
    });
    assert.deepEqual(codes(other), [ErrorCode.INVALID_PRODUCER_ID_MAPPING], 'another producer id for the transactional id');
    const fetchStable = () => b.call(offsetFetch, 8, { groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [0] }] }], requireStable: true });
    const stable = async () => {
      const p = (await fetchStable()).groups[0].topics[0].partitions[0];
      return [p.committedOffset, p.errorCode];
    };
    assert.deepEqual(await stable(), [-1n, ErrorCode.UNSTABLE_OFFSET_COMMIT]);
    assert.equal((await b.call(endTxn, 3, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, committed: true })).errorCode, ErrorCode.NONE);
    for (let i = 0; i < 200 && (await stable())[1] !== ErrorCode.NONE; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(await stable(), [5n, ErrorCode.NONE], 'the commit marker in __consumer_offsets applies the offset');
    // v5 (Transactions V2 form): no AddOffsetsToTxn; an abort drops the offset.
    assert.deepEqual(codes(await commitOffsets(5, 9n)), [ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    assert.equal((await b.call(endTxn, 3, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, committed: false })).errorCode, ErrorCode.NONE);
    for (let i = 0; i < 200 && txns.describe('tx')!.state !== 5; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(await stable(), [5n, ErrorCode.NONE], 'the aborted offset is dropped');
  } finally {
    await b.close();
  }
});
