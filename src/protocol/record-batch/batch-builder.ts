/**
 * Builds record batches (magic 2) from records: what our producer sends, what the coordinators
 * append to their internal topics, and what tests feed the broker. The layout is documented in
 * batch-header.ts (header) and record-batch.ts (records).
 *
 * As Kafka's MemoryRecordsBuilder does: the base timestamp is the first record's timestamp, deltas
 * may be negative, the max timestamp is the largest record timestamp (or the append time for
 * LogAppendTime batches), and the CRC32C covers attributes to the end.
 */
import { ProtocolError } from '../protocol-error.ts';
import { compress, compressSync } from '../compression/compression.ts';
import {
  BATCH_HEADER_SIZE,
  CONTROL_BIT,
  CompressionCodec,
  LOG_OVERHEAD,
  OFF_CRC,
  TIMESTAMP_TYPE_BIT,
  TRANSACTIONAL_BIT,
  computeBatchCrc,
  writeInt64FromNumber,
} from './batch-header.ts';

type Bytes = Buffer | Uint8Array | string;

export interface RecordInput {
  key?: Bytes | null;
  value?: Bytes | null;
  headers?: { key: string; value: Bytes | null }[];
  /** CreateTime in ms; defaults to the batch's `timestamp` option, else Date.now(). */
  timestamp?: number;
  /** Defaults to the record's index; set it to leave gaps (as compaction does). */
  offsetDelta?: number;
}

export type TimestampType = 'create' | 'log-append';

export interface BuildBatchOptions {
  baseOffset?: number;
  records: RecordInput[];
  compression?: CompressionCodec;
  /** Codec level (gzip 1-9, zstd 1-22); the codec's default when absent. */
  compressionLevel?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  transactional?: boolean;
  /** Control batch (transaction markers); see control-batch.ts. */
  control?: boolean;
  partitionLeaderEpoch?: number;
  timestampType?: TimestampType;
  /** Default record timestamp; for LogAppendTime, the append time written as max timestamp. */
  timestamp?: number;
  /** Last offset delta for a batch whose last records were removed (defaults to the last record's). */
  lastOffsetDelta?: number;
}

/** Builds a batch; compression runs on the calling thread. */
export function buildBatch(opts: BuildBatchOptions): Buffer {
  const encoded = encodeRecords(opts);
  if (encoded.codec === CompressionCodec.None) return finishBatch(opts, encoded, encoded.records);
  const packed = compressSync(encoded.codec, encoded.records, { level: opts.compressionLevel });
  return finishBatch(opts, encoded, withHeaderSpace(packed));
}

/** As buildBatch, compressing on the libuv thread pool where the codec allows (see compression.ts). */
export async function buildBatchAsync(opts: BuildBatchOptions): Promise<Buffer> {
  const encoded = encodeRecords(opts);
  if (encoded.codec === CompressionCodec.None) return finishBatch(opts, encoded, encoded.records);
  const packed = await compress(encoded.codec, encoded.records, { level: opts.compressionLevel });
  return finishBatch(opts, encoded, withHeaderSpace(packed));
}

interface EncodedRecords {
  codec: CompressionCodec;
  /** Uncompressed: the whole batch with its header still blank. Compressed: the raw records. */
  records: Buffer;
  count: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  timestampType: TimestampType;
}

function withHeaderSpace(packed: Buffer): Buffer {
  const batch = Buffer.allocUnsafe(BATCH_HEADER_SIZE + packed.length);
  packed.copy(batch, BATCH_HEADER_SIZE);
  return batch;
}

function encodeRecords(opts: BuildBatchOptions): EncodedRecords {
  const records = opts.records;
  const n = records.length;
  const codec = opts.compression ?? CompressionCodec.None;
  const defaultTs = opts.timestamp ?? Date.now();
  const baseTimestamp = n > 0 ? (records[0]!.timestamp ?? defaultTs) : -1;
  let maxTimestamp = -1;
  let lastOffsetDelta = -1;

  // Pass 1: check the records and size them, so the records are written once into a buffer of
  // the exact size (for an uncompressed batch, the batch itself) without intermediate copies.
  const keyLengths = new Int32Array(n);
  const valueLengths = new Int32Array(n);
  const bodySizes = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const ts = r.timestamp ?? defaultTs;
    const offsetDelta = r.offsetDelta ?? i;
    if (!Number.isSafeInteger(ts) || !Number.isInteger(offsetDelta) || offsetDelta <= lastOffsetDelta || offsetDelta > 0x7fffffff) {
      throw new ProtocolError('INVALID_VALUE', `record ${i}: offset deltas must increase from 0 and timestamps be integers`);
    }
    if (ts > maxTimestamp) maxTimestamp = ts;
    lastOffsetDelta = offsetDelta;
    const keyLength = byteLength(r.key);
    const valueLength = byteLength(r.value);
    keyLengths[i] = keyLength;
    valueLengths[i] = valueLength;
    let size = 1 + varintSize(ts - baseTimestamp) + varintSize(offsetDelta);
    size += keyLength < 0 ? 1 : varintSize(keyLength) + keyLength;
    size += valueLength < 0 ? 1 : varintSize(valueLength) + valueLength;
    const headers = r.headers ?? [];
    size += varintSize(headers.length);
    for (const h of headers) {
      const hk = Buffer.byteLength(h.key);
      const hv = byteLength(h.value);
      size += varintSize(hk) + hk + (hv < 0 ? 1 : varintSize(hv) + hv);
    }
    bodySizes[i] = size;
    total += varintSize(size) + size;
  }
  if (opts.lastOffsetDelta !== undefined) {
    if (opts.lastOffsetDelta < lastOffsetDelta) throw new ProtocolError('INVALID_VALUE', 'lastOffsetDelta is below the last record');
    lastOffsetDelta = opts.lastOffsetDelta;
  }
  if (lastOffsetDelta < 0) lastOffsetDelta = 0;
  const timestampType = opts.timestampType ?? 'create';
  if (timestampType === 'log-append') maxTimestamp = defaultTs;

  // Pass 2: write the records (straight into the batch when uncompressed).
  const start = codec === CompressionCodec.None ? BATCH_HEADER_SIZE : 0;
  const out = Buffer.allocUnsafe(start + total);
  writeRecords(out, start, records, baseTimestamp, defaultTs, keyLengths, valueLengths, bodySizes);
  return { codec, records: out, count: n, lastOffsetDelta, baseTimestamp, maxTimestamp, timestampType };
}

/** Fills in the header of `batch` (records already in place after byte 61) and its CRC. */
function finishBatch(opts: BuildBatchOptions, e: EncodedRecords, batch: Buffer): Buffer {
  let attributes = e.codec;
  if (e.timestampType === 'log-append') attributes |= TIMESTAMP_TYPE_BIT;
  if (opts.transactional) attributes |= TRANSACTIONAL_BIT;
  if (opts.control) attributes |= CONTROL_BIT;
  writeInt64FromNumber(batch, 0, opts.baseOffset ?? 0);
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, 8);
  batch.writeInt32BE(opts.partitionLeaderEpoch ?? -1, 12);
  batch.writeInt8(2, 16);
  batch.writeInt16BE(attributes, 21);
  batch.writeInt32BE(e.lastOffsetDelta, 23);
  writeInt64FromNumber(batch, 27, e.baseTimestamp);
  writeInt64FromNumber(batch, 35, e.maxTimestamp);
  writeInt64FromNumber(batch, 43, opts.producerId ?? -1);
  batch.writeInt16BE(opts.producerEpoch ?? -1, 51);
  batch.writeInt32BE(opts.baseSequence ?? -1, 53);
  batch.writeInt32BE(e.count, 57);
  batch.writeUInt32BE(computeBatchCrc(batch), OFF_CRC);
  return batch;
}

function writeRecords(
  buf: Buffer,
  start: number,
  records: RecordInput[],
  baseTimestamp: number,
  defaultTs: number,
  keyLengths: Int32Array,
  valueLengths: Int32Array,
  bodySizes: Int32Array,
): void {
  let pos = start;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    pos = writeVarint(buf, pos, bodySizes[i]!);
    buf[pos++] = 0; // attributes: unused
    pos = writeVarint(buf, pos, (r.timestamp ?? defaultTs) - baseTimestamp);
    pos = writeVarint(buf, pos, r.offsetDelta ?? i);
    pos = writeBytesField(buf, pos, r.key, keyLengths[i]!);
    pos = writeBytesField(buf, pos, r.value, valueLengths[i]!);
    const headers = r.headers ?? [];
    pos = writeVarint(buf, pos, headers.length);
    for (const h of headers) {
      pos = writeBytesField(buf, pos, h.key, Buffer.byteLength(h.key));
      pos = writeBytesField(buf, pos, h.value, byteLength(h.value));
    }
  }
}

/** Encoded length of a key, value or header value; -1 for null. */
function byteLength(b: Bytes | null | undefined): number {
  if (b === null || b === undefined) return -1;
  return typeof b === 'string' ? Buffer.byteLength(b) : b.byteLength;
}

function writeBytesField(buf: Buffer, pos: number, b: Bytes | null | undefined, length: number): number {
  pos = writeVarint(buf, pos, length);
  if (length <= 0) return pos;
  if (typeof b === 'string') buf.write(b, pos, length, 'utf8');
  else buf.set(b!, pos);
  return pos + length;
}

/** Zig-zag varint/varlong of a safe integer. */
function writeVarint(buf: Buffer, pos: number, v: number): number {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  while (u >= 0x80) {
    buf[pos++] = (u % 0x80) | 0x80;
    u = Math.floor(u / 0x80);
  }
  buf[pos++] = u;
  return pos;
}

function varintSize(v: number): number {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (u >= 0x80) {
    u = Math.floor(u / 0x80);
    n++;
  }
  return n;
}
