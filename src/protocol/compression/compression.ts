/**
 * Record batch compression (attributes bits 0-2): one entry point per direction for every codec
 * Kafka defines. The codec-specific files document their formats and how output is bounded.
 *
 * `decompress` never returns or allocates more than `maxBytes` (RELIABILITY.md rule 10): the broker
 * passes its limit so that a small batch that inflates to gigabytes fails fast and cheaply.
 * Errors are ProtocolError: UNSUPPORTED_COMPRESSION for an unknown codec id, DECOMPRESSED_TOO_LARGE
 * past the limit, CORRUPT_BATCH for data the codec cannot decode.
 *
 * The synchronous forms serve synchronous record iteration and batch building. The async forms run
 * gzip, snappy and lz4 on the libuv thread pool, keeping the event loop free; zstd (WebAssembly)
 * runs on the calling thread either way.
 */
import { CompressionCodec } from '../record-batch/batch-header.ts';
import { ProtocolError } from '../protocol-error.ts';
import { gzipCompress, gzipCompressSync, gzipDecompress, gzipDecompressSync } from './gzip.ts';
import { snappyCompress, snappyCompressSync, snappyDecompress, snappyDecompressSync } from './snappy.ts';
import { lz4Compress, lz4CompressSync, lz4Decompress, lz4DecompressSync } from './lz4.ts';
import { zstdCompressSync, zstdDecompressSync } from './zstd.ts';

export { CompressionCodec };

export interface CompressOptions {
  /**
   * Codec level (KIP-390's compression.gzip.level / compression.zstd.level): gzip 1-9 (default 6,
   * as java.util.zip), zstd 1-22 (default 3). snappy and lz4 have none here.
   */
  level?: number;
}

export function compressSync(codec: CompressionCodec, data: Buffer, opts: CompressOptions = {}): Buffer {
  switch (codec) {
    case CompressionCodec.None:
      return data;
    case CompressionCodec.Gzip:
      return gzipCompressSync(data, opts.level);
    case CompressionCodec.Snappy:
      return snappyCompressSync(data);
    case CompressionCodec.Lz4:
      return lz4CompressSync(data);
    case CompressionCodec.Zstd:
      return zstdCompressSync(data, opts.level);
    default:
      throw unsupported(codec);
  }
}

export async function compress(codec: CompressionCodec, data: Buffer, opts: CompressOptions = {}): Promise<Buffer> {
  if (codec === CompressionCodec.Gzip) return gzipCompress(data, opts.level);
  if (codec === CompressionCodec.Snappy) return snappyCompress(data);
  if (codec === CompressionCodec.Lz4) return lz4Compress(data);
  return compressSync(codec, data, opts);
}

export function decompressSync(codec: CompressionCodec, data: Buffer, maxBytes: number): Buffer {
  switch (codec) {
    case CompressionCodec.None:
      if (data.length > maxBytes) throw new ProtocolError('DECOMPRESSED_TOO_LARGE', `${data.length} bytes exceed the ${maxBytes}-byte limit`);
      return data;
    case CompressionCodec.Gzip:
      return gzipDecompressSync(data, maxBytes);
    case CompressionCodec.Snappy:
      return snappyDecompressSync(data, maxBytes);
    case CompressionCodec.Lz4:
      return lz4DecompressSync(data, maxBytes);
    case CompressionCodec.Zstd:
      return zstdDecompressSync(data, maxBytes);
    default:
      throw unsupported(codec);
  }
}

export async function decompress(codec: CompressionCodec, data: Buffer, maxBytes: number): Promise<Buffer> {
  if (codec === CompressionCodec.Gzip) return gzipDecompress(data, maxBytes);
  if (codec === CompressionCodec.Snappy) return snappyDecompress(data, maxBytes);
  if (codec === CompressionCodec.Lz4) return lz4Decompress(data, maxBytes);
  return decompressSync(codec, data, maxBytes);
}

/** Kafka's name for a codec, as in the compression.type config. */
export function codecName(codec: CompressionCodec): string {
  return ['none', 'gzip', 'snappy', 'lz4', 'zstd'][codec] ?? `unknown(${codec})`;
}

function unsupported(codec: number): ProtocolError {
  return new ProtocolError('UNSUPPORTED_COMPRESSION', `compression codec ${codec} is not one of none, gzip, snappy, lz4, zstd`);
}
