/**
 * The files of one segment, named by its base offset as 20 zero-padded digits: `<base>.log` (the
 * batches, see log-segment.ts), `<base>.index` and `<base>.timeindex` (offset-index.ts,
 * time-index.ts). Index files are written whole and exactly sized on roll and clean shutdown, and a
 * missing one is rebuilt from the log, so reading them treats "not found" as "rebuild".
 */
import { readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import { isNotFound, type FileSystem } from '../fs/file-system.ts';
import { writeFileSynced } from '../fs/atomic-write.ts';
import type { FileHandleCache } from './file-handle-cache.ts';
import { TIME_INDEX_ENTRY_SIZE } from './time-index.ts';

export function offsetFileName(offset: number, suffix: string): string {
  return String(offset).padStart(20, '0') + suffix;
}

/** The bytes of an index file, or null when it does not exist. */
export async function readIndexFile(fs: FileSystem, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Replaces each file with `data` (truncated first, so it ends exactly there) and fsyncs it. */
export async function writeIndexFiles(fs: FileSystem, files: ReadonlyArray<readonly [path: string, data: Buffer]>): Promise<void> {
  for (const [path, data] of files) await writeFileSynced(fs, path, data);
}

/**
 * The last entry of a time index file (timestamp, offset relative to the segment's base offset),
 * read without loading the file; null when the file is missing, empty or not whole entries.
 */
export async function readLastTimeIndexEntry(fs: FileSystem, path: string): Promise<{ timestamp: number; relativeOffset: number } | null> {
  const tail = Buffer.alloc(TIME_INDEX_ENTRY_SIZE);
  let ok = false;
  try {
    const h = await fs.open(path, 'r');
    try {
      const size = await h.size();
      if (size > 0 && size % TIME_INDEX_ENTRY_SIZE === 0) ok = (await h.read(tail, 0, TIME_INDEX_ENTRY_SIZE, size - TIME_INDEX_ENTRY_SIZE)) === TIME_INDEX_ENTRY_SIZE;
    } finally {
      await h.close();
    }
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  return ok ? { timestamp: readInt64AsNumber(tail, 0), relativeOffset: tail.readInt32BE(8) } : null;
}

/** Renames each file to `<path><suffix>` (e.g. `.deleted`); missing files are fine. */
export async function renameSegmentFiles(cache: FileHandleCache, paths: readonly string[], suffix: string): Promise<void> {
  for (const path of paths) {
    cache.forget(path);
    try {
      await cache.fs.rename(path, path + suffix);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

/** Deletes each `<path><suffix>`; missing files are fine. */
export async function deleteSegmentFiles(cache: FileHandleCache, paths: readonly string[], suffix: string): Promise<void> {
  for (const path of paths) {
    cache.forget(path + suffix);
    try {
      await cache.fs.unlink(path + suffix);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}
