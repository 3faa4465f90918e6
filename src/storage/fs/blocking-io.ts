/**
 * When a write or a read runs in the calling thread (writeSync, readSync) instead of libuv's thread
 * pool. Both are memory copies to or from the page cache: blocking costs 3-7 µs of CPU for 1-16 KiB
 * and about 60 µs for a warm 1 MiB read, where the thread pool's round trip costs 40+ µs of CPU over
 * both threads and twice the wall time (measured on the 2-core benchmark machine); Kafka's request
 * threads do the same. The risk is the kernel making the caller wait (throttling writers when too
 * many pages are dirty, a read that misses the page cache, a slow network file system): the event
 * loop would wait too. So:
 *
 * - writes up to `maxBytes` block, except while an fsync runs (see syncStarted);
 * - reads up to `maxReadBytes` block unless their file is known to be cold. A blocking read slower
 *   than a quick copy (`checkMs` plus 1 ms per 4 MB) asks the kernel whether the process read from
 *   the disk since the last time it asked (getrusage's block input count); if so, its file is cold
 *   at once: a cold read from a fast disk can take no longer than a warm one on a busy machine, so
 *   time alone cannot tell them apart. A read slower than a warm copy can be (`missMs` plus 1 ms
 *   per 2 MB) with no disk input reported is a miss as well (a platform that keeps no such count);
 *   since one of those can be the scheduler pausing us, it takes COLD_AFTER_MISSES in a row. A
 *   cold file's reads go to the thread pool for `backoffMs` (each handle keeps its FileReads);
 * - a blocking write slower than `stallMs` now and then is tolerated (like a GC pause); once slow
 *   writes and the misses of files found cold add up to more than `stallBudgetMs` within a second,
 *   all I/O goes to the thread pool for `backoffMs`.
 *
 * Kafka serves every read from its network threads (sendfile), cold or not; here a consumer
 * catching up on cold data costs the event loop one disk read per file and `backoffMs`, and a
 * broker restarting under many cold consumers at most `stallBudgetMs` per `backoffMs`.
 */
export class BlockingIo {
  private asyncUntil = 0;
  private windowStart = 0;
  private stalledMs = 0;
  private syncing = 0;
  /** The process's block input count when last asked (see readTook). */
  private diskInput = process.resourceUsage().fsRead;

  constructor(
    readonly opts: { maxBytes: number; maxReadBytes: number; checkMs: number; missMs: number; stallMs: number; stallBudgetMs: number; backoffMs: number } = {
      maxBytes: 512 * 1024,
      maxReadBytes: 2 * 1024 * 1024,
      checkMs: 0.25,
      missMs: 1,
      stallMs: 5,
      stallBudgetMs: 20,
      backoffMs: 10_000,
    },
  ) {}

  /** Whether a write of `bytes` blocks now (no fsync running, not backing off). */
  writeBlocks(bytes: number): boolean {
    return this.syncing === 0 && bytes <= this.opts.maxBytes && !this.backingOff;
  }

  /** Whether a read of `bytes` of `file` blocks now. */
  readBlocks(bytes: number, file: FileReads): boolean {
    return bytes <= this.opts.maxReadBytes && !this.backingOff && (file.coldUntil === 0 || performance.now() >= file.coldUntil);
  }

  /**
   * An fsync started (ended). While one runs, writes go to the thread pool: a write to a file being
   * synced can wait for the sync (journal commit, pages under writeback), and the event loop with it.
   * So with the fsync-before-ack policy appends mostly take the thread pool, and with flushing off
   * (Kafka's default) they mostly block.
   */
  syncStarted(): void {
    this.syncing++;
  }

  syncEnded(): void {
    this.syncing--;
  }

  /** A blocking write took `ms`. */
  took(ms: number): void {
    if (ms > this.opts.stallMs) this.stalled(ms);
  }

  /**
   * A blocking read of `bytes` of `file` took `ms`. Quick: nothing to learn. Slower: ask the kernel
   * whether the process read from the disk since we last asked (about 1.3 µs in a loop, but up to
   * tens of µs right after a large copy, hence not on every read); disk input makes the file cold
   * at once (it may have been another call's, which only errs towards the thread pool). Slower
   * than a warm copy can be and no disk input: a miss, or the scheduler pausing us (about one warm
   * 1 MiB read in 100 took 1.5-4.5 ms in the broker benchmark with clients on both cores), so it
   * takes COLD_AFTER_MISSES in a row. Only a file turning cold counts towards the stall budget.
   */
  readTook(bytes: number, ms: number, file: FileReads): void {
    const verdict = ms <= this.opts.checkMs + bytes / 4e6 ? 'warm' : this.judgeSlowRead(bytes, ms);
    if (verdict === 'warm') {
      file.misses = 0;
      file.missedMs = 0;
      return;
    }
    file.misses = verdict === 'disk' ? COLD_AFTER_MISSES : file.misses + 1;
    file.missedMs += ms;
    if (file.misses < COLD_AFTER_MISSES) return;
    file.coldUntil = performance.now() + this.opts.backoffMs;
    this.stalled(file.missedMs);
    file.misses = 0;
    file.missedMs = 0;
  }

  /** A read slower than a quick copy: from the disk, slower than a warm copy can be, or warm after all. */
  private judgeSlowRead(bytes: number, ms: number): 'disk' | 'slow' | 'warm' {
    const input = process.resourceUsage().fsRead;
    const fromDisk = input > this.diskInput;
    this.diskInput = input;
    if (fromDisk) return 'disk';
    return ms > this.opts.missMs + bytes / 2e6 ? 'slow' : 'warm';
  }

  /** True while blocking calls are off after too many slow ones. */
  get backingOff(): boolean {
    return this.asyncUntil !== 0 && performance.now() < this.asyncUntil;
  }

  private stalled(ms: number): void {
    const now = performance.now();
    if (now - this.windowStart > 1000) {
      this.windowStart = now;
      this.stalledMs = 0;
    }
    this.stalledMs += ms;
    if (this.stalledMs > this.opts.stallBudgetMs) {
      this.asyncUntil = now + this.opts.backoffMs;
      this.stalledMs = 0;
    }
  }
}

/**
 * Blocking reads in a row that must be slower than a warm copy (without the kernel reporting disk
 * input) before a file's reads go to the thread pool: one slow read can be the virtual machine or
 * the scheduler pausing us; two in a row is a cold file.
 */
export const COLD_AFTER_MISSES = 2;

/** What BlockingIo knows of one open file's blocking reads. */
export class FileReads {
  /** Misses in a row, and the time they took. */
  misses = 0;
  missedMs = 0;
  /** Until when the file's reads go to the thread pool (0: never cold yet). */
  coldUntil = 0;
}
