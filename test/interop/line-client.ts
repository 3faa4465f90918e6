/**
 * Scenarios shared by the clients we drive through a small program of our own (Java, the two
 * Python clients): the program reads record-set lines on stdin to produce, prints
 * "ack <line> <partition> <offset>" per acknowledged record, and prints JSON lines to consume
 * (see record-set.ts). One suite, several clients: each client file only says how to start it.
 */
import assert from 'node:assert/strict';
import { feedProducer } from './fed-producer.ts';
import {
  assertSameRecords,
  BASE_TIMESTAMP,
  checkConsumed,
  makeRecords,
  parseConsumed,
  suffixFromOffset,
  suffixFromTimestamp,
  toLines,
  type ConsumedRecord,
} from './record-set.ts';
import { finish, startProcess } from './run-process.ts';
import type { InteropBroker } from './target.ts';

export interface LineClient {
  name: string;
  /** Whether the client has an idempotent producer (codec and kill -9 runs use it when it does). */
  idempotence: boolean;
  /** Command and arguments of the producer program. */
  producer(bootstrap: string, topic: string, codec: string, acks: string, idempotent: boolean): [string, string[]];
  /** Command and arguments of the consumer program; `from` as in record-set.ts. */
  consumer(bootstrap: string, topic: string, from: string, count: number, timeoutMs: number): [string, string[]];
}

/** Consumes up to `count` records (0: up to the end offsets); fewer than `atLeast` (default: count) fails. */
export async function lineConsume(
  client: LineClient,
  broker: InteropBroker,
  topic: string,
  from: string,
  count: number,
  atLeast = count,
): Promise<ConsumedRecord[]> {
  const [cmd, args] = client.consumer(broker.bootstrap, topic, from, count, 60_000);
  const r = await finish(startProcess(cmd, args), { input: '', timeoutMs: 120_000 });
  const got = parseConsumed(r.stdout);
  assert.ok(
    r.code === 0 && got.length >= atLeast && (count === 0 || got.length <= count),
    `${client.name} consumer from ${from} got ${got.length} of ${count} records (exit ${r.code}): ${r.stderr.slice(-3000)}`,
  );
  return got;
}

/** Produces `count` records (explicit partitions of 3, timestamps, per-record headers) and checks them. */
export async function codecScenario(client: LineClient, broker: InteropBroker, topic: string, codec: string, count: number): Promise<void> {
  const sent = makeRecords(topic, count, { partitions: 3 });
  const [cmd, args] = client.producer(broker.bootstrap, topic, codec, 'all', client.idempotence);
  const r = await finish(startProcess(cmd, args), { input: toLines(sent), timeoutMs: 180_000 });
  assert.equal(r.code, 0, `${client.name} producer failed: ${r.stderr.slice(-3000)}`);
  assert.match(r.stdout, new RegExp(`done ${count}`));

  const all = await lineConsume(client, broker, topic, 'beginning', count);
  checkConsumed(sent, all);

  const p0 = all.filter((x) => x.partition === 0);
  const mid = p0[Math.floor(p0.length / 2)]!.offset;
  const fromOffset = suffixFromOffset(all, 0, mid);
  assertSameRecords(await lineConsume(client, broker, topic, `offset:0:${mid}`, fromOffset.length), fromOffset, 'from an offset');

  const ts = BASE_TIMESTAMP + 7 * Math.floor(count / 2);
  const fromTs = suffixFromTimestamp(all, ts);
  assertSameRecords(await lineConsume(client, broker, topic, `timestamp:${ts}`, fromTs.length), fromTs, 'from a timestamp');
}

async function waitForAcks(acks: unknown[], atLeast: number): Promise<void> {
  for (let i = 0; i < 300 && acks.length < atLeast; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(acks.length > 0, 'the producer got going');
}

/** An idempotent producer keeps sending while the broker restarts: no duplicates, no gaps. */
export async function restartScenario(client: LineClient, broker: InteropBroker, topic: string): Promise<void> {
  const sent = makeRecords(topic, 3000, { partitions: 3 });
  const [cmd, args] = client.producer(broker.bootstrap, topic, 'lz4', 'all', true);
  const run = feedProducer(startProcess(cmd, args), sent);
  await waitForAcks(run.acks, 300);
  await broker.restart();
  await run.fed;
  const result = await run.done;
  assert.equal(result.code, 0, `${client.name} producer failed: ${result.stderr.slice(-2000)}`);
  assert.equal(run.acks.length, sent.length, 'every record acknowledged');
  checkConsumed(sent, await lineConsume(client, broker, topic, 'beginning', sent.length));
}

/**
 * kill -9 while producing with acks=all, restart, `kills` times over (RELIABILITY.md "single-node
 * crash"): every acknowledged record is at the offset it was acknowledged with; an idempotent
 * producer leaves no duplicates.
 */
export async function kill9Scenario(client: LineClient, broker: InteropBroker, topic: string, kills = 3): Promise<void> {
  const sent = makeRecords(topic, 6000, { partitions: 3 });
  const [cmd, args] = client.producer(broker.bootstrap, topic, 'lz4', 'all', client.idempotence);
  const run = feedProducer(startProcess(cmd, args), sent, { perTick: 100, tickMs: 50 });
  for (let k = 0; k < kills; k++) {
    await waitForAcks(run.acks, Math.min(sent.length, run.acks.length + 300));
    await broker.kill9();
    await broker.restart();
  }
  await run.fed;
  await run.done;
  const acked = [...run.acks];
  // Unacknowledged records may or may not be there, and a producer without idempotence may have
  // written some twice: read the whole log, then look for every acknowledged record.
  const all = await lineConsume(client, broker, topic, 'beginning', 0, new Set(acked.map((a) => a.line)).size);
  const at = new Map(all.map((x) => [`${x.partition}/${x.offset}`, x]));
  for (const ack of acked) {
    const x = at.get(`${ack.partition}/${ack.offset}`);
    assert.ok(x, `acknowledged record ${ack.line} (partition ${ack.partition}, offset ${ack.offset}) is missing`);
    assert.equal(x.key?.toString(), sent[ack.line]!.key, `offset ${ack.partition}/${ack.offset} holds another record`);
  }
  if (client.idempotence) {
    const keys = all.map((x) => x.key?.toString());
    assert.equal(new Set(keys).size, keys.length, 'an idempotent producer left duplicates');
  }
}
