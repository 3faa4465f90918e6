/**
 * Restores a segment's offsets and timestamps from the batches after its last offset index entry,
 * when the indexes are loaded from their files or cut back by truncation: a short scan instead of
 * a full one. Batch headers only (record batch v2 layout, batch-header.ts); records are not decoded.
 */
import { BATCH_HEADER_SIZE, readInt64AsNumber, OFF_MAX_TIMESTAMP, OFF_LAST_OFFSET_DELTA } from '../../protocol/record-batch/batch-header.ts';
import type { FileHandle } from '../fs/file-system.ts';
import { scanBatches } from '../segment/segment-scanner.ts';

/** The figures of a segment that the tail scan brings up to date (LogSegment's public fields). */
export interface SegmentTailStats {
  nextOffset: number;
  maxTimestamp: number;
  offsetOfMaxTimestamp: number;
  firstBatchTimestamp: number;
}

/**
 * Scans [from, end) of the log, which must start at the batch of the last offset index entry:
 * updates `stats` (max timestamp only upward, next offset to after each batch) and, when
 * `readFirstBatch`, the first batch's timestamp (segment.ms counts from it). Returns the bytes
 * appended since the last index entry (the batch at the entry itself is already indexed) and why
 * the scan stopped early, if it did.
 */
export async function scanSegmentTail(
  h: FileHandle,
  stats: SegmentTailStats,
  from: number,
  end: number,
  opts: { minBaseOffset: number; readFirstBatch: boolean },
): Promise<{ bytesSinceLastIndexEntry: number; corruption: string | null }> {
  const first = Buffer.alloc(BATCH_HEADER_SIZE);
  if (opts.readFirstBatch && (await h.read(first, 0, BATCH_HEADER_SIZE, 0)) === BATCH_HEADER_SIZE) stats.firstBatchTimestamp = readInt64AsNumber(first, OFF_MAX_TIMESTAMP);
  let indexed = false;
  let bytesSinceLastIndexEntry = 0;
  const result = await scanBatches(h, from, end, { validate: false, minBaseOffset: opts.minBaseOffset }, (buf, at, _position, size) => {
    const lastOffset = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
    const ts = readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP);
    if (ts > stats.maxTimestamp) {
      stats.maxTimestamp = ts;
      stats.offsetOfMaxTimestamp = lastOffset;
    }
    if (indexed) bytesSinceLastIndexEntry += size;
    indexed = true;
    stats.nextOffset = lastOffset + 1;
  });
  return { bytesSinceLastIndexEntry, corruption: result.corruption };
}
