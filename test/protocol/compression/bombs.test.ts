import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import lz4 from 'lz4-napi';
import { decompressSync, decompress, CompressionCodec } from '../../../src/protocol/compression/compression.ts';
import { zstdCompressSync, zstdDecompressSync } from '../../../src/protocol/compression/zstd.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';

const MiB = 1 << 20;
const LIMIT = MiB;

/**
 * Runs a decompression that must fail with DECOMPRESSED_TOO_LARGE, and checks it did so quickly and
 * without a large allocation: peak RSS may not grow by more than 96 MiB (the bombs expand to 256 MiB
 * to 1 GiB, so allocating the output, or the declared window, would show).
 */
async function assertDefused(name: string, run: () => unknown): Promise<void> {
  global.gc?.();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - start;
  const grown = process.resourceUsage().maxRSS * 1024 - peakBefore;
  assert.ok(error instanceof ProtocolError, `${name}: expected a ProtocolError, got ${String(error)}`);
  assert.equal(error.code, 'DECOMPRESSED_TOO_LARGE', name);
  assert.ok(ms < 2000, `${name}: took ${ms.toFixed(0)} ms`);
  assert.ok(grown < 96 * MiB, `${name}: peak memory grew by ${(grown / MiB).toFixed(0)} MiB`);
}

test('gzip bomb: 1 MiB of gzip members expanding to 1 GiB stops at the limit', async () => {
  const member = zlib.gzipSync(Buffer.alloc(MiB), { level: 9 }); // ~1 KiB
  const bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  assert.ok(bomb.length <= 1.1 * MiB);
  await assertDefused('gzip sync', () => decompressSync(CompressionCodec.Gzip, bomb, LIMIT));
  await assertDefused('gzip async', () => decompress(CompressionCodec.Gzip, bomb, LIMIT));
});

test('zstd bomb without a content size (RLE blocks, 2 GiB window) stops at the limit', async () => {
  // Frame header: magic, FHD 0 (no content size, not single segment), window descriptor 0xa8
  // (2^31 bytes). Then 8192 RLE blocks of 128 KiB: 32 KiB of input, 1 GiB of output.
  const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8]);
  const blocks = Buffer.alloc(8192 * 4);
  for (let i = 0; i < 8192; i++) {
    const last = i === 8191 ? 1 : 0;
    const h = last | (1 << 1) | ((128 * 1024) << 3);
    blocks.writeUIntLE(h, i * 4, 3);
    blocks[i * 4 + 3] = 0x61;
  }
  const bomb = Buffer.concat([header, blocks]);
  await assertDefused('zstd rle', () => decompressSync(CompressionCodec.Zstd, bomb, LIMIT));
  await assertDefused('zstd rle, fzstd path', () => zstdDecompressSync(bomb, LIMIT, 0));
  // The same frame within a generous limit really is 1 GiB of 'a' (so the bomb is genuine): check
  // the first MiB decodes when the window is honest and the limit fits a shorter frame.
  const small = Buffer.concat([header, blocks.subarray(blocks.length - 8 * 4)]);
  assert.deepEqual(decompressSync(CompressionCodec.Zstd, small, 8 * 128 * 1024), Buffer.alloc(8 * 128 * 1024, 0x61));
  assert.deepEqual(zstdDecompressSync(small, 8 * 128 * 1024, 0), Buffer.alloc(8 * 128 * 1024, 0x61));
});

test('zstd bomb with a declared content size fails before decoding', async () => {
  const frame = zstdCompressSync(Buffer.alloc(16 * MiB)); // declares 16 MiB, ~500 bytes
  const bomb = Buffer.concat(Array.from({ length: 64 }, () => frame)); // 1 GiB
  await assertDefused('zstd declared', () => decompressSync(CompressionCodec.Zstd, bomb, LIMIT));
  await assertDefused('zstd declared, fzstd path', () => zstdDecompressSync(bomb, LIMIT, 0));
});

test('lz4 bomb (4 MiB blocks of zeros, 256 MiB in total) stops at the limit', async () => {
  const sizePrefixed = lz4.compressSync(Buffer.alloc(4 * MiB));
  const block = sizePrefixed.subarray(4);
  const header = Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x70, 0x73]); // FLG independent, BD 4 MiB
  const parts: Buffer[] = [header];
  for (let i = 0; i < 64; i++) {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(block.length, 0);
    parts.push(size, block);
  }
  parts.push(Buffer.alloc(4));
  const bomb = Buffer.concat(parts);
  await assertDefused('lz4', () => decompressSync(CompressionCodec.Lz4, bomb, LIMIT));
});

test('snappy bomb declaring a 4 GiB output fails before decoding', async () => {
  const bomb = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
  await assertDefused('snappy raw', () => decompressSync(CompressionCodec.Snappy, bomb, LIMIT));
  const xerialHeader = Buffer.from('\x82SNAPPY\x00\x00\x00\x00\x01\x00\x00\x00\x01', 'latin1');
  const len = Buffer.alloc(4);
  len.writeInt32BE(bomb.length);
  await assertDefused('snappy xerial', () => decompressSync(CompressionCodec.Snappy, Buffer.concat([xerialHeader, len, bomb]), LIMIT));
});
