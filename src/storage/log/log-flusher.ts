/**
 * Flush bookkeeping of one partition log (RELIABILITY.md rule 9, see log-config.ts flushMessages):
 * fsyncs of its segments, one at a time and shared by every append waiting at that moment
 * (group-commit.ts); the recovery point they advance (everything below it is known to be
 * fsynced); and what flush.messages and flush.ms count. Fsyncs run beside the log's SerialQueue,
 * so a truncation tells the flusher it began: an fsync that raced it vouches for nothing new.
 */
import { isNotFound, type FileSystem } from '../fs/file-system.ts';
import { GroupCommit } from './group-commit.ts';
import type { LogSegment } from '../segment/log-segment.ts';

/** What the flusher reads of its log (PartitionLog); `segments` may be replaced at any time. */
export interface FlushedLog {
  readonly segments: readonly LogSegment[];
  readonly dir: string;
  readonly logEndOffset: number;
}

export class LogFlusher {
  private readonly groupCommit: GroupCommit;
  private truncations = 0;
  private unflushed = 0;
  private lastFlushAt: number;

  constructor(
    private readonly log: FlushedLog,
    private readonly fs: FileSystem,
    private readonly now: () => number,
    recoveryPoint: number,
  ) {
    this.lastFlushAt = now();
    this.groupCommit = new GroupCommit(() => log.logEndOffset, (t) => this.flushSegments(t), recoveryPoint);
  }

  /** Everything below is fsynced (may be above the log end offset right after a truncation). */
  get durableTo(): number {
    return this.groupCommit.durableTo;
  }

  /** Messages appended since the last flush (flush.messages counts them). */
  get unflushedMessages(): number {
    return this.unflushed;
  }

  /** Whether flush.ms has passed since the last flush. */
  dueByTime(now: number, flushMs: number): boolean {
    return now - this.lastFlushAt >= flushMs;
  }

  appended(messages: number): void {
    this.unflushed += messages;
  }

  /** Resolves once everything below `offset` is fsynced, by this caller's fsync or a shared one. */
  flushTo(offset: number): Promise<void> {
    return this.groupCommit.flushTo(offset);
  }

  /** A truncation starts: an fsync under way may cover bytes it replaces. */
  truncationStarted(): void {
    this.truncations++;
  }

  /** Truncation or a fresh start: what is known durable is now `offset`. */
  resetTo(offset: number): void {
    this.groupCommit.reset(offset);
  }

  private async flushSegments(target: number): Promise<number> {
    const generation = this.truncations;
    for (const seg of [...this.log.segments]) {
      if (!this.log.segments.includes(seg)) continue; // deleted by retention or truncation meanwhile
      if (seg.needsDirSync) {
        seg.needsDirSync = false;
        await this.fs.syncDir(this.log.dir);
      }
      try {
        if (seg.dirty) await seg.sync();
      } catch (e) {
        if (!(isNotFound(e) && !this.log.segments.includes(seg))) throw e;
      }
    }
    this.unflushed = 0;
    this.lastFlushAt = this.now();
    // A truncation during the fsync may have replaced data at these offsets: claim nothing then.
    return generation === this.truncations ? target : this.groupCommit.durableTo;
  }
}
