import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperativeStickyAssignor, rangeAssignor, roundRobinAssignor, type AssignorMember } from '../../src/client/assignors.ts';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription, type Assignment } from '../../src/client/consumer-protocol.ts';

const member = (memberId: string, topics: string[], owned: Assignment = new Map(), generationId = -1, groupInstanceId: string | null = null): AssignorMember => ({
  memberId,
  groupInstanceId,
  subscription: { topics, ownedPartitions: owned, generationId, userData: null },
});
const plain = (r: Map<string, Assignment>): Record<string, Record<string, number[]>> =>
  Object.fromEntries([...r].map(([m, a]) => [m, Object.fromEntries([...a].map(([t, ps]) => [t, [...ps].sort((x, y) => x - y)]))]));

test('range: contiguous ranges per topic, the first members get the extra partitions (as Java RangeAssignor)', () => {
  const r = rangeAssignor.assign([member('c1', ['t1', 't2']), member('c0', ['t1', 't2'])], new Map([['t1', 3], ['t2', 3]]));
  assert.deepEqual(plain(r), { c0: { t1: [0, 1], t2: [0, 1] }, c1: { t1: [2], t2: [2] } });
});

test('roundrobin: partitions dealt in topic order, skipping members not subscribed', () => {
  const r = roundRobinAssignor.assign([member('a', ['t1', 't2']), member('b', ['t1'])], new Map([['t1', 3], ['t2', 2]]));
  assert.deepEqual(plain(r), { a: { t1: [0, 2], t2: [0, 1] }, b: { t1: [1] } });
});

test('static members are ordered by group.instance.id', () => {
  const r = rangeAssignor.assign([member('zzz', ['t'], new Map(), -1, 'i-a'), member('aaa', ['t'], new Map(), -1, 'i-b')], new Map([['t', 2]]));
  assert.deepEqual(plain(r), { zzz: { t: [0] }, aaa: { t: [1] } });
});

test('cooperative-sticky: owned partitions stay, a new member gets only free ones; moved ones wait a round', () => {
  const t = new Map([['t', 6]]);
  const owned: Assignment = new Map([['t', [0, 1, 2, 3, 4, 5]]]);
  const first = cooperativeStickyAssignor.assign([member('a', ['t'], owned, 1), member('b', ['t'])], t);
  // a keeps 3, the 3 it loses are withheld from b until a revokes them (KIP-429).
  const a1 = first.get('a')!.get('t')!;
  assert.equal(a1.length, 3);
  assert.deepEqual(first.get('b')!.get('t') ?? [], []);
  // Second round: a owns its 3, the rest is free and goes to b.
  const second = cooperativeStickyAssignor.assign([member('a', ['t'], new Map([['t', a1]]), 2), member('b', ['t'], new Map(), 2)], t);
  assert.deepEqual(second.get('a')!.get('t'), a1);
  assert.deepEqual([...second.get('a')!.get('t')!, ...second.get('b')!.get('t')!].sort(), [0, 1, 2, 3, 4, 5]);
  assert.equal(second.get('b')!.get('t')!.length, 3);
});

test('cooperative-sticky: a departed member\'s partitions spread over the others at once', () => {
  const r = cooperativeStickyAssignor.assign(
    [member('a', ['t'], new Map([['t', [0, 1]]]), 3), member('b', ['t'], new Map([['t', [2, 3]]]), 3)],
    new Map([['t', 6]]),
  );
  const a = r.get('a')!.get('t')!;
  const b = r.get('b')!.get('t')!;
  assert.ok(a.includes(0) && a.includes(1) && b.includes(2) && b.includes(3));
  assert.equal(a.length + b.length, 6);
  assert.ok(Math.abs(a.length - b.length) <= 1);
});

test('consumer protocol subscription and assignment round trip', () => {
  const s = decodeSubscription(encodeSubscription({ topics: ['a', 'b'], ownedPartitions: new Map([['a', [1, 2]]]), generationId: 7, userData: null }));
  assert.deepEqual(s.topics, ['a', 'b']);
  assert.deepEqual([...s.ownedPartitions], [['a', [1, 2]]]);
  assert.equal(s.generationId, 7);
  assert.deepEqual([...decodeAssignment(encodeAssignment(new Map([['x', [0, 3]]])))], [['x', [0, 3]]]);
  assert.equal(decodeAssignment(Buffer.alloc(0)).size, 0);
});
