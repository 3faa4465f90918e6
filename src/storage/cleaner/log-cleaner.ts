/**
 * The log cleaner (cleanup.policy=compact): keeps the latest record per key, keeps offsets and
 * order, drops tombstones once their delete horizon has passed (KIP-534, see cleaned-batch.ts).
 *
 * One cleaning of a log, as Kafka's LogCleaner does it:
 *  1. The cleanable range ends at the active segment, at the first segment holding a record younger
 *     than min.compaction.lag.ms, and at the first offset of an open transaction. The part after the
 *     cleaner checkpoint (first dirty offset) is dirty; the log is cleaned when dirty bytes / all
 *     cleanable bytes >= min.cleanable.dirty.ratio, when its oldest dirty record is older than
 *     max.compaction.lag.ms, or when a delete horizon it set has passed.
 *  2. An offset map (key → last offset) is built from the dirty part, a segment at a time, until
 *     it holds about `offsetMapBytes` (Kafka's log.cleaner.dedupe.buffer.size); this cleaning then
 *     ends after the last segment mapped and the rest stays dirty for the next one. Memory stays
 *     bounded however many keys a log has (a single segment may overshoot: it is mapped whole).
 *  3. Each cleanable segment is rewritten into `<base>.log.cleaned` (records superseded by a later
 *     offset of their key dropped; batches that lose nothing copied as they are), fsynced, renamed
 *     `<base>.log.swap` (complete: recovery finishes the swap) and renamed over `<base>.log`. Its
 *     index files are removed before the swap and rebuilt after, so a crash never pairs an old index
 *     with a new log.
 * Transactions (cleaned-transactions.ts, as Kafka): batches of aborted transactions are dropped and
 * never mapped, committed transactional batches are cleaned like any other, and a marker goes once
 * its transaction has no batch left and its delete horizon has passed; the segment's
 * aborted-transaction index keeps only the entries a consumer may still need. A batch emptied of
 * every record is kept empty when it is its producer's last one (the producer state needs its
 * sequence, or with no data batch its last marker's epoch).
 *
 * Work happens outside the partition's mutation queue (reads of old segments, writes of new files);
 * only the final rename and segment swap take the queue, so appends and reads are never held for
 * long. Records are decoded a chunk at a time between awaits.
 *
 * Encryption at rest (encryption/log-encryption.ts): an encrypted batch is decrypted to be mapped
 * and cleaned; one that loses nothing is copied as stored, a rewritten one is encrypted again (under
 * the log's current key, else its own), so compaction never writes plaintext of an encrypted batch.
 * A batch whose key is missing stops the cleaning of that log (the error names the key).
 */
import { OFF_ATTRIBUTES, OFF_LAST_OFFSET_DELTA, OFF_PRODUCER_EPOCH, OFF_PRODUCER_ID, OFF_RECORDS_COUNT, isControl, isTransactional, readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import { readRecords, type BatchRecord } from '../../protocol/record-batch/record-batch.ts';
import { rewriteBatch, deleteHorizonOf } from './cleaned-batch.ts';
import { CleanedTransactions } from './cleaned-transactions.ts';
import type { LogSegment } from '../segment/log-segment.ts';
import type { PartitionLog } from '../log/partition-log.ts';
import { scanBatches } from '../segment/segment-scanner.ts';
import { decryptBatch, isEncrypted } from '../encryption/encrypted-batch.ts';
import { reencryptCleaned } from '../encryption/log-encryption.ts';
import type { KeyRing } from '../encryption/key-ring.ts';

const MAX_DECOMPRESSED = 64 * 1024 * 1024;

export interface CleanResult {
  /** The new first dirty offset (cleaner checkpoint). */
  cleanedTo: number;
  segmentsRewritten: number;
  bytesBefore: number;
  bytesAfter: number;
  /** Earliest delete horizon set or still pending in the cleaned range (-1: none). */
  nextHorizon: number;
}

/** Kafka's default log.cleaner.dedupe.buffer.size. */
export const DEFAULT_OFFSET_MAP_BYTES = 128 * 1024 * 1024;

/** What one entry of the offset map costs: the key's bytes plus a Map entry and a string header. */
const MAP_ENTRY_OVERHEAD = 64;

export interface CleanOptions {
  now: number;
  /** Memory for the offset map (default DEFAULT_OFFSET_MAP_BYTES). */
  offsetMapBytes?: number;
  /** Clean even below min.cleanable.dirty.ratio (a delete horizon passed, or a test). */
  force?: boolean;
}

/** Each batch of `seg` in its plaintext form (encrypted ones decrypted). */
function eachBatch(seg: LogSegment, ring: KeyRing, visit: (batch: Buffer) => void): Promise<unknown> {
  return seg.withLog('r', (h) =>
    scanBatches(h, 0, seg.size, { validate: false, minBaseOffset: 0, chunkSize: 4 * 1024 * 1024 }, (buf, at, _p, size) => {
      visit(plaintextOf(buf.subarray(at, at + size), ring));
    }),
  );
}

function plaintextOf(stored: Buffer, ring: KeyRing): Buffer {
  return isEncrypted(stored.readInt16BE(OFF_ATTRIBUTES)) ? decryptBatch(stored, ring) : stored;
}

const lastOffsetOf = (batch: Buffer): number => readInt64AsNumber(batch, 0) + batch.readInt32BE(OFF_LAST_OFFSET_DELTA);

export async function cleanLog(log: PartitionLog, firstDirtyOffset: number, opts: CleanOptions): Promise<CleanResult | null> {
  const { now } = opts;
  const config = log.config;
  // 1. The cleanable range.
  const openTxn = Math.min(...log.activeProducers().map((p) => (p.currentTxnStartOffset >= 0 ? p.currentTxnStartOffset : Infinity)));
  const cleanable: LogSegment[] = [];
  for (const seg of log.segments.slice(0, -1)) {
    await seg.ensureIndexes();
    if (seg.nextOffset <= log.logStartOffset) continue;
    if (seg.maxTimestamp > now - config.minCompactionLagMs || seg.nextOffset > openTxn) break;
    cleanable.push(seg);
  }
  if (cleanable.length === 0) return null;
  const dirty = cleanable.filter((s) => s.nextOffset > firstDirtyOffset);
  const total = cleanable.reduce((n, s) => n + s.size, 0);
  const dirtyBytes = dirty.reduce((n, s) => n + s.size, 0);
  const overdue = dirty.length > 0 && dirty[0]!.firstBatchTimestamp >= 0 && now - dirty[0]!.firstBatchTimestamp > config.maxCompactionLagMs;
  if (!opts.force && !overdue && (dirtyBytes === 0 || dirtyBytes / Math.max(total, 1) < config.minCleanableDirtyRatio)) return null;

  // 2. The offset map of the dirty part: key → its last offset, as many segments as fit; records of
  // aborted transactions left out.
  const latest = new Map<string, number>();
  const mapLimit = opts.offsetMapBytes ?? DEFAULT_OFFSET_MAP_BYTES;
  let mapBytes = 0;
  let mappedEnd = firstDirtyOffset;
  const cleanableEnd = cleanable[cleanable.length - 1]!.nextOffset;
  const mapTxns = dirty.length > 0 ? new CleanedTransactions(await log.abortedTransactions(dirty[0]!.baseOffset, cleanableEnd)) : null;
  for (const seg of dirty) {
    if (mapBytes >= mapLimit) break;
    await eachBatch(seg, log.keyRing, (batch) => {
      const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
      if (isControl(attributes)) return void mapTxns!.onControlBatch(batch, lastOffsetOf(batch));
      if (mapTxns!.onBatch(batch, lastOffsetOf(batch), isTransactional(attributes))) return;
      for (const r of readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED, validate: false })) {
        if (!r.key || r.offset < firstDirtyOffset) continue;
        const key = r.key.toString('latin1');
        if (!latest.has(key)) mapBytes += key.length + MAP_ENTRY_OVERHEAD;
        latest.set(key, r.offset);
      }
    });
    mappedEnd = seg.nextOffset;
  }
  // Only segments wholly below the mapped end are rewritten: a later one may hold a key's newer
  // value that the map never saw.
  const toClean = cleanable.filter((s) => s.nextOffset <= mappedEnd);

  // 3. Rewrite each cleanable segment that loses something.
  const lastOfProducer = new Map(log.producerState.active().map((p) => [p.producerId, { lastDataOffset: log.producerState.get(p.producerId)?.batches.at(-1)?.lastOffset ?? -1, epoch: p.epoch }]));
  /** Kafka keeps the batch holding an active producer's last sequence, or (with no data batch) its last marker, even when emptied. */
  const isLastOfProducer = (batch: Buffer, control: boolean): boolean => {
    const last = lastOfProducer.get(readInt64AsNumber(batch, OFF_PRODUCER_ID));
    if (!last) return false;
    return last.lastDataOffset >= 0 ? !control && last.lastDataOffset === lastOffsetOf(batch) : control && batch.readInt16BE(OFF_PRODUCER_EPOCH) === last.epoch;
  };
  const emptied = (batch: Buffer): Buffer => (batch.readInt32BE(OFF_RECORDS_COUNT) === 0 ? batch : rewriteBatch(batch, [], -1));
  const cleanTxns = toClean.length > 0 ? new CleanedTransactions(await log.abortedTransactions(toClean[0]!.baseOffset, toClean[toClean.length - 1]!.nextOffset)) : null;
  let rewritten = 0;
  let bytesBefore = 0;
  let bytesAfter = 0;
  let nextHorizon = -1;
  const noteHorizon = (h: number) => {
    if (h >= 0 && (nextHorizon < 0 || h < nextHorizon)) nextHorizon = h;
  };
  /** The batch itself when it loses nothing, a rewritten batch, or null when it goes entirely. */
  const cleanBatch = (batch: Buffer): Buffer | null => {
    const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
    const horizon = deleteHorizonOf(batch);
    if (isControl(attributes)) {
      if (!cleanTxns!.onControlBatch(batch, lastOffsetOf(batch))) return batch;
      // The marker's transaction has nothing left: it goes once its delete horizon has passed.
      if (horizon < 0) {
        noteHorizon(now + config.deleteRetentionMs);
        return rewriteBatch(batch, [...readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED, validate: false })], now + config.deleteRetentionMs);
      }
      if (now < horizon) {
        noteHorizon(horizon);
        return batch;
      }
      return isLastOfProducer(batch, true) ? emptied(batch) : null;
    }
    if (cleanTxns!.onBatch(batch, lastOffsetOf(batch), isTransactional(attributes))) return isLastOfProducer(batch, false) ? emptied(batch) : null;
    const kept: BatchRecord[] = [];
    let dropped = 0;
    let tombstones = 0;
    for (const r of readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED, validate: false })) {
      const last = r.key ? latest.get(r.key.toString('latin1')) : undefined;
      const superseded = last !== undefined && last > r.offset;
      const expiredTombstone = r.value === null && horizon >= 0 && now >= horizon;
      if (superseded || expiredTombstone) {
        dropped++;
        continue;
      }
      if (r.value === null) tombstones++;
      kept.push(r); // views into the scanner's buffer: used before this visit returns
    }
    const newHorizon = tombstones > 0 && horizon < 0 ? now + config.deleteRetentionMs : -1;
    noteHorizon(tombstones > 0 ? (horizon >= 0 ? horizon : newHorizon) : -1);
    if (dropped === 0 && newHorizon < 0) return batch;
    if (kept.length === 0 && !isLastOfProducer(batch, false)) return null;
    return rewriteBatch(batch, kept, newHorizon);
  };
  const fs = log.fileSystem;
  for (const seg of toClean) {
    cleanTxns!.keptEntries = [];
    const cleanedPath = `${seg.logPath}.cleaned`;
    const out = await fs.open(cleanedPath, 'rw');
    let size = 0;
    let changed = false;
    try {
      await out.truncate(0);
      // Batches are gathered and written a few MiB at a time: a 1 GiB segment never sits in memory.
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const drain = async () => {
        if (pendingBytes === 0) return;
        await out.write(Buffer.concat(pending, pendingBytes), size);
        size += pendingBytes;
        pending = [];
        pendingBytes = 0;
      };
      const keep = (b: Buffer) => {
        pending.push(b);
        pendingBytes += b.length;
      };
      for (let from = 0; from < seg.size; ) {
        const scan = await seg.withLog('r', (h) =>
          scanBatches(h, from, seg.size, { validate: false, minBaseOffset: 0, chunkSize: 4 * 1024 * 1024 }, (buf, at, _p, batchSize) => {
            if (pendingBytes >= 4 * 1024 * 1024) return false; // write what we have, then go on from here
            const stored = buf.subarray(at, at + batchSize);
            const batch = plaintextOf(stored, log.keyRing);
            const result = cleanBatch(batch);
            if (result === batch) keep(Buffer.from(stored));
            else {
              changed = true;
              if (result) keep(batch === stored ? result : reencryptCleaned(result, stored, config.encryptionKeyId ?? null, log.keyRing));
            }
          }),
        );
        await drain();
        if (scan.validEnd <= from && scan.validEnd < seg.size) throw new Error(`cleaner made no progress in ${seg.logPath} at ${from}`);
        from = scan.validEnd;
        if (scan.corruption) throw new Error(`segment ${seg.logPath} does not parse at ${from}: ${scan.corruption}`);
      }
      await drain();
      if (changed) await out.sync();
    } finally {
      await out.close();
    }
    if (!changed) {
      await fs.unlink(cleanedPath);
      continue;
    }
    const before = await seg.txnIndex.entries();
    const after = cleanTxns!.keptEntries;
    const txnIndexChanged = after.length !== before.length || after.some((e, i) => e.lastOffset !== before[i]!.lastOffset);
    if (await log.swapCleanedSegment(seg, cleanedPath, size, txnIndexChanged ? after : null)) {
      rewritten++;
      bytesBefore += seg.size;
      bytesAfter += size;
    }
  }
  return { cleanedTo: mappedEnd, segmentsRewritten: rewritten, bytesBefore, bytesAfter, nextHorizon };
}
