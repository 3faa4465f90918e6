/**
 * Rewrites one record batch for the log cleaner, keeping a subset of its records: same base offset,
 * last offset delta, producer id/epoch, base sequence, leader epoch, codec and max timestamp, so that
 * offsets, order and producer state survive compaction (as Kafka's MemoryRecords.filterTo does).
 *
 * KIP-534 delete horizon: when a batch holding tombstones is cleaned for the first time, its
 * attribute bit 6 is set and its base timestamp field holds the delete horizon (now +
 * delete.retention.ms); record timestamp deltas are then relative to the horizon, so every record
 * keeps its timestamp. Tombstones are dropped only from batches whose horizon has passed.
 */
import {
  BATCH_HEADER_SIZE,
  CODEC_MASK,
  DELETE_HORIZON_BIT,
  OFF_ATTRIBUTES,
  OFF_BASE_TIMESTAMP,
  OFF_CRC,
  OFF_RECORDS_COUNT,
  computeBatchCrc,
  writeInt64FromNumber,
  type CompressionCodec,
} from '../../protocol/record-batch/batch-header.ts';
import { compressSync } from '../../protocol/compression/compression.ts';
import type { BatchRecord } from '../../protocol/record-batch/record-batch.ts';

function varint(out: number[], v: number): void {
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  while (z >= 0x80) {
    out.push((z % 128) | 0x80);
    z = Math.floor(z / 128);
  }
  out.push(z);
}

function bytes(out: number[], b: Buffer | null): void {
  if (b === null) return varint(out, -1);
  varint(out, b.length);
  for (let i = 0; i < b.length; i++) out.push(b[i]!);
}

/**
 * A copy of `original` holding only `kept` (in offset order). `deleteHorizon` >= 0 sets the KIP-534
 * delete horizon; otherwise the original's base timestamp (or horizon) is kept.
 */
export function rewriteBatch(original: Buffer, kept: BatchRecord[], deleteHorizon: number): Buffer {
  const attributes = original.readInt16BE(OFF_ATTRIBUTES);
  const baseOffset = original.readInt32BE(0) * 2 ** 32 + original.readUInt32BE(4);
  const hadHorizon = (attributes & DELETE_HORIZON_BIT) !== 0;
  const oldBase = original.readInt32BE(OFF_BASE_TIMESTAMP) * 2 ** 32 + original.readUInt32BE(OFF_BASE_TIMESTAMP + 4);
  const baseTimestamp = deleteHorizon >= 0 ? deleteHorizon : hadHorizon ? oldBase : kept.length ? kept[0]!.timestamp : oldBase;
  const raw: number[] = [];
  for (const r of kept) {
    const rec: number[] = [0];
    varint(rec, r.timestamp - baseTimestamp);
    varint(rec, r.offset - baseOffset);
    bytes(rec, r.key);
    bytes(rec, r.value);
    varint(rec, r.headers.length);
    for (const h of r.headers) {
      bytes(rec, Buffer.from(h.key, 'utf8'));
      bytes(rec, h.value);
    }
    varint(raw, rec.length);
    for (const x of rec) raw.push(x);
  }
  const codec = (attributes & CODEC_MASK) as CompressionCodec;
  const body = codec === 0 || kept.length === 0 ? Buffer.from(raw) : compressSync(codec, Buffer.from(raw));
  const out = Buffer.alloc(BATCH_HEADER_SIZE + body.length);
  original.copy(out, 0, 0, BATCH_HEADER_SIZE);
  out.writeInt32BE(out.length - 12, 8);
  out.writeInt16BE(deleteHorizon >= 0 || hadHorizon ? attributes | DELETE_HORIZON_BIT : attributes, OFF_ATTRIBUTES);
  writeInt64FromNumber(out, OFF_BASE_TIMESTAMP, baseTimestamp);
  out.writeInt32BE(kept.length, OFF_RECORDS_COUNT);
  body.copy(out, BATCH_HEADER_SIZE);
  out.writeUInt32BE(computeBatchCrc(out), OFF_CRC);
  return out;
}

/** The batch's delete horizon (KIP-534), or -1 when it has none. */
export function deleteHorizonOf(batch: Buffer): number {
  if ((batch.readInt16BE(OFF_ATTRIBUTES) & DELETE_HORIZON_BIT) === 0) return -1;
  return batch.readInt32BE(OFF_BASE_TIMESTAMP) * 2 ** 32 + batch.readUInt32BE(OFF_BASE_TIMESTAMP + 4);
}
