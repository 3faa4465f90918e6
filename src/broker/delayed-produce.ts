/**
 * The delayed-produce purgatory of one partition (Kafka's DelayedProduce): an acks=all append
 * waits here until the high watermark passes its last offset, or the request's timeout ends it
 * (REQUEST_TIMED_OUT). On one node the high watermark has passed by the time the append resolves,
 * so nothing waits; with followers (the cluster issue) their fetches move the high watermark and
 * complete the waiters in offset order.
 */
/** How a wait ended: the high watermark passed, the timeout ran out, or the partition closed. */
export type AckOutcome = 'acked' | 'timeout' | 'closed';

interface Waiter {
  offset: number;
  done: (outcome: AckOutcome) => void;
}

export class DelayedProducePurgatory {
  /** Sorted by offset: appends enter in log order, so pushing keeps the order. */
  private waiting: Waiter[] = [];

  get size(): number {
    return this.waiting.length;
  }

  /** Resolves 'acked' once `complete(hw)` sees hw >= `offset`, 'timeout' after `timeoutMs`, 'closed' at `cancelAll`. */
  wait(offset: number, timeoutMs: number): Promise<AckOutcome> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const w: Waiter = {
        offset,
        done: (outcome) => {
          if (timer) clearTimeout(timer);
          resolve(outcome);
        },
      };
      let i = this.waiting.length;
      while (i > 0 && this.waiting[i - 1]!.offset > offset) i--;
      this.waiting.splice(i, 0, w);
      timer = setTimeout(() => {
        const at = this.waiting.indexOf(w);
        if (at >= 0) this.waiting.splice(at, 1);
        w.done('timeout');
      }, Math.max(0, timeoutMs));
    });
  }

  /** The high watermark moved to `hw`: every waiter at or below it completes. */
  complete(hw: number): void {
    let n = 0;
    while (n < this.waiting.length && this.waiting[n]!.offset <= hw) n++;
    if (n === 0) return;
    for (const w of this.waiting.splice(0, n)) w.done('acked');
  }

  /** The partition went away or lost leadership: every waiter ends unsuccessfully. */
  cancelAll(): void {
    for (const w of this.waiting.splice(0)) w.done('closed');
  }
}
