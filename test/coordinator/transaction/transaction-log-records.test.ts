// __transaction_state records (issue 12): byte layout as Kafka writes it, checked against bytes
// built by hand from the schema, and the transaction state machine's transitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeTransactionKey,
  decodeTransactionValue,
  encodeTransactionKey,
  encodeTransactionValue,
  TransactionLogFormatError,
  type StoredTransaction,
} from '../../../src/coordinator/transaction/transaction-log-records.ts';
import { canTransition, expirationAllowed, TxnState, txnStateName, txnStateOfName } from '../../../src/coordinator/transaction/transaction-state.ts';

const str = (s: string) => {
  const b = Buffer.alloc(2 + Buffer.byteLength(s));
  b.writeInt16BE(Buffer.byteLength(s));
  b.write(s, 2);
  return b;
};
const i16 = (n: number) => { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; };
const i32 = (n: number) => { const b = Buffer.alloc(4); b.writeInt32BE(n); return b; };
const i64 = (n: bigint) => { const b = Buffer.alloc(8); b.writeBigInt64BE(n); return b; };

test('the key is version 0 then the transactional id, as Kafka writes it', () => {
  assert.deepEqual(encodeTransactionKey('tx-1'), Buffer.concat([i16(0), str('tx-1')]));
  assert.equal(decodeTransactionKey(Buffer.concat([i16(0), str('tx-1')])), 'tx-1');
  assert.equal(decodeTransactionKey(Buffer.concat([i16(1), str('x')])), null, 'another coordinator record type is not ours');
});

test('a v0 value written by an older Kafka reads field by field', () => {
  const v0 = Buffer.concat([
    i16(0), i64(4000n), i16(3), i32(60_000), Buffer.from([TxnState.ONGOING]),
    i32(2), str('orders'), i32(2), i32(0), i32(2), str('audit'), i32(1), i32(5),
    i64(1_700_000_000_500n), i64(1_700_000_000_000n),
  ]);
  const t = decodeTransactionValue(v0);
  assert.deepEqual([t.producerId, t.producerEpoch, t.transactionTimeoutMs, t.state, t.lastUpdateTimestampMs, t.startTimestampMs], [4000n, 3, 60_000, TxnState.ONGOING, 1_700_000_000_500, 1_700_000_000_000]);
  assert.deepEqual([...t.partitions], [['orders', [0, 2]], ['audit', [5]]]);
  assert.deepEqual([t.previousProducerId, t.nextProducerId, t.nextProducerEpoch, t.clientTransactionVersion], [-1n, -1n, -1, 0], "v1's tagged fields at their defaults");
});

test('we write v1 (flexible, with the Transactions V2 tagged fields) and read it back; Empty has null partitions', () => {
  const t: StoredTransaction = {
    producerId: 7n, previousProducerId: 6n, nextProducerId: 8n, producerEpoch: 0, nextProducerEpoch: 0,
    transactionTimeoutMs: 30_000, state: TxnState.PREPARE_COMMIT, partitions: new Map([['t', [1, 3]]]),
    lastUpdateTimestampMs: 2000, startTimestampMs: 1000, clientTransactionVersion: 2,
  };
  const bytes = encodeTransactionValue(t);
  assert.equal(bytes.readInt16BE(0), 1);
  assert.deepEqual(decodeTransactionValue(bytes), t);
  // Flexible v1 after the version: pid int64, epoch int16, timeout int32, status int8, then a compact
  // nullable array (length + 1 as an unsigned varint: 0 is null).
  const empty = encodeTransactionValue({ ...t, state: TxnState.EMPTY, partitions: new Map() });
  assert.equal(empty[2 + 8 + 2 + 4 + 1], 0, 'null partitions for Empty');
  assert.deepEqual([...decodeTransactionValue(empty).partitions], []);
  assert.throws(() => decodeTransactionValue(Buffer.concat([i16(9), Buffer.alloc(20)])), TransactionLogFormatError);
  const badState = Buffer.from(bytes);
  badState[2 + 8 + 2 + 4] = 42;
  assert.throws(() => decodeTransactionValue(badState), /unknown transaction state 42/);
});

test("states and transitions are Kafka's", () => {
  assert.deepEqual(Object.values(TxnState).map(txnStateName), ['Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort', 'Dead', 'PrepareEpochFence']);
  assert.equal(txnStateOfName('PrepareEpochFence'), TxnState.PREPARE_EPOCH_FENCE);
  assert.equal(txnStateOfName('ongoing'), undefined, 'names are matched exactly');
  assert.ok(canTransition(TxnState.ONGOING, TxnState.PREPARE_COMMIT));
  assert.ok(!canTransition(TxnState.EMPTY, TxnState.PREPARE_COMMIT), 'nothing to commit');
  assert.ok(canTransition(TxnState.COMPLETE_COMMIT, TxnState.PREPARE_ABORT), 'Transactions V2: an abort that only bumps the epoch');
  assert.ok(!canTransition(TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT), 'a decided commit is never aborted');
  assert.ok(canTransition(TxnState.PREPARE_EPOCH_FENCE, TxnState.PREPARE_ABORT));
  assert.ok(!canTransition(TxnState.ONGOING, TxnState.DEAD));
  assert.deepEqual(Object.values(TxnState).filter(expirationAllowed), [TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT]);
});
