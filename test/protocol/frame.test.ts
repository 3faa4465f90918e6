import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { frameSizeNeeded, readFrame } from '../../src/protocol/frame.ts';
import { ProtocolError } from '../../src/protocol/protocol-error.ts';

function frame(payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
}

test('every strict prefix of a valid frame means "need more bytes"', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (a) => {
      const f = frame(Buffer.from(a));
      for (let n = 0; n < f.length; n++) assert.equal(readFrame(f.subarray(0, n), 0, 1024), null, `prefix of ${n} bytes`);
      const whole = readFrame(f, 0, 1024);
      assert.ok(whole);
      assert.deepEqual(whole.payload, Buffer.from(a));
      assert.equal(whole.next, f.length);
    }),
    { numRuns: 50 },
  );
});

test('frames back to back are read one after the other from an offset', () => {
  const buf = Buffer.concat([frame(Buffer.from('first')), frame(Buffer.from('second')), Buffer.from([0, 0])]);
  const a = readFrame(buf, 0, 100)!;
  assert.equal(a.payload.toString(), 'first');
  const b = readFrame(buf, a.next, 100)!;
  assert.equal(b.payload.toString(), 'second');
  assert.equal(readFrame(buf, b.next, 100), null);
  assert.equal(frameSizeNeeded(buf, a.next, 100), 4 + 6);
});

test('a negative size is NEGATIVE_LENGTH, a size over the limit is LENGTH_TOO_LARGE, before the body arrives', () => {
  const neg = Buffer.from([0xff, 0xff, 0xff, 0xfe]);
  assert.throws(() => readFrame(neg, 0, 100), (e: unknown) => e instanceof ProtocolError && e.code === 'NEGATIVE_LENGTH');
  const big = Buffer.alloc(4);
  big.writeInt32BE(101);
  assert.throws(() => readFrame(big, 0, 100), (e: unknown) => e instanceof ProtocolError && e.code === 'LENGTH_TOO_LARGE');
  big.writeInt32BE(100);
  assert.equal(readFrame(big, 0, 100), null, 'a size at the limit is fine and waits for its bytes');
});
