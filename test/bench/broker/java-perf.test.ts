import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConsumerPerf, parseE2eLatency, parseProducerPerf } from '../../../bench/broker/java-perf.ts';

test('parseProducerPerf reads the summary line, not the progress lines before it', () => {
  const stdout = [
    '1497318 records sent, 299463.6 records/sec (28.56 MB/sec), 97.4 ms avg latency, 377.0 ms max latency.',
    '5000000 records sent, 318248.2 records/sec (30.35 MB/sec), 88.12 ms avg latency, 412.00 ms max latency, 71 ms 50th, 210 ms 95th, 301 ms 99th, 398 ms 99.9th.',
  ].join('\n');
  assert.deepEqual(parseProducerPerf(stdout), {
    records: 5_000_000, recordsPerSec: 318248.2, mibPerSec: 30.35, avgLatencyMs: 88.12, p99LatencyMs: 301,
  });
});

test('parseProducerPerf fails with the tool output when there is no summary', () => {
  assert.throws(() => parseProducerPerf('1497318 records sent, 299463.6 records/sec (28.56 MB/sec), 97.4 ms avg latency, 377.0 ms max latency.\n'), /no summary/);
});

test('parseConsumerPerf takes throughput over the fetch time, after the rebalance', () => {
  const stdout = [
    'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec',
    '2026-11-23 04:30:01:123, 2026-11-23 04:30:05:623, 476.8372, 105.9638, 5000000, 1111111.1111, 3012, 1488, 320.4551, 3360215.0538',
  ].join('\n');
  assert.deepEqual(parseConsumerPerf(stdout), { records: 5_000_000, rebalanceMs: 3012, mibPerSec: 320.4551, recordsPerSec: 3360215.0538 });
});

test('parseConsumerPerf rejects a run that printed only its header', () => {
  assert.throws(() => parseConsumerPerf('start.time, end.time, data.consumed.in.MB\n'), /no figures/);
});

test('parseE2eLatency reads percentiles, and NaN when nothing arrived', () => {
  assert.deepEqual(parseE2eLatency('sent=80000 received=80000 p50=1.234 p99=8.500 p999=12.000 max=40.125\n'), {
    sent: 80_000, received: 80_000, p50Ms: 1.234, p99Ms: 8.5, p999Ms: 12, maxMs: 40.125,
  });
  const none = parseE2eLatency('sent=10 received=0 p50=NaN p99=NaN p999=NaN max=NaN');
  assert.equal(none.received, 0);
  assert.ok(Number.isNaN(none.p99Ms));
  assert.throws(() => parseE2eLatency('Exception in thread "main"'), /no summary/);
});
