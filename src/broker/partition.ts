/**
 * A partition this broker leads (single node: all of them). Holds the log, the leader epoch (0 when
 * the topic is created; persisted in broker metadata) and the high watermark. With one replica the
 * high watermark is the log end offset once an append has completed, i.e. once it is durable under
 * the flush policy: a fetch never returns data that an acknowledged-then-crashed broker could lose.
 * Fetch long polls register here to be woken when the high watermark moves.
 */
import type { PartitionLog } from '../storage/partition-log.ts';

export class Partition {
  private hw: number;
  private waiters = new Set<() => void>();

  constructor(
    readonly topic: string,
    readonly index: number,
    readonly topicId: string,
    readonly log: PartitionLog,
    public leaderEpoch: number,
  ) {
    this.hw = log.logEndOffset;
  }

  get highWatermark(): number {
    // Records removed by truncation or retention pull the high watermark along.
    return Math.max(Math.min(this.hw, this.log.logEndOffset), this.log.logStartOffset);
  }

  /** Called after an append resolved: everything below `endOffset` is acknowledged. */
  advanceHighWatermark(endOffset: number): void {
    if (endOffset <= this.hw) return;
    this.hw = endOffset;
    this.wake();
  }

  /** Wakes waiting long polls so they read again (new data, or the partition went away). */
  wake(): void {
    if (this.waiters.size === 0) return;
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** Resets after a truncation or DeleteRecords past the end. */
  resetHighWatermark(): void {
    this.hw = this.log.logEndOffset;
  }

  /** `cb` runs once, at the next high watermark move. Returns a function that cancels it. */
  onHighWatermark(cb: () => void): () => void {
    this.waiters.add(cb);
    return () => this.waiters.delete(cb);
  }
}
