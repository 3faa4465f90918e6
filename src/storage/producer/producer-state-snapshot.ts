/**
 * Producer state snapshot, `<20-digit offset>.snapshot` in the partition folder: the idempotent and
 * transactional producer state as of `offset` (the log end offset when it was taken). Written
 * atomically when a segment rolls and at clean shutdown; recovery loads the newest snapshot at or
 * below the log end offset and replays batch headers from there (RELIABILITY.md rule 7).
 * Samsa's own binary layout (Kafka's differs in detail), big-endian:
 *
 *   version int16 = 1
 *   crc     uint32   CRC32C of every byte after this field
 *   count   int32    producers
 *   per producer:
 *     producerId int64, epoch int16, lastTimestamp int64, coordinatorEpoch int32,
 *     currentTxnFirstOffset int64 (-1 when no transaction is open), batchCount int8 (<= 5)
 *     per batch: firstSeq int32, lastSeq int32, firstOffset int64, lastOffset int64, timestamp int64
 */
import { crc32c } from '@node-rs/crc32';
import { readInt64AsNumber, writeInt64FromNumber } from '../../protocol/record-batch/batch-header.ts';

export interface BatchMetadata {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
  timestamp: number;
}

export interface ProducerEntry {
  producerId: number;
  epoch: number;
  /** The last (up to 5) batches, oldest first. */
  batches: BatchMetadata[];
  lastTimestamp: number;
  coordinatorEpoch: number;
  currentTxnFirstOffset: number;
}

const VERSION = 1;
const PRODUCER_SIZE = 8 + 2 + 8 + 4 + 8 + 1;
const BATCH_SIZE = 4 + 4 + 8 + 8 + 8;

export function encodeSnapshot(producers: Iterable<ProducerEntry>): Buffer {
  const list = [...producers];
  let size = 2 + 4 + 4;
  for (const p of list) size += PRODUCER_SIZE + p.batches.length * BATCH_SIZE;
  const buf = Buffer.alloc(size);
  buf.writeInt16BE(VERSION, 0);
  let at = 6;
  buf.writeInt32BE(list.length, at);
  at += 4;
  for (const p of list) {
    writeInt64FromNumber(buf, at, p.producerId);
    buf.writeInt16BE(p.epoch, at + 8);
    writeInt64FromNumber(buf, at + 10, p.lastTimestamp);
    buf.writeInt32BE(p.coordinatorEpoch, at + 18);
    writeInt64FromNumber(buf, at + 22, p.currentTxnFirstOffset);
    buf.writeInt8(p.batches.length, at + 30);
    at += PRODUCER_SIZE;
    for (const b of p.batches) {
      buf.writeInt32BE(b.firstSeq, at);
      buf.writeInt32BE(b.lastSeq, at + 4);
      writeInt64FromNumber(buf, at + 8, b.firstOffset);
      writeInt64FromNumber(buf, at + 16, b.lastOffset);
      writeInt64FromNumber(buf, at + 24, b.timestamp);
      at += BATCH_SIZE;
    }
  }
  buf.writeUInt32BE(crc32c(buf.subarray(6)) >>> 0, 2);
  return buf;
}

/** The producers in a snapshot, or null when it is torn, corrupt or of an unknown version. */
export function decodeSnapshot(buf: Buffer): ProducerEntry[] | null {
  if (buf.length < 10 || buf.readInt16BE(0) !== VERSION) return null;
  if (buf.readUInt32BE(2) !== crc32c(buf.subarray(6)) >>> 0) return null;
  const count = buf.readInt32BE(6);
  let at = 10;
  const out: ProducerEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + PRODUCER_SIZE > buf.length) return null;
    const n = buf.readInt8(at + 30);
    const entry: ProducerEntry = {
      producerId: readInt64AsNumber(buf, at),
      epoch: buf.readInt16BE(at + 8),
      lastTimestamp: readInt64AsNumber(buf, at + 10),
      coordinatorEpoch: buf.readInt32BE(at + 18),
      currentTxnFirstOffset: readInt64AsNumber(buf, at + 22),
      batches: [],
    };
    at += PRODUCER_SIZE;
    if (n < 0 || n > 5 || at + n * BATCH_SIZE > buf.length) return null;
    for (let j = 0; j < n; j++) {
      entry.batches.push({
        firstSeq: buf.readInt32BE(at),
        lastSeq: buf.readInt32BE(at + 4),
        firstOffset: readInt64AsNumber(buf, at + 8),
        lastOffset: readInt64AsNumber(buf, at + 16),
        timestamp: readInt64AsNumber(buf, at + 24),
      });
      at += BATCH_SIZE;
    }
    out.push(entry);
  }
  return at === buf.length ? out : null;
}
