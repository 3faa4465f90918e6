// Untrusted bytes into every decoder: the result is a value or a ProtocolError, never another
// exception, and declared counts are checked against the bytes that remain before allocating
// (RELIABILITY.md rule 10).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Reader } from '../../../src/protocol/reader.ts';
import { Writer } from '../../../src/protocol/writer.ts';
import { ProtocolError, isProtocolError } from '../../../src/protocol/protocol-error.ts';
import { decodeProduceRequest } from '../../../src/protocol/generated/produce-request.ts';
import { decodeMetadataRequest } from '../../../src/protocol/generated/metadata-request.ts';
import { loadGeneratedCodecs, type LoadedCodec } from '../generated-modules.ts';
import { messageArbitrary, versionsOf } from '../schema-arbitrary.ts';

const codecs = await loadGeneratedCodecs();

function decodeOrProtocolError(c: LoadedCodec, bytes: Buffer, version: number): void {
  try {
    c.decode(new Reader(bytes), version);
  } catch (e) {
    if (!isProtocolError(e)) {
      assert.fail(`${c.schema.name} v${version} threw ${String(e)} for ${bytes.toString('hex')}`);
    }
  }
}

for (const kind of ['request', 'response']) {
  test(`random bytes into every ${kind} decoder at every version: a value or a ProtocolError`, () => {
    for (const c of codecs.filter((x) => x.schema.type === kind)) {
      for (const version of versionsOf(c.schema)) {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 48 }), (a) => decodeOrProtocolError(c, Buffer.from(a), version)),
          { numRuns: 12, seed: version },
        );
      }
    }
  });

  test(`mutated valid ${kind}s (byte flips, truncation): a value or a ProtocolError`, () => {
    for (const c of codecs.filter((x) => x.schema.type === kind)) {
      for (const version of versionsOf(c.schema)) {
        const mutated = fc
          .tuple(messageArbitrary(c.schema, version), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat())
          .map(([value, at, byte, cut]) => {
            const w = new Writer(64);
            c.encode(w, value, version);
            const b = Buffer.from(w.finish());
            if (b.length > 0) b[at % b.length] = byte;
            return b.subarray(0, b.length - (cut % 3));
          });
        fc.assert(fc.property(mutated, (b) => decodeOrProtocolError(c, b, version)), { numRuns: 6, seed: version });
      }
    }
  });
}

test('a 20-byte body declaring 2^31 array elements fails fast with LENGTH_TOO_LARGE', () => {
  // ProduceRequest v9 (flexible): null transactional id, acks, timeout, then a compact array whose
  // count is uvarint 2^31 + 1 (= 2^31 elements), padded to 20 bytes.
  const body = Buffer.alloc(20);
  let p = 0;
  body[p++] = 0x00; // transactionalId: compact null
  p = body.writeInt16BE(-1, p); // acks
  p = body.writeInt32BE(30000, p); // timeoutMs
  for (const b of [0x81, 0x80, 0x80, 0x80, 0x08]) body[p++] = b; // uvarint 2^31 + 1
  const started = process.hrtime.bigint();
  assert.throws(() => decodeProduceRequest(new Reader(body), 9), (e: unknown) => e instanceof ProtocolError && e.code === 'LENGTH_TOO_LARGE');
  // Non-flexible: MetadataRequest v1 with int32 count 0x7fffffff.
  const old = Buffer.alloc(20);
  old.writeInt32BE(0x7fffffff, 0);
  assert.throws(() => decodeMetadataRequest(new Reader(old), 1), (e: unknown) => e instanceof ProtocolError && e.code === 'LENGTH_TOO_LARGE');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Allocating 2^31 elements would take seconds or throw RangeError; a shared CI machine may pause us.
  assert.ok(ms < 1000, `took ${ms} ms`);
});

test('unsupported versions are UNSUPPORTED_VERSION on both encode and decode', () => {
  for (const c of codecs.filter((x) => x.schema.type === 'request')) {
    const over = c.schema.validVersions![1] + 1;
    assert.throws(() => c.decode(new Reader(Buffer.alloc(64)), over), (e: unknown) => e instanceof ProtocolError && e.code === 'UNSUPPORTED_VERSION');
    assert.throws(() => c.encode(new Writer(), {}, -1), (e: unknown) => e instanceof ProtocolError && e.code === 'UNSUPPORTED_VERSION');
  }
});

test('null in any field (or array element) of any message and version: encoded or a ProtocolError, never a TypeError', () => {
  for (const c of codecs) {
    const values: Record<string, unknown>[] = [];
    for (const f of c.schema.fields) {
      values.push({ [f.name]: null });
      if (f.type.startsWith('[]')) values.push({ [f.name]: [null] });
    }
    for (const version of versionsOf(c.schema)) {
      for (const value of values) {
        try {
          c.encode(new Writer(), value, version);
        } catch (e) {
          if (!isProtocolError(e)) assert.fail(`${c.schema.name} v${version} ${JSON.stringify(value)}: ${String(e)}`);
        }
      }
    }
  }
});
