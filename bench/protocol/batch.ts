/**
 * Record batch and codec figures (prints, never fails on time). Run through `npm run bench:protocol`.
 *
 * - header parse + CRC32C validation over 1 MiB batches (the broker's per-batch work on produce)
 * - raw CRC32C over the same bytes, as the ceiling
 * - iterateBatches over a 16 MiB records field, record decoding and batch building
 * - each codec's compress / decompress on JSON-ish 1 KiB records
 */
import { crc32c } from '@node-rs/crc32';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { iterateBatches, readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import { readBatchHeader, validateBatch, CompressionCodec } from '../../src/protocol/record-batch/batch-header.ts';
import { compressSync, decompressSync, codecName } from '../../src/protocol/compression/compression.ts';

const MiB = 1 << 20;

interface Row {
  what: string;
  figure: string;
}

/**
 * Runs `fn` (which processes `bytes` per call) for at least `ms` of CPU time and returns MB/s
 * (10^6 bytes) per second of this process's CPU time: on a shared machine wall-clock figures
 * swing with everyone else's load, CPU time much less. All work measured here is synchronous.
 */
function throughput(bytes: number, fn: () => void, ms = 400): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let n = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  do {
    fn();
    n++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < ms);
  return (n * bytes) / (elapsed / 1000) / 1e6;
}

/** JSON-ish records of about 1 KiB, varied enough that codecs do not see pure repetition. */
export function jsonRecords(count: number): { key: string; value: string }[] {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const out: { key: string; value: string }[] = [];
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const doc: Record<string, unknown> = { id: i, user: `user-${Math.floor(rand() * 5000)}`, ts: 1_700_000_000_000 + i * 13, items: [] as unknown[] };
    while (JSON.stringify(doc).length < 1000) {
      (doc.items as unknown[]).push({ sku: `${words[Math.floor(rand() * 10)]}-${Math.floor(rand() * 1e6)}`, qty: Math.floor(rand() * 9) + 1, price: Math.round(rand() * 1e4) / 100 });
    }
    out.push({ key: `key-${i}`, value: JSON.stringify(doc).slice(0, 1024) });
  }
  return out;
}

const fmt = (mbs: number) => `${mbs >= 100 ? mbs.toFixed(0) : mbs.toFixed(1)} MB/s`;

export async function runBatchBench(): Promise<Row[]> {
  const records = jsonRecords(1000); // ~1 MiB
  const batch = buildBatch({ baseOffset: 0, records, timestamp: 1_700_000_000_000 });
  const rows: Row[] = [];

  rows.push({ what: `batch header parse + CRC32C validate (${(batch.length / MiB).toFixed(2)} MiB batch)`, figure: fmt(throughput(batch.length, () => {
    readBatchHeader(batch);
    validateBatch(batch);
  })) });
  rows.push({ what: 'raw crc32c (@node-rs/crc32), same bytes', figure: fmt(throughput(batch.length, () => void crc32c(batch))) });

  const field = Buffer.concat(Array.from({ length: 16 }, () => batch));
  rows.push({ what: 'iterateBatches, validating, 16 batches of 1 MiB', figure: fmt(throughput(field.length, () => {
    for (const b of iterateBatches(field)) void b;
  })) });

  let decoded = 0;
  const decodeMbs = throughput(batch.length, () => {
    for (const r of readRecords(batch, { maxDecompressedBytes: 4 * MiB, validate: false })) decoded += r.value === null ? 0 : 1;
  });
  rows.push({ what: 'readRecords, uncompressed 1 KiB records', figure: `${fmt(decodeMbs)} (${((decodeMbs * 1e6) / (batch.length / 1000) / 1e6).toFixed(2)} M records/s)` });
  rows.push({ what: 'buildBatch, uncompressed 1 KiB records', figure: fmt(throughput(batch.length, () => void buildBatch({ records, timestamp: 1 }))) });

  const raw = batch.subarray(61); // the records section: what the codecs see
  for (const codec of [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd]) {
    const packed = compressSync(codec, raw);
    const c = throughput(raw.length, () => void compressSync(codec, raw));
    const d = throughput(raw.length, () => void decompressSync(codec, packed, raw.length));
    rows.push({ what: `${codecName(codec)} compress / decompress (ratio ${(raw.length / packed.length).toFixed(1)})`, figure: `${fmt(c)} / ${fmt(d)}` });
  }
  void decoded;
  return rows;
}

export function printRows(title: string, rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.what.padEnd(width)}  ${r.figure}`);
}
