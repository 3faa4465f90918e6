/**
 * Topic-level configs (Kafka's LogConfig) with their broker-level synonyms, in the order Kafka
 * reports synonyms in DescribeConfigs (KIP-226): the most specific broker property first. A topic
 * config that is not set on the topic takes the first synonym set on the broker, else the broker
 * property's default.
 */
import { LONG_MAX, type ConfigDef } from './config-def.ts';

export interface TopicConfigDef extends ConfigDef {
  /** Broker properties that supply the default, most specific first. */
  synonyms: readonly string[];
  /** How to turn the broker synonym's value into this config's unit (e.g. hours → ms). */
  fromSynonym?: Readonly<Record<string, (v: number) => number>>;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

export const COMPRESSION_TYPES = ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

export const TOPIC_CONFIG_DEFS: readonly TopicConfigDef[] = [
  { name: 'cleanup.policy', type: 'list', default: ['delete'], oneOf: ['delete', 'compact'], synonyms: ['log.cleanup.policy'], doc: 'delete and/or compact old segments' },
  { name: 'compression.type', type: 'string', default: 'producer', oneOf: COMPRESSION_TYPES, synonyms: ['compression.type'], doc: 'codec the broker stores batches in; producer keeps what was sent' },
  { name: 'compression.gzip.level', type: 'int', default: -1, min: -1, max: 9, synonyms: ['compression.gzip.level'], doc: 'gzip level when the broker recompresses (KIP-390)' },
  { name: 'compression.lz4.level', type: 'int', default: 9, min: 1, max: 17, synonyms: ['compression.lz4.level'], doc: 'lz4 level when the broker recompresses (KIP-390)' },
  { name: 'compression.zstd.level', type: 'int', default: 3, min: -131072, max: 22, synonyms: ['compression.zstd.level'], doc: 'zstd level when the broker recompresses (KIP-390)' },
  { name: 'delete.retention.ms', type: 'long', default: 86_400_000, min: 0, synonyms: ['log.cleaner.delete.retention.ms'], doc: 'how long tombstones stay after compaction' },
  { name: 'file.delete.delay.ms', type: 'long', default: 60_000, min: 0, synonyms: ['log.segment.delete.delay.ms'], doc: 'delay before a deleted segment file is removed' },
  { name: 'flush.messages', type: 'long', default: null, describedDefault: LONG_MAX, min: 1, synonyms: ['log.flush.interval.messages'], doc: 'fsync after this many messages; unset = fsync before every acknowledgement (group commit), described as Kafka\'s 9223372036854775807' },
  { name: 'flush.ms', type: 'long', default: null, describedDefault: LONG_MAX, min: 0, synonyms: ['log.flush.interval.ms'], doc: 'fsync at least this often; unset = fsync before every acknowledgement (group commit), described as Kafka\'s 9223372036854775807' },
  { name: 'index.interval.bytes', type: 'int', default: 4096, min: 0, synonyms: ['log.index.interval.bytes'], doc: 'bytes between offset index entries' },
  { name: 'local.retention.bytes', type: 'long', default: -2, min: -2, synonyms: ['log.local.retention.bytes'], doc: 'tiered storage local retention (accepted, not used)' },
  { name: 'local.retention.ms', type: 'long', default: -2, min: -2, synonyms: ['log.local.retention.ms'], doc: 'tiered storage local retention (accepted, not used)' },
  { name: 'max.compaction.lag.ms', type: 'long', default: LONG_MAX, min: 1, synonyms: ['log.cleaner.max.compaction.lag.ms'], doc: 'longest a message stays uncompacted' },
  { name: 'max.message.bytes', type: 'int', default: 1_048_588, min: 0, synonyms: ['message.max.bytes'], doc: 'largest record batch the broker accepts' },
  { name: 'message.timestamp.after.max.ms', type: 'long', default: HOUR, min: 0, synonyms: ['log.message.timestamp.after.max.ms'], doc: 'how far in the future a CreateTime timestamp may be (KIP-937)' },
  { name: 'message.timestamp.before.max.ms', type: 'long', default: LONG_MAX, min: 0, synonyms: ['log.message.timestamp.before.max.ms'], doc: 'how far in the past a CreateTime timestamp may be (KIP-937)' },
  { name: 'message.timestamp.type', type: 'string', default: 'CreateTime', oneOf: ['CreateTime', 'LogAppendTime'], synonyms: ['log.message.timestamp.type'], doc: 'CreateTime keeps the producer timestamp; LogAppendTime stamps the broker time' },
  { name: 'min.cleanable.dirty.ratio', type: 'double', default: 0.5, min: 0, max: 1, synonyms: ['log.cleaner.min.cleanable.ratio'], doc: 'dirty ratio that triggers compaction' },
  { name: 'min.compaction.lag.ms', type: 'long', default: 0, min: 0, synonyms: ['log.cleaner.min.compaction.lag.ms'], doc: 'shortest time a message stays uncompacted' },
  { name: 'min.insync.replicas', type: 'int', default: 1, min: 1, synonyms: ['min.insync.replicas'], doc: 'replicas that must acknowledge acks=all' },
  { name: 'preallocate', type: 'boolean', default: false, synonyms: ['log.preallocate'], doc: 'preallocate segment files (accepted, not used)' },
  { name: 'remote.storage.enable', type: 'boolean', default: false, synonyms: [], doc: 'tiered storage (not supported; must stay false)' },
  { name: 'retention.bytes', type: 'long', default: -1, synonyms: ['log.retention.bytes'], doc: 'largest size of a partition before old segments are deleted; -1 = no limit' },
  {
    name: 'retention.ms', type: 'long', default: 168 * HOUR, min: -1,
    synonyms: ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
    fromSynonym: { 'log.retention.minutes': (v) => (v < 0 ? -1 : v * MINUTE), 'log.retention.hours': (v) => (v < 0 ? -1 : v * HOUR) },
    doc: 'how long segments are kept; -1 = forever',
  },
  { name: 'segment.bytes', type: 'int', default: 1_073_741_824, min: 14, synonyms: ['log.segment.bytes'], doc: 'size at which a segment rolls' },
  { name: 'segment.index.bytes', type: 'int', default: 10_485_760, min: 4, synonyms: ['log.index.size.max.bytes'], doc: 'size of the offset index file' },
  {
    name: 'segment.jitter.ms', type: 'long', default: 0, min: 0,
    synonyms: ['log.roll.jitter.ms', 'log.roll.jitter.hours'],
    fromSynonym: { 'log.roll.jitter.hours': (v) => v * HOUR },
    doc: 'random jitter subtracted from segment.ms',
  },
  {
    name: 'segment.ms', type: 'long', default: 168 * HOUR, min: 1,
    synonyms: ['log.roll.ms', 'log.roll.hours'],
    fromSynonym: { 'log.roll.hours': (v) => v * HOUR },
    doc: 'age at which a segment rolls',
  },
  { name: 'errors.deadletterqueue.group.enable', type: 'boolean', default: false, synonyms: [], doc: 'streams groups may create dead-letter queue topics here (KIP-1034; accepted, not used)' },
  { name: 'max.decompressed.message.bytes', type: 'int', default: 2_147_483_639, min: 0, synonyms: ['max.decompressed.message.bytes'], doc: 'largest decompressed batch (accepted; Samsa\'s own decompression bounds apply)' },
  { name: 'remote.copy.lag.bytes', type: 'long', default: -1, min: -1, synonyms: ['log.remote.copy.lag.bytes'], doc: 'tiered storage (accepted, not used)' },
  { name: 'remote.copy.lag.ms', type: 'long', default: 0, min: -1, synonyms: ['log.remote.copy.lag.ms'], doc: 'tiered storage (accepted, not used)' },
  { name: 'remote.log.copy.disable', type: 'boolean', default: false, synonyms: [], doc: 'tiered storage (accepted, not used)' },
  { name: 'remote.log.delete.on.disable', type: 'boolean', default: false, synonyms: [], doc: 'tiered storage (accepted, not used)' },
  { name: 'leader.replication.throttled.replicas', type: 'list', default: [], synonyms: [], doc: 'replication throttles (accepted; one node has no replication)' },
  { name: 'follower.replication.throttled.replicas', type: 'list', default: [], synonyms: [], doc: 'replication throttles (accepted; one node has no replication)' },
  {
    name: 'samsa.encryption.key.id', type: 'string', default: null, synonyms: [],
    doc: 'Samsa only: the key (an id of the broker key ring, samsa.encryption.keys.file / SAMSA_ENCRYPTION_KEYS) new batches are encrypted with at rest (AES-256-GCM); unset = stored plaintext. Changing it rotates the key; batches written before keep theirs',
  },
  { name: 'unclean.leader.election.enable', type: 'boolean', default: false, synonyms: ['unclean.leader.election.enable'], doc: 'elect a leader outside the ISR (single node: no effect)' },
];

/** Samsa's topic config for encryption at rest (storage/encryption/). */
export const ENCRYPTION_KEY_ID_CONFIG = 'samsa.encryption.key.id';

export const TOPIC_CONFIG_BY_NAME: ReadonlyMap<string, TopicConfigDef> = new Map(TOPIC_CONFIG_DEFS.map((d) => [d.name, d]));
