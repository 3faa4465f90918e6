/**
 * Group commit (RELIABILITY.md rule 9): callers ask for everything up to an offset to be durable;
 * one fsync runs at a time and covers every write completed before it started, so all appends
 * waiting at that moment share it. Appends that finish while an fsync runs are covered by the next
 * one, which starts as soon as the current one ends.
 */
export class GroupCommit {
  private flushedTo: number;
  private running = false;
  private waiters: { target: number; resolve: () => void; reject: (e: unknown) => void }[] = [];

  /**
   * `flush(target)` must make every write below `target` durable and return the offset it could
   * vouch for (less than target when a truncation raced it); `currentEnd()` is the offset after
   * the last completed write (what the next fsync will cover).
   */
  constructor(
    private readonly currentEnd: () => number,
    private readonly flush: (target: number) => Promise<number>,
    flushedTo: number,
  ) {
    this.flushedTo = flushedTo;
  }

  /** Resets what is known durable (after truncation or recovery). */
  reset(flushedTo: number): void {
    this.flushedTo = flushedTo;
  }

  get durableTo(): number {
    return this.flushedTo;
  }

  flushTo(target: number): Promise<void> {
    if (target <= this.flushedTo) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ target, resolve, reject });
      if (!this.running) void this.loop();
    });
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.waiters.length > 0) {
        const target = this.currentEnd();
        let covered: number;
        try {
          covered = await this.flush(target);
        } catch (e) {
          const failed = this.waiters;
          this.waiters = [];
          for (const w of failed) w.reject(e);
          continue;
        }
        if (covered > this.flushedTo) this.flushedTo = covered;
        const end = this.currentEnd();
        const pending = this.waiters;
        this.waiters = [];
        for (const w of pending) {
          if (w.target <= this.flushedTo) w.resolve();
          // The log was truncated below this write while it waited: it can never become durable.
          else if (w.target > end) w.reject(new Error(`log truncated below offset ${w.target} before it was flushed`));
          else this.waiters.push(w);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
