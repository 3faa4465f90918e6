import { isMarker, type CoordinatorLog, type CoordinatorMarker, type CoordinatorRecord, type ReplayedEntry } from './coordinator-log.ts';

/** A CoordinatorLog kept in arrays, for tests. */
export class InMemoryCoordinatorLog implements CoordinatorLog {
  readonly partitions = new Map<number, ReplayedEntry[]>();
  /** When set, the next append rejects with this error (fault injection in tests). */
  failNextAppend: Error | null = null;

  private entries(partition: number): ReplayedEntry[] {
    let p = this.partitions.get(partition);
    if (!p) this.partitions.set(partition, (p = []));
    return p;
  }

  private checkFault(): void {
    if (this.failNextAppend) {
      const e = this.failNextAppend;
      this.failNextAppend = null;
      throw e;
    }
  }

  async append(partition: number, records: CoordinatorRecord[]): Promise<void> {
    this.checkFault();
    this.entries(partition).push(...records);
  }

  async appendMarker(partition: number, marker: CoordinatorMarker): Promise<void> {
    this.checkFault();
    this.entries(partition).push(marker);
  }

  async *replay(partition: number): AsyncIterable<ReplayedEntry> {
    yield* this.partitions.get(partition) ?? [];
  }

  /** The records of a partition, markers left out. */
  records(partition: number): CoordinatorRecord[] {
    return (this.partitions.get(partition) ?? []).filter((e): e is CoordinatorRecord => !isMarker(e));
  }

  /** What compaction would leave of the records outside transactions: the last of each key, tombstones dropped. */
  compacted(partition: number): CoordinatorRecord[] {
    const last = new Map<string, CoordinatorRecord>();
    for (const r of this.records(partition)) {
      if (r.producer) continue;
      const k = r.key.toString('hex');
      last.delete(k);
      last.set(k, r);
    }
    return [...last.values()].filter((r) => r.value !== null);
  }
}
