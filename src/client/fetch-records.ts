/**
 * Turns one partition's records field from a Fetch response into consumer records.
 *  - Batches (and records of a compressed batch) below the fetch offset are skipped: the broker
 *    returns whole batches, which may start before the offset asked for.
 *  - Control batches (transaction markers) are never returned, but move the position past them.
 *  - read_committed (KIP-98): a transactional batch whose producer has an aborted transaction
 *    starting at or before it (the response's aborted transactions list) is skipped until that
 *    producer's ABORT marker, as the Java client's Fetcher does.
 *  - The next fetch offset is the last batch's last offset + 1, so a fetch of only skipped or
 *    control batches still makes progress. A partial batch at the end (max bytes) is left out.
 */
import { readBatchHeader, isControl, isTransactional } from '../protocol/record-batch/batch-header.ts';
import { iterateBatches, readRecords, type RecordHeader } from '../protocol/record-batch/record-batch.ts';
import { ControlRecordType, readControlBatch } from '../protocol/record-batch/control-batch.ts';

export interface ConsumerRecord {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  leaderEpoch: number;
}

export interface DecodedFetch {
  records: ConsumerRecord[];
  /** Where the next fetch starts (fetchOffset when nothing whole arrived). */
  nextOffset: number;
}

export interface AbortedTxn {
  producerId: bigint;
  firstOffset: bigint;
}

export function decodeFetchedRecords(
  topic: string,
  partition: number,
  data: Buffer | null,
  fetchOffset: number,
  readCommitted: boolean,
  aborted: AbortedTxn[] | null,
  maxDecompressedBytes: number,
): DecodedFetch {
  const out: ConsumerRecord[] = [];
  let next = fetchOffset;
  if (data === null || data.length === 0) return { records: out, nextOffset: next };
  const pending = readCommitted && aborted !== null ? [...aborted].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : 1)) : [];
  const abortedProducers = new Set<number>();
  for (const batch of iterateBatches(data)) {
    const h = readBatchHeader(batch);
    const lastOffset = h.baseOffset + h.lastOffsetDelta;
    if (lastOffset < fetchOffset) continue;
    next = lastOffset + 1;
    if (readCommitted) {
      while (pending.length > 0 && Number(pending[0]!.firstOffset) <= lastOffset) abortedProducers.add(Number(pending.shift()!.producerId));
    }
    if (isControl(h.attributes)) {
      if (readCommitted) {
        const marker = readControlBatch(batch, { validate: false });
        if (marker?.type === ControlRecordType.Abort) abortedProducers.delete(h.producerId);
      }
      continue;
    }
    if (readCommitted && isTransactional(h.attributes) && abortedProducers.has(h.producerId)) continue;
    for (const r of readRecords(batch, { maxDecompressedBytes, validate: false })) {
      if (r.offset < fetchOffset) continue;
      out.push({
        topic,
        partition,
        offset: r.offset,
        timestamp: r.timestamp,
        key: r.key,
        value: r.value,
        headers: r.headers,
        leaderEpoch: h.partitionLeaderEpoch,
      });
    }
  }
  return { records: out, nextOffset: next };
}
