/**
 * Reads over a partition's segment list: find the segment holding an offset (binary search on base
 * offsets) and return whole batches from it. Like Kafka, one read returns batches of one segment;
 * empty or wholly-compacted stretches are skipped to the next segment.
 */
import type { LogSegment } from '../segment/log-segment.ts';
import { readSegment } from '../segment/segment-reader.ts';
import type { ReadBufferPool } from '../segment/read-buffer-pool.ts';

const EMPTY = { records: Buffer.alloc(0), release: (): void => undefined, encrypted: false };

/** The index of the segment holding `offset` (the last one whose base offset is <= it; 0 when none). */
export function segmentIndexFor(segments: readonly LogSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.baseOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whole batches from the one holding `startOffset`, none whose last offset is >= `limit`. */
export async function readSegments(
  segments: readonly LogSegment[],
  startOffset: number,
  maxBytes: number,
  limit: number,
  minOneBatch: boolean,
  pool: ReadBufferPool,
): Promise<{ records: Buffer; release: () => void; encrypted: boolean }> {
  let from = startOffset;
  for (let i = segmentIndexFor(segments, startOffset); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.baseOffset >= limit) break;
    from = Math.max(from, seg.baseOffset);
    const res = await readSegment(seg, from, maxBytes, limit, minOneBatch, pool);
    if (res.records.length > 0) return res;
    if (!res.exhausted) break;
  }
  return EMPTY;
}
