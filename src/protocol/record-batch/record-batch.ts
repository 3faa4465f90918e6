/**
 * Record batches in a records field (Produce request, Fetch response, a segment file): iterate the
 * batches, and decode the records of one batch lazily.
 *
 * A records field is batches back to back. A fetch may end with a partial batch (the broker cuts
 * at max bytes, KIP-74), which is skipped; anything else that does not parse is a ProtocolError.
 *
 * Record layout inside a magic-2 batch (after the 61-byte header, decompressed first when the
 * attributes name a codec):
 *   length          varint  bytes after this field
 *   attributes      int8    unused, 0
 *   timestampDelta  varlong relative to the batch's base timestamp
 *   offsetDelta     varint  relative to the batch's base offset
 *   keyLength       varint  -1 = null key
 *   key             bytes
 *   valueLength     varint  -1 = null value
 *   value           bytes
 *   headerCount     varint
 *   headers         headerKeyLength varint, key utf-8, headerValueLength varint (-1 = null), value
 *
 * Checks are per batch where the format allows (CRC, sizes, the record count against the bytes);
 * per record only the declared lengths, which is what keeps a malformed record from reading past
 * its end. Keys, values and header values are views into the batch (or its decompressed records),
 * not copies.
 */
import { ProtocolError } from '../protocol-error.ts';
import { decompress, decompressSync } from '../compression/compression.ts';
import {
  BATCH_HEADER_SIZE,
  BATCH_PREFIX_SIZE,
  CompressionCodec,
  LOG_OVERHEAD,
  OFF_ATTRIBUTES,
  OFF_BATCH_LENGTH,
  OFF_MAGIC,
  OFF_MAX_TIMESTAMP,
  OFF_RECORDS_COUNT,
  OFF_BASE_TIMESTAMP,
  CODEC_MASK,
  TIMESTAMP_TYPE_BIT,
  readInt64AsNumber,
  validateBatch,
} from './batch-header.ts';

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

export interface BatchRecord {
  /** Absolute offset: the batch's base offset plus the offset delta. */
  offset: number;
  /** CreateTime of the record, or the batch's max timestamp when the batch is LogAppendTime. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  attributes: number;
  offsetDelta: number;
  timestampDelta: number;
}

export interface IterateBatchesOptions {
  /** Check CRC and sizes of each batch (default true). */
  validate?: boolean;
  /** A truncated last batch is skipped (default, as at the end of a fetch) or an error ('error'). */
  partial?: 'skip' | 'error';
}

export interface ReadRecordsOptions {
  /** Most bytes a compressed batch may decompress to. */
  maxDecompressedBytes: number;
  /** Check CRC and sizes first (default true; pass false for a batch already validated). */
  validate?: boolean;
}

/** The smallest magic-2 batch: the header with no records. */
const MIN_BATCH_LENGTH = BATCH_HEADER_SIZE - LOG_OVERHEAD;
/** The smallest record: seven one-byte varints/ints (length, attributes, deltas, key, value, headers). */
const MIN_RECORD_SIZE = 7;

/**
 * Yields each batch in `records` as a view (no copy). Magic 0 and 1 message sets are recognised
 * and rejected with UNSUPPORTED_MAGIC.
 */
export function* iterateBatches(records: Buffer, opts: IterateBatchesOptions = {}): Generator<Buffer, void, undefined> {
  const validate = opts.validate ?? true;
  let at = 0;
  while (at < records.length) {
    const remaining = records.length - at;
    if (remaining < BATCH_PREFIX_SIZE) {
      if (opts.partial === 'error') throw new ProtocolError('CORRUPT_BATCH', `${remaining} trailing bytes are not a whole batch`);
      return;
    }
    const batchLength = records.readInt32BE(at + OFF_BATCH_LENGTH);
    const magic = records.readInt8(at + OFF_MAGIC);
    if (magic !== 2) {
      throw new ProtocolError('UNSUPPORTED_MAGIC', `record batch at byte ${at} has magic ${magic}; only magic 2 (Kafka 0.11+) is supported`);
    }
    if (batchLength < MIN_BATCH_LENGTH) {
      throw new ProtocolError('CORRUPT_BATCH', `record batch at byte ${at} declares length ${batchLength}, below the ${MIN_BATCH_LENGTH}-byte minimum`);
    }
    const size = batchLength + LOG_OVERHEAD;
    if (size > remaining) {
      if (opts.partial === 'error') throw new ProtocolError('CORRUPT_BATCH', `record batch at byte ${at} declares ${size} bytes, ${remaining} remain`);
      return;
    }
    const batch = records.subarray(at, at + size);
    if (validate) validateBatch(batch);
    yield batch;
    at += size;
  }
}

/** The records section of one batch, decompressed when its attributes name a codec. */
export function batchRecordsBytes(batch: Buffer, maxDecompressedBytes: number): Buffer {
  const body = batch.subarray(BATCH_HEADER_SIZE);
  const codec = (batch.readInt16BE(OFF_ATTRIBUTES) & CODEC_MASK) as CompressionCodec;
  return codec === CompressionCodec.None ? body : decompressSync(codec, body, maxDecompressedBytes);
}

/**
 * Decodes the records of one batch lazily. Validation and decompression (if any) happen on the
 * first step of the iteration; a record count that differs from what the bytes hold is
 * INVALID_RECORD.
 */
export function* readRecords(batch: Buffer, opts: ReadRecordsOptions): Generator<BatchRecord, void, undefined> {
  if (opts.validate ?? true) validateBatch(batch);
  else if (batch.length < BATCH_HEADER_SIZE) throw new ProtocolError('CORRUPT_BATCH', `batch of ${batch.length} bytes is shorter than its header`);
  yield* parseRecords(batch, batchRecordsBytes(batch, opts.maxDecompressedBytes));
}

/**
 * Async form of readRecords: decompresses off the main thread where the codec allows it (gzip,
 * snappy, lz4; see compression.ts), then decodes synchronously. For the broker's produce path.
 */
export async function readRecordsAsync(batch: Buffer, opts: ReadRecordsOptions): Promise<Iterable<BatchRecord>> {
  if (opts.validate ?? true) validateBatch(batch);
  else if (batch.length < BATCH_HEADER_SIZE) throw new ProtocolError('CORRUPT_BATCH', `batch of ${batch.length} bytes is shorter than its header`);
  const body = batch.subarray(BATCH_HEADER_SIZE);
  const codec = (batch.readInt16BE(OFF_ATTRIBUTES) & CODEC_MASK) as CompressionCodec;
  const bytes = codec === CompressionCodec.None ? body : await decompress(codec, body, opts.maxDecompressedBytes);
  return parseRecords(batch, bytes);
}

/**
 * Decodes records from `bytes`, the batch's records section already decompressed (the header
 * fields come from `batch`, which is not validated here).
 */
export function* parseRecords(batch: Buffer, bytes: Buffer): Generator<BatchRecord, void, undefined> {
  const count = batch.readInt32BE(OFF_RECORDS_COUNT);
  const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
  const baseOffset = readInt64AsNumber(batch, 0);
  const baseTimestamp = readInt64AsNumber(batch, OFF_BASE_TIMESTAMP);
  const logAppendTime = (attributes & TIMESTAMP_TYPE_BIT) !== 0 ? readInt64AsNumber(batch, OFF_MAX_TIMESTAMP) : -1;
  if (count < 0 || count > bytes.length / MIN_RECORD_SIZE) {
    throw new ProtocolError('INVALID_RECORD', `batch declares ${count} records but holds ${bytes.length} bytes of records`);
  }
  const cursor = { pos: 0 };
  for (let i = 0; i < count; i++) {
    if (cursor.pos >= bytes.length) {
      throw new ProtocolError('INVALID_RECORD', `batch declares ${count} records but holds only ${i}`);
    }
    yield readRecord(bytes, cursor, baseOffset, baseTimestamp, logAppendTime);
  }
  if (cursor.pos !== bytes.length) {
    throw new ProtocolError('INVALID_RECORD', `batch declares ${count} records but ${bytes.length - cursor.pos} bytes follow them`);
  }
}

function readRecord(buf: Buffer, cursor: { pos: number }, baseOffset: number, baseTimestamp: number, logAppendTime: number): BatchRecord {
  const length = readVarint(buf, cursor, buf.length);
  if (length < MIN_RECORD_SIZE - 1 || length > buf.length - cursor.pos) {
    throw invalid(`record length ${length} does not fit the ${buf.length - cursor.pos} bytes that remain`);
  }
  const end = cursor.pos + length;
  const attributes = buf.readInt8(cursor.pos++);
  const timestampDelta = readVarlong(buf, cursor, end);
  const offsetDelta = readVarint(buf, cursor, end);
  const key = readBytes(buf, cursor, end, 'key');
  const value = readBytes(buf, cursor, end, 'value');
  const headerCount = readVarint(buf, cursor, end);
  // Each header takes at least two bytes (two length varints).
  if (headerCount < 0 || headerCount * 2 > end - cursor.pos) throw invalid(`record declares ${headerCount} headers in ${end - cursor.pos} bytes`);
  const headers: RecordHeader[] = new Array(headerCount);
  for (let h = 0; h < headerCount; h++) {
    const keyLength = readVarint(buf, cursor, end);
    if (keyLength < 0 || keyLength > end - cursor.pos) throw invalid(`header key length ${keyLength} does not fit the record`);
    const headerKey = buf.toString('utf8', cursor.pos, cursor.pos + keyLength);
    cursor.pos += keyLength;
    headers[h] = { key: headerKey, value: readBytes(buf, cursor, end, 'header value') };
  }
  if (cursor.pos !== end) throw invalid(`record declares ${length} bytes but its fields take ${length - (end - cursor.pos)}`);
  return {
    offset: baseOffset + offsetDelta,
    timestamp: logAppendTime >= 0 ? logAppendTime : baseTimestamp + timestampDelta,
    key,
    value,
    headers,
    attributes,
    offsetDelta,
    timestampDelta,
  };
}

function readBytes(buf: Buffer, cursor: { pos: number }, end: number, what: string): Buffer | null {
  const n = readVarint(buf, cursor, end);
  if (n === -1) return null;
  if (n < 0 || n > end - cursor.pos) throw invalid(`${what} length ${n} does not fit the ${end - cursor.pos} bytes left in the record`);
  const out = buf.subarray(cursor.pos, cursor.pos + n);
  cursor.pos += n;
  return out;
}

/** Zig-zag varint (int32) within [pos, end). */
function readVarint(buf: Buffer, cursor: { pos: number }, end: number): number {
  let result = 0;
  let pos = cursor.pos;
  for (let i = 0; i < 5; i++) {
    if (pos >= end) throw invalid('varint runs past the end of the record');
    const b = buf[pos++]!;
    result += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) {
      if (i === 4 && b > 0x0f) throw invalid('varint exceeds 32 bits');
      cursor.pos = pos;
      return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
    }
  }
  throw invalid('varint longer than 5 bytes');
}

/**
 * Zig-zag varlong within [pos, end), as a number: timestamp deltas stay far below 2^53 (a bigger
 * value loses precision rather than failing, as Kafka's own clients in JavaScript do).
 */
function readVarlong(buf: Buffer, cursor: { pos: number }, end: number): number {
  let result = 0;
  const start = cursor.pos;
  let pos = start;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw invalid('varlong runs past the end of the record');
    const b = buf[pos++]!;
    result += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) {
      if (i === 9 && b > 0x01) throw invalid('varlong exceeds 64 bits');
      cursor.pos = pos;
      // Zig-zag decode without bit operations (they would truncate to 32 bits); the sign is the
      // lowest bit, read from the first byte because `result` may be past 2^53.
      return (buf[start]! & 1) === 1 ? -(result + 1) / 2 : result / 2;
    }
  }
  throw invalid('varlong longer than 10 bytes');
}

function invalid(message: string): ProtocolError {
  return new ProtocolError('INVALID_RECORD', message);
}
