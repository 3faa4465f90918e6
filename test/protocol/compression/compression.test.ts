import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { snappyDecompress, lz4Decompress, snappyCompress, lz4Compress } from '@platformatic/wasm-utils';
import { compress, compressSync, decompress, decompressSync, CompressionCodec } from '../../../src/protocol/compression/compression.ts';
import { snappyCompressXerialSync } from '../../../src/protocol/compression/snappy.ts';
import { zstdDecompressSync } from '../../../src/protocol/compression/zstd.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';

const CODECS = [CompressionCodec.Gzip, CompressionCodec.Snappy, CompressionCodec.Lz4, CompressionCodec.Zstd];
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const INPUT = fixture('input.jsonl');

function assertProtocolError(fn: () => unknown, code?: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ProtocolError, `expected ProtocolError, got ${String(e)}`);
    if (code) assert.equal(e.code, code);
    return;
  }
  if (code) assert.fail(`expected ProtocolError ${code}, got a value`);
}

test('every codec round-trips arbitrary bytes, sync and async', async () => {
  fc.assert(
    fc.property(fc.constantFrom(...CODECS), fc.uint8Array({ maxLength: 4096 }), (codec, bytes) => {
      const data = Buffer.from(bytes);
      const packed = compressSync(codec, data);
      assert.deepEqual(decompressSync(codec, packed, data.length), data);
    }),
    { numRuns: 300 },
  );
  for (const codec of CODECS) {
    const packed = await compress(codec, INPUT);
    assert.ok(packed.length < INPUT.length / 3, `codec ${codec} compresses JSON text`);
    assert.deepEqual(await decompress(codec, packed, INPUT.length), INPUT);
  }
});

test('a limit one byte short of the output fails with DECOMPRESSED_TOO_LARGE', async () => {
  for (const codec of CODECS) {
    const packed = compressSync(codec, INPUT);
    assertProtocolError(() => decompressSync(codec, packed, INPUT.length - 1), 'DECOMPRESSED_TOO_LARGE');
    await assert.rejects(decompress(codec, packed, INPUT.length - 1), (e: unknown) => e instanceof ProtocolError && e.code === 'DECOMPRESSED_TOO_LARGE');
  }
  assertProtocolError(() => decompressSync(CompressionCodec.None, INPUT, 10), 'DECOMPRESSED_TOO_LARGE');
});

test('codec ids 5, 6 and 7 are UNSUPPORTED_COMPRESSION', async () => {
  for (const codec of [5, 6, 7] as unknown as CompressionCodec[]) {
    assertProtocolError(() => decompressSync(codec, INPUT, 1 << 20), 'UNSUPPORTED_COMPRESSION');
    assertProtocolError(() => compressSync(codec, INPUT), 'UNSUPPORTED_COMPRESSION');
    await assert.rejects(decompress(codec, INPUT, 1 << 20), (e: unknown) => e instanceof ProtocolError && e.code === 'UNSUPPORTED_COMPRESSION');
  }
});

test('decodes what the reference tools wrote (gzip, python gzip, zstd CLI, lz4 CLI; see fixtures/make.sh)', () => {
  const cases: [CompressionCodec, string][] = [
    [CompressionCodec.Gzip, 'input.gzip-cli.gz'],
    [CompressionCodec.Gzip, 'input.python.gz'],
    [CompressionCodec.Zstd, 'input.zstd-file.zst'],
    [CompressionCodec.Zstd, 'input.zstd-stream.zst'],
    [CompressionCodec.Lz4, 'input.lz4-default.lz4'],
    [CompressionCodec.Lz4, 'input.lz4-linked.lz4'],
    [CompressionCodec.Lz4, 'input.lz4-size.lz4'],
  ];
  for (const [codec, name] of cases) {
    assert.deepEqual(decompressSync(codec, fixture(name), INPUT.length), INPUT, name);
    // The same data with a limit just below its size must stop at the limit.
    assertProtocolError(() => decompressSync(codec, fixture(name), INPUT.length - 1), 'DECOMPRESSED_TOO_LARGE');
  }
  // zstd's second decoder (fzstd, used for outputs above the wasm heap cap) on the same frames.
  for (const name of ['input.zstd-file.zst', 'input.zstd-stream.zst']) {
    assert.deepEqual(zstdDecompressSync(fixture(name), INPUT.length, 0), INPUT, `${name} via fzstd`);
    assertProtocolError(() => zstdDecompressSync(fixture(name), INPUT.length - 1, 0), 'DECOMPRESSED_TOO_LARGE');
  }
  const twice = Buffer.concat([INPUT, INPUT]);
  assert.deepEqual(zstdDecompressSync(fixture('input.zstd-2frames.zst'), twice.length, 0), twice);
  assert.deepEqual(decompressSync(CompressionCodec.Zstd, fixture('input.zstd-2frames.zst'), twice.length), twice);
});

test('lz4 linked blocks decode block by block when the limit is below the frame bound', () => {
  // input.lz4-linked.lz4 has 3 blocks of 64 KiB maximum (192 KiB bound) for 138 KiB of text: a limit
  // between the two takes the block-by-block path, which must resolve references across blocks.
  assert.deepEqual(decompressSync(CompressionCodec.Lz4, fixture('input.lz4-linked.lz4'), INPUT.length + 10), INPUT);
  assert.deepEqual(decompressSync(CompressionCodec.Lz4, fixture('input.lz4-default.lz4'), INPUT.length), INPUT);
});

test('snappy: raw and xerial-framed (Java client) both decode; other implementations read ours', () => {
  const xerial = snappyCompressXerialSync(INPUT);
  assert.equal(xerial.subarray(0, 8).toString('latin1'), '\x82SNAPPY\x00');
  assert.deepEqual(decompressSync(CompressionCodec.Snappy, xerial, INPUT.length), INPUT);
  assertProtocolError(() => decompressSync(CompressionCodec.Snappy, xerial, INPUT.length - 1), 'DECOMPRESSED_TOO_LARGE');
  // @platformatic/kafka's codecs (a Rust build, not the libraries we use) as the other side.
  assert.deepEqual(Buffer.from(snappyDecompress(compressSync(CompressionCodec.Snappy, INPUT))), INPUT);
  assert.deepEqual(decompressSync(CompressionCodec.Snappy, Buffer.from(snappyCompress(INPUT)), INPUT.length), INPUT);
  assert.deepEqual(Buffer.from(lz4Decompress(compressSync(CompressionCodec.Lz4, INPUT))), INPUT);
  assert.deepEqual(decompressSync(CompressionCodec.Lz4, Buffer.from(lz4Compress(INPUT)), INPUT.length), INPUT);
  // Node's zlib reads our gzip.
  assert.deepEqual(zlib.gunzipSync(compressSync(CompressionCodec.Gzip, INPUT)), INPUT);
});

test('truncated, flipped and garbage input ends in a value or a ProtocolError, nothing else', () => {
  const packed = CODECS.map((c) => compressSync(c, INPUT.subarray(0, 3000)));
  fc.assert(
    fc.property(fc.nat(3), fc.nat(), fc.nat(255), fc.boolean(), (i, pos, byte, truncate) => {
      const codec = CODECS[i]!;
      const good = packed[i]!;
      const at = pos % good.length;
      const bad = truncate ? good.subarray(0, at) : Buffer.from(good);
      if (!truncate) bad[at] = byte;
      assertProtocolError(() => decompressSync(codec, bad, 1 << 20));
      if (codec === CompressionCodec.Zstd) assertProtocolError(() => zstdDecompressSync(bad, 1 << 20, 0));
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.nat(3), fc.uint8Array({ maxLength: 300 }), fc.boolean(), (i, bytes, magic) => {
      const codec = CODECS[i]!;
      const prefix = [Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('\x82SNAPPY\x00\x00\x00\x00\x01\x00\x00\x00\x01', 'latin1'), Buffer.from([4, 0x22, 0x4d, 0x18]), Buffer.from([0x28, 0xb5, 0x2f, 0xfd])][i]!;
      const data = magic ? Buffer.concat([prefix, bytes]) : Buffer.from(bytes);
      assertProtocolError(() => decompressSync(codec, data, 1 << 16));
      if (codec === CompressionCodec.Zstd) assertProtocolError(() => zstdDecompressSync(data, 1 << 16, 0));
    }),
    { numRuns: 3000 },
  );
});

test('gzip and zstd levels trade size for speed; out-of-range levels are INVALID_VALUE', () => {
  for (const [codec, fast, small] of [[CompressionCodec.Gzip, 1, 9], [CompressionCodec.Zstd, 1, 9]] as const) {
    const a = compressSync(codec, INPUT, { level: fast });
    const b = compressSync(codec, INPUT, { level: small });
    assert.ok(b.length < a.length, `level ${small} is smaller than level ${fast}`);
    assert.deepEqual(decompressSync(codec, a, INPUT.length), INPUT);
    assert.deepEqual(decompressSync(codec, b, INPUT.length), INPUT);
    assertProtocolError(() => compressSync(codec, INPUT, { level: 40 }), 'INVALID_VALUE');
  }
});

test('async decompression (thread pool for gzip, snappy, lz4) agrees with the sync one, on good and bad input', async () => {
  const cases: [CompressionCodec, Buffer][] = [
    [CompressionCodec.Lz4, fixture('input.lz4-default.lz4')],
    [CompressionCodec.Lz4, fixture('input.lz4-linked.lz4')],
    [CompressionCodec.Snappy, snappyCompressXerialSync(INPUT)],
    ...CODECS.map((c) => [c, compressSync(c, INPUT)] as [CompressionCodec, Buffer]),
  ];
  for (const [codec, packed] of cases) {
    assert.deepEqual(await decompress(codec, packed, 1 << 20), INPUT);
    for (let i = 0; i < 30; i++) {
      const bad = Buffer.from(packed);
      bad[(i * 7919) % bad.length] ^= 1 << (i % 8);
      let syncResult: Buffer | string;
      try {
        syncResult = decompressSync(codec, bad, 1 << 20);
      } catch (e) {
        assert.ok(e instanceof ProtocolError);
        syncResult = e.code;
      }
      const asyncResult = await decompress(codec, bad, 1 << 20).catch((e: unknown) => {
        assert.ok(e instanceof ProtocolError, `async ${codec}: ${String(e)}`);
        return e.code;
      });
      // Both reject, or both return the same bytes (a flip in a literal can go unnoticed by a codec
      // without checksums; the batch CRC catches it).
      if (typeof syncResult === 'string' || typeof asyncResult === 'string') assert.equal(typeof asyncResult, typeof syncResult);
      else assert.deepEqual(asyncResult, syncResult);
    }
  }
});
