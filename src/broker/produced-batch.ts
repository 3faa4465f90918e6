/**
 * Checks a Produce request's records for one partition before it reaches the log, per batch and
 * never per record (DESIGN.md principle 2). Produce v3+ carries exactly one magic-2 batch
 * (Kafka's ProduceRequest.validateRecords). The CRC and the count/offset-delta consistency are
 * checked once, by the log's append (storage/log/incoming-batches.ts, same error names), or by the
 * recompression path before it decodes records. Reactions, with Kafka's error names (RELIABILITY.md):
 * - empty or null records, more than one batch, client-set control batch, inconsistent counts or
 *   offset deltas: INVALID_RECORD;
 * - magic 0/1: UNSUPPORTED_FOR_MESSAGE_FORMAT;
 * - batch larger than max.message.bytes: MESSAGE_TOO_LARGE;
 * - length field or CRC that do not match the bytes: CORRUPT_MESSAGE;
 * - codec ids 5-7: UNSUPPORTED_COMPRESSION_TYPE;
 * - CreateTime outside message.timestamp.before/after.max.ms: INVALID_TIMESTAMP (KIP-937);
 * Transactional batches are checked against their transaction by txn-produce-check.ts.
 */
import {
  BATCH_HEADER_SIZE,
  BATCH_PREFIX_SIZE,
  OFF_ATTRIBUTES,
  OFF_BASE_TIMESTAMP,
  OFF_MAGIC,
  OFF_MAX_TIMESTAMP,
  batchSize,
  codecOf,
  isControl,
  readInt64AsNumber,
} from '../protocol/record-batch/batch-header.ts';

export type ProduceErrorName =
  | 'INVALID_RECORD'
  | 'UNSUPPORTED_FOR_MESSAGE_FORMAT'
  | 'MESSAGE_TOO_LARGE'
  | 'CORRUPT_MESSAGE'
  | 'UNSUPPORTED_COMPRESSION_TYPE'
  | 'INVALID_TIMESTAMP'
  | 'INVALID_TXN_STATE';

export interface ProduceLimits {
  maxMessageBytes: number;
  /** Only checked for CreateTime topics. */
  checkTimestamps: boolean;
  timestampBeforeMaxMs: number;
  timestampAfterMaxMs: number;
  now: number;
}

export interface BatchProblem {
  error: ProduceErrorName;
  message: string;
}

export function checkProducedBatch(records: Buffer | null, limits: ProduceLimits): BatchProblem | null {
  if (records === null || records.length === 0) return { error: 'INVALID_RECORD', message: 'produce request has no records for this partition' };
  if (records.length < BATCH_PREFIX_SIZE) return { error: 'CORRUPT_MESSAGE', message: `records of ${records.length} bytes are shorter than a batch header` };
  const magic = records.readInt8(OFF_MAGIC);
  if (magic !== 2) return { error: 'UNSUPPORTED_FOR_MESSAGE_FORMAT', message: `record batch magic ${magic} is not supported; only magic 2 (Kafka 0.11+)` };
  const size = batchSize(records);
  if (size > records.length || size < BATCH_HEADER_SIZE) {
    return { error: 'CORRUPT_MESSAGE', message: `batch length field says ${size} bytes, the request holds ${records.length}` };
  }
  if (size < records.length) return { error: 'INVALID_RECORD', message: 'produce requests v3+ must carry exactly one record batch per partition' };
  if (size > limits.maxMessageBytes) {
    return { error: 'MESSAGE_TOO_LARGE', message: `batch of ${size} bytes is larger than max.message.bytes ${limits.maxMessageBytes}` };
  }
  const attributes = records.readInt16BE(OFF_ATTRIBUTES);
  if (isControl(attributes)) return { error: 'INVALID_RECORD', message: 'clients may not produce control batches' };
  if (codecOf(attributes) > 4) return { error: 'UNSUPPORTED_COMPRESSION_TYPE', message: `unknown compression codec id ${codecOf(attributes)}` };
  if (limits.checkTimestamps) {
    const first = readInt64AsNumber(records, OFF_BASE_TIMESTAMP);
    const max = readInt64AsNumber(records, OFF_MAX_TIMESTAMP);
    if (max >= 0 && max - limits.now > limits.timestampAfterMaxMs) {
      return { error: 'INVALID_TIMESTAMP', message: `timestamp ${max} is more than message.timestamp.after.max.ms ahead of the broker clock` };
    }
    if (first >= 0 && limits.now - first > limits.timestampBeforeMaxMs) {
      return { error: 'INVALID_TIMESTAMP', message: `timestamp ${first} is more than message.timestamp.before.max.ms behind the broker clock` };
    }
  }
  return null;
}
