/**
 * Reads inside one segment, by batch headers only: whole batches from the one holding an offset
 * (the fetch path), and the first batch reaching a timestamp (ListOffsets).
 */
import { readInt64AsNumber, OFF_ATTRIBUTES, OFF_MAX_TIMESTAMP, OFF_LAST_OFFSET_DELTA, OFF_LEADER_EPOCH, OFF_BATCH_LENGTH, OFF_MAGIC, BATCH_PREFIX_SIZE } from '../../protocol/record-batch/batch-header.ts';
import { ENCRYPTED_BIT } from '../encryption/encrypted-batch.ts';
import type { LogSegment } from './log-segment.ts';
import { scanBatches } from './segment-scanner.ts';
import type { ReadBufferPool } from './read-buffer-pool.ts';

const EMPTY = Buffer.alloc(0);
const NOTHING = (): void => undefined;

export interface SegmentReadResult {
  records: Buffer;
  /** Gives `records`' buffer back to the pool (see ReadBufferPool). */
  release: () => void;
  /** Offset after the last batch returned (start offset when none). */
  nextOffset: number;
  /** No batch at or after the start offset in this segment: the reader moves to the next one. */
  exhausted: boolean;
  /** Some batch in `records` is encrypted at rest (encryption/log-encryption.ts decrypts the read). */
  encrypted: boolean;
}

/**
 * Whole batches from the one holding `startOffset`, at most `maxBytes` (but the first batch
 * whatever its size when `minOneBatch`, KIP-74), none whose last offset is >= `upTo`.
 *
 * One read in the common case: from the offset index position, enough bytes to cover the gap to
 * the wanted batch (at most about index.interval.bytes plus a batch) and `maxBytes`; the result is
 * a view of that buffer (no copy). Only headers are looked at.
 */
export async function readSegment(seg: LogSegment, startOffset: number, maxBytes: number, upTo: number, minOneBatch: boolean, pool: ReadBufferPool): Promise<SegmentReadResult> {
  await seg.ensureIndexes();
  const end = seg.size;
  const generation = seg.layoutGeneration;
  const known = seg.knownBoundary(startOffset);
  let pos = known ?? seg.lookupPosition(startOffset);
  // From an index entry the wanted batch may lie up to about an index interval (plus one batch)
  // further on: read that much more. From a known boundary it starts right there.
  let slack = known === undefined ? 2 * seg.indexInterval + 64 * 1024 : 0;
  return seg.withLog('r', async (h) => {
    for (;;) {
      if (pos >= end) return { records: EMPTY, release: NOTHING, nextOffset: startOffset, exhausted: true, encrypted: false };
      const want = Math.min(end - pos, maxBytes + slack);
      const { buffer: buf, release } = pool.acquire(want);
      let got: number;
      try {
        got = await h.read(buf, 0, want, pos);
      } catch (e) {
        release();
        throw e;
      }
      if (known !== undefined && slack === 0 && !startsWithBatch(buf, got, seg.baseOffset)) {
        // Not a batch start after all (the file changed under us): forget and search the index.
        release();
        seg.forgetBoundaries();
        pos = seg.lookupPosition(startOffset);
        slack = 2 * seg.indexInterval + 64 * 1024;
        continue;
      }
      // Skip the batches before the one holding startOffset.
      let at = 0;
      let found = false;
      while (at + BATCH_PREFIX_SIZE <= got) {
        const size = buf.readInt32BE(at + OFF_BATCH_LENGTH) + 12;
        if (at + OFF_LAST_OFFSET_DELTA + 4 > got) break;
        const last = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
        if (last >= startOffset) {
          found = true;
          break;
        }
        at += size;
      }
      if (!found) {
        release();
        // The gap was wider than the slack (a very large batch): continue from where we stopped.
        pos += at > 0 ? at : Math.max(got, 1);
        if (got === 0) return { records: EMPTY, release: NOTHING, nextOffset: startOffset, exhausted: true, encrypted: false };
        continue;
      }
      const first = at;
      let nextOffset = startOffset;
      let attributes = 0; // OR of the returned batches' attributes: one flag check per read for plaintext logs
      for (;;) {
        if (at + OFF_LAST_OFFSET_DELTA + 4 > got) break;
        const size = buf.readInt32BE(at + OFF_BATCH_LENGTH) + 12;
        const last = readInt64AsNumber(buf, at) + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
        if (last >= upTo) break;
        const isFirst = at === first;
        if (at + size - first > maxBytes && !(minOneBatch && isFirst)) break;
        if (at + size > got) {
          if (!isFirst || pos + at + size > end) break;
          // The first batch is larger than what we read: read exactly it.
          release();
          const whole = pool.acquire(size);
          if ((await h.read(whole.buffer, 0, size, pos + at).catch((e: unknown) => (whole.release(), Promise.reject(e)))) < size) {
            whole.release();
            return { records: EMPTY, release: NOTHING, nextOffset: startOffset, exhausted: false, encrypted: false };
          }
          seg.rememberBoundary(last + 1, pos + at + size, generation);
          const encrypted = (whole.buffer.readInt16BE(OFF_ATTRIBUTES) & ENCRYPTED_BIT) !== 0;
          return { records: whole.buffer.subarray(0, size), release: whole.release, nextOffset: last + 1, exhausted: false, encrypted };
        }
        attributes |= buf.readInt16BE(at + OFF_ATTRIBUTES);
        at += size;
        nextOffset = last + 1;
      }
      if (at === first) {
        release();
        return { records: EMPTY, release: NOTHING, nextOffset, exhausted: false, encrypted: false };
      }
      seg.rememberBoundary(nextOffset, pos + at, generation);
      return { records: buf.subarray(first, at), release, nextOffset, exhausted: false, encrypted: (attributes & ENCRYPTED_BIT) !== 0 };
    }
  });
}

/** Whether `buf` (`got` bytes read) opens with what looks like a v2 batch header of this segment. */
function startsWithBatch(buf: Buffer, got: number, segmentBase: number): boolean {
  if (got < BATCH_PREFIX_SIZE) return got === 0;
  return buf.readInt8(OFF_MAGIC) === 2 && readInt64AsNumber(buf, 0) >= segmentBase && buf.readInt32BE(OFF_BATCH_LENGTH) > 0;
}

/** The first batch whose max timestamp is >= `ts` at or after `fromOffset`, batch-level. */
export async function findBatchByTimestamp(seg: LogSegment, ts: number, fromOffset: number): Promise<{ baseOffset: number; lastOffset: number; maxTimestamp: number; leaderEpoch: number; batch: Buffer } | null> {
  await seg.ensureIndexes();
  const fromTime = seg.lookupTimestamp(ts);
  const { position } = await seg.positionOf(Math.max(fromTime, fromOffset));
  let found: { baseOffset: number; lastOffset: number; maxTimestamp: number; leaderEpoch: number; batch: Buffer } | null = null;
  await seg.withLog('r', (h) =>
    scanBatches(h, position, seg.size, { validate: false, minBaseOffset: 0 }, (buf, at, _p, size) => {
      const base = readInt64AsNumber(buf, at);
      const last = base + buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
      const maxTs = readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP);
      if (last >= fromOffset && maxTs >= ts) {
        found = { baseOffset: base, lastOffset: last, maxTimestamp: maxTs, leaderEpoch: buf.readInt32BE(at + OFF_LEADER_EPOCH), batch: Buffer.from(buf.subarray(at, at + size)) };
        return false;
      }
    }),
  );
  return found;
}

