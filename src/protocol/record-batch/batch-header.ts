/**
 * Record batch v2 (magic 2) header: read and patch it in place, without decoding records.
 *
 * Layout (big-endian, offsets in bytes from the batch start):
 *    0 baseOffset           int64
 *    8 batchLength          int32   bytes after this field; whole batch = batchLength + 12
 *   12 partitionLeaderEpoch int32
 *   16 magic                int8    2 (0 and 1 are the legacy message sets: magic sits at 16 there too)
 *   17 crc                  uint32  CRC32C of bytes [21, end)
 *   21 attributes           int16   bits 0-2 codec, 3 timestamp type (1 = LogAppendTime),
 *                                   4 transactional, 5 control, 6 has delete horizon
 *   23 lastOffsetDelta      int32
 *   27 baseTimestamp        int64
 *   35 maxTimestamp         int64
 *   43 producerId           int64
 *   51 producerEpoch        int16
 *   53 baseSequence         int32
 *   57 recordsCount         int32
 *   61 records...
 *
 * int64 fields are returned as JS numbers: offsets, timestamps and producer ids stay far below
 * 2^53 in practice, and numbers keep the hot path free of bigint work.
 */
import { crc32c } from '@node-rs/crc32';
import { ProtocolError } from '../protocol-error.ts';

export const BATCH_HEADER_SIZE = 61;
/** Bytes needed to learn a batch's length and magic: baseOffset + batchLength + epoch + magic. */
export const BATCH_PREFIX_SIZE = 17;
export const LOG_OVERHEAD = 12; // baseOffset + batchLength

export const OFF_BASE_OFFSET = 0;
export const OFF_BATCH_LENGTH = 8;
export const OFF_LEADER_EPOCH = 12;
export const OFF_MAGIC = 16;
export const OFF_CRC = 17;
export const OFF_ATTRIBUTES = 21;
export const OFF_LAST_OFFSET_DELTA = 23;
export const OFF_BASE_TIMESTAMP = 27;
export const OFF_MAX_TIMESTAMP = 35;
export const OFF_PRODUCER_ID = 43;
export const OFF_PRODUCER_EPOCH = 51;
export const OFF_BASE_SEQUENCE = 53;
export const OFF_RECORDS_COUNT = 57;

export const CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_BIT = 0x08;
export const TRANSACTIONAL_BIT = 0x10;
export const CONTROL_BIT = 0x20;
export const DELETE_HORIZON_BIT = 0x40;

export enum CompressionCodec {
  None = 0,
  Gzip = 1,
  Snappy = 2,
  Lz4 = 3,
  Zstd = 4,
}

export interface BatchHeader {
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
}

export function readInt64AsNumber(buf: Buffer, at: number): number {
  return buf.readInt32BE(at) * 4294967296 + buf.readUInt32BE(at + 4);
}

export function writeInt64FromNumber(buf: Buffer, at: number, v: number): void {
  const hi = Math.floor(v / 4294967296);
  buf.writeInt32BE(hi, at);
  buf.writeUInt32BE(v - hi * 4294967296, at + 4);
}

/** Total size in bytes of the batch starting at `at` (needs BATCH_PREFIX_SIZE bytes). */
export function batchSize(buf: Buffer, at = 0): number {
  return buf.readInt32BE(at + OFF_BATCH_LENGTH) + LOG_OVERHEAD;
}

/** The offset after the last of the whole v2 batches laid back to back in `buf`; -1 when there are none. */
export function offsetAfterBatches(buf: Buffer): number {
  let after = -1;
  for (let at = 0; at + BATCH_HEADER_SIZE <= buf.length; at += batchSize(buf, at)) {
    after = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA) + 1;
  }
  return after;
}

/** Reads the header of a magic-2 batch starting at `at`. The caller checks there are 61 bytes. */
export function readBatchHeader(buf: Buffer, at = 0): BatchHeader {
  return {
    baseOffset: readInt64AsNumber(buf, at + OFF_BASE_OFFSET),
    batchLength: buf.readInt32BE(at + OFF_BATCH_LENGTH),
    partitionLeaderEpoch: buf.readInt32BE(at + OFF_LEADER_EPOCH),
    magic: buf.readInt8(at + OFF_MAGIC),
    crc: buf.readUInt32BE(at + OFF_CRC),
    attributes: buf.readInt16BE(at + OFF_ATTRIBUTES),
    lastOffsetDelta: buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA),
    baseTimestamp: readInt64AsNumber(buf, at + OFF_BASE_TIMESTAMP),
    maxTimestamp: readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP),
    producerId: readInt64AsNumber(buf, at + OFF_PRODUCER_ID),
    producerEpoch: buf.readInt16BE(at + OFF_PRODUCER_EPOCH),
    baseSequence: buf.readInt32BE(at + OFF_BASE_SEQUENCE),
    recordsCount: buf.readInt32BE(at + OFF_RECORDS_COUNT),
  };
}

/** Throws CORRUPT_BATCH when the stored CRC is not that of the batch's bytes. */
export function checkBatchCrc(batch: Buffer): void {
  const stored = batch.readUInt32BE(OFF_CRC);
  const actual = computeBatchCrc(batch);
  if (stored !== actual) throw new ProtocolError('CORRUPT_BATCH', `batch CRC mismatch: stored ${stored}, computed ${actual}`);
}

/** CRC32C over attributes..end, as stored in the crc field. */
export function computeBatchCrc(batch: Buffer): number {
  return crc32c(batch.subarray(OFF_ATTRIBUTES)) >>> 0;
}

/**
 * Checks that `batch` (exactly one batch) is a well-formed magic-2 batch: sizes consistent,
 * CRC matching (unless `checkCrc` is false: the caller checks it later with checkBatchCrc). Throws
 * ProtocolError with CORRUPT_BATCH, UNSUPPORTED_MAGIC or INVALID_RECORD.
 */
export function validateBatch(batch: Buffer, checkCrc = true): void {
  if (batch.length < BATCH_PREFIX_SIZE) throw new ProtocolError('CORRUPT_BATCH', `batch of ${batch.length} bytes is shorter than its header`);
  const magic = batch.readInt8(OFF_MAGIC);
  if (magic !== 2) throw new ProtocolError('UNSUPPORTED_MAGIC', `record batch magic ${magic} is not supported (only 2)`);
  if (batch.length < BATCH_HEADER_SIZE) throw new ProtocolError('CORRUPT_BATCH', `batch of ${batch.length} bytes is shorter than its header`);
  if (batchSize(batch) !== batch.length) {
    throw new ProtocolError('CORRUPT_BATCH', `batch length field says ${batchSize(batch)} bytes, got ${batch.length}`);
  }
  if (checkCrc) checkBatchCrc(batch);
  const count = batch.readInt32BE(OFF_RECORDS_COUNT);
  const lastDelta = batch.readInt32BE(OFF_LAST_OFFSET_DELTA);
  if (count < 0 || lastDelta < 0 || (count > 0 && lastDelta < count - 1)) {
    throw new ProtocolError('INVALID_RECORD', `batch has ${count} records but last offset delta ${lastDelta}`);
  }
}

/** Sets the base offset in place (does not touch the CRC: the offset is outside it). */
export function setBaseOffset(batch: Buffer, baseOffset: number, at = 0): void {
  writeInt64FromNumber(batch, at + OFF_BASE_OFFSET, baseOffset);
}

/** Sets the partition leader epoch in place (outside the CRC). */
export function setPartitionLeaderEpoch(batch: Buffer, epoch: number, at = 0): void {
  batch.writeInt32BE(epoch, at + OFF_LEADER_EPOCH);
}

/** Marks the batch LogAppendTime with `timestamp` as max timestamp, and recomputes the CRC. */
export function setLogAppendTime(batch: Buffer, timestamp: number): void {
  const attrs = batch.readInt16BE(OFF_ATTRIBUTES) | TIMESTAMP_TYPE_BIT;
  batch.writeInt16BE(attrs, OFF_ATTRIBUTES);
  writeInt64FromNumber(batch, OFF_MAX_TIMESTAMP, timestamp);
  batch.writeUInt32BE(computeBatchCrc(batch), OFF_CRC);
}

export function codecOf(attributes: number): CompressionCodec {
  return attributes & CODEC_MASK;
}
export function isTransactional(attributes: number): boolean {
  return (attributes & TRANSACTIONAL_BIT) !== 0;
}
export function isControl(attributes: number): boolean {
  return (attributes & CONTROL_BIT) !== 0;
}
export function isLogAppendTime(attributes: number): boolean {
  return (attributes & TIMESTAMP_TYPE_BIT) !== 0;
}
