/** Kafka's Rate and throttle-time arithmetic (rate-sensor.ts), with worked numbers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateSensor } from '../../../src/broker/quota/rate-sensor.ts';

const W = { samples: 11, windowMs: 1000 };

test('a new sensor measures over at least samples - 1 whole windows', () => {
  const s = new RateSensor(W, 100, 0);
  s.record(500, 0);
  // 0 ms elapsed + 10 assumed windows = 10 s: 500 / 10 s = 50/s, within a bound of 100.
  assert.equal(s.windowSizeMs(0), 10_000);
  assert.equal(s.rate(0), 50);
  assert.equal(s.throttleMs(0), 0);
  // 2.5 s later: two whole windows elapsed, 8 assumed: 10.5 s.
  assert.equal(s.windowSizeMs(2500), 10_500);
});

test('throttle time is (O - T) / T × W, rounded (QuotaUtils.throttleTime)', () => {
  const s = new RateSensor(W, 100, 0);
  // 1,500 at t=0: O = 1500 / 10 s = 150/s, T = 100: X = 0.5 × 10,000 ms.
  assert.equal(s.recordAndThrottleMs(1500, 0), 5000);
  // Capped where a cap is given (request and connection quotas cap at one window).
  const c = new RateSensor(W, 100, 0);
  assert.equal(c.recordAndThrottleMs(1500, 0, 1000), 1000);
  // The window stays padded to 10 windows until 10 have really passed, so after that throttle the
  // rate is still 1500 / 10 s and a request then is throttled again (Kafka's arithmetic, kept).
  assert.equal(s.windowSizeMs(5000), 10_000);
  assert.equal(s.throttleMs(5000), 5000);
  // Past 10 windows the span is the real elapsed time: 1500 / 10.9 s = 137.6/s, X = 0.376 × 10.9 s.
  assert.equal(s.windowSizeMs(10_900), 10_900);
  assert.equal(s.throttleMs(10_900), 4100);
  // At 11 windows (samples × window) after its last value the window is purged: no throttle.
  assert.equal(s.throttleMs(11_000), 0);
});

test('windows roll: values older than samples × window stop counting', () => {
  const s = new RateSensor(W, 1e9, 0);
  for (let t = 0; t < 30_000; t += 100) s.record(10, t); // 100/s for 30 s
  const r = s.rate(30_000);
  assert.ok(r > 90 && r < 110, `steady rate ${r}`);
  // Nothing for 11 windows: every sample is purged, the rate falls to 0.
  assert.equal(s.rate(30_000 + 11_000), 0);
});

test('a negative record takes a value back (a throttled fetch)', () => {
  const s = new RateSensor(W, 100, 0);
  const throttle = s.recordAndThrottleMs(5000, 10);
  assert.ok(throttle > 0);
  s.record(-5000, 10);
  assert.equal(s.throttleMs(10), 0);
});

test('held to the bound by its own throttle, the long-run rate is the bound', () => {
  // A client that sends 10,000 per request and waits out each throttle (as KIP-219 clients do).
  const s = new RateSensor(W, 100_000, 0);
  let t = 0;
  let sent = 0;
  while (t < 120_000) {
    sent += 10_000;
    const wait = s.recordAndThrottleMs(10_000, t);
    t += Math.max(wait, 1);
  }
  const rate = sent / (t / 1000);
  assert.ok(Math.abs(rate - 100_000) / 100_000 < 0.1, `long-run rate ${rate}`);
});
