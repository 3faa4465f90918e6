/**
 * What request handlers may use of the broker, and nothing more: the metadata view (image), the
 * local partitions (replicas), topic changes (topics), the persisted cluster state (metadata: dynamic configs, quotas, producer ids), the log
 * manager, the ACL authoriser, the coordinators, config, fetch sessions, this broker's endpoint, the advertised API
 * ranges and the shutdown signal. `Broker` implements it; handlers and their helpers import this
 * file, never broker.ts, so src/broker/ has no import circle (test/broker/layering.test.ts).
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import type { GroupCoordinator } from '../coordinator/group/group-coordinator.ts';
import type { TransactionCoordinator } from '../coordinator/transaction/transaction-coordinator.ts';
import type { LogManager } from '../storage/dirs/log-manager.ts';
import type { MetadataStore } from './metadata-store.ts';
import type { FetchSessionCache } from './fetch/fetch-session-cache.ts';
import type { MetadataImage } from './metadata-image.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { AclAuthorizer } from './security/acl-authorizer.ts';
import type { TopicManager } from './topic-manager.ts';

export interface ApiVersionRange {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export interface BrokerServices {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly config: BrokerConfig;
  readonly log: Logger;
  /** The topics as the cluster's metadata has them: ids, partitions with replica sets, configs (read-only). */
  readonly image: MetadataImage;
  /** The partitions this broker hosts, with their logs. */
  readonly replicas: ReplicaManager;
  /** Topic changes (create, delete, add partitions, configs): written to the metadata, applied here before they resolve. */
  readonly topics: TopicManager;
  /** The cluster's persisted state: topics, dynamic broker configs, client quotas, producer id blocks. */
  readonly metadata: MetadataStore;
  readonly logManager: LogManager;
  readonly fetchSessions: FetchSessionCache;
  /** The ACL authoriser (authorizer.class.name), or null: none configured, everything allowed. Handlers ask it through authz.ts. */
  readonly authorizer: AclAuthorizer | null;
  /** The group coordinator; the first call starts it (and creates __consumer_offsets if needed). */
  groupCoordinator(): GroupCoordinator;
  /** The transaction coordinator; the first call starts it (and creates __transaction_state if needed). */
  transactionCoordinator(): TransactionCoordinator;
  /** What Metadata and DescribeCluster tell clients: advertised host, and the bound port when 0 was configured. */
  advertisedEndpoint(): { host: string; port: number; listener: string };
  /**
   * Re-reads the TLS settings of every TLS listener (after their ssl.* configs changed); throws
   * ConfigError, changing nothing, when one is not usable.
   */
  reloadListenerTls?(): void;
  /** The ranges ApiVersions advertises, derived from the handler list. */
  readonly apiVersions: readonly ApiVersionRange[];
  /** True once shutdown has begun: long polls answer at once. */
  readonly stopping: boolean;
  /** Callbacks run when shutdown begins (they end long polls early). */
  readonly shutdownHooks: Set<() => void>;
}
