/**
 * Global budget of request bytes read from sockets but not yet answered, over all connections
 * (Kafka's queued.max.request.bytes). A connection that cannot reserve room for its next request
 * stops reading its socket until another request finishes. One request may always proceed when
 * nothing else is queued, so a frame as large as socket.request.max.bytes can never starve.
 */
export class RequestBudget {
  private used = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.used;
  }

  tryReserve(bytes: number): boolean {
    if (this.used > 0 && this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used -= bytes;
    if (this.waiters.length === 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Calls `cb` once, after the next release. */
  onRelease(cb: () => void): void {
    this.waiters.push(cb);
  }

  /** Forgets a connection's waiter (when it closes). */
  cancel(cb: () => void): void {
    this.waiters = this.waiters.filter((w) => w !== cb);
  }
}
