/**
 * Where the cluster's metadata lives: topics with their ids, partitions, leader epochs and config
 * overrides, dynamic broker configs, client quotas, producer id blocks, and the brokers that are
 * alive. One interface, one implementation per deployment: LocalMetadataStore (a file in the first
 * log dir, one broker) now, an etcd store for a cluster (issue 14). Reads come from the store's
 * in-memory image and are synchronous; writes resolve once they are durable, so callers await them
 * before they answer. test/broker/metadata-store-suite.ts is the behaviour every implementation
 * must show.
 */
import { randomBytes } from 'node:crypto';
import type { QuotaEntry } from './client-quotas.ts';

export interface TopicRecord {
  name: string;
  topicId: string;
  partitions: number;
  leaderEpochs: number[];
  /** Topic-level config overrides, as text (Kafka's form). */
  configs: Record<string, string>;
}

/** A live broker as clients reach it: one advertised endpoint per listener. */
export interface BrokerRegistration {
  nodeId: number;
  rack: string | null;
  endpoints: { listener: string; host: string; port: number }[];
}

export interface MetadataStore {
  readonly clusterId: string;
  /**
   * The brokers alive now, with their endpoints: what Metadata, DescribeCluster and FindCoordinator
   * tell clients, and how many replicas a partition can have (a replication factor above their count
   * is refused).
   */
  liveBrokers(): readonly BrokerRegistration[];
  /** Registers (or re-registers) this broker, for as long as it runs (in etcd: bound to its lease). */
  registerBroker(reg: BrokerRegistration): Promise<void>;
  topics(): readonly TopicRecord[];
  /** Adds or replaces the topic of that name. */
  putTopic(t: TopicRecord): Promise<void>;
  removeTopic(name: string): Promise<void>;
  /** Dynamic broker configs: this broker's (`perBroker`) and the cluster default layer. */
  brokerConfigs(): { perBroker: Record<string, string>; defaults: Record<string, string> };
  setBrokerConfigs(perBroker: Record<string, string>, defaults: Record<string, string>): Promise<void>;
  clientQuotas(): readonly QuotaEntry[];
  /** Replaces the client quotas (entries with no values are dropped). */
  setClientQuotas(entries: readonly QuotaEntry[]): Promise<void>;
  /** A producer id never handed out before in this cluster, even across restarts (KIP-98). */
  allocateProducerId(): Promise<number>;
}

/** A random uuid in Kafka's base64url form, never the all-zero or reserved ones (Uuid.randomUuid). */
export function randomUuid(): string {
  for (;;) {
    const b = randomBytes(16);
    const s = b.toString('base64url');
    if (!s.startsWith('-') && !b.every((x) => x === 0)) return s;
  }
}
