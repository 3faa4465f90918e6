import { dirname } from 'node:path';
import type { FileSystem } from './file-system.ts';

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old or the new content,
 * never a mix: write `<path>.tmp`, fsync it, rename over `path`, fsync the directory (Kafka's
 * CheckpointFile does the same).
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.tmp`;
  const handle = await fs.open(tmp, 'rw');
  try {
    await handle.truncate(0);
    await handle.write(data, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, path);
  await fs.syncDir(dirname(path));
}
