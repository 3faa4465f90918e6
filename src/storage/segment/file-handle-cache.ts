import type { FileHandle, FileSystem } from '../fs/file-system.ts';

interface Entry {
  path: string;
  mode: 'r' | 'rw';
  handle: Promise<FileHandle>;
  /** The handle once open: used directly, so that an I/O call starts in the caller's own tick. */
  opened: FileHandle | null;
  refs: number;
  retired: boolean;
}

/**
 * A bounded LRU of open file handles shared by every segment of a LogManager, so that thousands of
 * partitions do not hold thousands of descriptors: files are opened on first use and the least
 * recently used idle ones are closed when more than `maxOpen` are open. A handle in use is never
 * closed under its user; `forget(path)` (before rename or delete) closes it once its users are done.
 */
export class FileHandleCache {
  private readonly entries = new Map<string, Entry>(); // insertion order = LRU order
  private lastUsed: Entry | null = null;

  constructor(
    readonly fs: FileSystem,
    readonly maxOpen = 1024,
  ) {}

  get openCount(): number {
    return this.entries.size;
  }

  async use<T>(path: string, mode: 'r' | 'rw', fn: (handle: FileHandle) => Promise<T>): Promise<T> {
    let entry = this.entries.get(path);
    if (entry && mode === 'rw' && entry.mode === 'r') {
      this.retire(entry);
      entry = undefined;
    }
    if (!entry) {
      const fresh: Entry = { path, mode, handle: this.fs.open(path, mode), opened: null, refs: 0, retired: false };
      fresh.handle.then(
        (h) => (fresh.opened = h),
        // A failed open must not stay cached.
        () => {
          if (this.entries.get(path) === fresh) this.entries.delete(path);
        },
      );
      entry = fresh;
      this.entries.set(path, entry);
    } else if (this.lastUsed !== entry) {
      // Most recently used moves to the end of the map (the LRU order).
      this.entries.delete(path);
      this.entries.set(path, entry);
    }
    this.lastUsed = entry;
    entry.refs++;
    try {
      return await fn(entry.opened ?? (await entry.handle));
    } finally {
      await this.release(entry);
    }
  }

  /** One user of `entry` is done: close it if it was retired meanwhile, and keep within maxOpen. */
  private release(entry: Entry): Promise<void> {
    entry.refs--;
    const closing = entry.retired && entry.refs === 0 ? closeQuietly(entry.handle) : RESOLVED;
    this.evict();
    return closing;
  }

  /** Drops the cached handle of `path` (closed once idle). Call before renaming or deleting it. */
  forget(path: string): void {
    const entry = this.entries.get(path);
    if (entry) this.retire(entry);
  }

  /** Drops every cached handle whose path starts with `prefix` (a partition folder). */
  forgetUnder(prefix: string): void {
    for (const entry of [...this.entries.values()]) if (entry.path.startsWith(prefix)) this.retire(entry);
  }

  async closeAll(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((e) => closeQuietly(e.handle)));
  }

  private retire(entry: Entry): void {
    this.entries.delete(entry.path);
    entry.retired = true;
    if (entry.refs === 0) void closeQuietly(entry.handle);
  }

  private evict(): void {
    if (this.entries.size <= this.maxOpen) return;
    for (const entry of this.entries.values()) {
      if (this.entries.size <= this.maxOpen) break;
      if (entry.refs === 0) this.retire(entry);
    }
  }
}

const RESOLVED: Promise<void> = Promise.resolve();

async function closeQuietly(handle: Promise<FileHandle>): Promise<void> {
  try {
    await (await handle).close();
  } catch {
    // Already closed, failed to open, or killed by a simulated crash: nothing left to release.
  }
}
