import { dirname } from 'node:path';
import type { FileSystem } from './file-system.ts';

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old or the new content,
 * never a mix: write `<path>.tmp`, fsync it, rename over `path`, fsync the directory (Kafka's
 * CheckpointFile does the same).
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFileSynced(fs, tmp, data);
  await fs.rename(tmp, path);
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
