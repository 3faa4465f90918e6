/**
 * kafkajs consumer groups against Samsa (issue 5): a group of 3 consumers on a 6-partition topic,
 * a 4th joins, one leaves; every record is consumed at least once, no partition is owned by two
 * members of one generation, and a new consumer resumes from the committed offsets. Then a broker
 * restart mid-consumption: the group resumes from its committed offsets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssignerProtocol, Kafka, logLevel, type Consumer, type Admin } from 'kafkajs';
import { startTestBroker } from '../broker/broker-harness.ts';
import { until as waitUntil } from './groups-kit.ts';

const PROPS = { 'offsets.topic.num.partitions': 5, 'group.initial.rebalance.delay.ms': 100 };

// Short fetch waits: kafkajs only notices a rebalance between fetches.
/** The clients' error log lines, shown when a wait times out (a client crash explains most). */
const clientErrors: string[] = [];

function client(port: number, clientId: string): Kafka {
  return new Kafka({
    brokers: [`127.0.0.1:${port}`],
    clientId,
    logLevel: logLevel.ERROR,
    logCreator: () => ({ log }) => void clientErrors.push(`${log.message} ${String(log.error ?? '')}`),
    retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
  });
}

/** Waits as groups-kit's until does, and shows the clients' last errors when it times out. */
const until = (what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> =>
  waitUntil(what, cond, timeoutMs, () => `client errors:\n${clientErrors.slice(-20).join('\n')}`);

/** The group's assignment when Stable with `members` members: partition → owner; null otherwise. */
async function stableAssignment(admin: Admin, groupId: string, members: number): Promise<Map<number, string> | null> {
  const { groups } = await admin.describeGroups([groupId]);
  const g = groups[0]!;
  if (g.state !== 'Stable' || g.members.length !== members) return null;
  const owners = new Map<number, string>();
  for (const m of g.members) {
    const a = AssignerProtocol.MemberAssignment.decode(m.memberAssignment);
    for (const p of a?.assignment['t'] ?? []) {
      assert.equal(owners.has(p), false, `partition ${p} owned by ${owners.get(p)} and ${m.memberId} in one generation`);
      owners.set(p, m.memberId);
    }
  }
  return owners;
}

test('kafkajs: 3 consumers, a 4th joins, one leaves: at-least-once, exclusive ownership, commits resume', { timeout: 120_000 }, async () => {
  const tb = await startTestBroker(PROPS);
  const consumers: Consumer[] = [];
  const kafka = client(tb.port, 'groups-test');
  const admin = kafka.admin();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 't', numPartitions: 6 }] });
    await producer.connect();
    const seen = new Map<string, number>();
    let sent = 0;
    const produce = async (n: number) => {
      const messages = Array.from({ length: n }, () => ({ key: `k${sent}`, value: `v${sent++}` }));
      await producer.send({ topic: 't', messages });
    };
    const startConsumer = async (name: string) => {
      const c = client(tb.port, name).consumer({ groupId: 'g', sessionTimeout: 10_000, heartbeatInterval: 300, rebalanceTimeout: 20_000, maxWaitTimeInMs: 500 });
      await c.connect();
      await c.subscribe({ topic: 't', fromBeginning: true });
      await c.run({ autoCommitInterval: 200, eachMessage: async ({ message }) => void seen.set(message.value!.toString(), (seen.get(message.value!.toString()) ?? 0) + 1) });
      consumers.push(c);
      return c;
    };
    await produce(300);
    for (const n of ['c1', 'c2', 'c3']) await startConsumer(n);
    await until('3 stable members', async () => (await stableAssignment(admin, 'g', 3))?.size === 6);
    await until('first 300 records', () => seen.size >= 300);
    await startConsumer('c4');
    await produce(300);
    await until('4 stable members', async () => (await stableAssignment(admin, 'g', 4))?.size === 6);
    await consumers.shift()!.disconnect(); // LeaveGroup
    await produce(300);
    await until('3 stable members again', async () => (await stableAssignment(admin, 'g', 3))?.size === 6);
    await until('all 900 records', () => seen.size >= 900);
    for (let i = 0; i < sent; i++) assert.ok(seen.has(`v${i}`), `record v${i} never consumed`);
    for (const c of consumers.splice(0)) await c.disconnect();

    // Offsets committed by the group resume a new consumer where the others stopped.
    const committed = await admin.fetchOffsets({ groupId: 'g', topics: ['t'] });
    const ends = await admin.fetchTopicOffsets('t');
    for (const p of committed[0]!.partitions) {
      assert.equal(p.offset, ends.find((e) => e.partition === p.partition)!.offset, `partition ${p.partition} committed to the end`);
    }
    seen.clear();
    await startConsumer('late');
    await produce(60);
    await until('the 60 new records', () => seen.size >= 60);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(seen.size, 60, 'a resumed consumer re-read records below the committed offsets');
  } finally {
    for (const c of consumers) await c.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  }
});

test('kafkajs: a broker restart mid-consumption; the group resumes from its committed offsets', { timeout: 120_000 }, async () => {
  let tb = await startTestBroker(PROPS);
  const port = tb.port;
  const dir = tb.dir;
  const kafka = client(port, 'restart-test');
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = client(port, 'restart-consumer').consumer({ groupId: 'r', sessionTimeout: 10_000, heartbeatInterval: 300, maxWaitTimeInMs: 500 });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 't', numPartitions: 2 }] });
    await producer.connect();
    await producer.send({ topic: 't', messages: Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: `a${i}` })) });
    const seen = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({ topic: 't', fromBeginning: true });
    await consumer.run({ autoCommitInterval: 100, eachMessage: async ({ message }) => void seen.set(message.value!.toString(), (seen.get(message.value!.toString()) ?? 0) + 1) });
    await until('first 100 records', () => seen.size >= 100, 60_000);
    await until('commits of the first 100', async () => {
      const o = await admin.fetchOffsets({ groupId: 'r', topics: ['t'] });
      return o[0]!.partitions.reduce((s, p) => s + Number(p.offset), 0) === 100;
    });
    await tb.stop();
    tb = await startTestBroker({ ...PROPS, listeners: `PLAINTEXT://127.0.0.1:${port}` }, dir);
    await producer.send({ topic: 't', messages: Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: `b${i}` })) });
    await until('the 100 records produced after the restart', () => [...seen.keys()].filter((k) => k.startsWith('b')).length >= 100, 60_000);
    const replayed = [...seen.values()].filter((n) => n > 1).length;
    assert.equal(replayed, 0, `${replayed} records before the restart were consumed again despite their committed offsets`);
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  }
});

test('kafkajs admin: resetOffsets to earliest makes the next member of the group read everything again', { timeout: 120_000 }, async () => {
  const tb = await startTestBroker(PROPS);
  const kafka = client(tb.port, 'reset-test');
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consume = async (label: string): Promise<Set<string>> => {
    const seen = new Set<string>();
    const consumer = client(tb.port, label).consumer({ groupId: 'z', sessionTimeout: 10_000, heartbeatInterval: 300, maxWaitTimeInMs: 200 });
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: 't', fromBeginning: true });
      await consumer.run({ autoCommitInterval: 50, eachMessage: async ({ message }) => void seen.add(message.value!.toString()) });
      await until(`${label}: 30 records`, () => seen.size >= 30, 60_000);
      await until(`${label}: commits`, async () => {
        const o = await admin.fetchOffsets({ groupId: 'z', topics: ['t'] });
        return o[0]!.partitions.reduce((s, p) => s + Number(p.offset), 0) === 30;
      });
    } finally {
      await consumer.disconnect().catch(() => {});
    }
    return seen;
  };
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 't', numPartitions: 3 }] });
    await producer.connect();
    await producer.send({ topic: 't', messages: Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })) });
    assert.equal((await consume('first')).size, 30);
    await admin.resetOffsets({ groupId: 'z', topic: 't', earliest: true });
    const offsets = await admin.fetchOffsets({ groupId: 'z', topics: ['t'] });
    assert.ok(offsets[0]!.partitions.every((p) => Number(p.offset) < 10), `offsets after the reset: ${JSON.stringify(offsets)}`);
    assert.equal((await consume('second')).size, 30, 'after resetOffsets(earliest) the group reads every record again');
  } finally {
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  }
});
