/**
 * Transactional offset commits in the group coordinator (TxnOffsetCommit, KIP-98/KIP-447): pending
 * until the transaction's marker, applied on COMMIT and dropped on ABORT, UNSTABLE_OFFSET_COMMIT
 * for require_stable meanwhile, a plain commit written after them wins, fencing of zombie members
 * by generation, and the same outcome after a replay of the log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupCoordinator } from '../../../src/coordinator/group/group-coordinator.ts';
import { GroupError } from '../../../src/coordinator/group/group-error.ts';
import { InMemoryCoordinatorLog } from '../../../src/coordinator/runtime/in-memory-coordinator-log.ts';
import { FakeScheduler } from '../runtime/fake-scheduler.ts';
import { subscription } from '../../broker/handlers/group-test-kit.ts';

async function start(log = new InMemoryCoordinatorLog()) {
  const c = new GroupCoordinator(log, { scheduler: new FakeScheduler(), config: { initialRebalanceDelayMs: 0, offsetsTopicPartitions: 5 } });
  await c.load();
  return { c, log, partition: c.partitionFor('g') };
}

const P1 = { producerId: 1000n, producerEpoch: 0 };
const P2 = { producerId: 2000n, producerEpoch: 3 };

const txnCommit = (producer: typeof P1, partition: number, offset: bigint, extra: { generationId?: number; memberId?: string; groupInstanceId?: string | null } = {}) => ({
  groupId: 'g',
  ...producer,
  generationId: -1,
  memberId: '',
  groupInstanceId: null,
  topics: [{ name: 't', partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: 1, committedMetadata: 'm' }] }],
  ...extra,
});

const fetched = (c: GroupCoordinator, requireStable = false) =>
  c.fetchOffsets('g', [{ name: 't', partitionIndexes: [0, 1] }], requireStable).topics[0]!.partitions.map((p) => [p.committedOffset, p.errorCode]);

test('offsets committed in a transaction are pending until its marker: COMMIT applies them, ABORT drops them', async () => {
  const { c, partition } = await start();
  const r = await c.commitTxnOffsets(txnCommit(P1, 0, 10n));
  assert.equal(r.topics[0]!.partitions[0]!.errorCode, GroupError.NONE);
  await c.commitTxnOffsets(txnCommit(P2, 1, 20n));
  assert.deepEqual(fetched(c), [
    [-1n, 0],
    [-1n, 0],
  ]);
  assert.deepEqual(fetched(c, true), [
    [-1n, GroupError.UNSTABLE_OFFSET_COMMIT],
    [-1n, GroupError.UNSTABLE_OFFSET_COMMIT],
  ]);
  await c.completeTransaction(partition, { ...P1, commit: true, coordinatorEpoch: 0 });
  await c.completeTransaction(partition, { ...P2, commit: false, coordinatorEpoch: 0 });
  assert.deepEqual(fetched(c, true), [
    [10n, 0],
    [-1n, 0],
  ]);
  // A marker for another partition of __consumer_offsets does not touch this group's offsets.
  await c.commitTxnOffsets(txnCommit(P1, 1, 11n));
  await c.completeTransaction((partition + 1) % 5, { ...P1, commit: true, coordinatorEpoch: 0 });
  assert.deepEqual(fetched(c, true)[1], [-1n, GroupError.UNSTABLE_OFFSET_COMMIT]);
  c.close();
});

test('a plain commit written after the transactional one wins; one written before loses', async () => {
  const { c, partition } = await start();
  await c.commitOffsets({ groupId: 'g', generationId: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1, topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }] }] });
  await c.commitTxnOffsets(txnCommit(P1, 0, 5n));
  await c.commitTxnOffsets(txnCommit(P1, 1, 5n));
  await c.commitOffsets({ groupId: 'g', generationId: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1, topics: [{ name: 't', partitions: [{ partitionIndex: 1, committedOffset: 7n, committedLeaderEpoch: -1, committedMetadata: '' }] }] });
  await c.completeTransaction(partition, { ...P1, commit: true, coordinatorEpoch: 0 });
  assert.deepEqual(fetched(c), [
    [5n, 0],
    [7n, 0],
  ]);
  c.close();
});

test('replaying __consumer_offsets gives the same offsets: pending ones stay pending, markers apply or drop them', async () => {
  const { c, log, partition } = await start();
  await c.commitTxnOffsets(txnCommit(P1, 0, 10n));
  await c.commitTxnOffsets(txnCommit(P2, 1, 20n));
  await c.completeTransaction(partition, { ...P2, commit: false, coordinatorEpoch: 0 });
  await c.commitTxnOffsets(txnCommit(P2, 1, 30n));
  c.close();
  const again = await start(log);
  assert.deepEqual(fetched(again.c), [
    [-1n, 0],
    [-1n, 0],
  ]);
  assert.deepEqual(fetched(again.c, true), [
    [-1n, GroupError.UNSTABLE_OFFSET_COMMIT],
    [-1n, GroupError.UNSTABLE_OFFSET_COMMIT],
  ]);
  // The transactions still open at the restart end after it.
  await again.c.completeTransaction(partition, { ...P1, commit: true, coordinatorEpoch: 0 });
  await again.c.completeTransaction(partition, { ...P2, commit: true, coordinatorEpoch: 0 });
  assert.deepEqual(fetched(again.c, true), [
    [10n, 0],
    [30n, 0],
  ]);
  again.c.close();
  const third = await start(log);
  assert.deepEqual(fetched(third.c, true), [
    [10n, 0],
    [30n, 0],
  ]);
  third.c.close();
});

test('KIP-447: a member of an older generation is fenced; a producer outside the group commits with generation -1 even while it has members', async () => {
  const { c } = await start();
  const j = await c.join({
    groupId: 'g', memberId: '', groupInstanceId: null, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000,
    protocolType: 'consumer', protocols: [{ name: 'range', metadata: subscription(['t']) }], clientId: 'c', clientHost: '/127.0.0.1', requireKnownMemberId: false,
  });
  await c.sync({ groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [{ memberId: j.memberId, assignment: Buffer.alloc(0) }] });
  const stale = await c.commitTxnOffsets(txnCommit(P1, 0, 1n, { generationId: j.generationId - 1, memberId: j.memberId }));
  assert.equal(stale.topics[0]!.partitions[0]!.errorCode, GroupError.ILLEGAL_GENERATION);
  const unknown = await c.commitTxnOffsets(txnCommit(P1, 0, 1n, { generationId: j.generationId, memberId: 'nobody' }));
  assert.equal(unknown.topics[0]!.partitions[0]!.errorCode, GroupError.UNKNOWN_MEMBER_ID);
  const member = await c.commitTxnOffsets(txnCommit(P1, 0, 2n, { generationId: j.generationId, memberId: j.memberId }));
  assert.equal(member.topics[0]!.partitions[0]!.errorCode, GroupError.NONE);
  const outside = await c.commitTxnOffsets(txnCommit(P2, 1, 3n));
  assert.equal(outside.topics[0]!.partitions[0]!.errorCode, GroupError.NONE);
  // A plain commit without member info is refused while the group has members.
  const plain = await c.commitOffsets({ groupId: 'g', generationId: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1, topics: [{ name: 't', partitions: [{ partitionIndex: 1, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' }] }] });
  assert.equal(plain.topics[0]!.partitions[0]!.errorCode, GroupError.UNKNOWN_MEMBER_ID);
  c.close();
});

test('a marker for a partition that is not loaded is refused, so the transaction coordinator retries it', async () => {
  const { c, partition } = await start();
  await c.commitTxnOffsets(txnCommit(P1, 0, 10n));
  c.unload(partition);
  await assert.rejects(c.completeTransaction(partition, { ...P1, commit: true, coordinatorEpoch: 0 }), { name: 'NotCoordinatorError' });
  c.close();
});
