// Record batches captured from real clients (test/fixtures/golden, recorded in front of Apache
// Kafka by tools/capture): the Java client (xerial-framed snappy, zstd-jni, KafkaLZ4BlockOutputStream),
// kcat/librdkafka, kafkajs and @platformatic/kafka. The batches are found by scanning the frames for
// CRC-valid magic-2 batches, so this test needs no request decoder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { readRecords, type BatchRecord } from '../../../src/protocol/record-batch/record-batch.ts';
import { isXerialFramed } from '../../../src/protocol/compression/snappy.ts';
import { computeBatchCrc, codecOf, readBatchHeader, LOG_OVERHEAD, BATCH_HEADER_SIZE } from '../../../src/protocol/record-batch/batch-header.ts';

const GOLDEN = new URL('../../fixtures/golden/', import.meta.url);

interface Entry {
  client: string;
  api: string;
  codec: string | null;
  request: string;
  response: string;
  records?: { key: string; value: string; headers: [string, string][]; timestamp: number | null }[];
}

const CODEC_BITS: Record<string, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

/** Every CRC-valid magic-2 batch in a frame. */
function scanBatches(frame: Buffer): Buffer[] {
  const found: Buffer[] = [];
  for (let at = 0; at + BATCH_HEADER_SIZE <= frame.length; at++) {
    if (frame[at + 16] !== 2) continue;
    const size = frame.readInt32BE(at + 8) + LOG_OVERHEAD;
    if (size < BATCH_HEADER_SIZE || at + size > frame.length) continue;
    const batch = frame.subarray(at, at + size);
    if (computeBatchCrc(batch) !== batch.readUInt32BE(17)) continue;
    found.push(batch);
    at += size - 1;
  }
  return found;
}

const decode = (batch: Buffer): BatchRecord[] => [...readRecords(batch, { maxDecompressedBytes: 1 << 20 })];
const text = (b: Buffer | null) => (b === null ? null : b.toString());

test('golden fixtures are present', () => {
  assert.ok(existsSync(new URL('index.json', GOLDEN)), 'test/fixtures/golden/index.json is missing: it is committed with the repository');
});

const entries: Entry[] = existsSync(new URL('index.json', GOLDEN)) ? JSON.parse(readFileSync(new URL('index.json', GOLDEN), 'utf8')) : [];

for (const e of entries.filter((x) => x.api === 'Produce')) {
  test(`${e.client} ${e.codec} batch from a captured Produce decodes to the records sent`, () => {
    const batches = scanBatches(readFileSync(new URL(e.request, GOLDEN)));
    assert.ok(batches.length > 0, 'the request holds a batch');
    const records = batches.flatMap((b) => {
      assert.equal(codecOf(readBatchHeader(b).attributes), CODEC_BITS[e.codec!]);
      // The Java client frames snappy the xerial way; the others send raw snappy.
      if (e.codec === 'snappy') assert.equal(isXerialFramed(b.subarray(BATCH_HEADER_SIZE)), e.client === 'java');
      return decode(b);
    });
    assert.ok(records.length > 0);
    for (const r of records) {
      const want = e.records!.find((x) => x.key === text(r.key));
      assert.ok(want, `decoded key ${text(r.key)} was sent`);
      assert.equal(text(r.value), want.value);
      assert.deepEqual(r.headers.map((h) => [h.key, text(h.value)]), want.headers);
      if (want.timestamp !== null) assert.equal(r.timestamp, want.timestamp);
    }
  });
}

test('batches in captured Fetch responses from Kafka decode', () => {
  let decoded = 0;
  for (const e of entries.filter((x) => x.api === 'Fetch')) {
    for (const batch of scanBatches(readFileSync(new URL(e.response, GOLDEN)))) decoded += decode(batch).length;
  }
  assert.ok(decoded > 0, 'at least one fetched record');
});
