/**
 * Where the cluster's metadata lives: topics with their ids, partitions, leader epochs and config
 * overrides, dynamic broker configs, client quotas, SCRAM credentials, producer id blocks, the
 * brokers that are alive, and the ACLs. One interface, one implementation per deployment: LocalMetadataStore (a file in the first
 * log dir, one broker) now, an etcd store for a cluster (issue 14). Reads come from the store's
 * in-memory image and are synchronous; writes resolve once they are durable, so callers await them
 * before they answer. test/broker/metadata-store-suite.ts is the behaviour every implementation
 * must show.
 */
import { randomBytes } from 'node:crypto';
import type { QuotaEntry } from './client-quotas.ts';
import type { AclBinding } from './security/acl.ts';
import type { ScramCredential, ScramMechanismName } from './security/scram-credential.ts';

export interface TopicRecord {
  name: string;
  topicId: string;
  partitions: number;
  leaderEpochs: number[];
  /**
   * The replicas of each partition (node ids, the preferred leader first). Absent in files written
   * before assignments were recorded: then every partition lives on the store's only broker.
   */
  replicas?: number[][];
  /** Topic-level config overrides, as text (Kafka's form). */
  configs: Record<string, string>;
}

/** A topic added, changed (`before` and `after`) or removed, as the store tells its listeners. */
export interface TopicChange {
  name: string;
  before: TopicRecord | null;
  after: TopicRecord | null;
}

/** A live broker as clients reach it: one advertised endpoint per listener. */
export interface BrokerRegistration {
  nodeId: number;
  rack: string | null;
  endpoints: { listener: string; host: string; port: number }[];
}

/** One user's SCRAM credential for one mechanism (KIP-554): salt, iterations, StoredKey, ServerKey. */
export interface ScramCredentialRecord extends ScramCredential {
  user: string;
  mechanism: ScramMechanismName;
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
  /**
   * Calls `listener` after every topic change is durable (one call per change, in the order the
   * changes were made; in a cluster, also for changes other brokers made). Returns the unsubscribe.
   */
  onTopicChange(listener: (change: TopicChange) => void): () => void;
  /** Dynamic broker configs: this broker's (`perBroker`) and the cluster default layer. */
  brokerConfigs(): { perBroker: Record<string, string>; defaults: Record<string, string> };
  setBrokerConfigs(perBroker: Record<string, string>, defaults: Record<string, string>): Promise<void>;
  clientQuotas(): readonly QuotaEntry[];
  /** Replaces the client quotas (entries with no values are dropped). */
  setClientQuotas(entries: readonly QuotaEntry[]): Promise<void>;
  /** Every user's SCRAM credentials, one record per user and mechanism (DescribeUserScramCredentials). */
  scramCredentials(): readonly ScramCredentialRecord[];
  /** One user's credential for one mechanism, or null: what SCRAM authentication looks up. */
  scramCredential(user: string, mechanism: ScramMechanismName): ScramCredential | null;
  /**
   * Adds or replaces `upserts` and removes `deletions` (by user and mechanism; absent ones are
   * ignored), all in one durable write: AlterUserScramCredentials applies a request atomically.
   */
  alterScramCredentials(upserts: readonly ScramCredentialRecord[], deletions: readonly { user: string; mechanism: ScramMechanismName }[]): Promise<void>;
  /** A producer id never handed out before in this cluster, even across restarts (KIP-98). */
  allocateProducerId(): Promise<number>;
  /**
   * The ACLs (CreateAcls), in the order they were added. A change returns a new array, never
   * mutates the old one: the authoriser indexes an array once and reuses the index while it is current.
   */
  acls(): readonly AclBinding[];
  /** Adds the bindings not already there (adding one twice keeps one). */
  addAcls(bindings: readonly AclBinding[]): Promise<void>;
  /** Removes these bindings (those not there are ignored). */
  removeAcls(bindings: readonly AclBinding[]): Promise<void>;
}

/** A random uuid in Kafka's base64url form, never the all-zero or reserved ones (Uuid.randomUuid). */
export function randomUuid(): string {
  for (;;) {
    const b = randomBytes(16);
    const s = b.toString('base64url');
    if (!s.startsWith('-') && !b.every((x) => x === 0)) return s;
  }
}
