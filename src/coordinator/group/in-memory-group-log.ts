import type { GroupLog, GroupLogRecord } from './group-log.ts';

/** A GroupLog kept in arrays: for tests and for a broker run without a data folder. */
export class InMemoryGroupLog implements GroupLog {
  readonly partitions = new Map<number, GroupLogRecord[]>();
  /** When set, the next append rejects with this error (fault injection in tests). */
  failNextAppend: Error | null = null;

  async append(partition: number, records: GroupLogRecord[]): Promise<void> {
    if (this.failNextAppend) {
      const e = this.failNextAppend;
      this.failNextAppend = null;
      throw e;
    }
    let p = this.partitions.get(partition);
    if (!p) this.partitions.set(partition, (p = []));
    p.push(...records);
  }

  async *replay(partition: number): AsyncIterable<GroupLogRecord> {
    yield* this.partitions.get(partition) ?? [];
  }

  /** What compaction would leave: the last record of each key, tombstones dropped. */
  compacted(partition: number): GroupLogRecord[] {
    const last = new Map<string, GroupLogRecord>();
    for (const r of this.partitions.get(partition) ?? []) {
      const k = r.key.toString('hex');
      last.delete(k);
      last.set(k, r);
    }
    return [...last.values()].filter((r) => r.value !== null);
  }
}
