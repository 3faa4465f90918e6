/**
 * The consumer: manual assignment (`assign`) or group subscription (`subscribe`, names or regular
 * expressions), then records through an async iterator (`for await (const r of consumer)`), batch
 * by batch (`consumer.batches()`), or a callback (`run({ eachRecord })`).
 *
 * Fetching: one Fetch in flight per leader broker, covering its assigned, unpaused partitions that
 * hold less than max.partition.fetch.bytes of records not yet handed out. The next Fetch to a
 * broker goes out as soon as the previous answer is buffered, so the network works while the
 * application handles records (fetch pipelining); a partition's new records queue behind the ones
 * it already buffers. Max bytes per request and per partition bound the memory.
 * Positions: a partition with no position takes the group's committed offset, else
 * auto.offset.reset (earliest, latest, or none = a KafkaError). OFFSET_OUT_OF_RANGE resets too.
 * Commits: the offset committed is the one after the last record handed to the application;
 * auto commit every autoCommitIntervalMs, before partitions are revoked, and on close.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { FetchResponse } from '../protocol/generated/fetch-response.ts';
import { Cluster, ZERO_UUID } from './cluster.ts';
import type { ConsumerOptions, TopicPartitionOffset } from './consumer-options.ts';
import { ConsumerGroup } from './consumer-group.ts';
import type { Assignment } from './consumer-protocol.ts';
import { decodeFetchedRecords, type ConsumerRecord } from './fetch-records.ts';
import { GroupAdmin } from './group-admin.ts';
import { KafkaError, needsMetadataRefresh } from './kafka-error.ts';
import { listOffsets, type OffsetSpec } from './list-offsets.ts';

export type { ConsumerRecord } from './fetch-records.ts';
export type { ConsumerOptions, TopicPartitionOffset } from './consumer-options.ts';

interface PartitionState {
  topic: string;
  partition: number;
  /** Next offset to fetch; null until resolved from the committed offset or the reset policy. */
  position: number | null;
  /** Offset after the last record handed out (what a commit stores); null = nothing consumed. */
  consumed: number | null;
  committed: number | null;
  paused: boolean;
  buffer: ConsumerRecord[];
  bufferAt: number;
  /** Bytes of the fetched records fields behind `buffer` (for the prefetch limit). */
  bufferedBytes: number;
  fetching: boolean;
  /** Bumped by seek: answers to fetches sent before are dropped. */
  epoch: number;
}

const key = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

export class Consumer implements AsyncIterable<ConsumerRecord> {
  readonly cluster: Cluster;
  readonly group: ConsumerGroup | null;
  private readonly opts: ConsumerOptions;
  private readonly partitions = new Map<string, PartitionState>();
  private readonly ready: PartitionState[] = [];
  private readonly nodesInFlight = new Set<number>();
  private waiter: (() => void) | null = null;
  private subscription: Array<string | RegExp> = [];
  private autoCommitTimer: NodeJS.Timeout | null = null;
  private fetchError: Error | null = null;
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
  }

  /** Consumes exactly these partitions (no group rebalancing); offsets optional. */
  assign(partitions: TopicPartitionOffset[]): void {
    if (this.subscription.length > 0) throw new Error('assign() and subscribe() cannot be combined on one consumer');
    this.partitions.clear();
    this.ready.length = 0;
    for (const p of partitions) this.partitions.set(key(p.topic, p.partition), this.newState(p.topic, p.partition, p.offset ?? null));
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
      const [found] = await listOffsets(this.cluster, [{ topic, partition }], offset, this.isolationLevel());
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
      if (this.fetchError !== null) {
        const e = this.fetchError;
        this.fetchError = null;
        throw e;
      }
      const s = this.ready.shift();
      if (s === undefined) {
        this.fetchMore();
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
      this.fetchMore();
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

  private isolationLevel(): number {
    return this.opts.isolationLevel === 'read_committed' ? 1 : 0;
  }

  private newState(topic: string, partition: number, position: number | null): PartitionState {
    return { topic, partition, position, consumed: null, committed: null, paused: false, buffer: [], bufferAt: 0, bufferedBytes: 0, fetching: false, epoch: 0 };
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
    for (const [t, ps] of assigned) for (const p of ps) if (!this.partitions.has(key(t, p))) this.partitions.set(key(t, p), this.newState(t, p, null));
  }

  private wake(): void {
    this.waiter?.();
  }

  /** Resolves missing positions, then sends a Fetch to every leader that has none in flight. */
  private fetchMore(): void {
    if (this.closed) return;
    void this.fetchRound().catch((e: unknown) => {
      this.fetchError = e instanceof Error ? e : new Error(String(e));
      this.wake();
    });
  }

  private async fetchRound(): Promise<void> {
    await this.resolvePositions();
    const byNode = new Map<number, PartitionState[]>();
    for (const s of this.partitions.values()) {
      if (s.paused || s.fetching || s.position === null || s.bufferedBytes >= (this.opts.maxPartitionBytes ?? 1024 * 1024)) continue;
      let leader: number;
      try {
        leader = await this.cluster.leaderOf(s.topic, s.partition);
      } catch (e) {
        if (e instanceof KafkaError && e.retriable) continue;
        throw e;
      }
      if (this.nodesInFlight.has(leader)) continue;
      const list = byNode.get(leader) ?? [];
      list.push(s);
      byNode.set(leader, list);
    }
    for (const [node, states] of byNode) void this.fetchFrom(node, states);
  }

  private async resolvePositions(): Promise<void> {
    const missing = [...this.partitions.values()].filter((s) => s.position === null);
    if (missing.length === 0) return;
    if (this.group !== null) {
      const committed = await this.committedOffsets(missing.map((s) => s.topic));
      for (const s of missing) {
        const c = committed.get(s.topic)?.get(s.partition);
        if (c !== undefined) {
          s.position = c;
          s.committed = c;
        }
      }
    }
    await this.reset(missing.filter((s) => s.position === null));
  }

  private async committedOffsets(topics: string[]): Promise<Map<string, Map<number, number>>> {
    return new GroupAdmin(this.cluster).committedOffsets(this.group!.groupId, [...new Set(topics)]);
  }

  private async reset(states: PartitionState[]): Promise<void> {
    if (states.length === 0) return;
    const policy = this.opts.autoOffsetReset ?? 'latest';
    if (policy === 'none') {
      throw new KafkaError(ErrorCode.OFFSET_OUT_OF_RANGE, `no committed offset for ${states.map((s) => `${s.topic}-${s.partition}`).join(', ')} and autoOffsetReset is none`);
    }
    const found = await listOffsets(this.cluster, states, policy, this.isolationLevel());
    for (const f of found) {
      const s = this.partitions.get(key(f.topic, f.partition));
      if (s !== undefined && s.position === null) s.position = f.offset;
    }
  }

  private async fetchFrom(node: number, states: PartitionState[]): Promise<void> {
    this.nodesInFlight.add(node);
    const sent = states.map((s) => ({ s, offset: s.position!, epoch: s.epoch }));
    for (const s of states) s.fetching = true;
    const maxWaitMs = this.opts.maxWaitMs ?? 500;
    let res: FetchResponse | null = null;
    try {
      const conn = await this.cluster.broker(node);
      const version = conn.version(ApiKey.Fetch);
      const byTopic = new Map<string, typeof sent>();
      for (const x of sent) byTopic.set(x.s.topic, [...(byTopic.get(x.s.topic) ?? []), x]);
      res = await conn.send(
        ApiKey.Fetch,
        {
          replicaId: -1,
          replicaState: { replicaId: -1, replicaEpoch: -1n },
          maxWaitMs,
          minBytes: this.opts.minBytes ?? 1,
          maxBytes: this.opts.maxBytes ?? 50 * 1024 * 1024,
          isolationLevel: this.isolationLevel(),
          sessionId: 0,
          sessionEpoch: -1, // no fetch session (KIP-227): every request is a full fetch
          topics: [...byTopic].map(([topic, xs]) => ({
            topic,
            // Fetch v13+ names topics by id (KIP-516).
            topicId: this.cluster.topics.get(topic)?.topicId ?? ZERO_UUID,
            partitions: xs.map((x) => ({
              partition: x.s.partition,
              currentLeaderEpoch: -1,
              fetchOffset: BigInt(x.offset),
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: this.opts.maxPartitionBytes ?? 1024 * 1024,
            })),
          })),
          forgottenTopicsData: [],
          rackId: '',
        },
        { version, timeoutMs: this.cluster.requestTimeoutMs + maxWaitMs },
      );
      if (res.errorCode !== ErrorCode.NONE) throw new KafkaError(res.errorCode, `Fetch from broker ${node}`);
    } catch (e) {
      res = null;
      if (e instanceof KafkaError && e.retriable) this.cluster.invalidate();
      else if (!this.closed) {
        this.fetchError = e instanceof Error ? e : new Error(String(e));
      }
    } finally {
      this.nodesInFlight.delete(node);
      for (const s of states) s.fetching = false;
    }
    if (res !== null) this.onFetch(res, sent);
    if (res === null && !this.closed) await new Promise((r) => setTimeout(r, this.cluster.backoff(0)));
    this.wake();
    this.fetchMore();
  }

  private onFetch(res: FetchResponse, sent: Array<{ s: PartitionState; offset: number; epoch: number }>): void {
    const req = new Map(sent.map((x) => [key(x.s.topic, x.s.partition), x]));
    const resets: PartitionState[] = [];
    for (const t of res.responses) {
      const topic = t.topic !== '' ? t.topic : (this.cluster.topicById(t.topicId)?.name ?? '');
      for (const p of t.partitions) {
        const x = req.get(key(topic, p.partitionIndex));
        if (x === undefined || x.s.epoch !== x.epoch || this.partitions.get(key(topic, p.partitionIndex)) !== x.s) continue;
        const s = x.s;
        if (p.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
          s.position = null;
          resets.push(s);
          continue;
        }
        if (p.errorCode !== ErrorCode.NONE) {
          if (needsMetadataRefresh(p.errorCode)) this.cluster.invalidate(topic);
          else if (!new KafkaError(p.errorCode).retriable) this.fetchError = new KafkaError(p.errorCode, `fetch ${topic}-${p.partitionIndex}`);
          continue;
        }
        const decoded = decodeFetchedRecords(topic, p.partitionIndex, p.records, x.offset, this.isolationLevel() === 1, p.abortedTransactions, 64 * 1024 * 1024);
        s.position = decoded.nextOffset;
        if (decoded.records.length > 0) {
          if (s.bufferAt < s.buffer.length) {
            // Still handing out the previous fetch: queue behind it (it is already in `ready`).
            for (const r of decoded.records) s.buffer.push(r);
          } else {
            s.buffer = decoded.records;
            s.bufferAt = 0;
            this.ready.push(s);
          }
          s.bufferedBytes += p.records?.length ?? 0;
        }
      }
    }
    if (resets.length > 0) void this.reset(resets).catch((e: unknown) => (this.fetchError = e as Error)).then(() => this.fetchMore());
  }
}
