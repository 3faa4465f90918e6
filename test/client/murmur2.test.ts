import { test } from 'node:test';
import assert from 'node:assert/strict';
import { murmur2, murmur2Partition } from '../../src/client/murmur2.ts';
import { Partitioner } from '../../src/client/partitioner.ts';

// Computed with the Java client (kafka-clients 4.1.1, Utils.murmur2 / toPositive(h) % n), so a key
// sent by Samsa's producer lands where a Java producer would put it.
const JAVA: Array<[string, number, number, number]> = [
  ['21', -973932308, 0, 3],
  ['foobar', -790332482, 0, 0],
  ['a-little-bit-long-string', -985981536, 2, 1],
  ['a-little-bit-longer-string', -1486304829, 5, 0],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971, 5, 3],
  ['abc', 479470107, 3, 4],
  ['', 275646681, 3, 2],
  ['key-1', 193331640, 0, 5],
  ['key-2', 852269702, 2, 4],
  ['user-42', 1459644460, 4, 1],
  ['ü', 1419834458, 2, 0],
];

test('murmur2 matches the Java client hash and partition for every vector', () => {
  for (const [key, hash, p6, p7] of JAVA) {
    const bytes = Buffer.from(key, 'utf8');
    assert.equal(murmur2(bytes), hash, key);
    assert.equal(murmur2Partition(bytes, 6), p6, `${key} of 6`);
    assert.equal(murmur2Partition(bytes, 7), p7, `${key} of 7`);
  }
});

test('keyed records always go to the murmur2 partition; keyless ones stick until the batch closes', () => {
  const p = new Partitioner();
  assert.equal(p.partition('t', Buffer.from('key-2'), 6), 2);
  const first = p.partition('t', null, 6);
  for (let i = 0; i < 50; i++) assert.equal(p.partition('t', null, 6), first);
  p.batchClosed('t', first, 6);
  const second = p.partition('t', null, 6);
  assert.notEqual(second, first);
  assert.ok(second >= 0 && second < 6);
});

test('a custom partitioner wins, and falls back to the default when it returns undefined', () => {
  const p = new Partitioner(({ key }) => (key?.toString() === 'x' ? 4 : undefined));
  assert.equal(p.partition('t', Buffer.from('x'), 6), 4);
  assert.equal(p.partition('t', Buffer.from('key-1'), 6), 0);
});
