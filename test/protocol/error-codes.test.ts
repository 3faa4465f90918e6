import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERRORS, ErrorCode, errorInfo } from '../../src/protocol/generated/error-codes.ts';

test('error codes carry Kafka names and numbers', () => {
  assert.equal(ErrorCode.NONE, 0);
  assert.equal(ErrorCode.UNKNOWN_SERVER_ERROR, -1);
  assert.equal(ErrorCode.OFFSET_OUT_OF_RANGE, 1);
  assert.equal(ErrorCode.NOT_LEADER_OR_FOLLOWER, 6);
  assert.equal(ErrorCode.UNSUPPORTED_VERSION, 35);
  assert.equal(ErrorCode.POSITION_OUT_OF_RANGE, 99);
  assert.equal(ErrorCode.TRANSACTION_ABORTABLE, 120);
  assert.equal(ErrorCode.REBOOTSTRAP_REQUIRED, 129, 'Kafka 4.0 (KIP-1102)');
});

test('every code from -1 to the highest is listed once, with a message', () => {
  const codes = ERRORS.map((e) => e.code);
  assert.deepEqual(codes, [...codes].sort((a, b) => a - b));
  assert.equal(new Set(codes).size, codes.length);
  for (let c = -1; c <= codes[codes.length - 1]!; c++) assert.ok(errorInfo(c), `code ${c} missing`);
  for (const e of ERRORS) assert.ok(e.message.length > 0, e.name);
});

test('retriable flags follow the Java client (RetriableException subclasses)', () => {
  const retriable = (name: keyof typeof ErrorCode) => errorInfo(ErrorCode[name])!.retriable;
  assert.equal(retriable('NOT_LEADER_OR_FOLLOWER'), true);
  assert.equal(retriable('COORDINATOR_LOAD_IN_PROGRESS'), true);
  assert.equal(retriable('UNKNOWN_TOPIC_OR_PARTITION'), true);
  assert.equal(retriable('CORRUPT_MESSAGE'), true);
  assert.equal(retriable('OFFSET_OUT_OF_RANGE'), false);
  assert.equal(retriable('TOPIC_AUTHORIZATION_FAILED'), false);
  assert.equal(retriable('REBALANCE_IN_PROGRESS'), false);
  assert.equal(errorInfo(9999), undefined);
});
