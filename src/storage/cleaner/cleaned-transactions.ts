/**
 * What the log cleaner knows about transactions while it walks batches in offset order (Kafka's
 * CleanedTransactionMetadata): which producers are inside an aborted transaction (from the
 * aborted-transaction index) and which inside a committed one, so that
 *  - batches of aborted transactions are discarded (and never enter the offset map);
 *  - a COMMIT marker may go once no batch of its transaction is left, an ABORT marker once the
 *    aborted batches are gone; either only after its delete horizon (delete.retention.ms) has
 *    passed, as tombstones (the cleaner sets it the first time the marker could go);
 *  - the cleaned segment's aborted-transaction index keeps the entries of ABORT markers whose
 *    transaction still had batches in this pass (a consumer may still need them).
 */
import { OFF_PRODUCER_ID, OFF_RECORDS_COUNT, readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import { producerBatchInfo } from '../producer/producer-state-store.ts';
import type { AbortedTxn } from '../segment/transaction-index.ts';

export class CleanedTransactions {
  /** Aborted transactions not yet reached, by first offset. */
  private readonly upcoming: AbortedTxn[];
  private readonly ongoingAborted = new Map<number, { txn: AbortedTxn; sawBatch: boolean }>();
  private readonly ongoingCommitted = new Set<number>();
  /** Entries the segment being written keeps (cleaner pass only). */
  keptEntries: AbortedTxn[] = [];

  constructor(aborted: AbortedTxn[]) {
    this.upcoming = [...aborted].sort((a, b) => a.firstOffset - b.firstOffset);
  }

  private reach(offset: number): void {
    while (this.upcoming.length > 0 && this.upcoming[0]!.firstOffset <= offset) {
      const txn = this.upcoming.shift()!;
      if (!this.ongoingAborted.has(txn.producerId)) this.ongoingAborted.set(txn.producerId, { txn, sawBatch: false });
    }
  }

  /** A data batch: true when it belongs to an aborted transaction (discard it). */
  onBatch(batch: Buffer, lastOffset: number, transactional: boolean): boolean {
    this.reach(lastOffset);
    if (!transactional) return false;
    const pid = readInt64AsNumber(batch, OFF_PRODUCER_ID);
    const aborted = this.ongoingAborted.get(pid);
    if (aborted) {
      aborted.sawBatch = true;
      return true;
    }
    this.ongoingCommitted.add(pid);
    return false;
  }

  /** A control batch: true when its transaction has no batch left, so the marker may go (after its horizon). */
  onControlBatch(batch: Buffer, lastOffset: number): boolean {
    this.reach(lastOffset);
    if (batch.readInt32BE(OFF_RECORDS_COUNT) === 0) return true; // emptied by an earlier cleaning
    const info = producerBatchInfo(batch, 0, batch.length);
    if (info.aborted) {
      const aborted = this.ongoingAborted.get(info.producerId);
      this.ongoingAborted.delete(info.producerId);
      if (aborted?.sawBatch) {
        this.keptEntries.push(aborted.txn);
        return false;
      }
      return true;
    }
    return !this.ongoingCommitted.delete(info.producerId);
  }
}
