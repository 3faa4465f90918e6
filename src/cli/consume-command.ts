/**
 * `samsa consume <topics...>` (kcat -C, rpk topic consume).
 *   -o start|end|<offset>|-N|@<time>   where to begin: the first offset, the end, an absolute
 *       offset, N records before the end of each partition, or the first record at or after a
 *       time (ms since the epoch or an ISO date)
 *   -n <count>   stop after count records;  -e  stop at the end of every partition
 *   -g <group>   consume as a member of a consumer group (committing offsets); -o then applies
 *                only where the group has no committed offset (start or end)
 *   -f <format>  %t topic, %k key, %v value, %p partition, %o offset, %d timestamp (ms),
 *                %h headers (k=v,...), \n \t escapes. Default: JSON lines when stdout is not a
 *                terminal, else "%t/%p@%o %k: %v\n".
 */
import { Command } from 'commander';
import { Admin } from '../client/admin.ts';
import { Consumer, type ConsumerRecord } from '../client/consumer.ts';
import type { OffsetSpec } from '../client/list-offsets.ts';
import { action, clusterOptions, positiveInt, UsageError, withClientOptions, type ClientFlags } from './client-options.ts';

interface ConsumeFlags extends ClientFlags {
  offset: string;
  count?: string;
  exit?: boolean;
  group?: string;
  format?: string;
  json?: boolean;
  partitions?: string;
  readCommitted?: boolean;
}

export function consumeCommand(): Command {
  const cmd = new Command('consume').description('consume records and print them').argument('<topics...>', 'topics to read');
  withClientOptions(cmd)
    .option('-o, --offset <spec>', 'start|end|<offset>|-N|@<time>', 'start')
    .option('-n, --count <n>', 'exit after this many records')
    .option('-e, --exit', 'exit when the end of every partition is reached')
    .option('-g, --group <group>', 'consume in this consumer group')
    .option('-f, --format <format>', 'output format (%t %k %v %p %o %d %h)')
    .option('--json', 'print one JSON object per record (the default when stdout is not a terminal)')
    .option('-p, --partitions <list>', 'only these partitions (comma-separated; not with -g)')
    .option('--read-committed', 'only records of committed transactions')
    .action(action(async (topics: string[], o: ConsumeFlags) => consume(topics, o)));
  return cmd;
}

type Start = { kind: 'spec'; spec: OffsetSpec } | { kind: 'offset'; offset: number } | { kind: 'fromEnd'; n: number };

export function parseStart(s: string): Start {
  if (s === 'start' || s === 'beginning' || s === 'earliest') return { kind: 'spec', spec: 'earliest' };
  if (s === 'end' || s === 'latest') return { kind: 'spec', spec: 'latest' };
  if (s.startsWith('@')) {
    const t = /^\d+$/.test(s.slice(1)) ? Number(s.slice(1)) : Date.parse(s.slice(1));
    if (!Number.isFinite(t)) throw new UsageError(`-o ${s}: expected @<ms since epoch> or @<ISO date>`);
    return { kind: 'spec', spec: { timestamp: t } };
  }
  if (/^-\d+$/.test(s)) return { kind: 'fromEnd', n: Number(s.slice(1)) };
  if (/^\d+$/.test(s)) return { kind: 'offset', offset: Number(s) };
  throw new UsageError(`-o ${s}: use start, end, an offset, -N (N before the end) or @<time>`);
}

export function formatRecord(format: string, r: ConsumerRecord): string {
  return format.replace(/%[tkvpodh%]|\\[nt\\]/g, (m) => {
    switch (m) {
      case '%t': return r.topic;
      case '%k': return r.key?.toString() ?? '';
      case '%v': return r.value?.toString() ?? '';
      case '%p': return String(r.partition);
      case '%o': return String(r.offset);
      case '%d': return String(r.timestamp);
      case '%h': return r.headers.map((h) => `${h.key}=${h.value?.toString() ?? ''}`).join(',');
      case '%%': return '%';
      case '\\n': return '\n';
      case '\\t': return '\t';
      default: return '\\';
    }
  });
}

export function recordJson(r: ConsumerRecord): string {
  return JSON.stringify({
    topic: r.topic,
    partition: r.partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: r.key?.toString() ?? null,
    value: r.value?.toString() ?? null,
    headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value?.toString() ?? null])),
  });
}

async function consume(topics: string[], o: ConsumeFlags): Promise<void> {
  const start = parseStart(o.offset);
  const limit = o.count === undefined ? Infinity : positiveInt(o.count, '--count');
  const opts = clusterOptions(o);
  const json = o.format === undefined && (o.json || !process.stdout.isTTY);
  const format = o.format ?? '%t/%p@%o %k: %v\\n';
  const isolationLevel = o.readCommitted ? 'read_committed' : 'read_uncommitted';
  const admin = new Admin(opts);
  let consumer: Consumer;
  // End offsets at the start, for -e.
  const ends = new Map<string, number>();
  try {
    const partitions: Array<{ topic: string; partition: number }> = [];
    for (const t of topics) {
      const [info] = await admin.describeTopics([t]);
      const wanted = o.partitions === undefined ? info!.partitions.map((p) => p.partition) : o.partitions.split(',').map((x) => positiveInt(x.trim(), '--partitions'));
      for (const p of wanted) partitions.push({ topic: t, partition: p });
      if (o.exit) for (const e of await admin.listOffsets(t, 'latest', wanted, o.readCommitted ? 1 : 0)) ends.set(`${t}/${e.partition}`, e.offset);
    }
    if (o.group !== undefined) {
      if (o.partitions !== undefined) throw new UsageError('-p cannot be combined with -g: the group assigns partitions');
      if (start.kind !== 'spec' || typeof start.spec !== 'string' || start.spec === 'max-timestamp') throw new UsageError('with -g, -o must be start or end');
      consumer = new Consumer({ ...opts, groupId: o.group, autoOffsetReset: start.spec === 'earliest' ? 'earliest' : 'latest', isolationLevel });
      consumer.subscribe(topics);
    } else {
      consumer = new Consumer({ ...opts, autoOffsetReset: 'earliest', isolationLevel });
      const starts = new Map<string, number>();
      if (start.kind === 'offset') for (const p of partitions) starts.set(`${p.topic}/${p.partition}`, start.offset);
      else {
        for (const t of topics) {
          const ps = partitions.filter((p) => p.topic === t).map((p) => p.partition);
          const spec: OffsetSpec = start.kind === 'fromEnd' ? 'latest' : start.spec;
          const found = await admin.listOffsets(t, spec, ps);
          const latest = spec === 'latest' ? found : await admin.listOffsets(t, 'latest', ps);
          const earliest = start.kind === 'fromEnd' ? await admin.listOffsets(t, 'earliest', ps) : [];
          for (const f of found) {
            let at = f.offset >= 0 ? f.offset : latest.find((l) => l.partition === f.partition)!.offset;
            if (start.kind === 'fromEnd') at = Math.max(earliest.find((e) => e.partition === f.partition)!.offset, at - start.n);
            starts.set(`${t}/${f.partition}`, at);
          }
        }
      }
      consumer.assign(partitions.map((p) => ({ ...p, offset: starts.get(`${p.topic}/${p.partition}`) })));
      if (o.exit) {
        // Partitions already at their end need nothing more.
        for (const [k, end] of ends) if ((starts.get(k) ?? 0) >= end) ends.delete(k);
      }
    }
  } finally {
    await admin.close();
  }
  if (limit === 0 || (o.exit && ends.size === 0)) {
    await consumer.close();
    return;
  }
  let n = 0;
  const stop = (): void => void consumer.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let out = '';
  const printed = new Map<string, { topic: string; partition: number; offset: number }>();
  for await (const batch of consumer.batches()) {
    for (const r of batch) {
      out += json ? recordJson(r) + '\n' : formatRecord(format, r);
      n++;
      const k = `${r.topic}/${r.partition}`;
      printed.set(k, { topic: r.topic, partition: r.partition, offset: r.offset + 1 });
      if (o.exit && ends.has(k) && r.offset + 1 >= ends.get(k)!) ends.delete(k);
      if (n >= limit) break;
    }
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
    out = '';
    if (n >= limit || (o.exit && ends.size === 0)) break;
  }
  // The group's committed offsets are exactly what was printed.
  if (o.group !== undefined && printed.size > 0) await consumer.commit([...printed.values()]);
  await consumer.close();
}
