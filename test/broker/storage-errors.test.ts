/** The one storage error → Kafka error code mapping (src/broker/storage-errors.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kafkaErrorOf, partitionErrorOf } from '../../src/broker/storage-errors.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { StorageError } from '../../src/storage/storage-error.ts';

test('storage errors map to the Kafka error of the same name; caller bugs and other errors to none', () => {
  assert.equal(kafkaErrorOf(new StorageError('OFFSET_OUT_OF_RANGE', 'x')), ErrorCode.OFFSET_OUT_OF_RANGE);
  assert.equal(kafkaErrorOf(new StorageError('KAFKA_STORAGE_ERROR', 'x')), ErrorCode.KAFKA_STORAGE_ERROR);
  assert.equal(kafkaErrorOf(new StorageError('OUT_OF_ORDER_SEQUENCE_NUMBER', 'x')), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  assert.equal(kafkaErrorOf(new StorageError('INVALID_ARGUMENT', 'x')), null);
  assert.equal(kafkaErrorOf(new StorageError('DUPLICATE_LOG_DIR', 'x')), null, 'not a Kafka error name');
  assert.equal(kafkaErrorOf(new Error('boom')), null);
});

test('a failed partition operation answers KAFKA_STORAGE_ERROR unless the storage error names a Kafka error', () => {
  assert.deepEqual(partitionErrorOf(new Error('boom')), { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, expected: false });
  assert.deepEqual(partitionErrorOf(new StorageError('KAFKA_STORAGE_ERROR', 'io')), { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, expected: false });
  assert.deepEqual(partitionErrorOf(new StorageError('OFFSET_OUT_OF_RANGE', 'x')), { errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, expected: true });
});
