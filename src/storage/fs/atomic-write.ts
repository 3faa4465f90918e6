import { dirname } from 'node:path';
import type { FileSystem } from './file-system.ts';

let tmpSeq = 0;

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old or the new content,
 * never a mix: write a temporary file beside it, fsync it, rename over `path`, fsync the directory
 * (Kafka's CheckpointFile does the same). Each call has its own temporary name (`<path>.<n>.tmp`), so
 * two writers of one file never rename each other's file away; the last rename wins. Loaders remove
 * `*.tmp` leftovers of a crash.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}-${++tmpSeq}.tmp`;
  try {
    await writeFileSynced(fs, tmp, data);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fs.syncDir(dirname(path));
}

/** Makes `path` hold exactly `data` (truncated first, so it ends there) and fsyncs it; not atomic. */
export async function writeFileSynced(fs: FileSystem, path: string, data: Buffer): Promise<void> {
  const handle = await fs.open(path, 'rw');
  try {
    await handle.truncate(0);
    await handle.write(data, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
