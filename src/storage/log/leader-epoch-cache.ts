/**
 * Leader epoch cache (KIP-101, KIP-279): for each leader epoch, the first offset written in it.
 * Persisted as `leader-epoch-checkpoint` in the partition folder (format in checkpoint-file.ts,
 * entries `<epoch> <start offset>`), rewritten atomically on every change. Followers use
 * endOffsetFor() (OffsetForLeaderEpoch) to find where to truncate (RELIABILITY.md rule 3).
 */
import type { FileSystem } from '../fs/file-system.ts';
import { CheckpointFile } from '../dirs/checkpoint-file.ts';

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class LeaderEpochCache {
  private entries: EpochEntry[] = [];

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  static async load(fs: FileSystem, path: string): Promise<LeaderEpochCache> {
    const cache = new LeaderEpochCache(fs, path);
    const rows = await CheckpointFile.read(fs, path);
    for (const row of rows ?? []) {
      const epoch = Number(row[0]);
      const startOffset = Number(row[1]);
      if (row.length !== 2 || !Number.isInteger(epoch) || !Number.isInteger(startOffset)) {
        cache.entries = [];
        break;
      }
      cache.entries.push({ epoch, startOffset });
    }
    // A torn or hand-edited file with unordered entries is not trusted.
    if (cache.entries.some((e, i) => i > 0 && (e.epoch <= cache.entries[i - 1]!.epoch || e.startOffset < cache.entries[i - 1]!.startOffset))) cache.entries = [];
    return cache;
  }

  all(): EpochEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  latestEpoch(): number {
    return this.entries.length ? this.entries[this.entries.length - 1]!.epoch : UNDEFINED_EPOCH;
  }

  /** Records that `epoch` starts at `startOffset` when it is newer than the latest; true if changed. */
  assign(epoch: number, startOffset: number): boolean {
    if (epoch < 0) return false;
    const latest = this.entries[this.entries.length - 1];
    if (latest && (epoch <= latest.epoch)) return false;
    // Kafka drops entries whose start offset is >= the new one: they can only come from a truncated log.
    while (this.entries.length && this.entries[this.entries.length - 1]!.startOffset >= startOffset) this.entries.pop();
    this.entries.push({ epoch, startOffset });
    return true;
  }

  /**
   * OffsetForLeaderEpoch: the largest epoch <= `requested` we know and the offset where the next
   * epoch began (or the log end offset for the latest epoch). Kafka's LeaderEpochFileCache.endOffsetFor.
   */
  endOffsetFor(requested: number, logEndOffset: number): { epoch: number; endOffset: number } {
    if (requested === UNDEFINED_EPOCH || this.entries.length === 0) return { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (requested === this.latestEpoch()) return { epoch: requested, endOffset: logEndOffset };
    const higher = this.entries.findIndex((e) => e.epoch > requested);
    if (higher < 0) return { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (higher === 0) return { epoch: requested, endOffset: this.entries[0]!.startOffset };
    return { epoch: this.entries[higher - 1]!.epoch, endOffset: this.entries[higher]!.startOffset };
  }

  /** The epoch of `offset` (the entry with the greatest start offset <= offset), or -1. */
  epochFor(offset: number): number {
    let epoch = UNDEFINED_EPOCH;
    for (const e of this.entries) if (e.startOffset <= offset) epoch = e.epoch;
    return epoch;
  }

  /** The log was truncated to `endOffset`: drop epochs starting at or after it. True if changed. */
  truncateFromEnd(endOffset: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.startOffset < endOffset);
    return this.entries.length !== before;
  }

  /** The log start moved to `startOffset`: drop older epochs, keeping the one that covers it. */
  truncateFromStart(startOffset: number): boolean {
    let changed = false;
    while (this.entries.length > 1 && this.entries[1]!.startOffset <= startOffset) {
      this.entries.shift();
      changed = true;
    }
    const first = this.entries[0];
    if (first && first.startOffset < startOffset) {
      first.startOffset = startOffset;
      changed = true;
    }
    return changed;
  }

  clear(): void {
    this.entries = [];
  }

  async persist(): Promise<void> {
    await CheckpointFile.write(this.fs, this.path, this.entries.map((e) => [e.epoch, e.startOffset]));
  }
}
