/**
 * The single-node broker: opens the data directories (metadata file and partition logs), loads the
 * topics, and serves the Kafka protocol on the configured listeners. close() stops accepting,
 * answers every request already read (long polls are cut short), then closes the LogManager, which
 * flushes and writes the clean-shutdown marker.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { FileSystem } from '../storage/fs/file-system.ts';
import pino, { type Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import { LogManager } from '../storage/dirs/log-manager.ts';
import { isStorageError } from '../storage/storage-error.ts';
import { storedClusterId } from '../storage/dirs/meta-properties.ts';
import { LocalMetadataStore } from './local-metadata-store.ts';
import type { BrokerRegistration, MetadataStore } from './metadata-store.ts';
import { Dispatcher } from './dispatcher.ts';
import type { Handler } from './handler.ts';
import { HANDLERS } from './handlers/index.ts';
import { Listener, type BoundAddress } from './listener.ts';
import { listenerSecurity } from './security/listener-security.ts';
import { RequestBudget } from './request-budget.ts';
import { ConnectionQuotas } from './connection-quotas.ts';
import { TopicManager } from './topic-manager.ts';
import { MetadataImage } from './metadata-image.ts';
import { AclAuthorizer } from './security/acl-authorizer.ts';
import { TransactionCoordinatorHost, TRANSACTION_STATE_TOPIC } from './transaction-coordinator-host.ts';
import type { TransactionCoordinator } from '../coordinator/transaction/transaction-coordinator.ts';
import { ReplicaManager } from './replica-manager.ts';
import { encryptionKeyIdOf, logConfigFor } from './topic-configs.ts';
import { loadKeyRing } from './encryption-keys.ts';
import { KeyRingError, type KeyRing } from '../storage/encryption/key-ring.ts';
import { FetchSessionCache } from './fetch/fetch-session-cache.ts';
import { GroupCoordinatorHost, OFFSETS_TOPIC } from './group-coordinator-host.ts';
import type { BrokerServices } from './broker-services.ts';
import type { GroupCoordinator } from '../coordinator/group/group-coordinator.ts';
import type { ApiVersionRange } from './handler.ts';

export class StartupError extends Error {
  override readonly name = 'StartupError';
}

function applyStored(config: BrokerConfig, key: string, value: string, source: 'DYNAMIC_BROKER_CONFIG' | 'DYNAMIC_DEFAULT_BROKER_CONFIG', log: Logger): void {
  try {
    config.set(key, value, source);
  } catch (e) {
    log.warn({ key, value, err: (e as Error).message }, 'stored dynamic broker config ignored');
  }
}


export interface BrokerOptions {
  config: BrokerConfig;
  logger?: Logger;
  /** Replace the handler list (tests). */
  handlers?: readonly Handler[];
  /** Per-connection limit on requests being handled at once (pipelining depth). */
  maxInFlightPerConnection?: number;
  /** The storage's file system (tests: thread-pool writes, faults); default the real one. */
  fs?: FileSystem;
  /** Where SAMSA_ENCRYPTION_KEYS is read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

export class Broker implements BrokerServices {
  readonly dispatcher: Dispatcher;
  private readonly groups: GroupCoordinatorHost;
  private readonly transactions: TransactionCoordinatorHost;
  readonly fetchSessions = new FetchSessionCache();
  readonly authorizer: AclAuthorizer | null;
  private listeners: Listener[] = [];
  private readonly listenersByName = new Map<string, Listener>();
  private closing: Promise<void> | null = null;
  /** Callbacks that end long polls early at shutdown. */
  readonly shutdownHooks = new Set<() => void>();
  /** max.connections, max.connections.per.ip(.overrides), connection creation rates. */
  readonly connectionQuotas: ConnectionQuotas;

  private constructor(
    readonly config: BrokerConfig,
    readonly log: Logger,
    readonly logManager: LogManager,
    readonly metadata: MetadataStore,
    readonly image: MetadataImage,
    readonly replicas: ReplicaManager,
    readonly topics: TopicManager,
    handlers: readonly Handler[],
  ) {
    this.authorizer = AclAuthorizer.fromConfig(config, metadata);
    this.dispatcher = new Dispatcher(this, handlers, log, config.bool('unstable.api.versions.enable'));
    this.groups = new GroupCoordinatorHost(this);
    this.transactions = new TransactionCoordinatorHost(this);
    this.connectionQuotas = new ConnectionQuotas(config, () => metadata.clientQuotas(), log.child({ component: 'connection-quotas' }));
  }

  groupCoordinator(): GroupCoordinator {
    return this.groups.get();
  }

  transactionCoordinator(): TransactionCoordinator {
    return this.transactions.get();
  }

  get apiVersions(): readonly ApiVersionRange[] {
    return this.dispatcher.apiVersions;
  }

  static async start(opts: BrokerOptions): Promise<Broker> {
    const { config } = opts;
    const log = opts.logger ?? pino({ level: 'info' });
    const logDirs = config.logDirs();
    // The first dir holds samsa-metadata.json and must work; the others may fail and go offline
    // (Kafka's log.dir.failure: the broker serves the rest), which the LogManager decides.
    for (const dir of logDirs.slice(0, 1)) {
      try {
        mkdirSync(dir, { recursive: true });
        accessSync(dir, constants.W_OK | constants.R_OK);
      } catch (e) {
        throw new StartupError(`log dir ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? String(e)}); fix log.dirs or its permissions`);
      }
    }
    // A lost samsa-metadata.json keeps the cluster id that the log dirs' meta.properties name.
    const metadata = LocalMetadataStore.open(logDirs[0]!, config.nodeId(), config.str('cluster.id') ?? storedClusterId(logDirs));
    // Dynamic broker configs set through AlterConfigs survive restarts (Kafka keeps them in metadata).
    const dynamic = metadata.brokerConfigs();
    for (const [k, v] of Object.entries(dynamic.defaults)) applyStored(config, k, v, 'DYNAMIC_DEFAULT_BROKER_CONFIG', log);
    for (const [k, v] of Object.entries(dynamic.perBroker)) applyStored(config, k, v, 'DYNAMIC_BROKER_CONFIG', log);
    const rate = config.int('replica.alter.log.dirs.io.max.bytes.per.second');
    let keyRing: KeyRing;
    try {
      keyRing = loadKeyRing(config, opts.env);
    } catch (e) {
      if (e instanceof KeyRingError) throw new StartupError(`encryption key ring: ${e.message}`, { cause: e });
      throw e;
    }
    const logManager = await LogManager.open({
      logDirs,
      identity: { clusterId: metadata.clusterId, nodeId: config.nodeId() },
      cordonedLogDirs: () => config.list('cordoned.log.dirs'),
      logDirMoveBytesPerSecond: rate >= Number.MAX_SAFE_INTEGER ? undefined : rate,
      fs: opts.fs,
      logger: log.child({ component: 'storage' }),
      defaultConfig: logConfigFor(config, new Map()),
      retentionCheckIntervalMs: config.int('log.retention.check.interval.ms'),
      checkpointIntervalMs: config.int('log.flush.offset.checkpoint.interval.ms'),
      producerIdExpirationMs: config.int('producer.id.expiration.ms'),
      cleanerOffsetMapBytes: config.int('log.cleaner.dedupe.buffer.size'),
      keyRing,
    }).catch((e: unknown) => {
      // A dir of another cluster, a partition in two dirs, no usable dir: the message says which.
      if (isStorageError(e)) throw new StartupError(e.message, { cause: e });
      throw e;
    });
    const image = new MetadataImage(metadata, config.nodeId());
    const replicas = new ReplicaManager(config.nodeId(), config, image, logManager, log.child({ component: 'replica-manager' }));
    const topics = new TopicManager(config, metadata, image, replicas, logManager, log);
    let broker: Broker;
    try {
      await replicas.load();
      await topics.adoptOrphanLogs();
      // Encryption at rest: a topic naming a key the ring lost cannot take appends; say so at start.
      for (const t of image.topics()) {
        const keyId = encryptionKeyIdOf(t.configs);
        if (keyId !== null && !keyRing.has(keyId)) log.error({ topic: t.name, keyId }, `topic ${t.name} encrypts with key ${keyId}, which is not in the key ring (samsa.encryption.keys.file / SAMSA_ENCRYPTION_KEYS): produce to it answers KAFKA_STORAGE_ERROR until the key is back`);
      }
      broker = new Broker(config, log, logManager, metadata, image, replicas, topics, opts.handlers ?? HANDLERS);
      await broker.listen(opts.maxInFlightPerConnection ?? 64);
      // Clients learn the brokers from the metadata store: register this one's endpoints, with the
      // bound ports where 0 was configured, before any request is read.
      await metadata.registerBroker(broker.registration());
    } catch (e) {
      await logManager.close();
      throw e;
    }
    // Replay committed offsets and static members before clients ask for them; a fresh broker
    // creates __consumer_offsets on the first group request, as Kafka does.
    if (image.topic(OFFSETS_TOPIC)) broker.groupCoordinator();
    if (image.topic(TRANSACTION_STATE_TOPIC)) broker.transactionCoordinator();
    log.info({ nodeId: config.nodeId(), clusterId: metadata.clusterId, logDirs, topics: [...image.topics()].length }, 'broker started');
    return broker;
  }

  private async listen(maxInFlight: number): Promise<void> {
    const budget = new RequestBudget(this.config.queuedMaxRequestBytes());
    const limits = {
      maxRequestBytes: this.config.int('socket.request.max.bytes'),
      maxInFlight,
      idleMs: this.config.int('connections.max.idle.ms'),
      gate: this.connectionQuotas,
    };
    try {
      for (const l of this.config.listeners()) {
        const listener = await Listener.listen(l.host, l.port, this.dispatcher, limits, budget, this.log, listenerSecurity(this.config, l, { scram: this.metadata }));
        this.listeners.push(listener);
        this.listenersByName.set(l.name, listener);
        for (const b of listener.bound) this.log.info({ listener: l.name, securityProtocol: l.securityProtocol, host: b.host, port: b.port }, 'listening');
      }
    } catch (e) {
      await Promise.all(this.listeners.map((x) => x.close()));
      throw e;
    }
  }

  get nodeId(): number {
    return this.config.nodeId();
  }

  get clusterId(): string {
    return this.metadata.clusterId;
  }

  /** Where the listeners are actually bound (the real port when 0 was configured). */
  boundAddresses(): BoundAddress[] {
    return this.listeners.flatMap((l) => l.bound);
  }

  /** This broker as the metadata store lists it: rack and one endpoint per advertised listener. */
  registration(): BrokerRegistration {
    const endpoints = this.config.advertisedListeners().map((adv) => ({ listener: adv.name, host: adv.host, port: this.advertisedPort(adv.name, adv.port) }));
    return { nodeId: this.nodeId, rack: this.config.str('broker.rack'), endpoints };
  }

  /** An advertised port, or the port its listener is bound to when 0 was configured. */
  private advertisedPort(listener: string, port: number): number {
    if (port !== 0) return port;
    return (this.listenersByName.get(listener) ?? this.listeners[0])?.bound[0]?.port ?? 0;
  }

  reloadListenerTls(): void {
    const reloads = this.listeners.map((l) => l.prepareTlsReload());
    for (const apply of reloads) apply?.();
  }

  /** Where a listener is bound (the real port when 0 was configured); undefined for an unknown name. */
  boundAddressesOf(listener: string): BoundAddress[] | undefined {
    return this.listenersByName.get(listener.toUpperCase())?.bound;
  }

  /** The first advertised listener's endpoint (DescribeQuorum, tests): the bound port when 0 was configured. */
  advertisedEndpoint(): { host: string; port: number; listener: string } {
    const adv = this.config.advertisedListeners()[0]!;
    return { host: adv.host, port: this.advertisedPort(adv.name, adv.port), listener: adv.name };
  }

  /** True once close() has begun: long polls answer at once. */
  get stopping(): boolean {
    return this.closing !== null;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.log.info('broker stopping');
      this.connectionQuotas.close();
      const stop = Promise.all(this.listeners.map((l) => l.close()));
      for (const h of [...this.shutdownHooks]) h();
      await stop;
      this.replicas.close();
      this.image.close();
      await this.logManager.close();
      this.log.info('broker stopped');
    })();
    return this.closing;
  }
}
