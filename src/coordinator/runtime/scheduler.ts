/**
 * Time for the coordinators: a clock and one-shot timers behind an interface, so tests drive
 * session timeouts, rebalance timeouts and group.initial.rebalance.delay.ms with a fake clock
 * instead of sleeping. Timer callbacks run on the coordinator's single thread like any request.
 */
export interface TimerHandle {
  cancel(): void;
}

export interface Scheduler {
  /** Milliseconds since the epoch (commit timestamps, state timestamps). */
  now(): number;
  /** Runs `fn` once after `delayMs`; cancelling a fired or cancelled timer does nothing. */
  schedule(delayMs: number, fn: () => void): TimerHandle;
}

/** The real clock; timers are unref'd so a coordinator never keeps the process alive. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  schedule(delayMs, fn) {
    const t = setTimeout(fn, Math.max(0, delayMs));
    t.unref();
    return { cancel: () => clearTimeout(t) };
  },
};
