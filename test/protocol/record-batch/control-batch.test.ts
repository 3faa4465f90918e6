import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildTxnMarkerBatch, readControlBatch, parseControlRecord, ControlRecordType } from '../../../src/protocol/record-batch/control-batch.ts';
import { buildBatch } from '../../../src/protocol/record-batch/batch-builder.ts';
import { readRecords } from '../../../src/protocol/record-batch/record-batch.ts';
import { readBatchHeader, isControl, isTransactional } from '../../../src/protocol/record-batch/batch-header.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';

test('COMMIT and ABORT markers round-trip with their producer and coordinator epoch', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<ControlRecordType.Commit | ControlRecordType.Abort>(ControlRecordType.Commit, ControlRecordType.Abort),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.integer({ min: 0, max: 32767 }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      (type, producerId, producerEpoch, coordinatorEpoch, baseOffset) => {
        const batch = buildTxnMarkerBatch({ type, producerId, producerEpoch, coordinatorEpoch, baseOffset, timestamp: 1234 });
        const h = readBatchHeader(batch);
        assert.ok(isControl(h.attributes) && isTransactional(h.attributes));
        assert.equal(h.producerId, producerId);
        assert.equal(h.producerEpoch, producerEpoch);
        assert.equal(h.baseSequence, -1);
        assert.equal(h.recordsCount, 1);
        assert.equal(h.baseOffset, baseOffset);
        assert.deepEqual(readControlBatch(batch), { version: 0, type, coordinatorEpoch, value: Buffer.from([0, 0, ...int32(coordinatorEpoch)]) });
      },
    ),
  );
});

test('the marker record is what Kafka writes: key 0000 000t, value 0000 + epoch', () => {
  const batch = buildTxnMarkerBatch({ type: ControlRecordType.Commit, producerId: 1, producerEpoch: 0, coordinatorEpoch: 5, timestamp: 1 });
  const [record] = [...readRecords(batch, { maxDecompressedBytes: 1024 })];
  assert.equal(record!.key!.toString('hex'), '00000001');
  assert.equal(record!.value!.toString('hex'), '000000000005');
});

test('other control types are returned uninterpreted; malformed markers are INVALID_RECORD', () => {
  const leaderChange = parseControlRecord({ key: Buffer.from('00000002', 'hex'), value: Buffer.from('abcd', 'hex') });
  assert.deepEqual(leaderChange, { version: 0, type: ControlRecordType.LeaderChange, value: Buffer.from('abcd', 'hex') });
  const bad = [
    { key: null, value: Buffer.alloc(6) },
    { key: Buffer.from('000000', 'hex'), value: Buffer.alloc(6) },
    { key: Buffer.from('00000001', 'hex'), value: null },
    { key: Buffer.from('00000000', 'hex'), value: Buffer.from('00000001', 'hex') },
  ];
  for (const r of bad) assert.throws(() => parseControlRecord(r), (e: unknown) => e instanceof ProtocolError && e.code === 'INVALID_RECORD');
  const notControl = buildBatch({ records: [{ key: Buffer.from('00000001', 'hex'), value: Buffer.alloc(6) }] });
  assert.throws(() => readControlBatch(notControl), (e: unknown) => e instanceof ProtocolError && e.code === 'INVALID_RECORD');
  assert.equal(readControlBatch(buildBatch({ records: [], control: true, transactional: true })), null);
});

function int32(v: number): number[] {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return [...b];
}
