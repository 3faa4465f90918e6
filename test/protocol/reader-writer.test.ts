import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Reader } from '../../src/protocol/reader.ts';
import { Writer } from '../../src/protocol/writer.ts';
import { ProtocolError } from '../../src/protocol/protocol-error.ts';

test('varint and varlong round trip over their whole range', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (i, l) => {
      const w = new Writer(4).varint(i).varlong(l);
      const r = new Reader(w.finish());
      assert.equal(r.varint(), i);
      assert.equal(r.varlong(), l);
      assert.equal(r.remaining(), 0);
    }),
  );
});

test('an overlong varint is a protocol error', () => {
  const r = new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
  assert.throws(() => r.uvarint(), (e: unknown) => e instanceof ProtocolError && e.code === 'VARINT_TOO_LONG');
});

test('a huge declared array count fails before allocation', () => {
  const body = Buffer.alloc(20);
  body.writeInt32BE(2 ** 31 - 1, 0);
  const r = new Reader(body);
  assert.throws(() => r.arrayLength(4), (e: unknown) => e instanceof ProtocolError && e.code === 'LENGTH_TOO_LARGE');
});

test('strings, bytes and uuids round trip in classic and compact forms', () => {
  const uuid = Buffer.alloc(16, 7).toString('base64url');
  const w = new Writer(1)
    .string('héllo')
    .nullableString(null)
    .compactString('x')
    .compactNullableString(null)
    .bytes(Buffer.from([1, 2]))
    .compactNullableBytes(null)
    .uuid(uuid);
  const r = new Reader(w.finish());
  assert.equal(r.string(), 'héllo');
  assert.equal(r.nullableString(), null);
  assert.equal(r.compactString(), 'x');
  assert.equal(r.compactNullableString(), null);
  assert.deepEqual(r.bytes(), Buffer.from([1, 2]));
  assert.equal(r.compactNullableBytes(), null);
  assert.equal(r.uuid(), uuid);
  assert.equal(r.remaining(), 0);
});

test('a truncated string is a protocol error', () => {
  const r = new Reader(Buffer.from([0, 10, 65]));
  assert.throws(() => r.string(), (e: unknown) => e instanceof ProtocolError && e.code === 'LENGTH_TOO_LARGE');
});
