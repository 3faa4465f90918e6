/**
 * The interop suite both Debian Python clients run (confluent-kafka-python, kafka-python), each
 * through its own script in test/interop/python/ that speaks the line-client protocol
 * (line-client.ts) plus an `admin <command> <json>` mode: every codec byte for byte, the admin
 * scenario, the idempotent producer across a restart (when the client has one), kill -9 under
 * acks=all.
 */
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { adminScenario } from './admin-scenario.ts';
import { codecScenario, kill9Scenario, restartScenario, type LineClient } from './line-client.ts';
import { PYTHON, requireTool, runOk } from './run-process.ts';
import { recordsPerCodec, startTarget, type InteropBroker } from './target.ts';

export interface PythonSuite {
  /** The client's name, as test titles show it. */
  name: string;
  /** The driver script, next to this file in python/. */
  script: string;
  /** Prefix of the topics the suite creates. */
  topicPrefix: string;
  /** The client has an idempotent producer: also run the restart scenario. */
  idempotence: boolean;
  /** What the admin test is called after (the client's admin class). */
  adminClass: string;
  /** Python imports the suite needs, and what to install when they fail. */
  imports: string;
  install: string;
}

export function pythonSuite(s: PythonSuite): void {
  const script = fileURLToPath(new URL(`./python/${s.script}`, import.meta.url));
  const n = recordsPerCodec();
  let broker: InteropBroker;
  const client: LineClient = {
    name: s.name,
    idempotence: s.idempotence,
    producer: (b, topic, codec, acks, idem) => [PYTHON, [script, 'produce', b, topic, codec, acks, String(idem)]],
    consumer: (b, topic, from, count, timeoutMs) => [PYTHON, [script, 'consume', b, topic, from, String(count), String(timeoutMs / 1000)]],
  };
  const admin = async <T>(command: string, args: object): Promise<T> => {
    const out = await runOk(PYTHON, [script, 'admin', broker.bootstrap, command, JSON.stringify(args)], { timeoutMs: 60_000 });
    return JSON.parse(out.trim().split('\n').pop()!) as T;
  };

  before(async () => {
    requireTool(PYTHON, ['-c', `import ${s.imports}`], s.install);
    broker = await startTarget();
  });
  after(async () => {
    await broker?.stop();
  });

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    test(`${s.name}, ${codec}: ${n} records with keys, headers, timestamps consumed byte for byte`, async () => {
      const topic = `${s.topicPrefix}-${codec}`;
      await admin('create-topic', { topic, partitions: 3 });
      await codecScenario(client, broker, topic, codec, n);
    });
  }

  test(`${s.name} ${s.adminClass}: create, add partitions, describe and alter configs, offsets, delete`, async () => {
    await adminScenario(client, broker, admin, `${s.topicPrefix}-admin`);
  });

  if (s.idempotence) {
    test(`idempotent ${s.name} producer keeps sending across a broker restart: no duplicates, no gaps`, async () => {
      await admin('create-topic', { topic: `${s.topicPrefix}-idempotent-restart`, partitions: 3 });
      await restartScenario(client, broker, `${s.topicPrefix}-idempotent-restart`);
    });
  }

  test(`kill -9 three times while ${s.name} produces with acks=all: every acknowledged record is there`, async () => {
    await admin('create-topic', { topic: `${s.topicPrefix}-kill9`, partitions: 3 });
    await kill9Scenario(client, broker, `${s.topicPrefix}-kill9`);
  });
}
