import type { CoordinatorLog, CoordinatorRecord } from './coordinator-log.ts';

/** A CoordinatorLog kept in arrays, for tests. */
export class InMemoryCoordinatorLog implements CoordinatorLog {
  readonly partitions = new Map<number, CoordinatorRecord[]>();
  /** When set, the next append rejects with this error (fault injection in tests). */
  failNextAppend: Error | null = null;

  async append(partition: number, records: CoordinatorRecord[]): Promise<void> {
    if (this.failNextAppend) {
      const e = this.failNextAppend;
      this.failNextAppend = null;
      throw e;
    }
    let p = this.partitions.get(partition);
    if (!p) this.partitions.set(partition, (p = []));
    p.push(...records);
  }

  async *replay(partition: number): AsyncIterable<CoordinatorRecord> {
    yield* this.partitions.get(partition) ?? [];
  }

  /** What compaction would leave: the last record of each key, tombstones dropped. */
  compacted(partition: number): CoordinatorRecord[] {
    const last = new Map<string, CoordinatorRecord>();
    for (const r of this.partitions.get(partition) ?? []) {
      const k = r.key.toString('hex');
      last.delete(k);
      last.set(k, r);
    }
    return [...last.values()].filter((r) => r.value !== null);
  }
}
