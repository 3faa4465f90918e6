/**
 * The file-system seam under the storage engine (franz-go's kfake does the same): a small interface
 * with a Node implementation (node-file-system.ts) and an in-memory one that can fail or tear a write
 * or sync on demand and drop unsynced data on a simulated crash (memory-file-system.ts). One
 * behavioural suite (test/storage/fs/file-system.test.ts) runs against both.
 *
 * Durability model both implementations honour: file contents are durable only after `sync()` on a
 * handle; directory changes (create, rename, unlink) are durable after `syncDir()` of the parent
 * (the memory file system treats them as durable at once, which is what journaling file systems
 * usually give, and keeps the crash tests focused on data).
 */
export interface FileHandle {
  /** Reads up to `length` bytes at `position` into `buf` at `bufOffset`; returns bytes read (0 at EOF). */
  read(buf: Buffer, bufOffset: number, length: number, position: number): Promise<number>;
  /** Writes all of `data` at `position`, growing the file when needed. */
  write(data: Buffer, position: number): Promise<void>;
  /** fsync: everything written before is durable once this resolves. */
  sync(): Promise<void>;
  truncate(size: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  isDirectory: boolean;
}

export interface FileSystem {
  /** 'r' opens an existing file read-only; 'rw' opens for reading and writing, creating it if missing. */
  open(path: string, mode: 'r' | 'rw'): Promise<FileHandle>;
  readFile(path: string): Promise<Buffer>;
  /** Replaces the file's content (not atomic, not synced: use writeFileAtomic for checkpoints). */
  writeFile(path: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Removes a directory and everything in it. */
  rmdir(path: string): Promise<void>;
  /** Entry names (not paths) in a directory. */
  readdir(path: string): Promise<string[]>;
  /** Creates a directory and its missing parents. */
  mkdir(path: string): Promise<void>;
  /** null when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | null>;
  /** fsync a directory so that entries created, renamed or removed in it are durable. */
  syncDir(path: string): Promise<void>;
}

/** Errors from file systems carry Node's `code` (ENOENT, EIO, ...). */
export interface FileSystemError extends Error {
  code?: string;
}

export function isNotFound(e: unknown): boolean {
  return (e as FileSystemError | null)?.code === 'ENOENT';
}
