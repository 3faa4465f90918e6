import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupCoordinator, type GroupCoordinatorConfig } from '../../../src/coordinator/group/group-coordinator.ts';
import { GroupError } from '../../../src/coordinator/group/group-error.ts';
import { offsetsPartitionFor } from '../../../src/coordinator/runtime/coordinator-log.ts';
import { InMemoryCoordinatorLog } from '../../../src/coordinator/runtime/in-memory-coordinator-log.ts';
import type { JoinRequest } from '../../../src/coordinator/group/group-membership.ts';
import { decodeOffsetsTopicKey } from '../../../src/coordinator/group/offsets-topic-records.ts';
import { FakeScheduler } from '../runtime/fake-scheduler.ts';
import { subscription } from '../../broker/handlers/group-test-kit.ts';

async function start(log = new InMemoryCoordinatorLog(), clock = new FakeScheduler(), config: Partial<GroupCoordinatorConfig> = {}) {
  const c = new GroupCoordinator(log, { scheduler: clock, config: { initialRebalanceDelayMs: 0, offsetsTopicPartitions: 5, ...config } });
  await c.load();
  return { c, log, clock };
}

const join = (over: Partial<JoinRequest> = {}): JoinRequest => ({
  groupId: 'g', memberId: '', groupInstanceId: null, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000,
  protocolType: 'consumer', protocols: [{ name: 'range', metadata: subscription(['t']) }],
  clientId: 'c', clientHost: '/127.0.0.1', requireKnownMemberId: false, ...over,
});

async function stableMember(c: GroupCoordinator, over: Partial<JoinRequest> = {}) {
  const j = await c.join(join(over));
  assert.equal(j.errorCode, GroupError.NONE);
  const s = await c.sync({ groupId: j.memberId ? over.groupId ?? 'g' : 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: over.groupInstanceId ?? null, protocolType: null, protocolName: null, assignments: [{ memberId: j.memberId, assignment: Buffer.from('assigned') }] });
  assert.equal(s.errorCode, GroupError.NONE);
  return j;
}

const commit = (topic: string, partition: number, offset: bigint, extra: Partial<Parameters<GroupCoordinator['commitOffsets']>[0]> = {}) => ({
  groupId: 'g', generationId: -1, memberId: '', groupInstanceId: null, retentionTimeMs: -1,
  topics: [{ name: topic, partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: 3, committedMetadata: 'meta' }] }],
  ...extra,
});

test('group placement matches Kafka: abs(String.hashCode) % partitions, MIN_VALUE → 0', () => {
  assert.equal(offsetsPartitionFor('test', 50), 3556498 % 50);
  // "polygenelubricants".hashCode() == Integer.MIN_VALUE in Java; Kafka's Utils.abs maps it to 0.
  assert.equal(offsetsPartitionFor('polygenelubricants', 50), 0);
  // "Aa" and "BB" collide in Java (2112): same partition.
  assert.equal(offsetsPartitionFor('Aa', 50), offsetsPartitionFor('BB', 50));
  assert.equal(offsetsPartitionFor('Aa', 50), 2112 % 50);
});

test('simple commits (generation -1) create a group; fetch returns them, unknown partitions get -1', async () => {
  const { c } = await start();
  const r = await c.commitOffsets(commit('t', 0, 42n));
  assert.equal(r.topics[0]!.partitions[0]!.errorCode, GroupError.NONE);
  const f = c.fetchOffsets('g', [{ name: 't', partitionIndexes: [0, 1] }]);
  assert.deepEqual(f.topics[0]!.partitions, [
    { partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: 3, metadata: 'meta', errorCode: 0 },
    { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
  ]);
  assert.deepEqual(c.fetchOffsets('g', null).topics.map((t) => t.name), ['t']);
  assert.deepEqual(c.fetchOffsets('nobody', null).topics, []);
  assert.equal(c.listGroups()[0]!.groupState, 'Empty');
});

test('commit checks: member, generation, rebalance and metadata size', async () => {
  const { c } = await start(undefined, undefined, { offsetMetadataMaxBytes: 10 });
  const m = await stableMember(c);
  const code = async (extra: object) => (await c.commitOffsets(commit('t', 0, 1n, extra))).topics[0]!.partitions[0]!.errorCode;
  assert.equal(await code({ generationId: m.generationId, memberId: m.memberId }), GroupError.NONE);
  assert.equal(await code({ generationId: m.generationId + 1, memberId: m.memberId }), GroupError.ILLEGAL_GENERATION);
  assert.equal(await code({ generationId: m.generationId, memberId: 'ghost' }), GroupError.UNKNOWN_MEMBER_ID);
  assert.equal(await code({}), GroupError.UNKNOWN_MEMBER_ID); // admin commit to an active group
  assert.equal(await code({ groupId: 'fresh', generationId: 4, memberId: 'x' }), GroupError.ILLEGAL_GENERATION);
  const big = commit('t', 0, 1n, { generationId: m.generationId, memberId: m.memberId });
  big.topics[0]!.partitions[0]!.committedMetadata = 'x'.repeat(11);
  assert.equal((await c.commitOffsets(big)).topics[0]!.partitions[0]!.errorCode, GroupError.OFFSET_METADATA_TOO_LARGE);
});

test('a failed write answers COORDINATOR_NOT_AVAILABLE and the offset is not visible', async () => {
  const { c, log } = await start();
  log.failNextAppend = new Error('disk full');
  const r = await c.commitOffsets(commit('t', 0, 5n));
  assert.equal(r.topics[0]!.partitions[0]!.errorCode, GroupError.COORDINATOR_NOT_AVAILABLE);
  assert.equal(c.fetchOffsets('g', [{ name: 't', partitionIndexes: [0] }]).topics[0]!.partitions[0]!.committedOffset, -1n);
});

test('offsets, group metadata and static members survive a restart (replay of __consumer_offsets)', async () => {
  const { c, log, clock } = await start();
  const m = await stableMember(c, { groupInstanceId: 'static-1' });
  await c.commitOffsets(commit('t', 2, 99n, { generationId: m.generationId, memberId: m.memberId, groupInstanceId: 'static-1' }));
  // records go to the group's partition, in Kafka's key format
  const p = c.partitionFor('g');
  const keys = log.records(p).map((r) => decodeOffsetsTopicKey(r.key).type);
  assert.deepEqual(keys, ['group', 'offset']);
  c.close();

  const { c: c2 } = await start(log, clock);
  assert.equal(c2.fetchOffsets('g', [{ name: 't', partitionIndexes: [2] }]).topics[0]!.partitions[0]!.committedOffset, 99n);
  const d = c2.describeGroup('g');
  assert.equal(d.groupState, 'Stable');
  assert.equal(d.members[0]!.groupInstanceId, 'static-1');
  assert.equal(d.members[0]!.memberAssignment.toString(), 'assigned');
  // the static member restarts and gets its assignment back without a rebalance
  const j = await c2.join(join({ groupInstanceId: 'static-1' }));
  assert.equal(j.errorCode, GroupError.NONE);
  assert.equal(j.generationId, m.generationId);
  const s = await c2.sync({ groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: 'static-1', protocolType: 'consumer', protocolName: 'range', assignments: [] });
  assert.equal(s.assignment.toString(), 'assigned');
  c2.close();
});

test('restored members that never come back are expired after their session timeout', async () => {
  const { c, log, clock } = await start();
  await stableMember(c);
  c.close();
  const { c: c2 } = await start(log, clock);
  assert.equal(c2.groupState('g'), 'Stable');
  clock.advance(10_000);
  assert.equal(c2.groupState('g'), 'Empty');
  c2.close();
});

test('retention (KIP-211): an Empty consumer group’s offsets expire from when it emptied, with tombstones, and the group goes', async () => {
  const { c, log, clock } = await start(undefined, undefined, { offsetsRetentionMs: 60_000 });
  const m = await stableMember(c);
  await c.commitOffsets(commit('t', 0, 7n, { generationId: m.generationId, memberId: m.memberId }));
  // still Stable (heartbeats keep it): nothing expires while consumers are subscribed to t
  for (let i = 0; i < 30; i++) {
    clock.advance(5000);
    c.heartbeat({ groupId: 'g', generationId: m.generationId, memberId: m.memberId, groupInstanceId: null });
  }
  assert.equal(await c.expireOffsets(), 0);
  c.leave('g', [{ memberId: m.memberId, groupInstanceId: null }]);
  assert.equal(c.groupState('g'), 'Empty');
  clock.advance(59_000);
  assert.equal(await c.expireOffsets(), 0);
  clock.advance(1_000);
  assert.equal(await c.expireOffsets(), 1);
  assert.equal(c.groupState('g'), undefined);
  assert.deepEqual(log.compacted(c.partitionFor('g')), []);
  c.close();
});

test('retention: an explicit retention_time_ms (v2-v4) sets the expiry; simple groups expire from the commit', async () => {
  const { c, clock } = await start(undefined, undefined, { offsetsRetentionMs: 60_000 });
  await c.commitOffsets(commit('t', 0, 1n, { retentionTimeMs: 1000 }));
  await c.commitOffsets(commit('u', 0, 1n));
  clock.advance(1000);
  assert.equal(await c.expireOffsets(), 1);
  assert.deepEqual(c.fetchOffsets('g', null).topics.map((t) => t.name), ['u']);
  clock.advance(59_000);
  assert.equal(await c.expireOffsets(), 1);
  c.close();
});

test('the background expiry runs every offsets.retention.check.interval.ms', async () => {
  const { c, clock } = await start(undefined, undefined, { offsetsRetentionMs: 1000, offsetsRetentionCheckIntervalMs: 5000 });
  await c.commitOffsets(commit('t', 0, 1n));
  clock.advance(5000);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(c.fetchOffsets('g', null).topics, []);
  c.close();
});

test('DeleteGroups: only Empty groups; offsets and metadata are tombstoned; unknown → GROUP_ID_NOT_FOUND', async () => {
  const { c, log } = await start();
  await c.commitOffsets(commit('t', 0, 1n, { groupId: 'simple' }));
  await stableMember(c);
  const res = await c.deleteGroups(['simple', 'g', 'none']);
  assert.deepEqual(res.map((r) => r.errorCode), [GroupError.NONE, GroupError.NON_EMPTY_GROUP, GroupError.GROUP_ID_NOT_FOUND]);
  assert.deepEqual(c.fetchOffsets('simple', null).topics, []);
  assert.deepEqual(log.compacted(c.partitionFor('simple')).filter((r) => decodeOffsetsTopicKey(r.key).type === 'offset'), []);
  c.close();
  const { c: c2 } = await start(log);
  assert.equal(c2.groupState('simple'), undefined);
  c2.close();
});

test('OffsetDelete: refused for subscribed topics of an active group, allowed otherwise', async () => {
  const { c } = await start();
  const m = await stableMember(c);
  await c.commitOffsets({ ...commit('t', 0, 1n, { generationId: m.generationId, memberId: m.memberId }), topics: [
    { name: 't', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }] },
    { name: 'old', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }] },
  ] });
  const r = await c.deleteOffsets('g', [{ name: 't', partitions: [0] }, { name: 'old', partitions: [0] }]);
  assert.equal(r.errorCode, GroupError.NONE);
  assert.deepEqual(r.topics.map((t) => t.partitions[0]!.errorCode), [GroupError.GROUP_SUBSCRIBED_TO_TOPIC, GroupError.NONE]);
  assert.deepEqual(c.fetchOffsets('g', null).topics.map((t) => t.name), ['t']);
  assert.equal((await c.deleteOffsets('none', [])).errorCode, GroupError.GROUP_ID_NOT_FOUND);
  c.close();
});

test('OffsetDelete reads subscriptions at version 0, as Kafka: a newer version with fields this broker does not know still names its topics', async () => {
  const { c } = await start();
  // Version 9 of ConsumerProtocolSubscription, with a tail no known version describes.
  const future = Buffer.concat([subscription(['t']), Buffer.from([0x01, 0x02, 0x03])]);
  future.writeInt16BE(9, 0);
  const m = await stableMember(c, { protocols: [{ name: 'range', metadata: future }] });
  await c.commitOffsets({ ...commit('t', 0, 1n, { generationId: m.generationId, memberId: m.memberId }), topics: [
    { name: 't', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }] },
    { name: 'old', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null }] },
  ] });
  const r = await c.deleteOffsets('g', [{ name: 't', partitions: [0] }, { name: 'old', partitions: [0] }]);
  assert.deepEqual(r.topics.map((t) => t.partitions[0]!.errorCode), [GroupError.GROUP_SUBSCRIBED_TO_TOPIC, GroupError.NONE]);
  c.close();
});

test('DescribeGroups and ListGroups with a state filter (KIP-518)', async () => {
  const { c } = await start();
  await stableMember(c);
  await c.commitOffsets(commit('t', 0, 1n, { groupId: 'simple' }));
  const d = c.describeGroup('g');
  assert.equal(d.groupState, 'Stable');
  assert.equal(d.protocolType, 'consumer');
  assert.equal(d.protocolData, 'range');
  assert.equal(d.members[0]!.clientId, 'c');
  assert.deepEqual(c.describeGroup('nope'), { groupId: 'nope', errorCode: 0, groupState: 'Dead', protocolType: '', protocolData: '', members: [] });
  assert.deepEqual(c.listGroups().map((g) => g.groupId).sort(), ['g', 'simple']);
  assert.deepEqual(c.listGroups(['stable']).map((g) => g.groupId), ['g']);
  assert.deepEqual(c.listGroups(['Empty']).map((g) => g.groupId), ['simple']);
  c.close();
});

test('groups whose partition is not loaded get COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR', async () => {
  const log = new InMemoryCoordinatorLog();
  const c = new GroupCoordinator(log, { scheduler: new FakeScheduler(), config: { offsetsTopicPartitions: 5, initialRebalanceDelayMs: 0 } });
  assert.equal(c.heartbeat({ groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: null }), GroupError.NOT_COORDINATOR);
  const loading = c.load();
  assert.equal((await c.join(join())).errorCode, GroupError.COORDINATOR_LOAD_IN_PROGRESS);
  await loading;
  assert.equal((await c.join(join())).errorCode, GroupError.NONE);
  c.close();
});

test('unloading a partition (its leadership moved) stops serving its groups and drops their state; loading it again rebuilds them from the log', async () => {
  const { c, clock } = await start();
  const j = await stableMember(c);
  assert.deepEqual((await c.commitOffsets(commit('t', 0, 7n, { generationId: j.generationId, memberId: j.memberId }))).topics[0]!.partitions[0]!.errorCode, GroupError.NONE);
  const p = c.partitionFor('g');
  c.unload(p);
  assert.equal(c.heartbeat({ groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: null }), GroupError.NOT_COORDINATOR);
  assert.equal(c.fetchOffsets('g', null).errorCode, GroupError.NOT_COORDINATOR);
  assert.equal(c.groupState('g'), undefined, 'the group is gone from memory');
  assert.deepEqual(c.listGroups(), []);
  clock.advance(60_000); // its session timer was stopped: nothing fires for an unloaded group
  await c.load([p]);
  assert.equal(c.groupState('g'), 'Stable', 'rebuilt from the log');
  assert.equal(c.fetchOffsets('g', [{ name: 't', partitionIndexes: [0] }]).topics[0]!.partitions[0]!.committedOffset, 7n);
  c.close();
});
