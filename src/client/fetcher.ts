/**
 * The consumer's fetcher (the Java client's Fetcher): one Fetch in flight per leader broker,
 * covering its assigned, unpaused partitions that hold less than max.partition.fetch.bytes of
 * records not yet handed out. The next Fetch to a broker goes out as soon as the previous answer is
 * buffered, so the network works while the application handles records (fetch pipelining); a
 * partition's new records queue behind the ones it already buffers.
 *
 * Positions: a partition with no position takes the group's committed offset, else
 * auto.offset.reset (earliest, latest, or none = a KafkaError). OFFSET_OUT_OF_RANGE resets too.
 * An error the consumer cannot fetch past is kept for the consumer to throw (takeError).
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { FetchResponse } from '../protocol/generated/fetch-response.ts';
import { ZERO_UUID, type Cluster } from './cluster.ts';
import type { ConsumerOptions } from './consumer-options.ts';
import type { ConsumerGroup } from './consumer-group.ts';
import { decodeFetchedRecords } from './fetch-records.ts';
import { GroupAdmin } from './group-admin.ts';
import { KafkaError, needsMetadataRefresh } from './kafka-error.ts';
import { listOffsets } from './list-offsets.ts';
import { partitionKey as key, type PartitionState } from './partition-state.ts';

interface SentPartition {
  s: PartitionState;
  offset: number;
  epoch: number;
}

export class Fetcher {
  /** 0 = read_uncommitted, 1 = read_committed (KIP-98). */
  readonly isolationLevel: number;
  private readonly nodesInFlight = new Set<number>();
  private fetchError: Error | null = null;
  private closed = false;

  /**
   * `partitions` and `ready` belong to the consumer: the fetcher fills partitions' buffers and
   * lines up in `ready` those that have records to hand out; `wake` tells the consumer to look.
   */
  constructor(
    private readonly cluster: Cluster,
    private readonly opts: ConsumerOptions,
    private readonly group: ConsumerGroup | null,
    private readonly partitions: Map<string, PartitionState>,
    private readonly ready: PartitionState[],
    private readonly wake: () => void,
  ) {
    this.isolationLevel = opts.isolationLevel === 'read_committed' ? 1 : 0;
  }

  /** The error that stopped fetching, if any, cleared once taken. */
  takeError(): Error | null {
    const e = this.fetchError;
    this.fetchError = null;
    return e;
  }

  close(): void {
    this.closed = true;
  }

  /** Resolves missing positions, then sends a Fetch to every leader that has none in flight. */
  fetchMore(): void {
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
      const topics = [...new Set(missing.map((s) => s.topic))];
      const committed = await new GroupAdmin(this.cluster).committedOffsets(this.group.groupId, topics);
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

  /** auto.offset.reset for partitions with no position. */
  private async reset(states: PartitionState[]): Promise<void> {
    if (states.length === 0) return;
    const policy = this.opts.autoOffsetReset ?? 'latest';
    if (policy === 'none') {
      throw new KafkaError(ErrorCode.OFFSET_OUT_OF_RANGE, `no committed offset for ${states.map((s) => `${s.topic}-${s.partition}`).join(', ')} and autoOffsetReset is none`);
    }
    const found = await listOffsets(this.cluster, states, policy, this.isolationLevel);
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
      res = await conn.send(ApiKey.Fetch, this.fetchRequest(sent, maxWaitMs), { version, timeoutMs: this.cluster.requestTimeoutMs + maxWaitMs });
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

  private fetchRequest(sent: SentPartition[], maxWaitMs: number) {
    const byTopic = new Map<string, SentPartition[]>();
    for (const x of sent) byTopic.set(x.s.topic, [...(byTopic.get(x.s.topic) ?? []), x]);
    return {
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs,
      minBytes: this.opts.minBytes ?? 1,
      maxBytes: this.opts.maxBytes ?? 50 * 1024 * 1024,
      isolationLevel: this.isolationLevel,
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
    };
  }

  private onFetch(res: FetchResponse, sent: SentPartition[]): void {
    const req = new Map(sent.map((x) => [key(x.s.topic, x.s.partition), x]));
    const resets: PartitionState[] = [];
    for (const t of res.responses) {
      const topic = t.topic !== '' ? t.topic : (this.cluster.topicById(t.topicId)?.name ?? '');
      for (const p of t.partitions) {
        const x = req.get(key(topic, p.partitionIndex));
        // An answer for a partition sought since, or no longer assigned, is dropped.
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
        const decoded = decodeFetchedRecords(topic, p.partitionIndex, p.records, x.offset, this.isolationLevel === 1, p.abortedTransactions, 64 * 1024 * 1024);
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
