/**
 * Recovery of one partition folder at startup (Kafka's LogLoader):
 *  1. an interrupted cleaner swap is completed (`<base>.log.swap` renamed over `<base>.log`); other
 *     leftovers go: `*.deleted` (retention, truncation), `*.cleaned` (an unfinished compaction: the
 *     original is still in place), `*.tmp` (checkpoints), index files without their `.log`;
 *  2. after an unclean shutdown every segment from the one holding the recovery point is scanned with
 *     CRC checks and its indexes rebuilt; the log is truncated at the first invalid or torn batch and
 *     the segments after it are deleted (the producer state and the aborted-transaction indexes are
 *     then rebuilt from a snapshot at or below the first scanned segment, partition-log.ts);
 *  3. after a clean shutdown only the active segment is read (its index, then the batch headers after
 *     the last index entry); other segments load their indexes when first used, rebuilding them if
 *     they are missing or fail the sanity check.
 */
import type { FileHandleCache } from '../segment/file-handle-cache.ts';
import type { LogConfig } from '../log/log-config.ts';
import { LogSegment } from '../segment/log-segment.ts';
import type { StorageLogger } from '../storage-logger.ts';

export interface LoadedSegments {
  segments: LogSegment[];
  /** Bytes cut from torn or corrupt tails. */
  truncatedBytes: number;
  /** True when segments were scanned (their data must be fsynced before the recovery point moves). */
  scanned: boolean;
  /** The base offset of the first segment scanned (producer state and aborted-transaction indexes are rebuilt from there). */
  scannedFrom: number;
}

const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)$/;

export async function loadSegments(opts: {
  cache: FileHandleCache;
  dir: string;
  config: LogConfig;
  clean: boolean;
  recoveryPoint: number;
  now: number;
  logger: StorageLogger;
}): Promise<LoadedSegments> {
  const { cache, dir, config } = opts;
  const fs = cache.fs;
  // A `.swap` is a complete cleaned segment whose final rename did not happen: finish it (its
  // indexes were removed before the swap began, so they are rebuilt below).
  for (const name of await fs.readdir(dir)) {
    if (/^\d{20}\.log\.swap$/.test(name)) await fs.rename(`${dir}/${name}`, `${dir}/${name.slice(0, -'.swap'.length)}`);
  }
  const names = await fs.readdir(dir);
  const logs = new Set<string>();
  for (const name of names) {
    const m = SEGMENT_FILE.exec(name);
    if (m && m[2] === 'log') logs.add(m[1]!);
  }
  for (const name of names) {
    const m = SEGMENT_FILE.exec(name);
    const leftover = name.endsWith('.deleted') || name.endsWith('.cleaned') || name.endsWith('.swap') || name.endsWith('.tmp');
    if (leftover || (m && m[2] !== 'log' && !logs.has(m[1]!))) {
      await fs.unlink(`${dir}/${name}`).catch(() => undefined);
    }
  }
  const segments: LogSegment[] = [];
  for (const base of [...logs].sort()) {
    const stat = await fs.stat(`${dir}/${base}.log`);
    segments.push(LogSegment.existing(dir, Number(base), stat?.size ?? 0, cache, config.indexIntervalBytes, config.segmentIndexBytes, opts.now));
  }
  if (segments.length === 0) return { segments, truncatedBytes: 0, scanned: false, scannedFrom: 0 };

  let truncatedBytes = 0;
  let scanned = false;
  let scannedFrom = Number.MAX_SAFE_INTEGER;
  if (!opts.clean) {
    let from = 0;
    for (let i = 0; i < segments.length; i++) if (segments[i]!.baseOffset <= opts.recoveryPoint) from = i;
    scannedFrom = segments[from]!.baseOffset;
    for (let i = from; i < segments.length; i++) {
      const seg = segments[i]!;
      const before = seg.size;
      const result = await seg.recover(true, 8 * 1024 * 1024);
      scanned = true;
      const next = segments[i + 1];
      if (result.corruption || (next && seg.nextOffset > next.baseOffset)) {
        truncatedBytes += before - seg.size;
        opts.logger.warn({ dir, segment: seg.baseOffset, reason: result.corruption, truncatedBytes: before - seg.size }, 'truncated a torn or corrupt log tail');
        // Everything after a corrupt batch is untrusted (Kafka deletes the following segments too).
        for (const later of segments.splice(i + 1)) {
          truncatedBytes += later.size;
          await later.deleteFiles();
        }
        break;
      }
    }
  } else {
    await segments[segments.length - 1]!.ensureIndexes();
  }
  return { segments, truncatedBytes, scanned, scannedFrom };
}
