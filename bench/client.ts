/**
 * Client benchmark: Samsa's client next to @platformatic/kafka, kafkajs and the Java client
 * (Kafka's ProducerPerformance/ConsumerPerformance tools, their default batching), same broker, same
 * workload — records of 100 B and 1 KiB, a 6-partition topic, acks=1, produced in batches of
 * 1,000 records (each client's batched API: sendBatch() for Samsa, send({messages}) for the
 * others), then consumed from the beginning. Prints figures; never fails on time.
 *
 *   npx tsx bench/client.ts                       # starts the reference Kafka (needs Java + jars)
 *   SAMSA_BENCH_BROKERS=127.0.0.1:9092 npx tsx bench/client.ts   # any running broker
 *   SAMSA_BENCH_RECORDS=200000 (default) SAMSA_BENCH_CLIENTS=samsa,platformatic,kafkajs,java
 */
import { randomUUID } from 'node:crypto';
import { Admin } from '../src/client/admin.ts';
import { Consumer } from '../src/client/consumer.ts';
import { Producer } from '../src/client/producer.ts';
import { startKafkaReference, type KafkaReference } from '../test/interop/kafka-reference.ts';

const RECORDS = Number(process.env.SAMSA_BENCH_RECORDS ?? 200_000);
const CHUNK = 1000;
const CLIENTS = (process.env.SAMSA_BENCH_CLIENTS ?? 'samsa,platformatic,kafkajs,java').split(',');

interface Figures {
  produce: number;
  consume: number;
}

type Runner = (bootstrap: string, topic: string, size: number) => Promise<Figures>;

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return RECORDS / ((performance.now() - t0) / 1000);
}

const samsa: Runner = async (bootstrap, topic, size) => {
  const value = Buffer.alloc(size, 'x');
  const producer = new Producer({ bootstrap, acks: 1, lingerMs: 5, batchSize: 256 * 1024 });
  await producer.send({ topic, value });
  const produce = await timed(async () => {
    for (let i = 0; i < RECORDS; i += CHUNK) {
      await producer.sendBatch(Array.from({ length: CHUNK }, () => ({ topic, value })));
    }
  });
  await producer.close();
  const consumer = new Consumer({ bootstrap, autoOffsetReset: 'earliest', maxPartitionBytes: 4 * 1024 * 1024 });
  consumer.assign(Array.from({ length: 6 }, (_, partition) => ({ topic, partition })));
  const consume = await timed(async () => {
    let n = 0;
    for await (const batch of consumer.batches()) {
      n += batch.length;
      if (n >= RECORDS) break;
    }
  });
  await consumer.close();
  return { produce, consume };
};

const platformatic: Runner = async (bootstrap, topic, size) => {
  const { Producer: PProducer, Consumer: PConsumer, MessagesStreamModes } = await import('@platformatic/kafka');
  const value = Buffer.alloc(size, 'x');
  const producer = new PProducer({ clientId: 'bench', bootstrapBrokers: [bootstrap], acks: 1, autocreateTopics: false });
  await producer.send({ messages: [{ topic, value }] });
  const produce = await timed(async () => {
    for (let i = 0; i < RECORDS; i += CHUNK) {
      await producer.send({ messages: Array.from({ length: CHUNK }, () => ({ topic, value })) });
    }
  });
  await producer.close();
  const consumer = new PConsumer({ clientId: 'bench', groupId: `bench-${randomUUID()}`, bootstrapBrokers: [bootstrap] });
  const consume = await timed(async () => {
    const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.EARLIEST, autocommit: false, maxBytesPerPartition: 4 * 1024 * 1024 });
    let n = 0;
    for await (const _ of stream) {
      if (++n >= RECORDS) break;
    }
    await stream.close();
  });
  await consumer.close(true);
  return { produce, consume };
};

const kafkajs: Runner = async (bootstrap, topic, size) => {
  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({ clientId: 'bench', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const value = Buffer.alloc(size, 'x');
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, acks: 1, messages: [{ value }] });
  const produce = await timed(async () => {
    for (let i = 0; i < RECORDS; i += CHUNK) {
      await producer.send({ topic, acks: 1, messages: Array.from({ length: CHUNK }, () => ({ value })) });
    }
  });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `bench-${randomUUID()}`, maxBytesPerPartition: 4 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const consume = await timed(
    () =>
      new Promise<void>((resolve) => {
        let n = 0;
        void consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            n += batch.messages.length;
            if (n >= RECORDS) resolve();
          },
        });
      }),
  );
  await consumer.disconnect();
  return { produce, consume };
};

/** The Java client through Kafka's own perf tools (ProducerPerformance, ConsumerPerformance). */
const java: Runner = async (bootstrap, topic, size) => {
  const { KafkaTool, runJavaOk } = await import('../test/interop/java-tools.ts');
  const out = await runJavaOk(
    KafkaTool.producerPerf,
    ['--topic', topic, '--num-records', String(RECORDS), '--record-size', String(size), '--throughput', '-1', '--producer-props', `bootstrap.servers=${bootstrap}`, 'acks=1'],
    { timeoutMs: 300_000 },
  );
  const produce = Number(/records sent, ([\d.]+) records\/sec[^\n]*50th/.exec(out)?.[1] ?? NaN);
  const cons = await runJavaOk(KafkaTool.consumerPerf, ['--bootstrap-server', bootstrap, '--topic', topic, '--messages', String(RECORDS), '--timeout', '60000'], { timeoutMs: 300_000 });
  const values = cons.trim().split('\n').pop()!.split(', ');
  // fetch.nMsg.sec: records/s after the group was joined, like the other clients' figures.
  const consume = Number(values[9]);
  return { produce, consume };
};

const RUNNERS: Record<string, Runner> = { samsa, platformatic, kafkajs, java };

let kafka: KafkaReference | null = null;
let bootstrap = process.env.SAMSA_BENCH_BROKERS;
if (bootstrap === undefined) {
  kafka = await startKafkaReference({ heap: '1g' });
  bootstrap = kafka.bootstrap;
}
const admin = new Admin({ bootstrap });
console.log(`broker ${bootstrap}${kafka ? ' (reference Apache Kafka)' : ''}; ${RECORDS} records per run, 6 partitions, acks=1, batches of ${CHUNK}`);
console.log('client        size    produce msg/s   consume msg/s');
try {
  for (const size of [100, 1024]) {
    for (const name of CLIENTS) {
      const run = RUNNERS[name];
      if (run === undefined) throw new Error(`unknown client ${name}: use samsa, platformatic or kafkajs`);
      const topic = `bench-${name}-${size}-${Date.now()}`;
      await admin.createTopics([{ name: topic, partitions: 6, replicationFactor: 1 }]);
      try {
        const f = await run(bootstrap, topic, size);
        console.log(`${name.padEnd(12)}  ${String(size).padStart(4)} B  ${f.produce.toFixed(0).padStart(13)}   ${f.consume.toFixed(0).padStart(13)}`);
      } catch (e) {
        console.log(`${name.padEnd(12)}  ${String(size).padStart(4)} B  failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      await admin.deleteTopics([topic]);
    }
  }
} finally {
  await admin.close();
  await kafka?.stop();
}
