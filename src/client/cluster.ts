/**
 * What the client knows about the cluster: one connection per broker (opened on first use), the
 * metadata cache (brokers, topics with their topic ids, partition leaders and leader epochs), and
 * the coordinators found with FindCoordinator. Producer, consumer and admin share this class.
 *
 * Metadata is fetched from any live broker, bootstrap addresses first until a broker answers; it is
 * refreshed on demand (`refresh`) and after errors that mean it is stale (needsMetadataRefresh).
 * `retry` runs an operation with exponential backoff while it fails with a retriable KafkaError,
 * Kafka's retries + retry.backoff.ms (KIP-580's exponential backoff, capped).
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { MetadataResponse } from '../protocol/generated/metadata-response.ts';
import { Connection, type ConnectionOptions } from './connection.ts';
import { KafkaError, isKafkaError, needsMetadataRefresh } from './kafka-error.ts';

export interface ClusterOptions {
  /** host:port list (also accepts one comma-separated string). */
  bootstrap: string[] | string;
  clientId?: string;
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Attempts after the first for retriable errors (default 5). */
  retries?: number;
  /** First backoff (default 100 ms), doubled per attempt up to retryBackoffMaxMs (default 1 s). */
  retryBackoffMs?: number;
  retryBackoffMaxMs?: number;
  /** Ask brokers to auto-create topics named in metadata requests (default false). */
  allowAutoTopicCreation?: boolean;
  /** TLS to every broker (true: system CAs; or node:tls options: ca, cert, key for mTLS...). */
  tls?: ConnectionOptions['tls'];
  /** SASL authentication on every connection. */
  sasl?: ConnectionOptions['sasl'];
}

export interface BrokerInfo {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionInfo {
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offline: number[];
  errorCode: number;
}

export interface TopicInfo {
  name: string;
  topicId: string;
  internal: boolean;
  partitions: PartitionInfo[];
  /** Date.now() when this metadata arrived. */
  fetchedAt: number;
}

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export type CoordinatorType = 'group' | 'transaction';

export class Cluster {
  readonly clientId: string;
  readonly requestTimeoutMs: number;
  readonly retries: number;
  private readonly bootstrap: Array<{ host: string; port: number }>;
  private readonly connectTimeoutMs: number;
  private readonly backoffMs: number;
  private readonly backoffMaxMs: number;
  private readonly allowAutoTopicCreation: boolean;
  private readonly security: Pick<ConnectionOptions, 'tls' | 'sasl'>;
  private readonly connections = new Map<string, Promise<Connection>>();
  private readonly open = new Map<string, Connection>();
  readonly brokers = new Map<number, BrokerInfo>();
  readonly topics = new Map<string, TopicInfo>();
  private readonly topicsById = new Map<string, TopicInfo>();
  private readonly coordinators = new Map<string, number>();
  clusterId: string | null = null;
  controllerId = -1;
  private closed = false;

  constructor(opts: ClusterOptions) {
    const list = typeof opts.bootstrap === 'string' ? opts.bootstrap.split(',') : opts.bootstrap;
    this.bootstrap = list.map((s) => s.trim()).filter((s) => s.length > 0).map(parseAddress);
    if (this.bootstrap.length === 0) throw new Error('no bootstrap servers: pass host:port (e.g. 127.0.0.1:9092)');
    this.clientId = opts.clientId ?? 'samsa';
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 10_000;
    this.retries = opts.retries ?? 5;
    this.backoffMs = opts.retryBackoffMs ?? 100;
    this.backoffMaxMs = opts.retryBackoffMaxMs ?? 1000;
    this.allowAutoTopicCreation = opts.allowAutoTopicCreation ?? false;
    this.security = { tls: opts.tls, sasl: opts.sasl };
  }

  /** The connection to host:port, opened (and ApiVersions negotiated) on first use. */
  connectTo(host: string, port: number): Promise<Connection> {
    if (this.closed) return Promise.reject(new KafkaError(ErrorCode.NETWORK_EXCEPTION, 'the client is closed'));
    const key = `${host}:${port}`;
    const existing = this.connections.get(key);
    if (existing !== undefined) return existing;
    const p = Connection.connect({
      host,
      port,
      clientId: this.clientId,
      connectTimeoutMs: this.connectTimeoutMs,
      requestTimeoutMs: this.requestTimeoutMs,
      ...this.security,
    });
    this.connections.set(key, p);
    p.then(
      (c) => {
        this.open.set(key, c);
        c.onClose(() => {
          if (this.connections.get(key) === p) this.connections.delete(key);
          if (this.open.get(key) === c) this.open.delete(key);
        });
      },
      () => {
        if (this.connections.get(key) === p) this.connections.delete(key);
      },
    );
    return p;
  }

  /** The connection to a broker by node id (metadata is refreshed if the id is unknown). */
  async broker(nodeId: number): Promise<Connection> {
    let b = this.brokers.get(nodeId);
    if (b === undefined) {
      await this.refresh([]);
      b = this.brokers.get(nodeId);
      if (b === undefined) throw new KafkaError(ErrorCode.BROKER_NOT_AVAILABLE, `broker ${nodeId} is not in the cluster metadata`);
    }
    return this.connectTo(b.host, b.port);
  }

  /** The open connection to a broker, if there is one right now (no I/O, no waiting). */
  connectedBroker(nodeId: number): Connection | undefined {
    const b = this.brokers.get(nodeId);
    return b === undefined ? undefined : this.open.get(`${b.host}:${b.port}`);
  }

  /** Any live broker: a known one, else the bootstrap list in order. */
  async any(): Promise<Connection> {
    const candidates = [...this.brokers.values(), ...this.bootstrap];
    let last: unknown;
    for (const c of candidates) {
      try {
        return await this.connectTo(c.host, c.port);
      } catch (e) {
        last = e;
      }
    }
    throw last instanceof Error ? last : new KafkaError(ErrorCode.NETWORK_EXCEPTION, 'no broker reachable');
  }

  /**
   * Fetches metadata for `topics` (null = every topic, [] = brokers only) and merges it into the
   * cache. Topics that came back with an error are left out of the cache; the response is returned
   * so callers can report them.
   */
  async refresh(topics: string[] | null, allowAutoTopicCreation = this.allowAutoTopicCreation): Promise<MetadataResponse> {
    const conn = await this.any();
    const res = await conn.send(ApiKey.Metadata, {
      topics: topics === null ? null : topics.map((name) => ({ name, topicId: ZERO_UUID })),
      allowAutoTopicCreation,
    });
    this.clusterId = res.clusterId;
    this.controllerId = res.controllerId;
    this.brokers.clear();
    for (const b of res.brokers) this.brokers.set(b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack });
    if (topics === null) {
      this.topics.clear();
      this.topicsById.clear();
    }
    for (const t of res.topics) {
      if (t.name === null) continue;
      if (t.errorCode !== ErrorCode.NONE) {
        this.topics.delete(t.name);
        continue;
      }
      const info: TopicInfo = {
        name: t.name,
        topicId: t.topicId,
        internal: t.isInternal,
        fetchedAt: Date.now(),
        partitions: t.partitions
          .map((p) => ({
            partition: p.partitionIndex,
            leader: p.leaderId,
            leaderEpoch: p.leaderEpoch,
            replicas: p.replicaNodes,
            isr: p.isrNodes,
            offline: p.offlineReplicas,
            errorCode: p.errorCode,
          }))
          .sort((a, b) => a.partition - b.partition),
      };
      this.topics.set(t.name, info);
      if (t.topicId !== ZERO_UUID) this.topicsById.set(t.topicId, info);
    }
    return res;
  }

  /** The cached topic, fetching metadata when it is not cached; UNKNOWN_TOPIC_OR_PARTITION if it does not exist. */
  async topic(name: string): Promise<TopicInfo> {
    const cached = this.topics.get(name);
    if (cached !== undefined) return cached;
    const res = await this.refresh([name]);
    const t = this.topics.get(name);
    if (t !== undefined) return t;
    const code = res.topics.find((x) => x.name === name)?.errorCode ?? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    throw new KafkaError(code || ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${name}`);
  }

  topicById(id: string): TopicInfo | undefined {
    return this.topicsById.get(id);
  }

  /** The leader's node id for a partition (from the cache; refreshed when missing). */
  async leaderOf(topic: string, partition: number): Promise<number> {
    const t = await this.topic(topic);
    const p = t.partitions[partition];
    if (p === undefined || p.partition !== partition) {
      throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${topic} has no partition ${partition}`);
    }
    if (p.leader < 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `${topic}-${partition}`);
    return p.leader;
  }

  /** Drops cached topic metadata so the next lookup fetches it again. */
  invalidate(topic?: string): void {
    if (topic === undefined) this.topics.clear();
    else this.topics.delete(topic);
  }

  /** The coordinator broker for a group id or transactional id (FindCoordinator, cached). */
  async coordinator(key: string, type: CoordinatorType = 'group'): Promise<Connection> {
    const cacheKey = `${type}:${key}`;
    const known = this.coordinators.get(cacheKey);
    if (known !== undefined) return this.broker(known);
    const conn = await this.any();
    const keyType = type === 'group' ? 0 : 1;
    const version = conn.version(ApiKey.FindCoordinator);
    const res = await conn.send(ApiKey.FindCoordinator, version >= 4 ? { keyType, coordinatorKeys: [key] } : { key, keyType }, { version });
    let nodeId: number;
    let errorCode: number;
    let message: string | null;
    if (version >= 4) {
      const c = res.coordinators[0];
      if (c === undefined) throw new KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, `no coordinator in the answer for ${key}`);
      [nodeId, errorCode, message] = [c.nodeId, c.errorCode, c.errorMessage];
      if (errorCode === ErrorCode.NONE) this.brokers.set(c.nodeId, { nodeId: c.nodeId, host: c.host, port: c.port, rack: null });
    } else {
      [nodeId, errorCode, message] = [res.nodeId, res.errorCode, res.errorMessage];
      if (errorCode === ErrorCode.NONE) this.brokers.set(res.nodeId, { nodeId: res.nodeId, host: res.host, port: res.port, rack: null });
    }
    if (errorCode !== ErrorCode.NONE) throw new KafkaError(errorCode, `FindCoordinator ${key}${message ? `: ${message}` : ''}`);
    this.coordinators.set(cacheKey, nodeId);
    return this.broker(nodeId);
  }

  /** Forgets a coordinator after NOT_COORDINATOR / COORDINATOR_NOT_AVAILABLE. */
  forgetCoordinator(key: string, type: CoordinatorType = 'group'): void {
    this.coordinators.delete(`${type}:${key}`);
  }

  /**
   * Runs `op` again while it fails with a retriable KafkaError, up to `retries` more times, with
   * exponential backoff; drops cached metadata after errors that mean it is stale.
   */
  async retry<T>(op: (attempt: number) => Promise<T>, retries = this.retries): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op(attempt);
      } catch (e) {
        if (!isKafkaError(e) || !e.retriable || attempt >= retries || this.closed) throw e;
        if (needsMetadataRefresh(e.code)) this.invalidate();
        await sleep(this.backoff(attempt));
      }
    }
  }

  backoff(attempt: number): number {
    const base = Math.min(this.backoffMaxMs, this.backoffMs * 2 ** attempt);
    // ±20% jitter so many clients do not retry in lockstep (KIP-580).
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.connections.values()];
    this.connections.clear();
    for (const p of all) {
      try {
        (await p).close();
      } catch {
        // never connected: nothing to close
      }
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function parseAddress(s: string): { host: string; port: number } {
  const i = s.lastIndexOf(':');
  const port = Number(s.slice(i + 1));
  if (i <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`bad broker address "${s}": expected host:port, e.g. 127.0.0.1:9092`);
  }
  return { host: s.slice(0, i).replace(/^\[|\]$/g, ''), port };
}
