/**
 * Splits the records of an append into whole v2 batches and validates each one here (length, magic,
 * CRC, count/offset-delta consistency), so the broker need not: the storage engine never keeps a
 * batch it has not checked. Work is per batch, never per record (DESIGN.md principle 2).
 *
 * The CRC can be left for later (`deferCrc`) so that it is computed while the write is in flight:
 * for large batches it costs as much as the write itself. A batch that then fails it is cut from
 * the file again before the append returns (see LogSegment.append).
 */
import {
  BATCH_PREFIX_SIZE,
  CONTROL_BIT,
  OFF_ATTRIBUTES,
  OFF_LAST_OFFSET_DELTA,
  OFF_LEADER_EPOCH,
  OFF_MAGIC,
  OFF_MAX_TIMESTAMP,
  OFF_PRODUCER_ID,
  OFF_RECORDS_COUNT,
  batchSize,
  readInt64AsNumber,
  checkBatchCrc,
  validateBatch,
} from '../../protocol/record-batch/batch-header.ts';
import { isProtocolError } from '../../protocol/protocol-error.ts';
import { StorageError } from '../storage-error.ts';

export interface IncomingBatch {
  at: number;
  size: number;
  baseOffset: number;
  lastOffsetDelta: number;
  maxTimestamp: number;
  leaderEpoch: number;
  attributes: number;
  producerId: number;
  recordsCount: number;
  control: boolean;
}

export function parseIncomingBatches(records: Buffer, deferCrc = false): IncomingBatch[] {
  const out: IncomingBatch[] = [];
  let at = 0;
  if (records.length === 0) throw new StorageError('INVALID_RECORD', 'the append holds no record batch');
  while (at < records.length) {
    if (records.length - at < BATCH_PREFIX_SIZE) throw new StorageError('CORRUPT_MESSAGE', `${records.length - at} trailing bytes after the last batch`);
    const magic = records.readInt8(at + OFF_MAGIC);
    if (magic === 0 || magic === 1) throw new StorageError('UNSUPPORTED_FOR_MESSAGE_FORMAT', `message format v${magic} is not supported; use a client that writes record batches (magic 2)`);
    const size = batchSize(records, at);
    if (size < BATCH_PREFIX_SIZE || at + size > records.length) {
      throw new StorageError('CORRUPT_MESSAGE', `batch at byte ${at} declares ${size} bytes but ${records.length - at} remain`);
    }
    const batch = records.subarray(at, at + size);
    try {
      validateBatch(batch, !deferCrc);
    } catch (e) {
      throw asStorageError(e);
    }
    const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
    out.push({
      at,
      size,
      baseOffset: readInt64AsNumber(batch, 0),
      lastOffsetDelta: batch.readInt32BE(OFF_LAST_OFFSET_DELTA),
      maxTimestamp: readInt64AsNumber(batch, OFF_MAX_TIMESTAMP),
      leaderEpoch: batch.readInt32BE(OFF_LEADER_EPOCH),
      attributes,
      producerId: readInt64AsNumber(batch, OFF_PRODUCER_ID),
      recordsCount: batch.readInt32BE(OFF_RECORDS_COUNT),
      control: (attributes & CONTROL_BIT) !== 0,
    });
    at += size;
  }
  return out;
}

/** The CRC check `parseIncomingBatches(records, true)` left out. */
export function checkIncomingCrcs(records: Buffer, batches: readonly IncomingBatch[]): void {
  for (const b of batches) {
    try {
      checkBatchCrc(records.subarray(b.at, b.at + b.size));
    } catch (e) {
      throw asStorageError(e);
    }
  }
}

function asStorageError(e: unknown): unknown {
  if (!isProtocolError(e)) return e;
  const code = e.code === 'UNSUPPORTED_MAGIC' ? 'INVALID_RECORD' : e.code === 'INVALID_RECORD' ? 'INVALID_RECORD' : 'CORRUPT_MESSAGE';
  return new StorageError(code, e.message, { cause: e });
}
