/**
 * The client runs that capture-golden.ts records: each real client produces a few records per
 * codec it supports, then reads them back. The proxy's `label` ("<client>/<codec>") tags each step.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kafka, CompressionTypes, logLevel } from 'kafkajs';
import { Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { compileJavaPrograms, runJavaOk } from '../../test/interop/java-tools.ts';
import type { CaptureProxy } from './capture-proxy.ts';

export interface GoldenRecord {
  key: string;
  value: string;
  headers: [string, string][];
  /** null: set by the client's clock (kcat cannot set it). */
  timestamp: number | null;
}

export interface ClientRun {
  version: string;
  topic: string;
  produced: Map<string, GoldenRecord[]>;
}

const BASE_TS = 1_700_000_000_000;

/** Runs a command without blocking the event loop (the proxy lives in this process). */
function run(cmd: string, args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // e.g. kcat -V exits without reading stdin
    child.stdin.end(input);
  });
}

function records(client: string, codec: string, timestamps: boolean): GoldenRecord[] {
  return [0, 1, 2].map((i) => ({
    key: `${client}-${codec}-key-${i}`,
    value: `${client} ${codec} value ${i} `.repeat(3 + i).trim(),
    headers: [
      ['client', client],
      ['codec', codec],
    ],
    timestamp: timestamps ? BASE_TS + i * 1000 : null,
  }));
}

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const pkgVersion = (name: string): string =>
  (JSON.parse(readFileSync(`${NODE_MODULES}${name}/package.json`, 'utf8')) as { version: string }).version;

async function kcat(proxy: CaptureProxy, bootstrap: string): Promise<ClientRun> {
  const out: ClientRun = { version: '', topic: 'golden-kcat', produced: new Map() };
  const v = await run('kcat', ['-V']).catch(() => {
    throw new Error('kcat not found: apt-get install -y kcat');
  });
  out.version = `kcat ${/Version ([\d.]+)/.exec(v.stdout)?.[1]} / librdkafka ${/librdkafka ([\d.]+)/.exec(v.stdout)?.[1]}`;
  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    proxy.label = `kcat/${codec}`;
    const recs = records('kcat', codec, false);
    const input = recs.map((r) => `${r.key}:${r.value}`).join('\n') + '\n';
    const hdr = recs[0]!.headers.flatMap(([k, val]) => ['-H', `${k}=${val}`]);
    const r = await run('kcat', ['-P', '-b', bootstrap, '-t', out.topic, '-K', ':', ...hdr, '-z', codec, '-X', 'linger.ms=200'], input);
    if (r.status !== 0) throw new Error(`kcat produce ${codec} failed: ${r.stderr}`);
    out.produced.set(codec, recs);
  }
  proxy.label = 'kcat/consume';
  const c = await run('kcat', ['-C', '-b', bootstrap, '-t', out.topic, '-o', 'beginning', '-e', '-q']);
  if (c.status !== 0) throw new Error(`kcat consume failed: ${c.stderr}`);
  return out;
}

async function java(proxy: CaptureProxy, bootstrap: string): Promise<ClientRun> {
  compileJavaPrograms();
  const run: ClientRun = { version: 'kafka-clients 4.1.1', topic: 'golden-java', produced: new Map() };
  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    proxy.label = `java/${codec}`;
    const recs = records('java', codec, true);
    const input = recs.map((r) => ['-1', r.timestamp, r.key, r.value, r.headers.map(([k, v]) => `${k}=${v}`).join(',')].join('\t')).join('\n');
    await runJavaOk('InteropClient', ['produce', bootstrap, run.topic, codec, 'all', 'true'], { input });
    run.produced.set(codec, recs);
  }
  proxy.label = 'java/consume';
  await runJavaOk('InteropClient', ['consume', bootstrap, run.topic, 'beginning', '15', '20000']);
  return run;
}

async function kafkajs(proxy: CaptureProxy, bootstrap: string): Promise<ClientRun> {
  const run: ClientRun = { version: `kafkajs ${pkgVersion('kafkajs')}`, topic: 'golden-kafkajs', produced: new Map() };
  const kafka = new Kafka({ clientId: 'golden-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();
  // kafkajs ships only gzip; snappy, lz4 and zstd need codec packages we do not install.
  for (const [codec, type] of [['none', CompressionTypes.None], ['gzip', CompressionTypes.GZIP]] as const) {
    proxy.label = `kafkajs/${codec}`;
    const recs = records('kafkajs', codec, true);
    await producer.send({
      topic: run.topic,
      compression: type,
      messages: recs.map((r) => ({ key: r.key, value: r.value, headers: Object.fromEntries(r.headers), timestamp: String(r.timestamp) })),
    });
    run.produced.set(codec, recs);
  }
  await producer.disconnect();
  proxy.label = 'kafkajs/consume';
  const consumer = kafka.consumer({ groupId: 'golden-kafkajs' });
  await consumer.connect();
  await consumer.subscribe({ topic: run.topic, fromBeginning: true });
  let got = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('kafkajs consume timed out')), 30_000);
    void consumer.run({
      eachMessage: async () => {
        if (++got === 6) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return run;
}

async function platformatic(proxy: CaptureProxy, bootstrap: string): Promise<ClientRun> {
  const run: ClientRun = { version: `@platformatic/kafka ${pkgVersion('@platformatic/kafka')}`, topic: 'golden-platformatic', produced: new Map() };
  const producer = new Producer({ clientId: 'golden-platformatic', bootstrapBrokers: [bootstrap], serializers: stringSerializers, autocreateTopics: true });
  // Node 20 has no zstd in zlib, and @platformatic/kafka uses zlib's: zstd is unavailable here.
  for (const codec of ['none', 'gzip', 'snappy', 'lz4'] as const) {
    proxy.label = `platformatic/${codec}`;
    const recs = records('platformatic', codec, true);
    await producer.send({
      compression: codec,
      messages: recs.map((r) => ({
        topic: run.topic,
        key: r.key,
        value: r.value,
        headers: new Map(r.headers),
        timestamp: BigInt(r.timestamp!),
      })),
    });
    run.produced.set(codec, recs);
  }
  await producer.close();
  proxy.label = 'platformatic/consume';
  const consumer = new Consumer({ groupId: 'golden-platformatic', clientId: 'golden-platformatic', bootstrapBrokers: [bootstrap], deserializers: stringDeserializers });
  const stream = await consumer.consume({ topics: [run.topic], mode: 'earliest', autocommit: false });
  let got = 0;
  for await (const _ of stream) if (++got === 12) break;
  await stream.close();
  await consumer.close();
  return run;
}

/** Topics exist before the clients start, so no first produce meets an auto-creation. */
async function createTopics(proxy: CaptureProxy, bootstrap: string): Promise<void> {
  proxy.label = '';
  const admin = new Kafka({ clientId: 'golden-setup', brokers: [bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({
    topics: ['kcat', 'java', 'kafkajs', 'platformatic'].map((c) => ({ topic: `golden-${c}`, numPartitions: 1 })),
    waitForLeaders: true,
  });
  await admin.disconnect();
}

export async function captureClients(proxy: CaptureProxy, bootstrap: string): Promise<Map<string, ClientRun>> {
  await createTopics(proxy, bootstrap);
  const runs = new Map<string, ClientRun>();
  runs.set('kcat', await kcat(proxy, bootstrap));
  runs.set('java', await java(proxy, bootstrap));
  runs.set('kafkajs', await kafkajs(proxy, bootstrap));
  runs.set('platformatic', await platformatic(proxy, bootstrap));
  proxy.label = '';
  return runs;
}
