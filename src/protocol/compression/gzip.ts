/**
 * gzip codec (record batch attributes codec 1): RFC 1952 members, as java.util.zip.GZIPOutputStream
 * and librdkafka write them. Concatenated members decode as one stream, as GZIPInputStream does.
 *
 * Bounding: zlib's `maxOutputLength` stops inflating once the output would pass the limit, so a
 * gzip bomb costs at most `maxBytes` of memory and the time to inflate that much.
 */
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { ProtocolError } from '../protocol-error.ts';

const gunzipAsync = promisify(zlib.gunzip);
const gzipAsync = promisify(zlib.gzip);

export function gzipCompressSync(data: Buffer, level = zlib.constants.Z_DEFAULT_COMPRESSION): Buffer {
  return zlib.gzipSync(data, { level: checkLevel(level) });
}

export function gzipCompress(data: Buffer, level = zlib.constants.Z_DEFAULT_COMPRESSION): Promise<Buffer> {
  return gzipAsync(data, { level: checkLevel(level) });
}

function checkLevel(level: number): number {
  if (!Number.isInteger(level) || level < -1 || level > 9) throw new ProtocolError('INVALID_VALUE', `gzip level ${level} is outside 1-9`);
  return level;
}

export function gzipDecompressSync(data: Buffer, maxBytes: number): Buffer {
  try {
    return checkLimit(zlib.gunzipSync(data, { maxOutputLength: Math.max(1, maxBytes) }), maxBytes);
  } catch (e) {
    throw gzipError(e, maxBytes);
  }
}

export async function gzipDecompress(data: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return checkLimit(await gunzipAsync(data, { maxOutputLength: Math.max(1, maxBytes) }), maxBytes);
  } catch (e) {
    throw gzipError(e, maxBytes);
  }
}

// zlib refuses maxOutputLength 0, so a zero limit is enforced here.
function checkLimit(out: Buffer, maxBytes: number): Buffer {
  if (out.length > maxBytes) throw new ProtocolError('DECOMPRESSED_TOO_LARGE', `gzip data inflates past ${maxBytes} bytes`);
  return out;
}

function gzipError(e: unknown, maxBytes: number): ProtocolError {
  if (e instanceof ProtocolError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'ERR_BUFFER_TOO_LARGE') {
    return new ProtocolError('DECOMPRESSED_TOO_LARGE', `gzip data inflates to more than the ${maxBytes}-byte limit`);
  }
  return new ProtocolError('CORRUPT_BATCH', `gzip data is corrupt: ${(e as Error).message}`);
}
