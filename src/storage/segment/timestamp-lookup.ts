/**
 * ListOffsets by timestamp: the first record whose timestamp is >= the target, at or after the log
 * start offset. The time index narrows the search to a segment and position, batch headers find the
 * first batch whose max timestamp reaches the target, and only that one batch is decoded
 * (decompressed if needed) to find the exact record, as Kafka does. This is not the append or fetch
 * path, so decoding one batch here does not break DESIGN.md principle 2. A batch encrypted at rest
 * is decrypted first (a missing key fails the lookup with KAFKA_STORAGE_ERROR, as a fetch would).
 */
import { readRecords } from '../../protocol/record-batch/record-batch.ts';
import { isProtocolError } from '../../protocol/protocol-error.ts';
import type { LogSegment } from './log-segment.ts';
import { findBatchByTimestamp } from './segment-reader.ts';
import { OFF_ATTRIBUTES } from '../../protocol/record-batch/batch-header.ts';
import { decryptBatch, isEncrypted } from '../encryption/encrypted-batch.ts';
import type { KeyRing } from '../encryption/key-ring.ts';

/** Decompression bound for the one batch decoded here (a batch is at most a segment, ~1 GiB; records far less). */
const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

export async function findOffsetForTimestamp(segments: LogSegment[], ts: number, logStartOffset: number, ring: KeyRing): Promise<{ offset: number; timestamp: number; leaderEpoch: number } | null> {
  for (const seg of segments) {
    await seg.loadTimestampSummary();
    if (seg.maxTimestamp < ts || (seg.indexesLoaded && seg.nextOffset <= logStartOffset)) continue;
    const found = await findBatchByTimestamp(seg, ts, logStartOffset);
    if (!found) continue;
    const batch = isEncrypted(found.batch.readInt16BE(OFF_ATTRIBUTES)) ? decryptBatch(found.batch, ring) : found.batch;
    try {
      for (const r of readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED_BYTES, validate: false })) {
        if (r.timestamp >= ts && r.offset >= logStartOffset) return { offset: r.offset, timestamp: r.timestamp, leaderEpoch: found.leaderEpoch };
      }
    } catch (e) {
      if (!isProtocolError(e)) throw e;
      // A batch that does not decode (it passed its CRC, so this is a codec limit): answer at batch level.
    }
    return { offset: Math.max(found.baseOffset, logStartOffset), timestamp: found.maxTimestamp, leaderEpoch: found.leaderEpoch };
  }
  return null;
}
