import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildBatch, buildBatchAsync, type RecordInput } from '../../../src/protocol/record-batch/batch-builder.ts';
import { iterateBatches, readRecords, readRecordsAsync } from '../../../src/protocol/record-batch/record-batch.ts';
import { CompressionCodec, computeBatchCrc, readBatchHeader, validateBatch, OFF_CRC, OFF_RECORDS_COUNT, OFF_ATTRIBUTES } from '../../../src/protocol/record-batch/batch-header.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';

const LIMIT = 1 << 24;
const CODECS = [CompressionCodec.None, CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd];

function expectCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof ProtocolError && e.code === code);
}

/** Calls fn; a ProtocolError is fine, any other exception fails the test. */
function valueOrProtocolError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof ProtocolError)) throw e;
  }
}

function resign(batch: Buffer): Buffer {
  batch.writeUInt32BE(computeBatchCrc(batch), OFF_CRC);
  return batch;
}

const bytesArb = fc.option(fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)), { nil: null });
const recordArb = fc.record({
  key: bytesArb,
  value: bytesArb,
  headers: fc.array(fc.record({ key: fc.string({ maxLength: 12 }), value: bytesArb }), { maxLength: 3 }),
  timestamp: fc.integer({ min: 0, max: 2 ** 42 }),
});

test('build → iterate → validate → readRecords round-trips for every codec', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...CODECS),
      fc.array(recordArb, { maxLength: 20 }),
      fc.integer({ min: 0, max: 2 ** 50 }),
      fc.boolean(),
      (codec, records, baseOffset, transactional) => {
        const batch = buildBatch({ baseOffset, records, compression: codec, producerId: 42, producerEpoch: 3, baseSequence: 7, transactional, partitionLeaderEpoch: 9 });
        const batches = [...iterateBatches(batch)];
        assert.equal(batches.length, 1);
        validateBatch(batches[0]!);
        const h = readBatchHeader(batch);
        assert.equal(h.baseOffset, baseOffset);
        assert.equal(h.recordsCount, records.length);
        assert.equal(h.attributes & 7, codec);
        assert.equal(h.producerId, 42);
        assert.equal(h.partitionLeaderEpoch, 9);
        assert.equal((h.attributes & 0x10) !== 0, transactional);
        assert.equal(h.lastOffsetDelta, Math.max(0, records.length - 1));
        assert.equal(h.maxTimestamp, records.length ? Math.max(...records.map((r) => r.timestamp)) : -1);
        const decoded = [...readRecords(batch, { maxDecompressedBytes: LIMIT })];
        assert.equal(decoded.length, records.length);
        decoded.forEach((d, i) => {
          const r = records[i]!;
          assert.equal(d.offset, baseOffset + i);
          assert.equal(d.offsetDelta, i);
          assert.equal(d.timestamp, r.timestamp);
          assert.deepEqual(d.key, r.key);
          assert.deepEqual(d.value, r.value);
          assert.deepEqual(d.headers, r.headers);
        });
      },
    ),
    { numRuns: 400 },
  );
});

test('offset gaps, negative timestamp deltas and LogAppendTime', () => {
  const records: RecordInput[] = [
    { value: 'a', timestamp: 5000, offsetDelta: 0 },
    { value: 'b', timestamp: 1000, offsetDelta: 4 },
    { value: 'c', timestamp: 2 ** 45, offsetDelta: 9 },
  ];
  const batch = buildBatch({ baseOffset: 100, records });
  const got = [...readRecords(batch, { maxDecompressedBytes: LIMIT })];
  assert.deepEqual(got.map((r) => [r.offset, r.timestamp, r.timestampDelta]), [[100, 5000, 0], [104, 1000, -4000], [109, 2 ** 45, 2 ** 45 - 5000]]);
  assert.equal(readBatchHeader(batch).lastOffsetDelta, 9);
  const appended = buildBatch({ records, timestampType: 'log-append', timestamp: 777 });
  assert.deepEqual([...readRecords(appended, { maxDecompressedBytes: LIMIT })].map((r) => r.timestamp), [777, 777, 777]);
});

test('several batches, then a partial one: the partial one is skipped, or an error on request', () => {
  const a = buildBatch({ baseOffset: 0, records: [{ value: 'x' }, { value: 'y' }] });
  const b = buildBatch({ baseOffset: 2, records: [{ value: 'z' }], compression: CompressionCodec.Lz4 });
  const c = buildBatch({ baseOffset: 3, records: [{ value: 'w' }] });
  const all = Buffer.concat([a, b, c]);
  assert.equal([...iterateBatches(all)].length, 3);
  for (const cut of [1, 12, 16, 17, 40, c.length - 1]) {
    const partial = all.subarray(0, all.length - cut);
    const got = [...iterateBatches(partial)];
    assert.deepEqual(got, [a, b]);
    expectCode(() => [...iterateBatches(partial, { partial: 'error' })], 'CORRUPT_BATCH');
  }
  assert.deepEqual([...iterateBatches(Buffer.alloc(0))], []);
});

test('magic 0 and 1 message sets are UNSUPPORTED_MAGIC', () => {
  // A magic-1 message set entry: offset, size, crc, magic 1, attributes, timestamp, key, value.
  const legacy = Buffer.alloc(12 + 22 + 4);
  legacy.writeInt32BE(22 + 4, 8);
  for (const magic of [0, 1]) {
    legacy.writeInt8(magic, 16);
    expectCode(() => [...iterateBatches(legacy)], 'UNSUPPORTED_MAGIC');
    expectCode(() => validateBatch(legacy), 'UNSUPPORTED_MAGIC');
  }
});

test('a record count that disagrees with the records is INVALID_RECORD', () => {
  for (const codec of [CompressionCodec.None, CompressionCodec.Zstd]) {
    const batch = buildBatch({ records: [{ value: 'one' }, { value: 'two' }, { value: 'three' }], compression: codec });
    for (const count of [2, 4, 1000, -1]) {
      const bad = Buffer.from(batch);
      bad.writeInt32BE(count, OFF_RECORDS_COUNT);
      bad.writeInt32BE(Math.max(0, count - 1), 23); // keep lastOffsetDelta consistent with the count
      resign(bad);
      assert.throws(() => [...readRecords(bad, { maxDecompressedBytes: LIMIT })], (e: unknown) => e instanceof ProtocolError && (e.code === 'INVALID_RECORD'));
    }
  }
});

test('a small batch declaring 2^31-1 records fails at once, before any allocation', () => {
  const batch = buildBatch({ records: [{ value: 'only one' }] });
  batch.writeInt32BE(0x7fffffff, OFF_RECORDS_COUNT);
  batch.writeInt32BE(0x7ffffffe, 23);
  const start = performance.now();
  expectCode(() => [...readRecords(resign(batch), { maxDecompressedBytes: LIMIT })], 'INVALID_RECORD');
  assert.ok(performance.now() - start < 50);
});

test('a compressed batch over the limit, or with codec 5-7, fails with the codec error', () => {
  const batch = buildBatch({ records: Array.from({ length: 100 }, (_, i) => ({ value: `value ${i} `.repeat(20) })), compression: CompressionCodec.Gzip });
  expectCode(() => [...readRecords(batch, { maxDecompressedBytes: 1000 })], 'DECOMPRESSED_TOO_LARGE');
  const unknown = Buffer.from(batch);
  unknown.writeInt16BE(5, OFF_ATTRIBUTES);
  expectCode(() => [...readRecords(resign(unknown), { maxDecompressedBytes: LIMIT })], 'UNSUPPORTED_COMPRESSION');
});

test('every single-bit flip inside the CRC-covered or length/magic fields is caught', () => {
  const records = [{ key: 'k', value: 'v1', headers: [{ key: 'h', value: 'x' }] }, { key: null, value: null }];
  for (const codec of [CompressionCodec.None, CompressionCodec.Snappy]) {
    const batch = buildBatch({ baseOffset: 5, records, compression: codec, timestamp: 1_700_000_000_000 });
    const followed = Buffer.concat([batch, buildBatch({ baseOffset: 7, records })]);
    for (let bit = 0; bit < batch.length * 8; bit++) {
      const at = bit >> 3;
      // Base offset (0-7) and partition leader epoch (12-15) sit outside the CRC by Kafka's design:
      // the broker rewrites them on append. Everything else must be caught.
      if (at < 8 || (at >= 12 && at < 16)) continue;
      const flipped = Buffer.from(batch);
      flipped[at]! ^= 1 << (bit & 7);
      assert.throws(() => validateBatch(flipped), ProtocolError, `bit ${bit}`);
      assert.throws(() => [...readRecords(flipped, { maxDecompressedBytes: LIMIT })], ProtocolError, `bit ${bit}`);
      const inStream = Buffer.from(followed);
      inStream[at]! ^= 1 << (bit & 7);
      assert.throws(() => [...iterateBatches(inStream, { partial: 'error' })], ProtocolError, `bit ${bit} in a stream`);
    }
  }
});

test('arbitrary bytes to iterateBatches and readRecords: a value or a ProtocolError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const buf = Buffer.from(bytes);
      valueOrProtocolError(() => [...iterateBatches(buf)]);
      valueOrProtocolError(() => [...iterateBatches(buf, { validate: false, partial: 'error' })]);
      valueOrProtocolError(() => [...readRecords(buf, { maxDecompressedBytes: LIMIT })]);
    }),
    { numRuns: 3000 },
  );
  // Garbage records behind a valid header and CRC: the record parser itself must hold.
  const template = buildBatch({ records: [] });
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 120 }), fc.integer({ min: -2, max: 40 }), fc.constantFrom(...CODECS), (body, count, codec) => {
      const batch = Buffer.concat([template, Buffer.from(body)]);
      batch.writeInt32BE(batch.length - 12, 8);
      batch.writeInt32BE(count, OFF_RECORDS_COUNT);
      batch.writeInt32BE(Math.max(0, count - 1), 23);
      batch.writeInt16BE(codec, OFF_ATTRIBUTES);
      valueOrProtocolError(() => [...readRecords(resign(batch), { maxDecompressedBytes: LIMIT })]);
    }),
    { numRuns: 5000 },
  );
});

test('mutated valid batches (re-signed so the CRC passes) decode or fail with a ProtocolError', () => {
  const base = buildBatch({ records: [{ key: 'key', value: 'value', headers: [{ key: 'a', value: 'b' }, { key: 'n', value: null }] }, { value: 'second' }] });
  fc.assert(
    fc.property(fc.integer({ min: 61, max: base.length - 1 }), fc.nat(255), (at, byte) => {
      const b = Buffer.from(base);
      b[at] = byte;
      valueOrProtocolError(() => [...readRecords(resign(b), { maxDecompressedBytes: LIMIT })]);
    }),
    { numRuns: 3000 },
  );
});

test('readRecordsAsync decodes the same records as readRecords, and fails the same way', async () => {
  const records = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: `value ${i} `.repeat(i % 7), headers: [{ key: 'i', value: String(i) }], timestamp: 1000 + i }));
  for (const codec of CODECS) {
    const batch = buildBatch({ records, compression: codec });
    const sync = [...readRecords(batch, { maxDecompressedBytes: LIMIT })];
    assert.deepEqual([...(await readRecordsAsync(batch, { maxDecompressedBytes: LIMIT }))], sync);
    if (codec !== CompressionCodec.None) {
      await assert.rejects(readRecordsAsync(batch, { maxDecompressedBytes: 100 }), (e: unknown) => e instanceof ProtocolError && e.code === 'DECOMPRESSED_TOO_LARGE');
    }
    const flipped = Buffer.from(batch);
    flipped[70]! ^= 4;
    await assert.rejects(readRecordsAsync(flipped, { maxDecompressedBytes: LIMIT }), (e: unknown) => e instanceof ProtocolError && e.code === 'CORRUPT_BATCH');
  }
});

test('buildBatchAsync builds the same batch as buildBatch for every codec', async () => {
  const records = Array.from({ length: 300 }, (_, i) => ({ key: `k${i}`, value: `value ${i} `.repeat(i % 40), timestamp: 5000 + i }));
  for (const codec of CODECS) {
    const opts = { baseOffset: 3, records, compression: codec, producerId: 8, producerEpoch: 1, baseSequence: 0, timestamp: 1 };
    const sync = buildBatch(opts);
    const async = await buildBatchAsync(opts);
    assert.deepEqual(async, sync, `codec ${codec}`);
  }
});
