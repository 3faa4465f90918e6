/**
 * A tiny record batch v2 builder for the storage tests (uncompressed only; the storage engine never
 * looks inside records). Offsets start at 0: the log assigns real ones.
 */
import { computeBatchCrc, OFF_CRC, writeInt64FromNumber, CONTROL_BIT, TRANSACTIONAL_BIT, TIMESTAMP_TYPE_BIT } from '../../../src/protocol/record-batch/batch-header.ts';

export interface TestRecord {
  key?: string | null;
  value?: string | null;
  timestamp?: number;
}

export interface TestBatchOptions {
  records: TestRecord[];
  timestamp?: number;
  baseOffset?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  transactional?: boolean;
  control?: boolean;
  leaderEpoch?: number;
  logAppendTime?: boolean;
}

function varint(out: number[], v: number): void {
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  while (z >= 0x80) {
    out.push((z % 128) | 0x80);
    z = Math.floor(z / 128);
  }
  out.push(z);
}

function bytesField(out: number[], s: string | null | undefined): void {
  if (s === null || s === undefined) return varint(out, -1);
  const b = Buffer.from(s, 'utf8');
  varint(out, b.length);
  for (const x of b) out.push(x);
}

export function testBatch(opts: TestBatchOptions): Buffer {
  const baseTs = opts.records[0]?.timestamp ?? opts.timestamp ?? 1_700_000_000_000;
  let maxTs = -1;
  const body: number[] = [];
  opts.records.forEach((r, i) => {
    const ts = r.timestamp ?? opts.timestamp ?? baseTs;
    maxTs = Math.max(maxTs, ts);
    const rec: number[] = [0];
    varint(rec, ts - baseTs);
    varint(rec, i);
    bytesField(rec, r.key);
    bytesField(rec, r.value);
    varint(rec, 0); // headers
    varint(body, rec.length);
    body.push(...rec);
  });
  const buf = Buffer.alloc(61 + body.length);
  writeInt64FromNumber(buf, 0, opts.baseOffset ?? 0);
  buf.writeInt32BE(buf.length - 12, 8);
  buf.writeInt32BE(opts.leaderEpoch ?? -1, 12);
  buf.writeInt8(2, 16);
  let attrs = 0;
  if (opts.transactional) attrs |= TRANSACTIONAL_BIT;
  if (opts.control) attrs |= CONTROL_BIT;
  if (opts.logAppendTime) attrs |= TIMESTAMP_TYPE_BIT;
  buf.writeInt16BE(attrs, 21);
  buf.writeInt32BE(Math.max(opts.records.length - 1, 0), 23);
  writeInt64FromNumber(buf, 27, baseTs);
  writeInt64FromNumber(buf, 35, maxTs);
  writeInt64FromNumber(buf, 43, opts.producerId ?? -1);
  buf.writeInt16BE(opts.producerEpoch ?? -1, 51);
  buf.writeInt32BE(opts.baseSequence ?? -1, 53);
  buf.writeInt32BE(opts.records.length, 57);
  Buffer.from(body).copy(buf, 61);
  buf.writeUInt32BE(computeBatchCrc(buf), OFF_CRC);
  return buf;
}

/** `n` single-value batches concatenated, values `${prefix}${i}`. */
export function values(prefix: string, n: number, ts = 1_700_000_000_000): TestRecord[] {
  return Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i}`, timestamp: ts + i }));
}

export interface DecodedBatch {
  baseOffset: number;
  lastOffset: number;
  leaderEpoch: number;
  maxTimestamp: number;
  values: (string | null)[];
  keys: (string | null)[];
  /** Each record's offset (base offset + offset delta: compaction leaves gaps). */
  offsets: number[];
}

/** Splits a read result into batches and decodes their (uncompressed) records' keys and values. */
export function decodeBatches(records: Buffer): DecodedBatch[] {
  const out: DecodedBatch[] = [];
  let at = 0;
  while (at < records.length) {
    const size = records.readInt32BE(at + 8) + 12;
    const b = records.subarray(at, at + size);
    const base = b.readInt32BE(0) * 2 ** 32 + b.readUInt32BE(4);
    const count = b.readInt32BE(57);
    let p = 61;
    const rv = (): number => {
      let v = 0;
      for (let shift = 0; ; shift += 7) {
        const x = b[p++]!;
        v += (x & 0x7f) * 2 ** shift;
        if ((x & 0x80) === 0) break;
      }
      return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
    };
    const vals: (string | null)[] = [];
    const keys: (string | null)[] = [];
    const offsets: number[] = [];
    const compressed = (b.readInt16BE(21) & 7) !== 0;
    for (let i = 0; i < (compressed ? 0 : count); i++) {
      rv();
      p += 1;
      rv();
      offsets.push(base + rv());
      const kl = rv();
      keys.push(kl < 0 ? null : b.subarray(p, p + kl).toString('utf8'));
      if (kl > 0) p += kl;
      const vl = rv();
      vals.push(vl < 0 ? null : b.subarray(p, p + vl).toString('utf8'));
      if (vl > 0) p += vl;
      rv();
    }
    out.push({ baseOffset: base, lastOffset: base + b.readInt32BE(23), leaderEpoch: b.readInt32BE(12), maxTimestamp: b.readInt32BE(35) * 2 ** 32 + b.readUInt32BE(39), values: vals, keys, offsets });
    at += size;
  }
  return out;
}

/** Reads the whole log from `from` by repeated reads (one read returns batches of one segment). */
export async function readAll(log: { read(o: number, m: number, u: number, opts?: { minOneBatch?: boolean }): Promise<{ records: Buffer }>; logEndOffset: number }, from: number, upTo = log.logEndOffset): Promise<DecodedBatch[]> {
  const out: DecodedBatch[] = [];
  let offset = from;
  while (offset < upTo) {
    const batches = decodeBatches((await log.read(offset, 1 << 20, upTo, { minOneBatch: true })).records);
    if (batches.length === 0) break;
    out.push(...batches);
    offset = batches[batches.length - 1]!.lastOffset + 1;
  }
  return out;
}
