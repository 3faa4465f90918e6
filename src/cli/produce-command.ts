/**
 * `samsa produce <topic>`: one record per input line, from stdin or --file (kcat -P, rpk topic
 * produce). A line is split into key and value at --key-delimiter (kcat -K); --json reads one JSON
 * object per line: {"key": ..., "value": ..., "headers": {"k": "v"}, "partition": n, "timestamp": ms}
 * (a non-string value is written as its JSON). Prints how many records were written to stderr.
 *   printf 'k1:v1\nk2:v2\n' | samsa produce orders -K :
 *   samsa produce orders -f events.jsonl --json -z zstd
 */
import { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Producer, type CompressionName, type ProducerRecord } from '../client/producer.ts';
import { action, clusterOptions, collect, keyValues, positiveInt, UsageError, withClientOptions, type ClientFlags } from './client-options.ts';

interface ProduceFlags extends ClientFlags {
  file?: string;
  keyDelimiter?: string;
  key?: string;
  header?: string[];
  json?: boolean;
  partition?: string;
  compression?: string;
  acks?: string;
  lingerMs?: string;
}

export function produceCommand(): Command {
  const cmd = new Command('produce').description('produce records from stdin or a file, one per line').argument('<topic>', 'topic to write to');
  withClientOptions(cmd)
    .option('-f, --file <path>', 'read lines from this file instead of stdin')
    .option('-K, --key-delimiter <delim>', 'split each line into key and value at the first <delim>')
    .option('-k, --key <key>', 'the same key for every record')
    .option('-H, --header <key=value>', 'header for every record, repeatable', collect)
    .option('--json', 'each line is a JSON object {key, value, headers, partition, timestamp}')
    .option('-p, --partition <n>', 'write every record to this partition')
    .option('-z, --compression <codec>', 'none, gzip, snappy, lz4 or zstd', 'none')
    .option('--acks <acks>', '0, 1 or all', 'all')
    .option('--linger-ms <ms>', 'linger.ms', '5')
    .action(action(async (topic: string, o: ProduceFlags) => produce(topic, o)));
  return cmd;
}

async function produce(topic: string, o: ProduceFlags): Promise<void> {
  const acks = o.acks === 'all' || o.acks === '-1' ? 'all' : o.acks === '1' ? 1 : o.acks === '0' ? 0 : null;
  if (acks === null) throw new UsageError(`--acks must be 0, 1 or all, not ${o.acks}`);
  if (!['none', 'gzip', 'snappy', 'lz4', 'zstd'].includes(o.compression ?? 'none')) throw new UsageError(`unknown compression ${o.compression}: use none, gzip, snappy, lz4 or zstd`);
  const headers = keyValues(o.header, '--header');
  const partition = o.partition === undefined ? undefined : positiveInt(o.partition, '--partition');
  const producer = new Producer({ ...clusterOptions(o), acks, compression: o.compression as CompressionName, lingerMs: positiveInt(o.lingerMs ?? '5', '--linger-ms') });
  const input = o.file === undefined ? process.stdin : createReadStream(o.file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  let failed: unknown = null;
  const inFlight = new Set<Promise<unknown>>();
  try {
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (failed !== null) break;
      if (o.json && line.trim() === '') continue;
      const record = o.json ? fromJson(topic, line, lineNo) : fromLine(topic, line, o.keyDelimiter, o.key);
      record.headers = { ...headers, ...(record.headers as Record<string, string> | undefined) };
      if (partition !== undefined) record.partition = partition;
      const p = producer.send(record).then(
        () => count++,
        (e: unknown) => (failed ??= e),
      );
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      // Bound memory on large inputs: wait for acknowledgements before reading further.
      if (inFlight.size >= 10_000) await Promise.race(inFlight);
    }
    await producer.flush();
    await Promise.all(inFlight);
  } finally {
    await producer.close().catch(() => undefined);
  }
  if (failed !== null) throw failed;
  process.stderr.write(`produced ${count} record${count === 1 ? '' : 's'} to ${topic}\n`);
}

function fromLine(topic: string, line: string, delimiter: string | undefined, key: string | undefined): ProducerRecord {
  if (delimiter !== undefined && delimiter !== '') {
    const i = line.indexOf(delimiter);
    if (i >= 0) return { topic, key: line.slice(0, i), value: line.slice(i + delimiter.length) };
  }
  return { topic, key: key ?? null, value: line };
}

function fromJson(topic: string, line: string, lineNo: number): ProducerRecord {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new UsageError(`line ${lineNo} is not JSON: ${line.slice(0, 60)}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new UsageError(`line ${lineNo}: expected a JSON object with key, value, headers`);
  const o = v as Record<string, unknown>;
  const text = (x: unknown): string | null => (x === null || x === undefined ? null : typeof x === 'string' ? x : JSON.stringify(x));
  const headers: Record<string, string | null> = {};
  if (o.headers !== undefined && o.headers !== null) {
    if (typeof o.headers !== 'object') throw new UsageError(`line ${lineNo}: headers must be an object`);
    for (const [k, hv] of Object.entries(o.headers as Record<string, unknown>)) headers[k] = text(hv);
  }
  return {
    topic,
    key: text(o.key),
    value: text(o.value),
    headers,
    partition: typeof o.partition === 'number' ? o.partition : undefined,
    timestamp: typeof o.timestamp === 'number' ? o.timestamp : undefined,
  };
}
