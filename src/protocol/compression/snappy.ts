/**
 * snappy codec (record batch attributes codec 2), in the two forms Kafka producers send:
 *
 * - raw snappy (librdkafka, kafka-python, @platformatic/kafka): varint uncompressed length, then
 *   the snappy block format.
 * - xerial framing (the Java client, through snappy-java's SnappyOutputStream):
 *     8 bytes  magic 0x82 'S' 'N' 'A' 'P' 'P' 'Y' 0x00
 *     int32    version (1)         int32 compatible version (1)
 *     then blocks: int32 compressed length, raw snappy block (each with its own varint length)
 *
 * Decompression detects the magic and handles both, as snappy-java's SnappyInputStream does.
 * Compression writes raw snappy: every client we know reads it (the Java client's SnappyInputStream
 * falls back to raw when the magic is absent; librdkafka and kafka-python detect both), while
 * @platformatic/kafka cannot read the xerial form.
 *
 * Bounding: every raw block declares its uncompressed length up front; the running total is checked
 * against the limit before the block is decompressed, so nothing beyond the limit is allocated.
 */
import snappy from 'snappy';
import { ProtocolError } from '../protocol-error.ts';

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_SIZE = 16;

// copyOutputData: napi external buffers cost more than the copy (about 3× slower here).
export function snappyCompressSync(data: Buffer): Buffer {
  return snappy.compressSync(data, { copyOutputData: true });
}

export function snappyCompress(data: Buffer): Promise<Buffer> {
  return snappy.compress(data, { copyOutputData: true });
}

export function isXerialFramed(data: Buffer): boolean {
  return data.length >= XERIAL_MAGIC.length && data.compare(XERIAL_MAGIC, 0, 8, 0, 8) === 0;
}

/** Wraps raw snappy blocks of at most `blockSize` input bytes in xerial framing (as the Java client). */
export function snappyCompressXerialSync(data: Buffer, blockSize = 32 * 1024): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(XERIAL_HEADER_SIZE);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(1, 8);
  header.writeInt32BE(1, 12);
  parts.push(header);
  for (let at = 0; at < data.length; at += blockSize) {
    const block = snappy.compressSync(data.subarray(at, at + blockSize), { copyOutputData: true });
    const len = Buffer.allocUnsafe(4);
    len.writeInt32BE(block.length, 0);
    parts.push(len, block);
  }
  return Buffer.concat(parts);
}

export function snappyDecompressSync(data: Buffer, maxBytes: number): Buffer {
  if (!isXerialFramed(data)) return rawBlock(data, maxBytes);
  if (data.length < XERIAL_HEADER_SIZE) throw corrupt('xerial snappy header is truncated');
  const blocks: Buffer[] = [];
  let total = 0;
  let at = XERIAL_HEADER_SIZE;
  while (at < data.length) {
    if (data.length - at < 4) throw corrupt('xerial snappy block length is truncated');
    const len = data.readInt32BE(at);
    at += 4;
    if (len < 0 || len > data.length - at) throw corrupt(`xerial snappy block declares ${len} bytes, ${data.length - at} remain`);
    const block = rawBlock(data.subarray(at, at + len), maxBytes - total);
    total += block.length;
    blocks.push(block);
    at += len;
  }
  return blocks.length === 1 ? blocks[0]! : Buffer.concat(blocks, total);
}

/** As snappyDecompressSync, decoding raw blocks on the libuv thread pool. */
export async function snappyDecompress(data: Buffer, maxBytes: number): Promise<Buffer> {
  if (!isXerialFramed(data)) return rawBlockAsync(data, maxBytes);
  if (data.length < XERIAL_HEADER_SIZE) throw corrupt('xerial snappy header is truncated');
  const blocks: Buffer[] = [];
  let total = 0;
  let at = XERIAL_HEADER_SIZE;
  while (at < data.length) {
    if (data.length - at < 4) throw corrupt('xerial snappy block length is truncated');
    const len = data.readInt32BE(at);
    at += 4;
    if (len < 0 || len > data.length - at) throw corrupt(`xerial snappy block declares ${len} bytes, ${data.length - at} remain`);
    const block = await rawBlockAsync(data.subarray(at, at + len), maxBytes - total);
    total += block.length;
    blocks.push(block);
    at += len;
  }
  return blocks.length === 1 ? blocks[0]! : Buffer.concat(blocks, total);
}

/** Uncompressed length declared at the start of a raw snappy block (unsigned varint, ≤ 32 bits). */
export function rawSnappyLength(block: Buffer): number {
  let result = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= block.length) throw corrupt('snappy length varint is truncated');
    const b = block[i]!;
    result += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return result;
  }
  throw corrupt('snappy length varint is longer than 5 bytes');
}

function rawBlock(block: Buffer, maxBytes: number): Buffer {
  const declared = checkDeclared(block, maxBytes);
  let out: string | Buffer;
  try {
    out = snappy.uncompressSync(block, { asBuffer: true, copyOutputData: true });
  } catch (e) {
    throw corrupt(`snappy data is corrupt: ${(e as Error).message}`);
  }
  // asBuffer: true always yields a Buffer; the union comes from the library's typing.
  if (typeof out === 'string' || out.length !== declared) throw corrupt('snappy block length does not match its header');
  return out;
}

async function rawBlockAsync(block: Buffer, maxBytes: number): Promise<Buffer> {
  const declared = checkDeclared(block, maxBytes);
  let out: string | Buffer;
  try {
    out = await snappy.uncompress(block, { asBuffer: true, copyOutputData: true });
  } catch (e) {
    throw corrupt(`snappy data is corrupt: ${(e as Error).message}`);
  }
  if (typeof out === 'string' || out.length !== declared) throw corrupt('snappy block length does not match its header');
  return out;
}

function checkDeclared(block: Buffer, maxBytes: number): number {
  const declared = rawSnappyLength(block);
  if (declared > maxBytes) {
    throw new ProtocolError('DECOMPRESSED_TOO_LARGE', `snappy block declares ${declared} bytes, over the limit by ${declared - maxBytes}`);
  }
  return declared;
}

function corrupt(message: string): ProtocolError {
  return new ProtocolError('CORRUPT_BATCH', message);
}
