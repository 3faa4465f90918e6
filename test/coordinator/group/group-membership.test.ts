import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClassicGroup, type GroupProtocol, type JoinResult } from '../../../src/coordinator/group/classic-group.ts';
import { GroupError } from '../../../src/coordinator/group/group-error.ts';
import {
  DEFAULT_MEMBERSHIP_CONFIG,
  GroupMembership,
  type JoinRequest,
  type MembershipConfig,
} from '../../../src/coordinator/group/group-membership.ts';
import { FakeScheduler } from '../runtime/fake-scheduler.ts';

const flush = () => new Promise<void>((r) => setImmediate(r));

function setup(config: Partial<MembershipConfig> = {}, storeFails = false) {
  const groups = new Map<string, ClassicGroup>();
  const clock = new FakeScheduler();
  const stored: { generation: number; assignments?: Map<string, Buffer> }[] = [];
  const membership = new GroupMembership(
    groups,
    clock,
    { ...DEFAULT_MEMBERSHIP_CONFIG, initialRebalanceDelayMs: 100, ...config },
    async (g, assignments) => {
      if (storeFails) throw new Error('log unavailable');
      stored.push({ generation: g.generationId, assignments });
    },
  );
  return { groups, clock, membership, stored, group: () => groups.get('g')! };
}

const proto = (name: string, meta = name): GroupProtocol => ({ name, metadata: Buffer.from(meta) });

function req(over: Partial<JoinRequest> = {}): JoinRequest {
  return {
    groupId: 'g',
    memberId: '',
    groupInstanceId: null,
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 30_000,
    protocolType: 'consumer',
    protocols: [proto('range')],
    clientId: 'client',
    clientHost: '/127.0.0.1',
    requireKnownMemberId: true,
    ...over,
  };
}

/** Joins the KIP-394 way: first join gets MEMBER_ID_REQUIRED, the second carries the id. */
async function joinNew(m: GroupMembership, over: Partial<JoinRequest> = {}): Promise<{ id: string; join: Promise<JoinResult> }> {
  const first = await m.join(req(over));
  assert.equal(first.errorCode, GroupError.MEMBER_ID_REQUIRED);
  return { id: first.memberId, join: m.join(req({ ...over, memberId: first.memberId })) };
}

test('KIP-394: a first join gets MEMBER_ID_REQUIRED with an id; the rejoin forms generation 1 with it as leader', async () => {
  const { membership, group, stored } = setup({ initialRebalanceDelayMs: 0 });
  const first = await membership.join(req());
  assert.equal(first.errorCode, GroupError.MEMBER_ID_REQUIRED);
  assert.match(first.memberId, /^client-[0-9a-f-]{36}$/);
  const r = await membership.join(req({ memberId: first.memberId }));
  assert.equal(r.errorCode, GroupError.NONE);
  assert.equal(r.generationId, 1);
  assert.equal(r.leader, first.memberId);
  assert.equal(r.protocolName, 'range');
  assert.deepEqual(r.members.map((m) => [m.memberId, m.metadata.toString()]), [[first.memberId, 'range']]);
  assert.equal(group().state, 'CompletingRebalance');
  const s = await membership.sync({
    groupId: 'g', generationId: 1, memberId: r.memberId, groupInstanceId: null, protocolType: 'consumer',
    protocolName: 'range', assignments: [{ memberId: r.memberId, assignment: Buffer.from('A') }],
  });
  assert.equal(s.errorCode, GroupError.NONE);
  assert.equal(s.assignment.toString(), 'A');
  assert.equal(group().state, 'Stable');
  assert.equal(stored.at(-1)!.assignments!.get(r.memberId)!.toString(), 'A');
});

test('join without KIP-394 (v0-v3) joins at once; unknown member ids and bad timeouts are refused', async () => {
  const { membership } = setup({ initialRebalanceDelayMs: 0 });
  const r = await membership.join(req({ requireKnownMemberId: false }));
  assert.equal(r.errorCode, GroupError.NONE);
  assert.equal((await membership.join(req({ memberId: 'nobody' }))).errorCode, GroupError.UNKNOWN_MEMBER_ID);
  assert.equal((await membership.join(req({ groupId: 'other', memberId: 'x' }))).errorCode, GroupError.UNKNOWN_MEMBER_ID);
  assert.equal((await membership.join(req({ sessionTimeoutMs: 10 }))).errorCode, GroupError.INVALID_SESSION_TIMEOUT);
  assert.equal((await membership.join(req({ groupId: '' }))).errorCode, GroupError.INVALID_GROUP_ID);
});

test('followers wait for the leader’s SyncGroup and each gets its own part (missing → empty)', async () => {
  const { membership, clock, group } = setup({ initialRebalanceDelayMs: 3000 });
  const a = await joinNew(membership);
  const b = await joinNew(membership);
  const c = await joinNew(membership);
  clock.advance(3000); // b and c arrived during the delay: it runs once more
  clock.advance(3000);
  const [ra, rb, rc] = await Promise.all([a.join, b.join, c.join]);
  assert.equal(ra.generationId, 1);
  assert.equal(rb.generationId, 1);
  const leader = [ra, rb, rc].find((r) => r.members.length > 0)!;
  assert.equal(leader.memberId, ra.leader);
  assert.equal(leader.members.length, 3);
  for (const r of [rb, rc]) assert.deepEqual(r.members, []);
  const sb = membership.sync({ groupId: 'g', generationId: 1, memberId: b.id, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
  const sc = membership.sync({ groupId: 'g', generationId: 1, memberId: c.id, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
  await flush();
  assert.equal(group().state, 'CompletingRebalance');
  const sa = await membership.sync({
    groupId: 'g', generationId: 1, memberId: a.id, groupInstanceId: null, protocolType: null, protocolName: null,
    assignments: [{ memberId: a.id, assignment: Buffer.from('p0') }, { memberId: b.id, assignment: Buffer.from('p1') }],
  });
  assert.equal(sa.assignment.toString(), 'p0');
  assert.equal((await sb).assignment.toString(), 'p1');
  assert.equal((await sc).assignment.length, 0);
  assert.equal(group().state, 'Stable');
});

test('group.initial.rebalance.delay.ms waits for more members, until delay after the last join, bounded by the rebalance timeout', async () => {
  const { membership, clock, group } = setup({ initialRebalanceDelayMs: 3000 });
  const a = await joinNew(membership, { rebalanceTimeoutMs: 7000 });
  let done = false;
  void a.join.then(() => (done = true));
  clock.advance(2000);
  const b = await joinNew(membership, { rebalanceTimeoutMs: 7000 });
  clock.advance(2999); // 4999: b joined at 2000, so the delay runs to 5000
  await flush();
  assert.equal(done, false);
  assert.equal(group().state, 'PreparingRebalance');
  clock.advance(1);
  const [ra, rb] = await Promise.all([a.join, b.join]);
  assert.equal(ra.generationId, 1);
  assert.equal(rb.generationId, 1);

  // Members that keep arriving cannot hold the group past the rebalance timeout.
  const s = setup({ initialRebalanceDelayMs: 3000 });
  const first = await joinNew(s.membership, { groupId: 'g', rebalanceTimeoutMs: 7000 });
  let formed = false;
  void first.join.then(() => (formed = true));
  for (let t = 0; t < 8; t++) {
    s.clock.advance(1000);
    void joinNew(s.membership, { rebalanceTimeoutMs: 7000 });
    await flush();
    if (t < 6) assert.equal(formed, false, `formed early at ${t + 1} s`);
  }
  assert.equal(formed, true);
});

test('protocol selection: only protocols all members support, most votes wins; no common protocol is refused', async () => {
  const { membership, clock } = setup({ initialRebalanceDelayMs: 1000 });
  const a = await joinNew(membership, { protocols: [proto('range'), proto('roundrobin')] });
  const b = await joinNew(membership, { protocols: [proto('roundrobin'), proto('range'), proto('sticky')] });
  const c = await joinNew(membership, { protocols: [proto('roundrobin'), proto('range')] });
  clock.advance(1000); // members arrived during the delay: it runs once more
  const bad = await membership.join(req({ protocols: [proto('sticky')] }));
  assert.equal(bad.errorCode, GroupError.INCONSISTENT_GROUP_PROTOCOL);
  const otherType = await membership.join(req({ protocolType: 'connect' }));
  assert.equal(otherType.errorCode, GroupError.INCONSISTENT_GROUP_PROTOCOL);
  clock.advance(1000);
  const results = await Promise.all([a.join, b.join, c.join]);
  for (const r of results) assert.equal(r.protocolName, 'roundrobin');
  const leader = results.find((r) => r.members.length)!;
  assert.deepEqual(leader.members.map((m) => m.metadata.toString()), ['roundrobin', 'roundrobin', 'roundrobin']);
});

async function stableGroup(
  { membership, clock }: { membership: GroupMembership; clock: FakeScheduler },
  n: number,
  over: (i: number) => Partial<JoinRequest> = () => ({}),
) {
  const joins = [];
  for (let i = 0; i < n; i++) {
    // Static members (KIP-345) skip MEMBER_ID_REQUIRED.
    if (over(i).groupInstanceId) joins.push({ join: membership.join(req(over(i))) });
    else joins.push(await joinNew(membership, over(i)));
  }
  clock.advance(200); // the initial rebalance delay (100 ms, extended once)
  const results = await Promise.all(joins.map((j) => j.join));
  const leader = results.find((r) => r.members.length > 0)!;
  const syncs = results.map((r) =>
    membership.sync({
      groupId: 'g', generationId: r.generationId, memberId: r.memberId, groupInstanceId: over(results.indexOf(r)).groupInstanceId ?? null,
      protocolType: null, protocolName: null,
      assignments: r === leader ? results.map((x, i) => ({ memberId: x.memberId, assignment: Buffer.from(`part-${i}`) })) : [],
    }),
  );
  await Promise.all(syncs);
  return results;
}

test('heartbeat: NONE when stable, fencing errors otherwise, REBALANCE_IN_PROGRESS during a rebalance', async () => {
  const ctx = setup();
  const { membership } = ctx;
  const [a] = await stableGroup(ctx, 1);
  const hb = (memberId: string, generationId: number, groupInstanceId: string | null = null, groupId = 'g') =>
    membership.heartbeat({ groupId, memberId, generationId, groupInstanceId });
  assert.equal(hb(a!.memberId, 1), GroupError.NONE);
  assert.equal(hb(a!.memberId, 0), GroupError.ILLEGAL_GENERATION);
  assert.equal(hb('ghost', 1), GroupError.UNKNOWN_MEMBER_ID);
  assert.equal(hb(a!.memberId, 1, null, 'nope'), GroupError.UNKNOWN_MEMBER_ID);
  const b = await joinNew(membership);
  assert.equal(hb(a!.memberId, 1), GroupError.REBALANCE_IN_PROGRESS);
  const ra = membership.join(req({ memberId: a!.memberId }));
  const [r1, r2] = await Promise.all([ra, b.join]);
  assert.equal(r1.generationId, 2);
  assert.equal(r2.generationId, 2);
  assert.equal(hb(a!.memberId, 2), GroupError.NONE);
});

test('session timeout: a silent member is removed and the others rebalance without it', async () => {
  const ctx = setup();
  const { membership, clock, group } = ctx;
  const [a, b] = await stableGroup(ctx, 2);
  for (let t = 0; t < 4; t++) {
    clock.advance(4000);
    assert.equal(membership.heartbeat({ groupId: 'g', memberId: a!.memberId, generationId: 1, groupInstanceId: null }), t < 2 ? GroupError.NONE : GroupError.REBALANCE_IN_PROGRESS);
  }
  assert.equal(group().members.has(b!.memberId), false);
  const r = await membership.join(req({ memberId: a!.memberId }));
  assert.equal(r.generationId, 2);
  assert.deepEqual(r.members.map((m) => m.memberId), [a!.memberId]);
});

test('rebalance timeout: members that do not rejoin in time are dropped from the next generation', async () => {
  const ctx = setup();
  const { membership, clock, group } = ctx;
  const [a, b] = await stableGroup(ctx, 2, () => ({ rebalanceTimeoutMs: 20_000 }));
  const ra = membership.join(req({ memberId: a!.memberId, rebalanceTimeoutMs: 20_000, protocols: [proto('range', 'changed')] }));
  // b keeps heartbeating (REBALANCE_IN_PROGRESS) but never rejoins
  for (let i = 0; i < 5; i++) {
    clock.advance(4000);
    membership.heartbeat({ groupId: 'g', memberId: b!.memberId, generationId: 1, groupInstanceId: null });
  }
  const r = await ra;
  assert.equal(r.generationId, 2);
  assert.equal(group().members.size, 1);
  assert.equal(group().members.has(b!.memberId), false);
});

test('members that joined but never sync are removed after the rebalance timeout (pending sync)', async () => {
  const { membership, clock, group } = setup();
  const a = await joinNew(membership, { rebalanceTimeoutMs: 8000 });
  const b = await joinNew(membership, { rebalanceTimeoutMs: 8000 });
  clock.advance(100); // both joined at once: the initial delay is not extended
  await Promise.all([a.join, b.join]);
  clock.advance(1000);
  assert.equal(membership.heartbeat({ groupId: 'g', memberId: a.id, generationId: 1, groupInstanceId: null }), GroupError.NONE);
  const sb = membership.sync({ groupId: 'g', generationId: 1, memberId: b.id, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
  clock.advance(6999);
  assert.equal(group().state, 'CompletingRebalance');
  clock.advance(1);
  // a (the leader) never synced: it is removed; b's pending sync is answered and the group rebalances.
  assert.equal((await sb).errorCode, GroupError.REBALANCE_IN_PROGRESS);
  assert.equal(group().members.has(a.id), false);
  assert.equal(group().members.has(b.id), true);
  assert.equal(group().state, 'PreparingRebalance');
});

test('leave: the group rebalances without the member; unknown members get UNKNOWN_MEMBER_ID; last one out empties it', async () => {
  const ctx = setup();
  const { membership, group } = ctx;
  const [a, b] = await stableGroup(ctx, 2);
  const res = membership.leave('g', [{ memberId: b!.memberId, groupInstanceId: null }, { memberId: 'ghost', groupInstanceId: null }]);
  assert.deepEqual(res.members.map((m) => m.errorCode), [GroupError.NONE, GroupError.UNKNOWN_MEMBER_ID]);
  assert.equal(group().state, 'PreparingRebalance');
  const r = await membership.join(req({ memberId: a!.memberId }));
  assert.equal(r.generationId, 2);
  membership.leave('g', [{ memberId: a!.memberId, groupInstanceId: null }]);
  assert.equal(group().state, 'Empty');
  assert.equal(group().generationId, 3);
  assert.deepEqual(membership.leave('none', [{ memberId: 'x', groupInstanceId: null }]).members[0]!.errorCode, GroupError.UNKNOWN_MEMBER_ID);
});

test('static membership: a restarted member gets its assignment back with no rebalance; the old id is fenced', async () => {
  const ctx = setup();
  const { membership, group } = ctx;
  const [a, b] = await stableGroup(ctx, 2, (i) => ({ groupInstanceId: `instance-${i}` }));
  assert.match(a!.memberId, /^instance-0-/);
  // instance-1 restarts: joins with no member id
  const rejoin = await membership.join(req({ groupInstanceId: 'instance-1' }));
  assert.equal(rejoin.errorCode, GroupError.NONE);
  assert.equal(rejoin.generationId, 1);
  assert.notEqual(rejoin.memberId, b!.memberId);
  assert.equal(group().state, 'Stable');
  const s = await membership.sync({ groupId: 'g', generationId: 1, memberId: rejoin.memberId, groupInstanceId: 'instance-1', protocolType: null, protocolName: null, assignments: [] });
  assert.equal(s.assignment.toString(), 'part-1');
  assert.equal(membership.heartbeat({ groupId: 'g', memberId: a!.memberId, generationId: 1, groupInstanceId: 'instance-0' }), GroupError.NONE);
  assert.equal(membership.heartbeat({ groupId: 'g', memberId: b!.memberId, generationId: 1, groupInstanceId: 'instance-1' }), GroupError.FENCED_INSTANCE_ID);
  const fencedJoin = await membership.join(req({ memberId: b!.memberId, groupInstanceId: 'instance-1' }));
  assert.equal(fencedJoin.errorCode, GroupError.FENCED_INSTANCE_ID);
});

test('static leader restarting gets skipAssignment (KIP-814) and the members, without a rebalance', async () => {
  const ctx = setup();
  const { membership, group } = ctx;
  const [a] = await stableGroup(ctx, 2, (i) => ({ groupInstanceId: `instance-${i}` }));
  assert.equal(group().leaderId, a!.memberId);
  const r = await membership.join(req({ groupInstanceId: 'instance-0' }));
  assert.equal(r.leader, r.memberId);
  assert.equal(r.skipAssignment, true);
  assert.equal(r.members.length, 2);
  assert.equal(group().state, 'Stable');
});

test('batched leave of static members by instance id (KIP-345); a wrong member id is fenced', async () => {
  const ctx = setup();
  const { membership, group } = ctx;
  const [a] = await stableGroup(ctx, 3, (i) => ({ groupInstanceId: `instance-${i}` }));
  const res = membership.leave('g', [
    { memberId: '', groupInstanceId: 'instance-1' },
    { memberId: 'not-its-id', groupInstanceId: 'instance-2' },
    { memberId: '', groupInstanceId: 'instance-9' },
  ]);
  assert.deepEqual(res.members.map((m) => m.errorCode), [GroupError.NONE, GroupError.FENCED_INSTANCE_ID, GroupError.UNKNOWN_MEMBER_ID]);
  assert.equal(group().members.size, 2);
  assert.equal(group().staticMembers.has('instance-1'), false);
  assert.ok(group().members.has(a!.memberId));
});

test('group.max.size: joins beyond it get GROUP_MAX_SIZE_REACHED', async () => {
  const { membership } = setup({ maxGroupSize: 2 });
  await joinNew(membership);
  await joinNew(membership);
  assert.equal((await membership.join(req())).errorCode, GroupError.GROUP_MAX_SIZE_REACHED);
});

test('cooperative rebalancing: a member rejoining with changed metadata triggers another generation; unchanged followers do not', async () => {
  const ctx = setup();
  const { membership, group } = ctx;
  const [a, b] = await stableGroup(ctx, 2, () => ({ protocols: [proto('cooperative-sticky', 'owned:none')] }));
  // An unchanged follower rejoining in Stable just gets the current generation back.
  const follower = a!.members.length ? b! : a!;
  const same = await membership.join(req({ memberId: follower.memberId, protocols: [proto('cooperative-sticky', 'owned:none')] }));
  assert.equal(same.generationId, 1);
  assert.equal(group().state, 'Stable');
  // Round 1: follower revokes and rejoins with new owned partitions.
  const r1 = membership.join(req({ memberId: follower.memberId, protocols: [proto('cooperative-sticky', 'owned:p0')] }));
  assert.equal(group().state, 'PreparingRebalance');
  const other = follower === a ? b! : a!;
  const r2 = membership.join(req({ memberId: other.memberId, protocols: [proto('cooperative-sticky', 'owned:p1')] }));
  const [x, y] = await Promise.all([r1, r2]);
  assert.equal(x.generationId, 2);
  assert.equal(y.generationId, 2);
  for (const r of [x, y]) {
    void membership.sync({ groupId: 'g', generationId: 2, memberId: r.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
  }
  await flush();
  assert.equal(group().state, 'Stable');
  // Round 2 (incremental): the member that revoked rejoins at once.
  const r3 = membership.join(req({ memberId: other.memberId, protocols: [proto('cooperative-sticky', 'owned:p1,p2')] }));
  const r4 = membership.join(req({ memberId: follower.memberId, protocols: [proto('cooperative-sticky', 'owned:p0')] }));
  const [z, w] = await Promise.all([r3, r4]);
  assert.equal(z.generationId, 3);
  assert.equal(w.generationId, 3);
});

test('SyncGroup: wrong generation, protocol mismatch (KIP-559) and a rebalance in progress are refused', async () => {
  const ctx = setup();
  const { membership } = ctx;
  const [a] = await stableGroup(ctx, 1);
  const base = { groupId: 'g', generationId: 1, memberId: a!.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] };
  assert.equal((await membership.sync({ ...base, generationId: 7 })).errorCode, GroupError.ILLEGAL_GENERATION);
  assert.equal((await membership.sync({ ...base, protocolName: 'roundrobin' })).errorCode, GroupError.INCONSISTENT_GROUP_PROTOCOL);
  assert.equal((await membership.sync({ ...base, memberId: 'ghost' })).errorCode, GroupError.UNKNOWN_MEMBER_ID);
  assert.equal((await membership.sync(base)).assignment.toString(), 'part-0');
  await joinNew(membership);
  assert.equal((await membership.sync(base)).errorCode, GroupError.REBALANCE_IN_PROGRESS);
});

test('a failed write of the assignment sends the group back to rebalancing instead of installing it', async () => {
  const { membership, group } = setup({ initialRebalanceDelayMs: 0 }, true);
  const a = await joinNew(membership);
  const r = await a.join;
  const s = await membership.sync({ groupId: 'g', generationId: 1, memberId: r.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [{ memberId: r.memberId, assignment: Buffer.from('x') }] });
  assert.equal(s.errorCode, GroupError.COORDINATOR_NOT_AVAILABLE);
  assert.notEqual(group().state, 'Stable');
});
