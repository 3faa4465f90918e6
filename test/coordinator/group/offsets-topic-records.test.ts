import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsTopicKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
} from '../../../src/coordinator/group/offsets-topic-records.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';

test('OffsetCommitKey is Kafka’s v1 layout: int16 1, group, topic, int32 partition', () => {
  const k = encodeOffsetCommitKey('g', 'tp', 7);
  assert.equal(k.toString('hex'), '0001' + '0001' + '67' + '0002' + '7470' + '00000007');
  assert.deepEqual(decodeOffsetsTopicKey(k), { type: 'offset', group: 'g', topic: 'tp', partition: 7 });
  assert.equal(encodeGroupMetadataKey('g').toString('hex'), '0002000167');
  assert.deepEqual(decodeOffsetsTopicKey(Buffer.from('0003000167', 'hex')), { type: 'other' });
});

test('OffsetCommitValue: v3 normally, v1 with an explicit expiry; v0 and flexible v4 are read', () => {
  const v3 = encodeOffsetCommitValue({ offset: 5n, leaderEpoch: 2, metadata: 'm', commitTimestamp: 1000, expireTimestamp: null });
  assert.equal(v3.readInt16BE(0), 3);
  assert.deepEqual(decodeOffsetCommitValue(v3), { offset: 5n, leaderEpoch: 2, metadata: 'm', commitTimestamp: 1000, expireTimestamp: null });
  const v1 = encodeOffsetCommitValue({ offset: 5n, leaderEpoch: 2, metadata: '', commitTimestamp: 1000, expireTimestamp: 2000 });
  assert.equal(v1.readInt16BE(0), 1);
  assert.equal(decodeOffsetCommitValue(v1).expireTimestamp, 2000);
  const v0 = Buffer.from('0000' + '0000000000000009' + '0000' + '00000000000003e8', 'hex');
  assert.deepEqual(decodeOffsetCommitValue(v0), { offset: 9n, leaderEpoch: -1, metadata: '', commitTimestamp: 1000, expireTimestamp: null });
  // v4: offset, leaderEpoch, compact string "ab", commitTimestamp, no tagged fields
  const v4 = Buffer.from('0004' + '0000000000000009' + '00000001' + '03' + '6162' + '00000000000003e8' + '00', 'hex');
  assert.equal(decodeOffsetCommitValue(v4).metadata, 'ab');
  assert.throws(() => decodeOffsetCommitValue(Buffer.from('0009', 'hex')), ProtocolError);
  assert.throws(() => decodeOffsetCommitValue(Buffer.from('000300', 'hex')), ProtocolError);
});

test('GroupMetadataValue v3 round-trips members with instance ids, subscriptions and assignments', () => {
  const g = {
    protocolType: 'consumer', generation: 4, protocol: 'range', leader: 'm1', currentStateTimestamp: 1234,
    members: [{ memberId: 'm1', groupInstanceId: 'i1', clientId: 'c', clientHost: '/h', rebalanceTimeoutMs: 300, sessionTimeoutMs: 100, subscription: Buffer.from('s'), assignment: Buffer.from('a') }],
  };
  const b = encodeGroupMetadataValue(g);
  assert.equal(b.readInt16BE(0), 3);
  assert.deepEqual(decodeGroupMetadataValue(b), g);
  const empty = encodeGroupMetadataValue({ ...g, protocol: null, leader: null, currentStateTimestamp: null, members: [] });
  assert.deepEqual(decodeGroupMetadataValue(empty), { ...g, protocol: null, leader: null, currentStateTimestamp: null, members: [] });
  assert.throws(() => decodeGroupMetadataValue(Buffer.from('0003000863', 'hex')), ProtocolError);
});
