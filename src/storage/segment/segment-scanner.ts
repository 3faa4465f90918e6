/**
 * Walks the record batches of a `.log` file region by their headers, reading in large chunks.
 * Used by recovery (with CRC validation), index rebuilding, producer-state rebuilding and reads.
 * Records are never decoded. A declared batch length is checked against the bytes that remain
 * before anything is allocated (RELIABILITY.md rule 10).
 */
import {
  BATCH_HEADER_SIZE,
  BATCH_PREFIX_SIZE,
  OFF_BATCH_LENGTH,
  OFF_LAST_OFFSET_DELTA,
  OFF_MAGIC,
  OFF_CRC,
  computeBatchCrc,
  readInt64AsNumber,
} from '../../protocol/record-batch/batch-header.ts';
import type { FileHandle } from '../fs/file-system.ts';

export interface ScanOptions {
  /** Check each batch's CRC (recovery does; trusted reads below the recovery point need not). */
  validate: boolean;
  /** Every base offset must be at least this (segment base offset, then previous last offset + 1). */
  minBaseOffset: number;
  chunkSize?: number;
}

export interface ScanResult {
  /** Position after the last valid batch visited. */
  validEnd: number;
  /** Offset after the last valid batch visited (minBaseOffset when none). */
  nextOffset: number;
  /** Why the scan stopped before `end`, when the bytes there are not a valid batch. */
  corruption: string | null;
}

/**
 * Visits each batch in [from, end): `visit(buf, at, position, size)` sees the whole batch at
 * buf[at, at+size) (position is its place in the file). Returning false stops the scan.
 */
export async function scanBatches(
  handle: FileHandle,
  from: number,
  end: number,
  opts: ScanOptions,
  visit: (buf: Buffer, at: number, position: number, size: number) => boolean | void,
): Promise<ScanResult> {
  const chunkSize = opts.chunkSize ?? 1024 * 1024;
  let buf = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(end - from, 0)));
  let bufStart = from; // file position of buf[0]
  let bufLen = 0;
  let pos = from;
  let nextOffset = opts.minBaseOffset;
  const stop = (corruption: string | null): ScanResult => ({ validEnd: pos, nextOffset, corruption });

  while (pos < end) {
    // Make sure buf holds at least the prefix of the batch at `pos`.
    if (pos + BATCH_PREFIX_SIZE > bufStart + bufLen) {
      if (pos + BATCH_PREFIX_SIZE > end) return stop(`torn batch header at position ${pos}`);
      bufStart = pos;
      bufLen = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
      if (bufLen < BATCH_PREFIX_SIZE) return stop(`log ends inside a batch header at position ${pos}`);
    }
    let at = pos - bufStart;
    const size = buf.readInt32BE(at + OFF_BATCH_LENGTH) + 12;
    const magic = buf.readInt8(at + OFF_MAGIC);
    if (magic !== 2) return stop(`batch at position ${pos} has magic ${magic}`);
    if (size < BATCH_HEADER_SIZE) return stop(`batch at position ${pos} declares ${size} bytes`);
    if (pos + size > end) return stop(`batch at position ${pos} of ${size} bytes runs past the end (${end})`);
    if (pos + size > bufStart + bufLen) {
      if (size > buf.length) buf = Buffer.allocUnsafe(size);
      bufStart = pos;
      bufLen = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
      if (bufLen < size) return stop(`log ends inside the batch at position ${pos}`);
      at = 0;
    }
    const baseOffset = readInt64AsNumber(buf, at);
    const lastDelta = buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
    if (baseOffset < nextOffset || lastDelta < 0) {
      return stop(`batch at position ${pos} has offsets ${baseOffset}+${lastDelta}, expected >= ${nextOffset}`);
    }
    if (opts.validate) {
      const batch = buf.subarray(at, at + size);
      if (batch.readUInt32BE(OFF_CRC) !== computeBatchCrc(batch)) return stop(`batch at position ${pos} fails its CRC`);
    }
    if (visit(buf, at, pos, size) === false) return stop(null);
    pos += size;
    nextOffset = baseOffset + lastDelta + 1;
  }
  return stop(null);
}
