// Record batches against another implementation: kafkajs's record batch encoder and decoder
// (written independently of ours, and used against real Kafka brokers). kafkajs supports gzip
// natively, so the compressed cases use gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { buildBatch } from '../../../src/protocol/record-batch/batch-builder.ts';
import { iterateBatches, readRecords } from '../../../src/protocol/record-batch/record-batch.ts';
import { CompressionCodec } from '../../../src/protocol/record-batch/batch-header.ts';

const require = createRequire(import.meta.url);
// kafkajs ships no types for its internals (hence `any` below); these are plain functions and classes.
const KafkaJsRecordBatch: (opts: any) => Promise<{ buffer: Buffer }> = require('kafkajs/src/protocol/recordBatch/v0/index.js').RecordBatch;
const KafkaJsRecord: (opts: any) => unknown = require('kafkajs/src/protocol/recordBatch/record/v0/index.js');
const kafkaJsDecodeBatch: (decoder: any) => Promise<any> = require('kafkajs/src/protocol/recordBatch/v0/decoder.js');
const KafkaJsDecoder: new (buf: Buffer) => unknown = require('kafkajs/src/protocol/decoder.js');
const kafkaJsCrc32C: (buf: Buffer) => number = require('kafkajs/src/protocol/recordBatch/crc32C/index.js');

const VALUES = ['first', '', 'third value with some length'.repeat(5)];

for (const [name, codec] of [['uncompressed', CompressionCodec.None], ['gzip', CompressionCodec.Gzip]] as const) {
  test(`kafkajs-encoded ${name} batch decodes with our reader`, async () => {
    const records = VALUES.map((v, i) =>
      KafkaJsRecord({ offsetDelta: i, timestampDelta: i * 10, key: i === 1 ? null : Buffer.from(`k${i}`), value: Buffer.from(v), headers: { trace: `t${i}` } }),
    );
    const encoded = await KafkaJsRecordBatch({ compression: codec, firstOffset: '40', firstTimestamp: 1_700_000_000_000, maxTimestamp: 1_700_000_000_020, lastOffsetDelta: 2, records });
    const batches = [...iterateBatches(encoded.buffer)];
    assert.equal(batches.length, 1);
    const got = [...readRecords(batches[0]!, { maxDecompressedBytes: 1 << 20 })];
    assert.deepEqual(got.map((r) => r.offset), [40, 41, 42]);
    assert.deepEqual(got.map((r) => r.timestamp), [1_700_000_000_000, 1_700_000_000_010, 1_700_000_000_020]);
    assert.deepEqual(got.map((r) => r.value?.toString()), VALUES);
    assert.deepEqual(got.map((r) => r.key?.toString() ?? null), ['k0', null, 'k2']);
    assert.deepEqual(got.map((r) => r.headers.map((h) => [h.key, h.value?.toString()])), [[['trace', 't0']], [['trace', 't1']], [['trace', 't2']]]);
  });

  test(`our ${name} batch decodes with kafkajs`, async () => {
    const batch = buildBatch({
      baseOffset: 7,
      compression: codec,
      producerId: 99,
      producerEpoch: 1,
      baseSequence: 3,
      records: VALUES.map((v, i) => ({ key: i === 1 ? null : `k${i}`, value: v, timestamp: 1_700_000_000_000 + i, headers: [{ key: 'h', value: `v${i}` }] })),
    });
    // kafkajs does not check CRCs when decoding; check ours with its pure-JS CRC32C.
    assert.equal(kafkaJsCrc32C(batch.subarray(21)) >>> 0, batch.readUInt32BE(17));
    const decoded = await kafkaJsDecodeBatch(new KafkaJsDecoder(batch));
    assert.equal(decoded.firstOffset, '7');
    assert.equal(decoded.producerId, '99');
    assert.equal(decoded.firstSequence, 3);
    assert.deepEqual(decoded.records.map((r: { offset: string }) => r.offset), ['7', '8', '9']);
    assert.deepEqual(decoded.records.map((r: { value: Buffer }) => r.value.toString()), VALUES);
    assert.deepEqual(decoded.records.map((r: { key: Buffer | null }) => r.key?.toString() ?? null), ['k0', null, 'k2']);
    assert.deepEqual(decoded.records.map((r: { timestamp: string }) => r.timestamp), ['1700000000000', '1700000000001', '1700000000002']);
    assert.deepEqual(decoded.records.map((r: { headers: Record<string, Buffer> }) => r.headers.h?.toString()), ['v0', 'v1', 'v2']);
  });
}
