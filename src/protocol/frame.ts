/**
 * Kafka's TCP framing: every request and response is an int32 byte count followed by that many
 * bytes (header + body). `readFrame` never throws for a short buffer — any strict prefix of a valid
 * frame means "need more bytes" — and rejects sizes a peer must never send before anything is
 * allocated (RELIABILITY.md rule 10).
 */
import { ProtocolError } from './protocol-error.ts';

export const FRAME_SIZE_BYTES = 4;

export interface Frame {
  /** The frame's bytes after the size prefix (a view into the input, not a copy). */
  payload: Buffer;
  /** Offset just past this frame in the input buffer. */
  next: number;
}

/**
 * Size of the frame starting at `offset` (prefix excluded), or null when fewer than 4 bytes are
 * there. Throws NEGATIVE_LENGTH / LENGTH_TOO_LARGE for sizes below 0 or above `maxSize`.
 */
export function frameSize(buf: Buffer, offset: number, maxSize: number): number | null {
  if (buf.length - offset < FRAME_SIZE_BYTES) return null;
  const size = buf.readInt32BE(offset);
  if (size < 0) throw new ProtocolError('NEGATIVE_LENGTH', `frame size ${size} is negative`);
  if (size > maxSize) {
    throw new ProtocolError('LENGTH_TOO_LARGE', `frame size ${size} exceeds the limit of ${maxSize} bytes`);
  }
  return size;
}

/** Total bytes (prefix included) needed for the frame at `offset`, or null if the prefix is incomplete. */
export function frameSizeNeeded(buf: Buffer, offset: number, maxSize: number): number | null {
  const size = frameSize(buf, offset, maxSize);
  return size === null ? null : FRAME_SIZE_BYTES + size;
}

/** The complete frame at `offset`, or null when `buf` holds only part of it. */
export function readFrame(buf: Buffer, offset: number, maxSize: number): Frame | null {
  const size = frameSize(buf, offset, maxSize);
  if (size === null) return null;
  const start = offset + FRAME_SIZE_BYTES;
  if (buf.length - start < size) return null;
  return { payload: buf.subarray(start, start + size), next: start + size };
}
