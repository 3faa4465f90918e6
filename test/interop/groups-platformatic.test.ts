/**
 * @platformatic/kafka (1.x) consumer groups against Samsa: two consumers in one group split the
 * partitions of a topic and consume every record; the group commits, and a consumer started
 * later in "committed" mode resumes where the group stopped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Consumer, MessagesStreamModes, stringDeserializers } from '@platformatic/kafka';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { startTestBroker } from '../broker/broker-harness.ts';
import { until } from './groups-kit.ts';

test('@platformatic/kafka: two group members split partitions, commit, and a later member resumes', { timeout: 90_000 }, async () => {
  const tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': 0, 'offsets.topic.num.partitions': 5 });
  const bootstrap = `127.0.0.1:${tb.port}`;
  const kafka = new Kafka({ brokers: [bootstrap], clientId: 'platformatic-groups', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumers: Consumer<string, string, string, string>[] = [];
  const start = async (name: string, seen: string[], mode: 'earliest' | 'committed') => {
    const c = new Consumer({ groupId: 'pg', clientId: name, bootstrapBrokers: [bootstrap], deserializers: stringDeserializers, maxWaitTime: 200 });
    consumers.push(c);
    const stream = await c.consume({
      topics: ['t'], autocommit: 100, sessionTimeout: 10_000, heartbeatInterval: 300,
      mode: mode === 'earliest' ? MessagesStreamModes.EARLIEST : MessagesStreamModes.COMMITTED,
    });
    stream.on('data', (m: { value: string }) => seen.push(m.value));
    return c;
  };
  try {
    await admin.connect();
    await producer.connect();
    await admin.createTopics({ topics: [{ topic: 't', numPartitions: 4 }] });
    const a: string[] = [];
    const b: string[] = [];
    await start('pa', a, 'committed');
    await start('pb', b, 'committed');
    await until('a stable group of two', async () => {
      const g = (await admin.describeGroups(['pg'])).groups[0]!;
      if (g.state !== 'Stable' || g.members.length !== 2) return false;
      const owned = g.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment['t'] ?? []);
      return owned.flat().sort().join() === '0,1,2,3';
    });
    await producer.send({ topic: 't', messages: Array.from({ length: 80 }, (_, i) => ({ value: `v${i}` })) });
    await until('all 80 records', () => new Set([...a, ...b]).size === 80);
    assert.ok(a.length > 0 && b.length > 0, 'both members consumed');
    await until('commits of all 80', async () => {
      const o = await admin.fetchOffsets({ groupId: 'pg', topics: ['t'] });
      return o[0]!.partitions.reduce((s, p) => s + Math.max(0, Number(p.offset)), 0) === 80;
    });
    for (const c of consumers.splice(0)) await c.close(true);
    await producer.send({ topic: 't', messages: Array.from({ length: 20 }, (_, i) => ({ value: `w${i}` })) });
    const late: string[] = [];
    await start('late', late, 'committed');
    await until('the 20 new records', () => late.length >= 20);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual([...late].sort(), Array.from({ length: 20 }, (_, i) => `w${i}`).sort());
  } finally {
    for (const c of consumers) {
      try {
        await c.close(true);
      } catch {
        // already closing
      }
    }
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    await tb.close();
  }
});
