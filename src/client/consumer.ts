/**
 * The consumer: manual assignment (`assign`) or group subscription (`subscribe`, names or regular
 * expressions), then records through an async iterator (`for await (const r of consumer)`), batch
 * by batch (`consumer.batches()`), or a callback (`run({ eachRecord })`).
 *
 * Fetching and positions are the Fetcher's (fetcher.ts): one Fetch in flight per leader broker,
 * pipelined while the application handles records; max bytes per request and per partition bound
 * the memory. A partition with no position takes the group's committed offset, else
 * auto.offset.reset. This class hands fetched records out and keeps what was consumed.
 * Commits: the offset committed is the one after the last record handed to the application;
 * auto commit every autoCommitIntervalMs, before partitions are revoked, and on close.
 */
import { Cluster } from './cluster.ts';
import type { ConsumerOptions, TopicPartitionOffset } from './consumer-options.ts';
import { ConsumerGroup } from './consumer-group.ts';
import type { Assignment } from './consumer-protocol.ts';
import type { ConsumerRecord } from './fetch-records.ts';
import { Fetcher } from './fetcher.ts';
import { listOffsets, type OffsetSpec } from './list-offsets.ts';
import { newPartitionState, partitionKey as key, type PartitionState } from './partition-state.ts';
import type { ConsumerGroupMetadata } from './transaction-manager.ts';

export type { ConsumerRecord } from './fetch-records.ts';
export type { ConsumerOptions, TopicPartitionOffset } from './consumer-options.ts';

export class Consumer implements AsyncIterable<ConsumerRecord> {
  readonly cluster: Cluster;
  readonly group: ConsumerGroup | null;
  private readonly opts: ConsumerOptions;
  private readonly partitions = new Map<string, PartitionState>();
  /** Partitions with fetched records to hand out, in the order their fetches answered. */
  private readonly ready: PartitionState[] = [];
  private readonly fetcher: Fetcher;
  private waiter: (() => void) | null = null;
  private subscription: Array<string | RegExp> = [];
  private autoCommitTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private started = false;

  constructor(opts: ConsumerOptions) {
    this.opts = opts;
    this.cluster = new Cluster(opts);
    this.group =
      opts.groupId === undefined
        ? null
        : new ConsumerGroup(this.cluster, { ...opts, groupId: opts.groupId }, {
            topics: () => this.subscribedTopics(),
            onRevoke: (revoked) => this.revoke(revoked),
            onAssign: (assigned) => this.addPartitions(assigned),
          });
    this.fetcher = new Fetcher(this.cluster, opts, this.group, this.partitions, this.ready, () => this.wake());
  }

  /** Consumes exactly these partitions (no group rebalancing); offsets optional. */
  assign(partitions: TopicPartitionOffset[]): void {
    if (this.subscription.length > 0) throw new Error('assign() and subscribe() cannot be combined on one consumer');
    this.partitions.clear();
    this.ready.length = 0;
    for (const p of partitions) this.partitions.set(key(p.topic, p.partition), newPartitionState(p.topic, p.partition, p.offset ?? null));
    this.wake();
  }

  /** Joins the consumer group for these topics (names or regular expressions); needs groupId. */
  subscribe(topics: Array<string | RegExp>): void {
    if (this.group === null) throw new Error('subscribe() needs a groupId; use assign() to consume without a group');
    this.subscription = topics;
    this.group.needsRejoin = true;
    this.wake();
  }

  assignment(): Array<{ topic: string; partition: number }> {
    return [...this.partitions.values()].map((s) => ({ topic: s.topic, partition: s.partition }));
  }

  /** The next record read from a partition will be at `offset` (or a spec resolved through ListOffsets). */
  async seek(topic: string, partition: number, offset: number | OffsetSpec): Promise<void> {
    const s = this.partitions.get(key(topic, partition));
    if (s === undefined) throw new Error(`${topic}-${partition} is not assigned to this consumer`);
    let at: number;
    if (typeof offset === 'number') at = offset;
    else {
      const [found] = await listOffsets(this.cluster, [{ topic, partition }], offset, this.fetcher.isolationLevel);
      at = found!.offset >= 0 ? found!.offset : (await listOffsets(this.cluster, [{ topic, partition }], 'latest'))[0]!.offset;
    }
    s.position = at;
    s.consumed = null;
    s.buffer = [];
    s.bufferAt = 0;
    s.bufferedBytes = 0;
    s.epoch++;
    this.wake();
  }

  pause(partitions: Array<{ topic: string; partition: number }>): void {
    for (const p of partitions) {
      const s = this.partitions.get(key(p.topic, p.partition));
      if (s !== undefined) s.paused = true;
    }
  }

  resume(partitions: Array<{ topic: string; partition: number }>): void {
    for (const p of partitions) {
      const s = this.partitions.get(key(p.topic, p.partition));
      if (s !== undefined && s.paused) {
        s.paused = false;
        if (s.bufferAt < s.buffer.length) this.ready.push(s);
      }
    }
    this.wake();
  }

  /** The group, generation and member id, for a transactional producer's sendOffsetsToTransaction (KIP-447). */
  groupMetadata(): ConsumerGroupMetadata {
    if (this.group === null) throw new Error('groupMetadata() needs a groupId');
    return { groupId: this.group.groupId, generationId: this.group.generationId, memberId: this.group.memberId, groupInstanceId: this.group.groupInstanceId };
  }

  /** Commits what was consumed (or the offsets given: the next offset to read per partition). */
  async commit(offsets?: Array<{ topic: string; partition: number; offset: number }>): Promise<void> {
    if (this.group === null) throw new Error('commit() needs a groupId');
    const map = new Map<string, Map<number, number>>();
    const put = (t: string, p: number, o: number): void => {
      const m = map.get(t) ?? new Map<number, number>();
      m.set(p, o);
      map.set(t, m);
    };
    if (offsets !== undefined) for (const o of offsets) put(o.topic, o.partition, o.offset);
    else for (const s of this.partitions.values()) if (s.consumed !== null && s.consumed !== s.committed) put(s.topic, s.partition, s.consumed);
    await this.group.commit(map);
    for (const [t, ps] of map) for (const [p, o] of ps) {
      const s = this.partitions.get(key(t, p));
      if (s !== undefined) s.committed = o;
    }
  }

  /** Records one at a time; a record counts as consumed (for commits) once the loop asks for the next. */
  async *[Symbol.asyncIterator](): AsyncIterator<ConsumerRecord> {
    for await (const { records, state, epoch } of this.pull()) {
      for (const r of records) {
        // A seek (or losing the partition) while this run was being handed out drops its rest.
        if (state.epoch !== epoch || this.partitions.get(key(r.topic, r.partition)) !== state) break;
        yield r;
        this.markConsumed(r);
      }
    }
  }

  /**
   * Records as they arrive, one partition's fetched run at a time (cheaper than one await per
   * record). A batch counts as consumed once the loop asks for the next one, as with Java's poll().
   */
  async *batches(): AsyncGenerator<ConsumerRecord[]> {
    for await (const { records } of this.pull()) {
      yield records;
      this.markConsumed(records[records.length - 1]!);
    }
  }

  private markConsumed(r: ConsumerRecord): void {
    const s = this.partitions.get(key(r.topic, r.partition));
    if (s !== undefined && r.offset >= (s.consumed ?? -1)) s.consumed = r.offset + 1;
  }

  private async *pull(): AsyncGenerator<{ records: ConsumerRecord[]; state: PartitionState; epoch: number }> {
    this.start();
    while (!this.closed) {
      if (this.group !== null && this.subscription.length > 0) {
        await this.group.checkSubscription();
        if (this.group.needsRejoin) await this.group.join();
      }
      const error = this.fetcher.takeError();
      if (error !== null) throw error;
      const s = this.ready.shift();
      if (s === undefined) {
        this.fetcher.fetchMore();
        await new Promise<void>((resolve) => {
          this.waiter = resolve;
          // Wake now and then to act on a rebalance the heartbeat noticed, even with no data.
          setTimeout(resolve, 200).unref();
        });
        this.waiter = null;
        continue;
      }
      if (!this.partitions.has(key(s.topic, s.partition)) || s.bufferAt >= s.buffer.length) continue;
      if (s.paused) continue; // kept buffered; resume() puts it back in line
      const records = s.bufferAt === 0 ? s.buffer : s.buffer.slice(s.bufferAt);
      s.buffer = [];
      s.bufferAt = 0;
      s.bufferedBytes = 0;
      this.fetcher.fetchMore();
      yield { records, state: s, epoch: s.epoch };
    }
  }

  /** Callback style: calls eachRecord (or eachBatch) for every record until close() or an error. */
  async run(handlers: { eachRecord?: (r: ConsumerRecord) => Promise<void> | void; eachBatch?: (b: ConsumerRecord[]) => Promise<void> | void }): Promise<void> {
    for await (const batch of this.batches()) {
      if (handlers.eachBatch) await handlers.eachBatch(batch);
      if (handlers.eachRecord) for (const r of batch) await handlers.eachRecord(r);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.fetcher.close();
    if (this.autoCommitTimer !== null) clearInterval(this.autoCommitTimer);
    this.wake();
    if (this.group !== null) {
      if (this.autoCommitEnabled()) await this.commit().catch(() => undefined);
      await this.group.leave();
    }
    await this.cluster.close();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    if (this.autoCommitEnabled()) {
      this.autoCommitTimer = setInterval(() => void this.commit().catch(() => undefined), this.opts.autoCommitIntervalMs ?? 5_000);
      this.autoCommitTimer.unref();
    }
  }

  private autoCommitEnabled(): boolean {
    return this.group !== null && (this.opts.autoCommit ?? true);
  }

  private async subscribedTopics(): Promise<string[]> {
    const names = this.subscription.filter((t): t is string => typeof t === 'string');
    const patterns = this.subscription.filter((t): t is RegExp => t instanceof RegExp);
    if (patterns.length === 0) return names.sort();
    await this.cluster.refresh(null);
    const matched = [...this.cluster.topics.values()].filter((t) => !t.internal && patterns.some((p) => p.test(t.name))).map((t) => t.name);
    return [...new Set([...names, ...matched])].sort();
  }

  private async revoke(revoked: Assignment): Promise<void> {
    if (this.autoCommitEnabled()) await this.commit().catch(() => undefined);
    for (const [t, ps] of revoked) for (const p of ps) this.partitions.delete(key(t, p));
  }

  private async addPartitions(assigned: Assignment): Promise<void> {
    for (const [t, ps] of assigned) for (const p of ps) if (!this.partitions.has(key(t, p))) this.partitions.set(key(t, p), newPartitionState(t, p, null));
  }

  private wake(): void {
    this.waiter?.();
  }
}
