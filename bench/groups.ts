/**
 * `npx tsx bench/groups.ts [--delay-ms 3000] [--commits 50000]`
 *
 * The group coordinator benchmark of issue 5, against an in-process Samsa broker. Prints:
 *  - join: time for 10 kafkajs consumers (one group, 10 partitions) to go from connect() to all
 *    having received records (target: group.initial.rebalance.delay.ms + 200 ms);
 *  - recovery: time from one member's LeaveGroup to the group being Stable again without it
 *    (target: 200 ms), measured at the coordinator;
 *  - commits: OffsetCommit requests per second through one coordinator, pipelined on 8
 *    connections from another process (target: 20,000/s), each one durable (fsync before
 *    acknowledging by default; commits of one event-loop turn share an append and an fsync).
 * Never fails on time: it prints the figures.
 */
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startTestBroker } from '../test/broker/broker-harness.ts';

const { values } = parseArgs({
  options: { 'delay-ms': { type: 'string', default: '3000' }, commits: { type: 'string', default: '50000' } },
});
const delayMs = Number(values['delay-ms']);
const totalCommits = Number(values.commits);

const tb = await startTestBroker({ 'group.initial.rebalance.delay.ms': delayMs });
const bootstrap = `127.0.0.1:${tb.port}`;
const kafka = new Kafka({ brokers: [bootstrap], clientId: 'bench-groups', logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const producer = kafka.producer();
await admin.connect();
await producer.connect();
await admin.createTopics({ topics: [{ topic: 'bench', numPartitions: 10 }] });
await producer.send({ topic: 'bench', messages: Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })) });
// Start the coordinator (creates and loads __consumer_offsets) before timing joins.
const coordinator = tb.broker.groupCoordinator();
while (coordinator.availability('bench-group') !== 0) await new Promise((r) => setTimeout(r, 20));

const waitFor = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
};

// 1. Ten consumers from connect() to all receiving records.
const consumers: Consumer[] = [];
const received = new Set<number>();
const t0 = Date.now();
await Promise.all(
  Array.from({ length: 10 }, async (_, i) => {
    const c = kafka.consumer({ groupId: 'bench-group', heartbeatInterval: 100, maxWaitTimeInMs: 100, sessionTimeout: 10_000 });
    consumers.push(c);
    await c.connect();
    await c.subscribe({ topic: 'bench', fromBeginning: true });
    await c.run({ eachMessage: async () => void received.add(i) });
  }),
);
await waitFor(() => received.size === 10);
const joinMs = Date.now() - t0;

// 2. Recovery after one member leaves.
const generation = coordinator.groupGeneration('bench-group')!;
const t1 = Date.now();
await consumers.pop()!.disconnect();
const leftAt = Date.now();
await waitFor(() => coordinator.groupGeneration('bench-group')! > generation && coordinator.groupState('bench-group') === 'Stable');
const recoveryMs = Date.now() - leftAt;
const disconnectMs = leftAt - t1;
for (const c of consumers) await c.disconnect();
await producer.disconnect();
await admin.disconnect();

// 3. Offset commits per second, pipelined from a separate process (the client gets its own CPU time).
const connections = 8;
const window = 64;
const load = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./groups/commit-load.ts', import.meta.url)), String(tb.port), String(totalCommits), String(connections), String(window)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let loadOut = '';
load.stdout.on('data', (d: Buffer) => (loadOut += d.toString()));
await new Promise((resolve) => load.on('exit', resolve));
const commitSeconds = (JSON.parse(loadOut.trim().split('\n').pop()!) as { seconds: number }).seconds;
await tb.close();

console.log(`group coordinator benchmark (in-process broker, group.initial.rebalance.delay.ms=${delayMs})`);
console.log(`  10 consumers joined and receiving: ${joinMs} ms   (target ≤ ${delayMs + 200} ms)`);
console.log(`  recovery after LeaveGroup:         ${recoveryMs} ms   (target ≤ 200 ms; kafkajs disconnect itself took ${disconnectMs} ms)`);
console.log(`  offset commits:                    ${Math.round(totalCommits / commitSeconds)}/s   (${totalCommits} in ${commitSeconds.toFixed(2)} s, ${connections} connections × ${window} in flight; target ≥ 20,000/s)`);
