/**
 * ListOffsets by timestamp: the first record whose timestamp is >= the target, at or after the log
 * start offset. The time index narrows the search to a segment and position; batch headers find the
 * first batch whose max timestamp reaches the target; inside an uncompressed batch the records'
 * timestamp and offset deltas give the exact record (Kafka decodes the batch the same way). For a
 * compressed batch the batch's first offset at or after the log start is answered, which is where a
 * consumer seeking by time starts reading anyway.
 */
import { CODEC_MASK, OFF_ATTRIBUTES, OFF_BASE_TIMESTAMP, BATCH_HEADER_SIZE, OFF_RECORDS_COUNT, TIMESTAMP_TYPE_BIT, readInt64AsNumber } from '../protocol/record-batch/batch-header.ts';
import type { LogSegment } from './log-segment.ts';

export async function findOffsetForTimestamp(segments: LogSegment[], ts: number, logStartOffset: number): Promise<{ offset: number; timestamp: number; leaderEpoch: number } | null> {
  for (const seg of segments) {
    await seg.ensureIndexes();
    if (seg.maxTimestamp < ts || seg.nextOffset <= logStartOffset) continue;
    const found = await seg.findBatchByTimestamp(ts, logStartOffset);
    if (!found) continue;
    const exact = exactRecord(found.batch, ts, logStartOffset);
    if (exact) return { ...exact, leaderEpoch: found.leaderEpoch };
    return { offset: Math.max(found.baseOffset, logStartOffset), timestamp: found.maxTimestamp, leaderEpoch: found.leaderEpoch };
  }
  return null;
}

/** Walks an uncompressed batch's records for the first one at or after `ts` and `minOffset`. */
function exactRecord(batch: Buffer, ts: number, minOffset: number): { offset: number; timestamp: number } | null {
  const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
  if ((attributes & CODEC_MASK) !== 0) return null;
  const baseOffset = readInt64AsNumber(batch, 0);
  if ((attributes & TIMESTAMP_TYPE_BIT) !== 0) {
    // LogAppendTime: every record carries the batch's max timestamp.
    return null;
  }
  const baseTimestamp = readInt64AsNumber(batch, OFF_BASE_TIMESTAMP);
  const count = batch.readInt32BE(OFF_RECORDS_COUNT);
  let at = BATCH_HEADER_SIZE;
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (at >= batch.length) return NaN;
      const b = batch[at++]!;
      v += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
    }
    return NaN;
  };
  for (let i = 0; i < count; i++) {
    const length = varint();
    const start = at;
    if (!(length >= 0) || start + length > batch.length) return null;
    at += 1; // attributes
    const tsDelta = varint();
    const offsetDelta = varint();
    if (Number.isNaN(tsDelta) || Number.isNaN(offsetDelta)) return null;
    const recordTs = baseTimestamp + tsDelta;
    const offset = baseOffset + offsetDelta;
    if (recordTs >= ts && offset >= minOffset) return { offset, timestamp: recordTs };
    at = start + length;
  }
  return null;
}
