import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBatch } from '../../../src/protocol/record-batch/batch-builder.ts';
import { readRecords } from '../../../src/protocol/record-batch/record-batch.ts';
import {
  readBatchHeader,
  validateBatch,
  setBaseOffset,
  setPartitionLeaderEpoch,
  setLogAppendTime,
  batchSize,
  isLogAppendTime,
  CompressionCodec,
} from '../../../src/protocol/record-batch/batch-header.ts';

const records = [
  { key: 'a', value: '1', timestamp: 1000 },
  { key: 'b', value: '2', timestamp: 3000 },
  { key: 'c', value: '3', timestamp: 2000 },
];

test('the broker assigns offsets and leader epochs in place; the batch stays valid', () => {
  for (const compression of [CompressionCodec.None, CompressionCodec.Zstd]) {
    const batch = buildBatch({ records, compression });
    setBaseOffset(batch, 2 ** 40 + 5);
    setPartitionLeaderEpoch(batch, 17);
    validateBatch(batch);
    const h = readBatchHeader(batch);
    assert.equal(h.baseOffset, 2 ** 40 + 5);
    assert.equal(h.partitionLeaderEpoch, 17);
    assert.equal(batchSize(batch), batch.length);
    assert.deepEqual([...readRecords(batch, { maxDecompressedBytes: 1 << 20 })].map((r) => r.offset), [2 ** 40 + 5, 2 ** 40 + 6, 2 ** 40 + 7]);
  }
});

test('LogAppendTime rewrites the max timestamp and CRC; records then carry the append time', () => {
  const batch = buildBatch({ records });
  assert.equal(readBatchHeader(batch).maxTimestamp, 3000);
  setLogAppendTime(batch, 9999);
  validateBatch(batch);
  assert.ok(isLogAppendTime(readBatchHeader(batch).attributes));
  assert.equal(readBatchHeader(batch).maxTimestamp, 9999);
  assert.deepEqual([...readRecords(batch, { maxDecompressedBytes: 1 << 20 })].map((r) => r.timestamp), [9999, 9999, 9999]);
});
