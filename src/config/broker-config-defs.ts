/**
 * Broker properties with Kafka's names and defaults (Kafka 4.0 KafkaConfig / ServerLogConfigs),
 * where Samsa's single-node defaults differ the doc says so:
 * - listeners PLAINTEXT://:9092 binds localhost (Kafka binds every interface);
 * - log.dirs defaults to ./data; node.id to 1; internal topics' replication factor to 1;
 * - log.flush.interval.messages/ms unset means fsync before acknowledging (group commit), because a
 *   single node has no replica to recover from (RELIABILITY.md rule 9). Kafka never fsyncs by default.
 * Properties that Kafka has but that change nothing here (threads, KRaft quorum settings...) are
 * listed so a Kafka server.properties loads without warnings.
 */
import { LONG_MAX, type ConfigDef } from './config-def.ts';
import { COMPRESSION_TYPES } from './topic-config-defs.ts';
import { TLS_SASL_CONFIG_DEFS } from './tls-sasl-config-defs.ts';
import { ACL_CONFIG_DEFS } from './acl-config-defs.ts';

const MiB = 1024 * 1024;

export const BROKER_CONFIG_DEFS: readonly ConfigDef[] = [
  // Identity and network
  { name: 'node.id', type: 'int', default: 1, min: 0, doc: 'this broker\'s id (Kafka requires it in KRaft; Samsa defaults to 1)' },
  { name: 'broker.id', type: 'int', default: null, min: 0, doc: 'legacy name of node.id; used when node.id is not set explicitly' },
  { name: 'listeners', type: 'list', default: ['PLAINTEXT://:9092'], doc: 'where to listen; an empty host means localhost' },
  { name: 'advertised.listeners', type: 'list', default: null, doc: 'addresses given to clients in Metadata; defaults to listeners' },
  { name: 'listener.security.protocol.map', type: 'string', default: 'PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL', doc: 'listener name → security protocol' },
  { name: 'inter.broker.listener.name', type: 'string', default: null, doc: 'accepted for compatibility' },
  { name: 'controller.listener.names', type: 'string', default: null, doc: 'accepted for compatibility (no KRaft controller here)' },
  { name: 'process.roles', type: 'list', default: ['broker', 'controller'], doc: 'accepted for compatibility' },
  { name: 'controller.quorum.voters', type: 'string', default: null, doc: 'accepted for compatibility' },
  { name: 'controller.quorum.bootstrap.servers', type: 'string', default: null, doc: 'accepted for compatibility' },
  { name: 'cluster.id', type: 'string', default: null, doc: 'cluster id; generated and stored in the data dir when unset' },
  { name: 'broker.rack', type: 'string', default: null, doc: 'rack reported in Metadata' },
  { name: 'socket.request.max.bytes', type: 'int', default: 104_857_600, min: 1, doc: 'largest request frame accepted; larger size prefixes close the connection' },
  { name: 'socket.send.buffer.bytes', type: 'int', default: 102_400, doc: 'accepted for compatibility' },
  { name: 'socket.receive.buffer.bytes', type: 'int', default: 102_400, doc: 'accepted for compatibility' },
  { name: 'connections.max.idle.ms', type: 'long', default: 600_000, min: 1, doc: 'idle connections are closed after this' },
  { name: 'queued.max.requests', type: 'int', default: 500, min: 1, doc: 'requests being processed at once across all connections' },
  { name: 'queued.max.request.bytes', type: 'long', default: -1, min: -1, doc: 'bytes of requests read but not yet answered, all connections; -1 = max(256 MiB, socket.request.max.bytes)' },
  // Connection limits (connection-quotas.ts): checked as each connection is accepted
  { name: 'max.connections', type: 'int', default: 2_147_483_647, min: 0, dynamic: true, doc: 'most connections the broker holds at once; one more is closed at once with a log line (Kafka instead stops accepting until one closes)' },
  { name: 'max.connections.per.ip', type: 'int', default: 2_147_483_647, min: 0, dynamic: true, doc: 'most connections from one IP address; one more is closed at once with a log line' },
  { name: 'max.connections.per.ip.overrides', type: 'string', default: '', dynamic: true, doc: 'per-IP or per-host exceptions to max.connections.per.ip, e.g. "hostName:100,127.0.0.1:200" (host names are resolved when the value is read)' },
  { name: 'max.connection.creation.rate', type: 'int', default: 2_147_483_647, min: 0, dynamic: true, doc: 'new connections per second the broker accepts; past it, new connections wait before they are served (at most one quota window). Per IP: the connection_creation_rate quota of AlterClientQuotas (ip entities), past which a connection is closed after the throttle time' },
  // Client quotas (stages/quota.ts); values come from AlterClientQuotas / kafka-configs.sh
  { name: 'quota.window.num', type: 'int', default: 11, min: 1, doc: 'samples kept to measure client quota rates (producer_byte_rate, consumer_byte_rate, request_percentage, connection_creation_rate)' },
  { name: 'quota.window.size.seconds', type: 'int', default: 1, min: 1, doc: 'span of each client quota sample' },
  { name: 'controller.quota.window.num', type: 'int', default: 11, min: 1, doc: 'accepted for compatibility (controller_mutation_rate is stored but not enforced)' },
  { name: 'controller.quota.window.size.seconds', type: 'int', default: 1, min: 1, doc: 'accepted for compatibility (controller_mutation_rate is stored but not enforced)' },
  { name: 'num.network.threads', type: 'int', default: 3, min: 1, doc: 'accepted for compatibility (one event loop here)' },
  { name: 'num.io.threads', type: 'int', default: 8, min: 1, doc: 'accepted for compatibility (one event loop here)' },
  { name: 'num.recovery.threads.per.data.dir', type: 'int', default: 2, min: 1, doc: 'accepted for compatibility' },
  { name: 'unstable.api.versions.enable', type: 'boolean', default: false, doc: 'advertise API versions still marked unstable' },

  // Topics
  { name: 'num.partitions', type: 'int', default: 1, min: 1, doc: 'partitions of auto-created topics and CreateTopics without a count' },
  { name: 'default.replication.factor', type: 'int', default: 1, min: 1, doc: 'replication factor when none is given' },
  { name: 'auto.create.topics.enable', type: 'boolean', default: true, doc: 'create unknown topics named in Metadata requests' },
  { name: 'delete.topic.enable', type: 'boolean', default: true, doc: 'allow DeleteTopics' },
  { name: 'offsets.topic.num.partitions', type: 'int', default: 50, min: 1, doc: 'partitions of __consumer_offsets' },
  { name: 'offsets.topic.replication.factor', type: 'int', default: 1, min: 1, doc: 'replication of __consumer_offsets (Kafka: 3)' },
  { name: 'offsets.topic.segment.bytes', type: 'int', default: 104_857_600, min: 1, doc: 'segment size of __consumer_offsets' },
  { name: 'transaction.state.log.num.partitions', type: 'int', default: 50, min: 1, doc: 'partitions of __transaction_state' },
  { name: 'transaction.state.log.replication.factor', type: 'int', default: 1, min: 1, doc: 'replication of __transaction_state (Kafka: 3)' },
  { name: 'transaction.state.log.min.isr', type: 'int', default: 1, min: 1, doc: 'accepted for compatibility' },
  { name: 'transaction.state.log.segment.bytes', type: 'int', default: 104_857_600, min: 1, doc: 'segment size of __transaction_state' },
  { name: 'add.partitions.to.txn.retry.backoff.ms', type: 'int', default: 20, min: 1, doc: 'server-side backoff between attempts to add a produced partition to its transaction (Transactions V2)' },
  { name: 'add.partitions.to.txn.retry.backoff.max.ms', type: 'int', default: 100, min: 0, doc: 'how long the leader retries CONCURRENT_TRANSACTIONS itself before answering the producer' },
  { name: 'transaction.max.timeout.ms', type: 'int', default: 900_000, min: 1, doc: 'largest transaction.timeout.ms a producer may ask for' },
  { name: 'transactional.id.expiration.ms', type: 'int', default: 604_800_000, min: 1, doc: 'a transactional id idle this long with no open transaction is forgotten' },
  { name: 'transaction.remove.expired.transaction.cleanup.interval.ms', type: 'int', default: 3_600_000, min: 1, doc: 'how often expired transactional ids are removed' },
  { name: 'transaction.abort.timed.out.transaction.cleanup.interval.ms', type: 'int', default: 10_000, min: 1, doc: 'how often open transactions past their timeout are aborted' },
  { name: 'share.coordinator.state.topic.replication.factor', type: 'int', default: 1, min: 1, doc: 'accepted for compatibility (no share groups yet)' },
  { name: 'share.coordinator.state.topic.min.isr', type: 'int', default: 1, min: 1, doc: 'accepted for compatibility (no share groups yet)' },
  { name: 'group.min.session.timeout.ms', type: 'int', default: 6000, min: 0, doc: 'smallest session.timeout.ms a group member may ask for' },
  { name: 'group.max.session.timeout.ms', type: 'int', default: 1_800_000, min: 0, doc: 'largest session.timeout.ms a group member may ask for' },
  { name: 'group.max.size', type: 'int', default: 2_147_483_647, min: 1, doc: 'most members in one consumer group' },
  { name: 'offsets.retention.minutes', type: 'int', default: 10_080, min: 1, doc: 'how long committed offsets of an empty group are kept' },
  { name: 'offsets.retention.check.interval.ms', type: 'int', default: 600_000, min: 1, doc: 'how often expired offsets are removed' },
  { name: 'offset.metadata.max.bytes', type: 'int', default: 4096, min: 0, doc: 'largest metadata string of a committed offset' },
  { name: 'group.initial.rebalance.delay.ms', type: 'int', default: 3000, min: 0, doc: 'delay of a new group\'s first rebalance' },
  { name: 'producer.id.expiration.ms', type: 'int', default: 86_400_000, min: 1, doc: 'idle producer ids expire after this' },

  // Log (each is the broker synonym of a topic config, see topic-config-defs.ts)
  { name: 'log.dirs', type: 'list', default: ['./data'], doc: 'data directories' },
  { name: 'log.dir', type: 'string', default: null, doc: 'single data directory, used when log.dirs is not set explicitly' },
  { name: 'cordoned.log.dirs', type: 'list', default: [], dynamic: true, doc: 'log dirs that get no new partitions (KIP-1066); existing ones keep serving' },
  { name: 'replica.alter.log.dirs.io.max.bytes.per.second', type: 'long', default: LONG_MAX, min: 1, doc: 'copy rate of a partition moved between log dirs (AlterReplicaLogDirs)' },
  { name: 'samsa.encryption.keys.file', type: 'string', default: null, doc: 'Samsa only: file of encryption-at-rest keys, one id=base64-of-32-bytes per line (with env SAMSA_ENCRYPTION_KEYS); topics pick one with samsa.encryption.key.id' },
  { name: 'log.cleanup.policy', type: 'list', default: ['delete'], oneOf: ['delete', 'compact'], dynamic: true, doc: 'default cleanup.policy' },
  { name: 'log.cleaner.enable', type: 'boolean', default: true, doc: 'run the log cleaner for compacted topics' },
  { name: 'log.cleaner.threads', type: 'int', default: 1, min: 0, doc: 'accepted for compatibility' },
  { name: 'log.cleaner.dedupe.buffer.size', type: 'long', default: 134_217_728, min: 1_048_576, doc: 'memory for the cleaner\'s offset map: a cleaning covers as many dirty segments as their keys fit in' },
  { name: 'log.cleaner.delete.retention.ms', type: 'long', default: 86_400_000, min: 0, dynamic: true, doc: 'default delete.retention.ms' },
  { name: 'log.cleaner.min.compaction.lag.ms', type: 'long', default: 0, min: 0, dynamic: true, doc: 'default min.compaction.lag.ms' },
  { name: 'log.cleaner.max.compaction.lag.ms', type: 'long', default: LONG_MAX, min: 1, dynamic: true, doc: 'default max.compaction.lag.ms' },
  { name: 'log.cleaner.min.cleanable.ratio', type: 'double', default: 0.5, min: 0, max: 1, dynamic: true, doc: 'default min.cleanable.dirty.ratio' },
  { name: 'log.segment.delete.delay.ms', type: 'long', default: 60_000, min: 0, dynamic: true, doc: 'default file.delete.delay.ms' },
  { name: 'log.flush.interval.messages', type: 'long', default: null, describedDefault: LONG_MAX, min: 1, dynamic: true, doc: 'default flush.messages; unset = fsync before acknowledging (described as Kafka\'s default, 9223372036854775807 = never)' },
  { name: 'log.flush.interval.ms', type: 'long', default: null, min: 0, dynamic: true, doc: 'default flush.ms; unset = fsync before acknowledging' },
  { name: 'log.flush.scheduler.interval.ms', type: 'long', default: LONG_MAX, min: 0, doc: 'accepted for compatibility' },
  { name: 'log.flush.offset.checkpoint.interval.ms', type: 'int', default: 60_000, min: 0, doc: 'accepted for compatibility' },
  { name: 'log.index.interval.bytes', type: 'int', default: 4096, min: 0, dynamic: true, doc: 'default index.interval.bytes' },
  { name: 'log.index.size.max.bytes', type: 'int', default: 10_485_760, min: 4, dynamic: true, doc: 'default segment.index.bytes' },
  { name: 'log.remote.copy.lag.bytes', type: 'long', default: -1, min: -1, dynamic: true, doc: 'default remote.copy.lag.bytes (tiered storage: accepted, not used)' },
  { name: 'log.remote.copy.lag.ms', type: 'long', default: 0, min: -1, dynamic: true, doc: 'default remote.copy.lag.ms (tiered storage: accepted, not used)' },
  { name: 'max.decompressed.message.bytes', type: 'int', default: 2_147_483_639, min: 0, dynamic: true, doc: 'default max.decompressed.message.bytes (accepted; Samsa\'s own decompression bounds apply)' },
  { name: 'log.local.retention.bytes', type: 'long', default: -2, min: -2, dynamic: true, doc: 'default local.retention.bytes' },
  { name: 'log.local.retention.ms', type: 'long', default: -2, min: -2, dynamic: true, doc: 'default local.retention.ms' },
  { name: 'log.message.timestamp.type', type: 'string', default: 'CreateTime', oneOf: ['CreateTime', 'LogAppendTime'], dynamic: true, doc: 'default message.timestamp.type' },
  { name: 'log.message.timestamp.before.max.ms', type: 'long', default: LONG_MAX, min: 0, dynamic: true, doc: 'default message.timestamp.before.max.ms' },
  { name: 'log.message.timestamp.after.max.ms', type: 'long', default: 3_600_000, min: 0, dynamic: true, doc: 'default message.timestamp.after.max.ms' },
  { name: 'log.preallocate', type: 'boolean', default: false, dynamic: true, doc: 'default preallocate' },
  { name: 'log.retention.bytes', type: 'long', default: -1, dynamic: true, doc: 'default retention.bytes' },
  { name: 'log.retention.hours', type: 'int', default: 168, doc: 'default retention in hours (lowest priority of the three)' },
  { name: 'log.retention.minutes', type: 'int', default: null, doc: 'default retention in minutes (over log.retention.hours)' },
  { name: 'log.retention.ms', type: 'long', default: null, min: -1, dynamic: true, doc: 'default retention.ms (over minutes and hours)' },
  { name: 'log.retention.check.interval.ms', type: 'long', default: 300_000, min: 1, doc: 'how often retention runs' },
  { name: 'log.roll.hours', type: 'int', default: 168, min: 1, doc: 'default segment age in hours' },
  { name: 'log.roll.ms', type: 'long', default: null, min: 1, dynamic: true, doc: 'default segment.ms (over log.roll.hours)' },
  { name: 'log.roll.jitter.hours', type: 'int', default: 0, min: 0, doc: 'default segment jitter in hours' },
  { name: 'log.roll.jitter.ms', type: 'long', default: null, min: 0, dynamic: true, doc: 'default segment.jitter.ms' },
  { name: 'log.segment.bytes', type: 'int', default: 1_073_741_824, min: 14, dynamic: true, doc: 'default segment.bytes' },
  { name: 'message.max.bytes', type: 'int', default: 1_048_588, min: 0, dynamic: true, doc: 'default max.message.bytes: largest record batch accepted' },
  { name: 'compression.type', type: 'string', default: 'producer', oneOf: COMPRESSION_TYPES, dynamic: true, doc: 'default compression.type' },
  { name: 'compression.gzip.level', type: 'int', default: -1, min: -1, max: 9, dynamic: true, doc: 'default compression.gzip.level' },
  { name: 'compression.lz4.level', type: 'int', default: 9, min: 1, max: 17, dynamic: true, doc: 'default compression.lz4.level' },
  { name: 'compression.zstd.level', type: 'int', default: 3, min: -131072, max: 22, dynamic: true, doc: 'default compression.zstd.level' },
  { name: 'min.insync.replicas', type: 'int', default: 1, min: 1, dynamic: true, doc: 'default min.insync.replicas' },
  { name: 'unclean.leader.election.enable', type: 'boolean', default: false, dynamic: true, doc: 'default unclean.leader.election.enable' },
  ...TLS_SASL_CONFIG_DEFS,
  ...ACL_CONFIG_DEFS,
];

export const BROKER_CONFIG_BY_NAME: ReadonlyMap<string, ConfigDef> = new Map(BROKER_CONFIG_DEFS.map((d) => [d.name, d]));

/** Default used for queued.max.request.bytes = -1 (Kafka: unbounded; we bound memory, DESIGN.md principle 7). */
export const DEFAULT_QUEUED_REQUEST_BYTES = 256 * MiB;
