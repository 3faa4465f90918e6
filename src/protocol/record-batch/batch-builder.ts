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
import { compressSync } from '../compression/compression.ts';
import { Writer } from '../writer.ts';
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

export function buildBatch(opts: BuildBatchOptions): Buffer {
  const records = opts.records;
  const codec = opts.compression ?? CompressionCodec.None;
  const defaultTs = opts.timestamp ?? Date.now();
  const baseTimestamp = records.length > 0 ? (records[0]!.timestamp ?? defaultTs) : -1;
  let maxTimestamp = -1;
  let lastOffsetDelta = -1;

  const body = new Writer(64 + records.length * 32);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const ts = r.timestamp ?? defaultTs;
    const offsetDelta = r.offsetDelta ?? i;
    if (!Number.isSafeInteger(ts) || !Number.isInteger(offsetDelta) || offsetDelta < 0 || offsetDelta <= lastOffsetDelta) {
      throw new ProtocolError('INVALID_VALUE', `record ${i}: offset deltas must increase from 0 and timestamps be integers`);
    }
    if (ts > maxTimestamp) maxTimestamp = ts;
    lastOffsetDelta = offsetDelta;
    writeRecord(body, r, ts - baseTimestamp, offsetDelta);
  }
  if (opts.lastOffsetDelta !== undefined) {
    if (opts.lastOffsetDelta < lastOffsetDelta) throw new ProtocolError('INVALID_VALUE', 'lastOffsetDelta is below the last record');
    lastOffsetDelta = opts.lastOffsetDelta;
  }
  if (lastOffsetDelta < 0) lastOffsetDelta = 0;
  const timestampType = opts.timestampType ?? 'create';
  if (timestampType === 'log-append') maxTimestamp = defaultTs;

  const raw = body.finish();
  const recordsBytes = codec === CompressionCodec.None ? raw : compressSync(codec, raw);
  let attributes = codec;
  if (timestampType === 'log-append') attributes |= TIMESTAMP_TYPE_BIT;
  if (opts.transactional) attributes |= TRANSACTIONAL_BIT;
  if (opts.control) attributes |= CONTROL_BIT;

  const batch = Buffer.allocUnsafe(BATCH_HEADER_SIZE + recordsBytes.length);
  writeInt64FromNumber(batch, 0, opts.baseOffset ?? 0);
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, 8);
  batch.writeInt32BE(opts.partitionLeaderEpoch ?? -1, 12);
  batch.writeInt8(2, 16);
  batch.writeInt16BE(attributes, 21);
  batch.writeInt32BE(lastOffsetDelta, 23);
  writeInt64FromNumber(batch, 27, baseTimestamp);
  writeInt64FromNumber(batch, 35, maxTimestamp);
  writeInt64FromNumber(batch, 43, opts.producerId ?? -1);
  batch.writeInt16BE(opts.producerEpoch ?? -1, 51);
  batch.writeInt32BE(opts.baseSequence ?? -1, 53);
  batch.writeInt32BE(records.length, 57);
  recordsBytes.copy(batch, BATCH_HEADER_SIZE);
  batch.writeUInt32BE(computeBatchCrc(batch), OFF_CRC);
  return batch;
}

function toBuffer(b: Bytes | null | undefined): Buffer | null {
  if (b === null || b === undefined) return null;
  if (typeof b === 'string') return Buffer.from(b);
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function varintSize(v: number): number {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (u >= 0x80) {
    u = Math.floor(u / 128);
    n++;
  }
  return n;
}

function writeRecord(w: Writer, r: RecordInput, timestampDelta: number, offsetDelta: number): void {
  const key = toBuffer(r.key);
  const value = toBuffer(r.value);
  const headers = (r.headers ?? []).map((h) => ({ key: Buffer.from(h.key), value: toBuffer(h.value) }));
  let size = 1 + varintSize(timestampDelta) + varintSize(offsetDelta);
  size += key === null ? 1 : varintSize(key.length) + key.length;
  size += value === null ? 1 : varintSize(value.length) + value.length;
  size += varintSize(headers.length);
  for (const h of headers) {
    size += varintSize(h.key.length) + h.key.length;
    size += h.value === null ? 1 : varintSize(h.value.length) + h.value.length;
  }
  w.varint(size);
  w.int8(0);
  w.varlongNumber(timestampDelta);
  w.varint(offsetDelta);
  writeNullableBytes(w, key);
  writeNullableBytes(w, value);
  w.varint(headers.length);
  for (const h of headers) {
    w.varint(h.key.length).raw(h.key);
    writeNullableBytes(w, h.value);
  }
}

function writeNullableBytes(w: Writer, b: Buffer | null): void {
  if (b === null) w.varint(-1);
  else w.varint(b.length).raw(b);
}
