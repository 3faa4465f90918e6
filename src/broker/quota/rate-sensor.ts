/**
 * A rate over sampled windows with an upper bound: Kafka's Sensor holding one Rate (a WindowedSum)
 * and a Quota, reduced to what quotas need. Kafka's arithmetic, kept exactly so throttle times match:
 * - `samples` windows of `windowMs` each (quota.window.num, quota.window.size.seconds); a value goes
 *   to the current window, a new one is started when the current is `windowMs` old, and the oldest
 *   is recycled (one extra slot is kept for a window that overlaps the start of the span);
 * - a window whose last value is `samples × windowMs` old is cleared before measuring;
 * - the rate is the sum of the windows over the elapsed time since the oldest window started, but
 *   never less than `samples - 1` whole windows (so a new sensor does not see a huge rate after one
 *   value), and at least 1 ms;
 * - past the bound, the throttle time is the delay X that brings the rate back to the bound with
 *   nothing more recorded: O·W / (W + X) = T, so X = (O - T) / T · W (QuotaUtils.throttleTime).
 */

export interface RateWindow {
  /** How many windows are kept (quota.window.num). */
  samples: number;
  /** The span of one window (quota.window.size.seconds × 1000). */
  windowMs: number;
}

interface Sample {
  value: number;
  startMs: number;
  lastEventMs: number;
}

export class RateSensor {
  private readonly slots: Sample[] = [];
  private current = 0;
  /** When something was last recorded (for the expiry of idle sensors). */
  lastRecordMs: number;

  constructor(
    private readonly window: RateWindow,
    /** The quota: the highest acceptable rate, per second. */
    public bound: number,
    nowMs: number,
  ) {
    this.lastRecordMs = nowMs;
  }

  /** Adds `value` (negative to take back a value recorded earlier) at `nowMs`. */
  record(value: number, nowMs: number): void {
    let s = this.currentSample(nowMs);
    if (nowMs - s.startMs >= this.window.windowMs) s = this.advance(nowMs);
    s.value += value;
    s.lastEventMs = nowMs;
    this.lastRecordMs = nowMs;
  }

  /** Records `value` and returns the throttle time in ms (0 within the quota), at most `maxThrottleMs`. */
  recordAndThrottleMs(value: number, nowMs: number, maxThrottleMs = Number.POSITIVE_INFINITY): number {
    this.record(value, nowMs);
    return Math.min(this.throttleMs(nowMs), maxThrottleMs);
  }

  /** The throttle time the rate calls for now (0 within the quota), nothing recorded. */
  throttleMs(nowMs: number): number {
    const windowMs = this.windowSizeMs(nowMs);
    const rate = (this.sum() * 1000) / windowMs;
    if (rate <= this.bound) return 0;
    return Math.round(((rate - this.bound) / this.bound) * windowMs);
  }

  /** The measured rate per second at `nowMs`. */
  rate(nowMs: number): number {
    const windowMs = this.windowSizeMs(nowMs);
    return (this.sum() * 1000) / windowMs;
  }

  /** Kafka's Rate.windowSize: elapsed time since the oldest window, at least samples - 1 windows. */
  windowSizeMs(nowMs: number): number {
    this.purge(nowMs);
    let total = nowMs - this.oldest(nowMs).startMs;
    const full = Math.floor(total / this.window.windowMs);
    const minFull = this.window.samples - 1;
    if (full < minFull) total += (minFull - full) * this.window.windowMs;
    return Math.max(total, 1);
  }

  private sum(): number {
    let total = 0;
    for (const s of this.slots) total += s.value;
    return total;
  }

  private currentSample(nowMs: number): Sample {
    if (this.slots.length === 0) this.slots.push({ value: 0, startMs: nowMs, lastEventMs: nowMs });
    return this.slots[this.current]!;
  }

  private advance(nowMs: number): Sample {
    this.current = (this.current + 1) % (this.window.samples + 1);
    if (this.current >= this.slots.length) {
      const s = { value: 0, startMs: nowMs, lastEventMs: nowMs };
      this.slots.push(s);
      return s;
    }
    const s = this.slots[this.current]!;
    reset(s, nowMs);
    return s;
  }

  private oldest(nowMs: number): Sample {
    let oldest = this.currentSample(nowMs);
    for (const s of this.slots) if (s.startMs < oldest.startMs) oldest = s;
    return oldest;
  }

  /** Clears windows with nothing recorded within the monitored span (they may have started before it). */
  private purge(nowMs: number): void {
    const expireAge = this.window.samples * this.window.windowMs;
    for (const s of this.slots) if (nowMs - s.lastEventMs >= expireAge) reset(s, nowMs);
  }
}

function reset(s: Sample, nowMs: number): void {
  s.value = 0;
  s.startMs = nowMs;
  s.lastEventMs = nowMs;
}
