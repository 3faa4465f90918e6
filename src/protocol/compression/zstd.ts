/**
 * zstd codec (record batch attributes codec 4, KIP-110), Zstandard frames per RFC 8878.
 *
 * Frame layout (little-endian):
 *   u32 magic 0xFD2FB528 | FHD | [window descriptor] | [dictionary id] | [frame content size]
 *   blocks: 3-byte header (bit 0 last, bits 1-2 type: 0 raw, 1 RLE, 2 compressed; bits 3-23 size)
 *   [u32 content checksum]
 * FHD: bits 7-6 content size field size, 5 single segment, 3 reserved, 2 checksum, 1-0 dict id size.
 * Skippable frames (magic 0x184D2A5x, u32 size, payload) are skipped.
 *
 * Node 20 has no zstd in zlib. @bokuweb/zstd-wasm (libzstd in WebAssembly, initialised once below
 * with a top-level await so callers stay synchronous) compresses, and decompresses into an output
 * buffer sized to the frame's bound capped at the limit: libzstd stops with dstSize_tooSmall rather
 * than write past it, and needs no window buffer for one-shot decoding. It runs 3-4× faster than
 * fzstd here. Its heap never shrinks, so outputs above WASM_CAPACITY_LIMIT go to fzstd (pure JS,
 * streaming) instead.
 *
 * Bounding: frames are walked first without decoding. A declared content size over the limit fails
 * at once; otherwise raw and RLE blocks count their exact size and compressed blocks their maximum
 * (min(window, 128 KiB)), which sizes libzstd's output buffer (at most the limit). On the fzstd
 * path decoding streams block by block and stops as soon as the output passes the limit.
 * fzstd allocates a history buffer of the declared window (up to 2 GiB) and libzstd refuses windows
 * over 2^27, so a frame whose window exceeds what it can produce within the limit is decoded from
 * a copy that declares a smaller window: back-references never reach further than the output
 * produced so far, so the result is identical. Frames without a content size (the Java client's
 * zstd-jni streams, 2-8 MiB windows) decode without a large allocation either way.
 */
import { Decompress } from 'fzstd';
import { init as initZstdWasm, compress as zstdWasmCompress, decompress as zstdWasmDecompress } from '@bokuweb/zstd-wasm';
import { ProtocolError } from '../protocol-error.ts';

await initZstdWasm();

const FRAME_MAGIC = 0xfd2fb528;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const MAX_BLOCK = 128 * 1024;

export const ZSTD_DEFAULT_LEVEL = 3;
/** Largest output decoded in the wasm heap (which grows to the largest output and stays there). */
export const WASM_CAPACITY_LIMIT = 64 * 1024 * 1024;
/** libzstd's ZSTD_error_dstSize_tooSmall, as the wasm build reports it. */
const DST_SIZE_TOO_SMALL = -70;
const LIBZSTD_MAX_WINDOW = 2 ** 27;

interface ZstdFrame {
  start: number;
  end: number;
  /** Offset of the window descriptor byte, or -1 for single-segment frames. */
  windowAt: number;
  windowSize: number;
  /** Upper bound of the frame's decompressed size. */
  bound: number;
  /** Declared content size, or -1. */
  contentSize: number;
}

export function zstdCompressSync(data: Buffer, level = ZSTD_DEFAULT_LEVEL): Buffer {
  if (!Number.isInteger(level) || level < 1 || level > 22) throw new ProtocolError('INVALID_VALUE', `zstd level ${level} is outside 1-22`);
  const out = zstdWasmCompress(data, level);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

export function zstdDecompressSync(data: Buffer, maxBytes: number, wasmLimit = WASM_CAPACITY_LIMIT): Buffer {
  const frames = walkFrames(data, maxBytes);
  const out: Buffer[] = [];
  let total = 0;
  for (const f of frames) {
    const capacity = Math.min(f.bound, maxBytes - total);
    const wasm = capacity <= wasmLimit;
    // Back-references never reach past the output produced so far, so a window larger than the
    // frame's output within the limit can be declared smaller without changing the result. fzstd
    // allocates the declared window; libzstd refuses windows over 2^27 (its default maximum).
    const needed = Math.max(Math.min(f.bound, maxBytes), MAX_BLOCK);
    const patchAbove = wasm ? Math.max(needed, LIBZSTD_MAX_WINDOW) : needed;
    let frame = data.subarray(f.start, f.end);
    if (f.windowAt >= 0 && f.windowSize > patchAbove) {
      frame = Buffer.from(frame);
      frame[f.windowAt - f.start] = windowDescriptorFor(needed);
    }
    if (wasm) {
      const part = wasmFrame(frame, f, capacity, maxBytes);
      total += part.length;
      out.push(part);
      continue;
    }
    const decoder = new Decompress((chunk) => {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      out.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    try {
      decoder.push(frame, true);
    } catch (e) {
      if (e instanceof ProtocolError) throw e;
      throw corrupt(`zstd frame is corrupt: ${(e as Error).message}`);
    }
  }
  return out.length === 1 ? out[0]! : Buffer.concat(out, total);
}

function wasmFrame(frame: Buffer, f: ZstdFrame, capacity: number, maxBytes: number): Buffer {
  if (f.contentSize > capacity) throw tooLarge(maxBytes); // only when earlier frames used the budget
  let result: Uint8Array;
  try {
    // With a declared content size the library sizes the output itself (checked above).
    result = zstdWasmDecompress(frame, { defaultHeapSize: Math.max(1, capacity) });
  } catch (e) {
    const code = Number(/code (-?\d+)/.exec((e as Error).message)?.[1]);
    if (code === DST_SIZE_TOO_SMALL && capacity < f.bound) throw tooLarge(maxBytes);
    throw corrupt(`zstd frame is corrupt: ${(e as Error).message}`);
  }
  return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
}

/** Smallest window descriptor byte whose window size is at least `size` (RFC 8878 3.1.1.1.2). */
function windowDescriptorFor(size: number): number {
  for (let exponent = 0; exponent < 32; exponent++) {
    const base = 2 ** (10 + exponent);
    for (let mantissa = 0; mantissa < 8; mantissa++) {
      if (base + (base / 8) * mantissa >= size) return (exponent << 3) | mantissa;
    }
  }
  return 0xff;
}

function walkFrames(data: Buffer, maxBytes: number): ZstdFrame[] {
  if (data.length === 0) throw corrupt('zstd data is empty');
  const frames: ZstdFrame[] = [];
  let at = 0;
  while (at < data.length) {
    need(data, at, 4, 'frame magic');
    const magic = data.readUInt32LE(at);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(data, at + 4, 4, 'skippable frame size');
      const size = data.readUInt32LE(at + 4);
      need(data, at + 8, size, 'skippable frame');
      at += 8 + size;
      continue;
    }
    if (magic !== FRAME_MAGIC) throw corrupt(`zstd frame magic is 0x${magic.toString(16)}, expected 0xfd2fb528`);
    const frame = walkFrame(data, at, maxBytes);
    frames.push(frame);
    at = frame.end;
  }
  if (frames.length === 0) throw corrupt('zstd data holds no frame');
  return frames;
}

function walkFrame(data: Buffer, start: number, maxBytes: number): ZstdFrame {
  let at = start + 4;
  need(data, at, 1, 'frame header');
  const fhd = data[at++]!;
  const sizeFlag = fhd >> 6;
  const singleSegment = (fhd & 0x20) !== 0;
  const hasChecksum = (fhd & 0x04) !== 0;
  const dictIdSize = [0, 1, 2, 4][fhd & 0x03]!;
  if ((fhd & 0x08) !== 0) throw corrupt('zstd frame header has its reserved bit set');
  let windowAt = -1;
  let windowSize = 0;
  if (!singleSegment) {
    need(data, at, 1, 'window descriptor');
    windowAt = at;
    const wd = data[at++]!;
    const base = 2 ** (10 + (wd >> 3));
    windowSize = base + (base / 8) * (wd & 7);
  }
  need(data, at, dictIdSize, 'dictionary id');
  for (let i = 0; i < dictIdSize; i++) {
    if (data[at + i] !== 0) throw corrupt('zstd frames that need a dictionary are not supported');
  }
  at += dictIdSize;
  const sizeBytes = sizeFlag === 0 ? (singleSegment ? 1 : 0) : 1 << sizeFlag;
  need(data, at, sizeBytes, 'frame content size');
  let contentSize = -1;
  if (sizeBytes === 1) contentSize = data[at]!;
  else if (sizeBytes === 2) contentSize = data.readUInt16LE(at) + 256;
  else if (sizeBytes === 4) contentSize = data.readUInt32LE(at);
  else if (sizeBytes === 8) contentSize = data.readUInt32LE(at) + data.readUInt32LE(at + 4) * 4294967296;
  at += sizeBytes;
  if (contentSize > maxBytes) {
    throw new ProtocolError('DECOMPRESSED_TOO_LARGE', `zstd frame declares ${contentSize} bytes, over the ${maxBytes}-byte limit`);
  }
  if (singleSegment) windowSize = contentSize;
  const blockMax = Math.min(windowSize, MAX_BLOCK);
  let bound = 0;
  for (;;) {
    need(data, at, 3, 'block header');
    const header = data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16);
    at += 3;
    const type = (header >> 1) & 3;
    const size = header >>> 3;
    if (type === 3) throw corrupt('zstd block type 3 is reserved');
    if (size > blockMax) throw corrupt(`zstd block of ${size} bytes exceeds the ${blockMax}-byte block maximum`);
    const stored = type === 1 ? 1 : size;
    need(data, at, stored, 'block');
    bound += type === 2 ? blockMax : size;
    at += stored;
    if ((header & 1) !== 0) break;
  }
  if (hasChecksum) {
    need(data, at, 4, 'content checksum');
    at += 4;
  }
  if (contentSize >= 0) {
    if (contentSize > bound) throw corrupt(`zstd frame declares ${contentSize} bytes but its blocks hold at most ${bound}`);
    bound = contentSize;
  }
  return { start, end: at, windowAt, windowSize, bound, contentSize };
}

function need(data: Buffer, at: number, n: number, what: string): void {
  if (n > data.length - at) throw corrupt(`zstd ${what} is truncated`);
}

function tooLarge(maxBytes: number): ProtocolError {
  return new ProtocolError('DECOMPRESSED_TOO_LARGE', `zstd data decompresses past the ${maxBytes}-byte limit`);
}

function corrupt(message: string): ProtocolError {
  return new ProtocolError('CORRUPT_BATCH', message);
}
