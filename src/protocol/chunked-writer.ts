/**
 * A Writer that does not copy large byte fields: a `raw()` write of at least `threshold` bytes
 * (record batches in a Fetch response) closes the current chunk and keeps a reference to the
 * caller's buffer instead. `finishChunks()` returns the pieces in order, ready for a vectored
 * socket write; joining them copies each record batch exactly once.
 *
 * Positions (`pos`, reserveInt32/patchInt32) are only meaningful within the current chunk, so use
 * this writer only for encoders that do not patch earlier bytes (the generated codecs do not).
 */
import { Writer } from './writer.ts';

export class ChunkedWriter extends Writer {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(
    initialSize = 1024,
    private readonly threshold = 16 * 1024,
  ) {
    super(initialSize);
  }

  override raw(b: Uint8Array): this {
    if (b.length < this.threshold) return super.raw(b);
    this.flush();
    const view = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length);
    this.chunks.push(view);
    this.total += view.length;
    return this;
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.total += this.pos;
    // The flushed bytes stay referenced by the chunk; continue in a fresh buffer.
    this.buf = Buffer.allocUnsafe(Math.max(256, this.buf.length - this.pos));
    this.pos = 0;
  }

  /** Bytes written so far, across all chunks. */
  get length(): number {
    return this.total + this.pos;
  }

  /** All bytes in one buffer (copies the referenced chunks once). */
  override finish(): Buffer {
    const chunks = this.finishChunks();
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.total);
  }

  finishChunks(): Buffer[] {
    this.flush();
    return this.chunks;
  }
}
