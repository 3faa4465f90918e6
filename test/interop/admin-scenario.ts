/**
 * The admin scenario shared by the two Python clients. Each drives its admin API through a
 * subcommand of its helper script that takes JSON arguments and prints one JSON line
 * (test/interop/python/*.py): create, list, add partitions, describe and alter configs (AlterConfigs
 * replaces the whole set), list offsets (earliest, latest, by timestamp), delete.
 */
import assert from 'node:assert/strict';
import type { LineClient } from './line-client.ts';
import { BASE_TIMESTAMP, makeRecords, toLines } from './record-set.ts';
import { runOk } from './run-process.ts';
import type { InteropBroker } from './target.ts';

export type AdminCall = <T>(command: string, args: object) => Promise<T>;

export async function adminScenario(client: LineClient, broker: InteropBroker, admin: AdminCall, topic: string): Promise<void> {
  await admin('create-topic', { topic, partitions: 2, config: { 'retention.ms': '3600000' } });
  assert.ok((await admin<string[]>('list-topics', {})).includes(topic));
  await admin('create-partitions', { topic, count: 4 });
  assert.equal(await admin<number>('partitions', { topic }), 4);

  const cfg = await admin<Record<string, string>>('describe-configs', { type: 'topic', name: topic });
  assert.equal(cfg['retention.ms'], '3600000');
  await admin('alter-configs', { type: 'topic', name: topic, config: { 'max.message.bytes': '2000000' } });
  const altered = await admin<Record<string, string>>('describe-configs', { type: 'topic', name: topic });
  assert.equal(altered['max.message.bytes'], '2000000');
  assert.equal(altered['retention.ms'], '604800000', 'AlterConfigs replaces the whole set');
  const brokerCfg = await admin<Record<string, string>>('describe-configs', { type: 'broker', name: '1' });
  assert.ok(Number(brokerCfg['log.segment.bytes']) > 0, 'broker configs described');

  const sent = makeRecords(`${topic}-offsets`, 10, { partitions: 1 });
  const [cmd, args] = client.producer(broker.bootstrap, topic, 'none', 'all', client.idempotence);
  await runOk(cmd, args, { input: toLines(sent) });
  const offsets = await admin<Record<string, unknown>>('offsets', { topic, partitions: 4, timestamp: BASE_TIMESTAMP + 7 * 6 });
  assert.deepEqual(offsets['1'], [0, 0]);
  assert.deepEqual(offsets['0'], [0, 10]);
  assert.equal((offsets.for_timestamp as Record<string, number>)['0'], 6);

  await admin('delete-topic', { topic });
  let listed = true;
  for (let i = 0; i < 20 && listed; i++) {
    listed = (await admin<string[]>('list-topics', {})).includes(topic);
    if (listed) await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(!listed, 'deleted topic still listed');
}
