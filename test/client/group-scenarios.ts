/**
 * Consumer-group scenarios (registered by kafka.test.ts and samsa.test.ts like the others in
 * scenarios.ts): assignors, commits and resets, regex subscriptions, static membership.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Admin } from '../../src/client/admin.ts';
import { Consumer, type ConsumerRecord } from '../../src/client/consumer.ts';
import { Producer } from '../../src/client/producer.ts';
import { createTopic, uniqueTopic } from './scenarios.ts';

/** Consumes with a group member until `stop()` says so; returns what it saw. */
function member(bootstrap: string, groupId: string, topic: string, extra: Partial<ConstructorParameters<typeof Consumer>[0]> = {}) {
  const c = new Consumer({ bootstrap, groupId, autoOffsetReset: 'earliest', maxWaitMs: 100, heartbeatIntervalMs: 200, sessionTimeoutMs: 10_000, ...extra });
  c.subscribe([topic]);
  const seen: ConsumerRecord[] = [];
  const assignments: string[][] = [];
  const loop = (async () => {
    for await (const r of c) seen.push(r);
  })().catch(() => undefined);
  const timer = setInterval(() => {
    const a = c.assignment().map((x) => `${x.topic}-${x.partition}`).sort();
    if (JSON.stringify(a) !== JSON.stringify(assignments[assignments.length - 1])) assignments.push(a);
  }, 20);
  return {
    c,
    seen,
    assignments,
    async close() {
      clearInterval(timer);
      await c.close();
      await loop;
    },
  };
}

async function until(cond: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function groupScenarios(bootstrap: () => string): void {
  for (const assignor of ['range', 'roundrobin', 'cooperative-sticky']) {
    test(`group with ${assignor}: two members split the partitions, every record is read once, commits show zero lag`, async () => {
      const topic = uniqueTopic(`grp-${assignor}`);
      const groupId = uniqueTopic(`g-${assignor}`);
      await createTopic(bootstrap(), topic, 4);
      const p = new Producer({ bootstrap: bootstrap() });
      await Promise.all(Array.from({ length: 200 }, (_, i) => p.send({ topic, key: `k${i}`, value: String(i) })));
      const a = member(bootstrap(), groupId, topic, { assignors: [assignor] });
      await until(() => a.seen.length === 200, 'first member to read everything');
      const b = member(bootstrap(), groupId, topic, { assignors: [assignor] });
      await until(() => a.c.assignment().length === 2 && b.c.assignment().length === 2, 'a 2/2 split');
      await Promise.all(Array.from({ length: 100 }, (_, i) => p.send({ topic, key: `k${i}`, value: String(200 + i) })));
      await until(() => a.seen.length + b.seen.length >= 300, 'all records');
      await new Promise((r) => setTimeout(r, 200));
      const values = [...a.seen, ...b.seen].map((r) => Number(r.value!.toString()));
      assert.equal(new Set(values).size, 300);
      if (assignor === 'cooperative-sticky') {
        // KIP-429: the first member kept the partitions it still owns; it never dropped to zero.
        const afterFirst = a.assignments.slice(a.assignments.findIndex((x) => x.length > 0));
        assert.ok(afterFirst.length >= 2 && afterFirst.every((x) => x.length > 0), `first member's assignments: ${JSON.stringify(a.assignments)}`);
      }
      await a.c.commit();
      await b.c.commit();
      const admin = new Admin({ bootstrap: bootstrap() });
      const { group, rows } = await admin.groups.describeLag(groupId);
      assert.equal(group.state, 'Stable');
      assert.equal(group.members.length, 2);
      assert.equal(rows.length, 4);
      assert.ok(rows.every((r) => r.lag === 0 && r.memberId !== null), JSON.stringify(rows));
      await a.close();
      await b.close();
      await p.close();
      await admin.close();
    });
  }

  test('committed offsets survive the member: a new member resumes after them; reset and delete the group', async () => {
    const topic = uniqueTopic('commit');
    const groupId = uniqueTopic('g-commit');
    await createTopic(bootstrap(), topic, 1);
    const p = new Producer({ bootstrap: bootstrap() });
    await Promise.all(Array.from({ length: 10 }, (_, i) => p.send({ topic, value: String(i) })));
    const c1 = new Consumer({ bootstrap: bootstrap(), groupId, autoOffsetReset: 'earliest', autoCommit: false, maxWaitMs: 100 });
    c1.subscribe([topic]);
    const it = c1[Symbol.asyncIterator]();
    for (let i = 0; i < 4; i++) await it.next();
    await c1.commit([{ topic, partition: 0, offset: 4 }]);
    await c1.close();
    const c2 = new Consumer({ bootstrap: bootstrap(), groupId, autoOffsetReset: 'earliest', maxWaitMs: 100 });
    c2.subscribe([topic]);
    assert.equal((await c2[Symbol.asyncIterator]().next()).value.value.toString(), '4');
    await c2.close();

    const admin = new Admin({ bootstrap: bootstrap() });
    await admin.groups.resetOffsets(groupId, topic, 'earliest');
    assert.equal((await admin.groups.committedOffsets(groupId)).get(topic)?.get(0), 0);
    await admin.groups.resetOffsets(groupId, topic, { offsets: { 0: 8 } });
    const c3 = new Consumer({ bootstrap: bootstrap(), groupId, maxWaitMs: 100 });
    c3.subscribe([topic]);
    assert.equal((await c3[Symbol.asyncIterator]().next()).value.value.toString(), '8');
    await c3.close();
    assert.ok((await admin.groups.list()).some((g) => g.groupId === groupId));
    await admin.groups.delete([groupId]);
    assert.ok(!(await admin.groups.list()).some((g) => g.groupId === groupId));
    await admin.close();
    await p.close();
  });

  test('a regex subscription picks up a matching topic created later, and new partitions, without a restart', async () => {
    const prefix = uniqueTopic('rx');
    const groupId = uniqueTopic('g-rx');
    await createTopic(bootstrap(), `${prefix}-a`, 1);
    const c = new Consumer({ bootstrap: bootstrap(), groupId, autoOffsetReset: 'earliest', maxWaitMs: 100, heartbeatIntervalMs: 200, metadataMaxAgeMs: 300 });
    c.subscribe([new RegExp(`^${prefix}-`)]);
    const seen: string[] = [];
    const loop = (async () => {
      for await (const r of c) seen.push(r.value!.toString());
    })().catch(() => undefined);
    await until(() => c.assignment().length === 1, 'first topic assigned');
    await createTopic(bootstrap(), `${prefix}-b`, 2);
    await until(() => c.assignment().length === 3, 'the new topic assigned');
    const p = new Producer({ bootstrap: bootstrap() });
    await p.send({ topic: `${prefix}-b`, partition: 1, value: 'late topic' });
    await until(() => seen.includes('late topic'), 'a record of the new topic');
    const admin = new Admin({ bootstrap: bootstrap() });
    await admin.createPartitions(`${prefix}-a`, 2);
    await until(() => c.assignment().length === 4, 'the added partition assigned');
    await admin.close();
    await p.close();
    await c.close();
    await loop;
  });

  test('static membership: a member that restarts with its group.instance.id gets its partitions back without a new generation', async () => {
    const topic = uniqueTopic('static');
    const groupId = uniqueTopic('g-static');
    await createTopic(bootstrap(), topic, 2);
    const opts = { groupInstanceId: 'instance-1', sessionTimeoutMs: 10_000 };
    const a = member(bootstrap(), groupId, topic, opts);
    await until(() => a.c.assignment().length === 2, 'assignment');
    const generation = a.c.group!.generationId;
    await a.close();
    const b = member(bootstrap(), groupId, topic, opts);
    await until(() => b.c.assignment().length === 2, 'assignment after restart');
    // KIP-345: the broker hands the static member its old assignment; no rebalance of the group.
    assert.equal(b.c.group!.generationId, generation);
    await b.close();
  });
}
