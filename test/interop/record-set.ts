/**
 * The records every interop scenario produces, and the check of what a consumer got back.
 *
 * Keys, values and headers are printable ASCII without tab, comma, '=' or ':' so every client can
 * take them as text (kcat reads "key:value" lines); values vary in length and content so the
 * codecs have something to compress. Timestamps are explicit (BASE_TIMESTAMP + 7 * i) for clients
 * that can set them; kcat cannot, and is checked against the produce window instead.
 * BASE_TIMESTAMP is an hour before the run, not a fixed date: a broker deletes segments whose
 * newest timestamp is older than retention.ms (7 days by default) as soon as its retention check
 * runs, 30 s after start in Kafka, which emptied topics mid-suite with a fixed 2023 timestamp.
 *
 * Line format handed to our client programs (Java, Python), tab-separated:
 *   partition timestamp key value headers      (-1 = client decides; headers "k=v,k=v")
 * Consumed records come back as JSON lines {p, o, t, k, v, h} with base64 key, value and header
 * values (null stays null).
 */
import assert from 'node:assert/strict';

export const BASE_TIMESTAMP = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;

export interface SentRecord {
  /** -1 when the client's partitioner decides. */
  partition: number;
  /** -1 when the client's clock decides. */
  timestamp: number;
  key: string;
  value: string;
  headers: [string, string][];
}

export interface ConsumedRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: [string, Buffer | null][];
}

export interface RecordSetOptions {
  /** Spread over this many partitions explicitly (round robin), or -1 for the client's partitioner. */
  partitions: number;
  /** false for clients that cannot set a record's timestamp. */
  timestamps?: boolean;
  /** false for clients that can only put the same headers on every record (kcat -H). */
  perRecordHeaders?: boolean;
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

export function makeRecords(tag: string, count: number, opts: RecordSetOptions): SentRecord[] {
  const out: SentRecord[] = [];
  for (let i = 0; i < count; i++) {
    let value = `${tag} value ${i}`;
    for (let w = 0; w < (i * 7) % 23; w++) value += ` ${WORDS[(i + w * 3) % WORDS.length]}`;
    const headers: [string, string][] = [['codec', tag]];
    if (opts.perRecordHeaders !== false) headers.push(['idx', String(i)]);
    out.push({
      partition: opts.partitions > 0 ? i % opts.partitions : -1,
      timestamp: opts.timestamps === false ? -1 : BASE_TIMESTAMP + 7 * i,
      key: `${tag}-key-${i}`,
      value,
      headers,
    });
  }
  return out;
}

/** The tab-separated input our Java and Python client programs read. */
export function toLines(records: SentRecord[]): string {
  return (
    records
      .map((r) => [r.partition, r.timestamp, r.key, r.value, r.headers.map(([k, v]) => `${k}=${v}`).join(',')].join('\t'))
      .join('\n') + '\n'
  );
}

/** Parses the JSON lines our Java and Python programs print; other lines (logs) are ignored. */
export function parseConsumed(stdout: string): ConsumedRecord[] {
  const out: ConsumedRecord[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const j = JSON.parse(line) as { p: number; o: number; t: number; k: string | null; v: string | null; h: [string, string | null][] };
    const b = (s: string | null): Buffer | null => (s === null ? null : Buffer.from(s, 'base64'));
    out.push({ partition: j.p, offset: j.o, timestamp: j.t, key: b(j.k), value: b(j.v), headers: j.h.map(([k, v]) => [k, b(v)]) });
  }
  return out;
}

export interface CheckOptions {
  /** Timestamps the client set are checked exactly; else they must lie in [notBefore, notAfter]. */
  timestampWindow?: { notBefore: number; notAfter: number };
}

/**
 * Every sent record was consumed exactly once, byte for byte (key, value, headers, timestamp),
 * in the partition it was sent to, and each partition holds its records in the order they were
 * sent with strictly increasing offsets.
 */
export function checkConsumed(sent: SentRecord[], consumed: ConsumedRecord[], opts: CheckOptions = {}): void {
  assert.equal(consumed.length, sent.length, `consumed ${consumed.length} records, sent ${sent.length}`);
  const byKey = new Map(sent.map((r, i) => [r.key, { r, i }]));
  const lastIndex = new Map<number, { i: number; offset: number }>();
  const seen = new Set<string>();
  const sorted = [...consumed].sort((a, b) => a.partition - b.partition || a.offset - b.offset);
  for (const c of sorted) {
    const key = c.key?.toString() ?? '<null>';
    const s = byKey.get(key);
    assert.ok(s, `consumed a record that was never sent: key ${key}`);
    assert.ok(!seen.has(key), `record ${key} consumed twice`);
    seen.add(key);
    assert.deepEqual(c.value, Buffer.from(s.r.value), `value of ${key}`);
    assert.deepEqual(
      c.headers.map(([k, v]) => [k, v?.toString() ?? null]),
      s.r.headers,
      `headers of ${key}`,
    );
    if (s.r.partition >= 0) assert.equal(c.partition, s.r.partition, `partition of ${key}`);
    if (s.r.timestamp >= 0) assert.equal(c.timestamp, s.r.timestamp, `timestamp of ${key}`);
    else if (opts.timestampWindow) {
      assert.ok(
        c.timestamp >= opts.timestampWindow.notBefore && c.timestamp <= opts.timestampWindow.notAfter,
        `timestamp of ${key} (${c.timestamp}) outside the produce window`,
      );
    }
    const prev = lastIndex.get(c.partition);
    if (prev) {
      assert.ok(c.offset > prev.offset, `partition ${c.partition}: offsets not increasing at ${key}`);
      assert.ok(s.i > prev.i, `partition ${c.partition}: ${key} consumed out of the order it was sent`);
    }
    lastIndex.set(c.partition, { i: s.i, offset: c.offset });
  }
}

/** The records a consumer starting at `offset` of `partition` must see, given what is in the log. */
export function suffixFromOffset(all: ConsumedRecord[], partition: number, offset: number): ConsumedRecord[] {
  return all.filter((r) => r.partition === partition && r.offset >= offset);
}

/** The records a consumer seeking every partition to `timestamp` must see (timestamps rise per partition). */
export function suffixFromTimestamp(all: ConsumedRecord[], timestamp: number): ConsumedRecord[] {
  const firstOffset = new Map<number, number>();
  for (const r of [...all].sort((a, b) => a.offset - b.offset)) {
    if (r.timestamp >= timestamp && !firstOffset.has(r.partition)) firstOffset.set(r.partition, r.offset);
  }
  return all.filter((r) => firstOffset.has(r.partition) && r.offset >= firstOffset.get(r.partition)!);
}

/** Same records (partition, offset, key, value, headers, timestamp), order-insensitive. */
export function assertSameRecords(actual: ConsumedRecord[], expected: ConsumedRecord[], what: string): void {
  const norm = (rs: ConsumedRecord[]): string[] =>
    rs
      .map((r) =>
        JSON.stringify([r.partition, r.offset, r.timestamp, r.key?.toString('base64') ?? null, r.value?.toString('base64') ?? null,
          r.headers.map(([k, v]) => [k, v?.toString('base64') ?? null])]),
      )
      .sort();
  assert.deepEqual(norm(actual), norm(expected), what);
}
