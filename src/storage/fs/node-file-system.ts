import * as fs from 'node:fs';
import { constants, promises as fsp } from 'node:fs';
import type { FileHandle, FileStat, FileSystem } from './file-system.ts';

const RW_CREATE = constants.O_RDWR | constants.O_CREAT;

/**
 * When a write runs in the calling thread (writeSync) instead of libuv's thread pool. A write to the
 * page cache is a memory copy: blocking costs 3-7 µs of CPU for 1-16 KiB where the thread pool's
 * round trip costs 40+ µs of CPU over both threads (measured on the 2-core benchmark machine), and
 * Kafka's request threads write the same way. The risk is the kernel throttling writers when too
 * many pages are dirty (or a slow network file system): blocking writes would then stall the event
 * loop. A write slower than `stallMs` now and then is tolerated (like a GC pause); once the slow
 * ones add up to more than `stallBudgetMs` within a second, every write goes to the thread pool for
 * `backoffMs`. Writes above `maxBytes` always go there.
 */
export class WriteMode {
  private asyncUntil = 0;
  private windowStart = 0;
  private stalledMs = 0;
  private syncing = 0;

  constructor(
    readonly opts: { maxBytes: number; stallMs: number; stallBudgetMs: number; backoffMs: number } = {
      maxBytes: 2 * 1024 * 1024,
      stallMs: 5,
      stallBudgetMs: 20,
      backoffMs: 10_000,
    },
  ) {}

  /** Whether a write of `bytes` blocks now. */
  blocks(bytes: number): boolean {
    return bytes <= this.opts.maxBytes && this.syncing === 0 && (this.asyncUntil === 0 || performance.now() >= this.asyncUntil);
  }

  /**
   * An fsync started (ended). While one runs, writes go to the thread pool: a write to a file being
   * synced can wait for the sync (journal commit, pages under writeback), and the event loop with it.
   * So with the fsync-before-ack policy appends mostly take the thread pool, and with flushing off
   * (Kafka's default) they mostly block.
   */
  syncStarted(): void {
    this.syncing++;
  }

  syncEnded(): void {
    this.syncing--;
  }

  /** A blocking write took `ms`. */
  took(ms: number): void {
    if (ms <= this.opts.stallMs) return;
    const now = performance.now();
    if (now - this.windowStart > 1000) {
      this.windowStart = now;
      this.stalledMs = 0;
    }
    this.stalledMs += ms;
    if (this.stalledMs > this.opts.stallBudgetMs) {
      this.asyncUntil = now + this.opts.backoffMs;
      this.stalledMs = 0;
    }
  }

  /** True while blocking writes are off after too many slow ones. */
  get backingOff(): boolean {
    return this.asyncUntil !== 0 && performance.now() < this.asyncUntil;
  }
}

/**
 * FileHandle over a Node file descriptor; positional reads and writes only. Uses the callback API,
 * which costs measurably less per call than fs.promises' FileHandle (one request object, no
 * promise-side bookkeeping): appends and reads are one call each on the hot path. Writes block or
 * go to the thread pool as `writeMode` says.
 */
class NodeFileHandle implements FileHandle {
  constructor(
    private readonly fd: number,
    private readonly writeMode: WriteMode | null,
  ) {}

  async read(buf: Buffer, bufOffset: number, length: number, position: number): Promise<number> {
    let total = 0;
    // A positional read may return fewer bytes than asked before EOF; loop until EOF or done.
    while (total < length) {
      const got = await readAt(this.fd, buf, bufOffset + total, length - total, position + total);
      if (got === 0) break;
      total += got;
    }
    return total;
  }

  async write(data: Buffer, position: number): Promise<void> {
    let done = 0;
    if (this.writeMode?.blocks(data.length)) {
      const t = performance.now();
      // A positional write may take fewer bytes than given: go on from there (errors reject).
      while (done < data.length) done += fs.writeSync(this.fd, data, done, data.length - done, position + done);
      this.writeMode.took(performance.now() - t);
      return;
    }
    while (done < data.length) done += await writeAt(this.fd, data, done, data.length - done, position + done);
  }

  sync(): Promise<void> {
    this.writeMode?.syncStarted();
    return new Promise((resolve, reject) =>
      fs.fsync(this.fd, (e) => {
        this.writeMode?.syncEnded();
        if (e) reject(e);
        else resolve();
      }),
    );
  }

  truncate(size: number): Promise<void> {
    return new Promise((resolve, reject) => fs.ftruncate(this.fd, size, (e) => (e ? reject(e) : resolve())));
  }

  size(): Promise<number> {
    return new Promise((resolve, reject) => fs.fstat(this.fd, (e, st) => (e ? reject(e) : resolve(st.size))));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => fs.close(this.fd, (e) => (e ? reject(e) : resolve())));
  }
}

function readAt(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, buf, offset, length, position, (e, n) => (e ? reject(e) : resolve(n))));
}

function writeAt(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => fs.write(fd, buf, offset, length, position, (e, n) => (e ? reject(e) : resolve(n))));
}

/** The real disk. */
export class NodeFileSystem implements FileSystem {
  /** `writeMode: null` sends every write to the thread pool. */
  constructor(readonly writeMode: WriteMode | null = new WriteMode()) {}

  async open(path: string, mode: 'r' | 'rw'): Promise<FileHandle> {
    const fd = await new Promise<number>((resolve, reject) => fs.open(path, mode === 'r' ? 'r' : RW_CREATE, 0o644, (e, fd) => (e ? reject(e) : resolve(fd))));
    return new NodeFileHandle(fd, this.writeMode);
  }

  readFile(path: string): Promise<Buffer> {
    return fsp.readFile(path);
  }

  writeFile(path: string, data: Buffer): Promise<void> {
    return fsp.writeFile(path, data);
  }

  rename(from: string, to: string): Promise<void> {
    return fsp.rename(from, to);
  }

  unlink(path: string): Promise<void> {
    return fsp.unlink(path);
  }

  rmdir(path: string): Promise<void> {
    return fsp.rm(path, { recursive: true, force: true });
  }

  readdir(path: string): Promise<string[]> {
    return fsp.readdir(path);
  }

  async mkdir(path: string): Promise<void> {
    await fsp.mkdir(path, { recursive: true });
  }

  async stat(path: string): Promise<FileStat | null> {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, isDirectory: s.isDirectory() };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async syncDir(path: string): Promise<void> {
    let dir: fsp.FileHandle | undefined;
    try {
      dir = await fsp.open(path, 'r');
      await dir.sync();
    } catch (e) {
      // Some platforms (Windows, some network file systems) refuse to fsync a directory; the rename
      // or create is then as durable as that platform allows.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
    } finally {
      await dir?.close();
    }
  }
}
