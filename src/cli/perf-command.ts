/**
 * `samsa perf produce|consume`: load tests that print what Kafka's kafka-producer-perf-test and
 * kafka-consumer-perf-test print, so figures compare line by line.
 *   samsa perf produce --topic t --num-records 1000000 --record-size 100 --throughput -1 \
 *     --producer-props acks=1 linger.ms=5 batch.size=65536 compression.type=lz4
 *     → every 5 s "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency."
 *     → at the end the same plus "P50 ms 50th, P95 ms 95th, P99 ms 99th, P999 ms 99.9th."
 *   samsa perf consume --topic t --messages 1000000
 *     → "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
 *        rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec" and one line of values.
 */
import { Command } from 'commander';
import { Consumer } from '../client/consumer.ts';
import { Producer, type CompressionName, type ProducerOptions } from '../client/producer.ts';
import { action, clusterOptions, positiveInt, UsageError, withClientOptions, type ClientFlags } from './client-options.ts';

const MB = 1024 * 1024;

export function perfCommand(): Command {
  const perf = new Command('perf').description('producer and consumer load tests');
  withClientOptions(perf.command('produce').description('produce records as fast as asked and report throughput and latency'))
    .requiredOption('--topic <topic>', 'topic to write to')
    .requiredOption('--num-records <n>', 'records to send')
    .option('--record-size <bytes>', 'value size of each record', '100')
    .option('--throughput <n>', 'records/sec to aim for; -1 = as fast as possible', '-1')
    .option('--producer-props <props...>', 'acks=, linger.ms=, batch.size=, compression.type=, buffer.memory=, enable.idempotence=')
    .option('--reporting-interval <ms>', 'progress line interval', '5000')
    .action(action(async (o: PerfProduceFlags) => void (await perfProduce(o, (l) => process.stdout.write(l + '\n')))));
  withClientOptions(perf.command('consume').description('consume records and report throughput'))
    .requiredOption('--topic <topic>', 'topic to read')
    .requiredOption('--messages <n>', 'records to read')
    .option('--group <group>', 'consume in this group (default: assign all partitions, no group)')
    .option('--from-latest', 'start at the end instead of the beginning')
    .option('--timeout <ms>', 'give up when no record arrives for this long', '10000')
    .action(action(async (o: PerfConsumeFlags) => void (await perfConsume(o, (l) => process.stdout.write(l + '\n')))));
  return perf;
}

interface PerfProduceFlags extends ClientFlags {
  topic: string;
  numRecords: string;
  recordSize: string;
  throughput: string;
  producerProps?: string[];
  reportingInterval: string;
}

export function producerProps(list: string[] | undefined): Partial<ProducerOptions> {
  const out: Partial<ProducerOptions> = {};
  for (const kv of list ?? []) {
    const [k, v] = kv.split('=', 2) as [string, string | undefined];
    if (v === undefined) throw new UsageError(`--producer-props expects key=value, got "${kv}"`);
    if (k === 'acks') out.acks = v === 'all' || v === '-1' ? 'all' : v === '1' ? 1 : v === '0' ? 0 : (() => { throw new UsageError(`acks=${v}: use 0, 1 or all`); })();
    else if (k === 'linger.ms') out.lingerMs = positiveInt(v, k);
    else if (k === 'batch.size') out.batchSize = positiveInt(v, k);
    else if (k === 'buffer.memory') out.bufferMemory = positiveInt(v, k);
    else if (k === 'max.in.flight.requests.per.connection') out.maxInFlight = positiveInt(v, k);
    else if (k === 'compression.type') out.compression = v as CompressionName;
    else if (k === 'enable.idempotence') out.idempotent = v === 'true';
    else if (k !== 'bootstrap.servers') throw new UsageError(`unknown producer property ${k}`);
  }
  return out;
}

/** Runs the producer load test; returns the final figures. */
export async function perfProduce(o: PerfProduceFlags, print: (line: string) => void): Promise<{ recordsPerSec: number; mbPerSec: number }> {
  const total = positiveInt(o.numRecords, '--num-records');
  const size = positiveInt(o.recordSize, '--record-size');
  const throughput = Number(o.throughput);
  const interval = positiveInt(o.reportingInterval, '--reporting-interval');
  const producer = new Producer({ ...clusterOptions(o), ...producerProps(o.producerProps) });
  const value = Buffer.alloc(size, 'x');
  const latencies = new Float64Array(total);
  let done = 0;
  let failed: unknown = null;
  const window = { start: performance.now(), count: 0, bytes: 0, latency: 0, max: 0 };
  let totalLatency = 0;
  let maxLatency = 0;
  const start = performance.now();
  const report = setInterval(() => {
    const secs = (performance.now() - window.start) / 1000;
    print(`${window.count} records sent, ${(window.count / secs).toFixed(1)} records/sec (${(window.bytes / MB / secs).toFixed(2)} MB/sec), ${(window.latency / Math.max(1, window.count)).toFixed(1)} ms avg latency, ${window.max.toFixed(1)} ms max latency.`);
    Object.assign(window, { start: performance.now(), count: 0, bytes: 0, latency: 0, max: 0 });
  }, interval);
  try {
    const topic = o.topic;
    await producer.send({ topic, value }).then(() => undefined);
    latencies[0] = 0;
    done = 1;
    for (let i = 1; i < total && failed === null; i++) {
      if (throughput > 0) {
        const ahead = i / throughput - (performance.now() - start) / 1000;
        if (ahead > 0.002) await new Promise((r) => setTimeout(r, ahead * 1000));
      }
      const sentAt = performance.now();
      producer.send({ topic, value }).then(
        () => {
          const l = performance.now() - sentAt;
          latencies[done++] = l;
          totalLatency += l;
          if (l > maxLatency) maxLatency = l;
          window.count++;
          window.bytes += size;
          window.latency += l;
          if (l > window.max) window.max = l;
        },
        (e: unknown) => (failed ??= e),
      );
      // Let I/O run now and then: send() resolves synchronously up to the append.
      if ((i & 1023) === 0) await new Promise((r) => setImmediate(r));
    }
    await producer.flush();
  } finally {
    clearInterval(report);
    await producer.close().catch(() => undefined);
  }
  if (failed !== null) throw failed;
  const secs = (performance.now() - start) / 1000;
  const sorted = latencies.subarray(0, done).sort();
  const pct = (p: number): number => Math.round(sorted[Math.min(done - 1, Math.floor(done * p))] ?? 0);
  const recordsPerSec = done / secs;
  const mbPerSec = (done * size) / MB / secs;
  print(
    `${done} records sent, ${recordsPerSec.toFixed(1)} records/sec (${mbPerSec.toFixed(2)} MB/sec), ${(totalLatency / done).toFixed(2)} ms avg latency, ${maxLatency.toFixed(2)} ms max latency, ${pct(0.5)} ms 50th, ${pct(0.95)} ms 95th, ${pct(0.99)} ms 99th, ${pct(0.999)} ms 99.9th.`,
  );
  return { recordsPerSec, mbPerSec };
}

interface PerfConsumeFlags extends ClientFlags {
  topic: string;
  messages: string;
  group?: string;
  fromLatest?: boolean;
  timeout: string;
}

/** Runs the consumer load test; returns the final figures. */
export async function perfConsume(o: PerfConsumeFlags, print: (line: string) => void): Promise<{ recordsPerSec: number; mbPerSec: number }> {
  const total = positiveInt(o.messages, '--messages');
  const timeout = positiveInt(o.timeout, '--timeout');
  const opts = clusterOptions(o);
  const consumer = new Consumer({ ...opts, groupId: o.group, autoOffsetReset: o.fromLatest ? 'latest' : 'earliest' });
  const startWall = Date.now();
  const start = performance.now();
  let firstAt = 0;
  let count = 0;
  let bytes = 0;
  let last = performance.now();
  const watchdog = setInterval(() => {
    if (performance.now() - last > timeout) void consumer.close();
  }, 200);
  try {
    if (o.group !== undefined) consumer.subscribe([o.topic]);
    else {
      const t = await consumer.cluster.retry(() => consumer.cluster.topic(o.topic));
      consumer.assign(t.partitions.map((p) => ({ topic: o.topic, partition: p.partition })));
    }
    for await (const batch of consumer.batches()) {
      if (firstAt === 0) firstAt = performance.now();
      last = performance.now();
      for (const r of batch) bytes += (r.value?.length ?? 0) + (r.key?.length ?? 0);
      count += batch.length;
      if (count >= total) break;
    }
  } finally {
    clearInterval(watchdog);
    await consumer.close();
  }
  const end = performance.now();
  const secs = (end - start) / 1000;
  const fetchSecs = (end - (firstAt || start)) / 1000;
  const mb = bytes / MB;
  const stamp = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace('Z', '').replace(/\.(\d+)$/, ':$1');
  print('start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec');
  print(
    `${stamp(startWall)}, ${stamp(startWall + (end - start))}, ${mb.toFixed(4)}, ${(mb / secs).toFixed(4)}, ${count}, ${(count / secs).toFixed(4)}, ${Math.round((firstAt || end) - start)}, ${Math.round(fetchSecs * 1000)}, ${(mb / Math.max(fetchSecs, 1e-9)).toFixed(4)}, ${(count / Math.max(fetchSecs, 1e-9)).toFixed(4)}`,
  );
  if (count < total) throw new Error(`only ${count} of ${total} records arrived before --timeout (${timeout} ms) without data`);
  return { recordsPerSec: count / fetchSecs, mbPerSec: mb / fetchSecs };
}
