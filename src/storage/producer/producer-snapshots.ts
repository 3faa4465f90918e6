/**
 * When a partition log snapshots its producer state (KIP-98; files and format in
 * producer-state-store.ts): at each roll, at the new segment's base offset, and at clean shutdown,
 * at the log end offset, unless the newest snapshot already says the same. Opening and truncation
 * rebuild the state from the newest snapshot at or below the log end plus a replay of the log after it.
 */
import type { FileSystem } from '../fs/file-system.ts';
import type { LogSegment } from '../segment/log-segment.ts';
import type { ProducerStateManager } from './producer-state.ts';
import { ProducerStateStore, replayProducerState } from './producer-state-store.ts';

export class ProducerSnapshots {
  /** Producer state changed since the last snapshot (or since the one loaded at open). */
  private stale = true;
  private store: ProducerStateStore;

  constructor(
    private readonly fs: FileSystem,
    dir: string,
    private readonly state: ProducerStateManager,
  ) {
    this.store = new ProducerStateStore(fs, dir);
  }

  /** The log moved to another log directory (AlterReplicaLogDirs): snapshots are written there now. */
  relocate(dir: string): void {
    this.store = new ProducerStateStore(this.fs, dir);
  }

  /** An append changed the producer state. */
  changed(): void {
    this.stale = true;
  }

  /** Snapshots the state as of `offset` (a roll: the new active segment's base offset). */
  async write(offset: number): Promise<void> {
    await this.store.write(offset, this.state);
    this.stale = false;
  }

  /** Clean shutdown: snapshots at `offset` (the log end) unless the newest snapshot is current. */
  async writeIfChanged(offset: number): Promise<void> {
    if (this.stale) await this.store.write(offset, this.state);
    this.stale = false;
  }

  deleteBelow(offset: number): Promise<void> {
    return this.store.deleteBelow(offset);
  }

  deleteAbove(offset: number): Promise<void> {
    return this.store.deleteAbove(offset);
  }

  /** The log restarts empty: no producers, no snapshots. */
  async clear(): Promise<void> {
    this.state.clear();
    await this.store.deleteAll();
    this.stale = true;
  }

  /**
   * Loads the newest snapshot at or below `upTo` (default: the log end offset `end`) and replays the
   * log after it; the aborted-transaction indexes are cut there and written again by the replay.
   * Recovery passes the first offset it scanned as `upTo`, so that index entries the crash may have
   * lost above it come back.
   */
  async rebuild(segments: LogSegment[], end: number, upTo = end): Promise<void> {
    await this.store.deleteAbove(end);
    const loaded = await this.store.loadLatest(Math.min(upTo, end), this.state);
    const from = loaded ?? segments[0]!.baseOffset;
    for (let i = 0; i < segments.length; i++) {
      const next = segments[i + 1];
      if (next === undefined || next.baseOffset > from) await segments[i]!.txnIndex.truncateTo(from);
    }
    if (from < end) await replayProducerState(segments, from, this.state);
    this.stale = loaded !== end;
  }
}
