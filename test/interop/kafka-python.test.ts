/**
 * Interop: kafka-python (Debian's python3-kafka 2.0.2, pure Python) against the broker under test,
 * driven through test/interop/python/kafka_python_client.py. kafka-python picks its protocol
 * versions by inferring the broker's release from ApiVersions, so this suite also checks that our
 * advertised ranges look like a real Kafka's. 2.0.2 has no idempotent producer (so no restart
 * scenario) and no DeleteRecords; offsets are listed through the consumer.
 * Needs: apt-get install -y python3-kafka python3-snappy python3-lz4 python3-zstandard.
 */
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { codecScenario, kill9Scenario, type LineClient } from './line-client.ts';
import { adminScenario } from './admin-scenario.ts';
import { PYTHON, requireTool, runOk } from './run-process.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

const SCRIPT = fileURLToPath(new URL('./python/kafka_python_client.py', import.meta.url));
const N = recordsPerCodec();
let broker: InteropBroker;

const client: LineClient = {
  name: 'kafka-python',
  idempotence: false,
  producer: (b, topic, codec, acks, idem) => [PYTHON, [SCRIPT, 'produce', b, topic, codec, acks, String(idem)]],
  consumer: (b, topic, from, count, timeoutMs) => [PYTHON, [SCRIPT, 'consume', b, topic, from, String(count), String(timeoutMs / 1000)]],
};

async function admin<T>(command: string, args: object): Promise<T> {
  const out = await runOk(PYTHON, [SCRIPT, 'admin', broker.bootstrap, command, JSON.stringify(args)], { timeoutMs: 60_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

before(async () => {
  requireTool(PYTHON, ['-c', 'import kafka, snappy, lz4.frame, zstandard'], 'install kafka-python and its codecs (apt-get install -y python3-kafka python3-snappy python3-lz4 python3-zstandard)');
  broker = await startTarget();
});
after(async () => {
  await broker?.stop();
});

for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
  test(`kafka-python, ${codec}: ${N} records with keys, headers, timestamps consumed byte for byte`, async () => {
    const topic = `kpy-${codec}`;
    await admin('create-topic', { topic, partitions: 3 });
    await codecScenario(client, broker, topic, codec, N);
  });
}

test('kafka-python KafkaAdminClient: create, add partitions, describe and alter configs, offsets, delete', async () => {
  await adminScenario(client, broker, admin, 'kpy-admin');
});

test('kill -9 three times while kafka-python produces with acks=all: every acknowledged record is there', async () => {
  await admin('create-topic', { topic: 'kpy-kill9', partitions: 3 });
  await kill9Scenario(client, broker, 'kpy-kill9');
});
