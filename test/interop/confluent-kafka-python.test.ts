/**
 * Interop: confluent-kafka-python (Debian's python3-confluent-kafka 1.7 on librdkafka 2.0.2) against
 * the broker under test, driven through test/interop/python/confluent_client.py.
 * Its AdminClient (1.7) has no DeleteRecords or ListOffsets calls: offsets are listed through the
 * consumer (watermarks, offsets_for_times). Needs: apt-get install -y python3-confluent-kafka.
 */
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { codecScenario, kill9Scenario, restartScenario, type LineClient } from './line-client.ts';
import { adminScenario } from './admin-scenario.ts';
import { PYTHON, requireTool, runOk } from './run-process.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const SCRIPT = fileURLToPath(new URL('./python/confluent_client.py', import.meta.url));
const N = recordsPerCodec();
let broker: InteropBroker;

const client: LineClient = {
  name: 'confluent-kafka-python',
  idempotence: true,
  producer: (b, topic, codec, acks, idem) => [PYTHON, [SCRIPT, 'produce', b, topic, codec, acks, String(idem)]],
  consumer: (b, topic, from, count, timeoutMs) => [PYTHON, [SCRIPT, 'consume', b, topic, from, String(count), String(timeoutMs / 1000)]],
};

async function admin<T>(command: string, args: object): Promise<T> {
  const out = await runOk(PYTHON, [SCRIPT, 'admin', broker.bootstrap, command, JSON.stringify(args)], { timeoutMs: 60_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

before(async () => {
  requireTool(PYTHON, ['-c', 'import confluent_kafka'], 'install python3-confluent-kafka (apt-get install -y python3-confluent-kafka)');
  broker = await startTarget();
});
after(async () => {
  await broker?.stop();
});

for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
  test(`confluent-kafka-python, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    const topic = `confluent-${codec}`;
    await admin('create-topic', { topic, partitions: 3 });
    await codecScenario(client, broker, topic, codec, N);
  });
}

test('confluent-kafka-python AdminClient: create, add partitions, describe and alter configs, offsets, delete', async () => {
  await adminScenario(client, broker, admin, 'confluent-admin');
});

test('idempotent confluent-kafka-python producer keeps sending across a broker restart: no duplicates, no gaps', async () => {
  await admin('create-topic', { topic: 'confluent-idempotent-restart', partitions: 3 });
  await restartScenario(client, broker, 'confluent-idempotent-restart');
});

test('kill -9 three times while confluent-kafka-python produces with acks=all: every acknowledged record is there', async () => {
  await admin('create-topic', { topic: 'confluent-kill9', partitions: 3 });
  await kill9Scenario(client, broker, 'confluent-kill9');
});
