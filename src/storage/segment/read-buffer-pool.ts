/**
 * Buffers for log reads, reused. A fresh 1 MiB buffer per read costs as much as the read itself
 * (the kernel hands the process new pages and zeroes them), so reads that a caller gives back with
 * `release` are kept for the next one. Sizes are powers of two from 64 KiB to 16 MiB; smaller and
 * larger reads get plain buffers. At most `maxPooledBytes` sit idle; a buffer never given back is
 * simply collected by the GC like any other.
 *
 * The rule that keeps it safe: release only once nothing will look at the bytes again (for a Fetch,
 * after the socket has taken the response).
 */
const MIN_POOLED = 64 * 1024;
const MAX_POOLED = 16 * 1024 * 1024;

export interface PooledBuffer {
  buffer: Buffer;
  /** Gives the buffer back; later calls do nothing. */
  release: () => void;
}

const NOTHING = (): void => undefined;

export class ReadBufferPool {
  private readonly free = new Map<number, Buffer[]>();
  private idleBytes = 0;

  constructor(readonly maxPooledBytes = 64 * 1024 * 1024) {}

  /** A buffer of at least `size` bytes. */
  acquire(size: number): PooledBuffer {
    if (size < MIN_POOLED || size > MAX_POOLED || this.maxPooledBytes === 0) return { buffer: Buffer.allocUnsafe(size), release: NOTHING };
    const capacity = 2 ** Math.ceil(Math.log2(size));
    let buffer = this.free.get(capacity)?.pop();
    if (buffer) this.idleBytes -= capacity;
    else buffer = Buffer.allocUnsafeSlow(capacity);
    const taken = buffer;
    let released = false;
    return {
      buffer: taken,
      release: () => {
        if (released) return;
        released = true;
        this.giveBack(taken, capacity);
      },
    };
  }

  /** Bytes held for reuse now. */
  get idle(): number {
    return this.idleBytes;
  }

  private giveBack(buffer: Buffer, capacity: number): void {
    if (this.idleBytes + capacity > this.maxPooledBytes) return;
    let list = this.free.get(capacity);
    if (!list) this.free.set(capacity, (list = []));
    list.push(buffer);
    this.idleBytes += capacity;
  }
}
