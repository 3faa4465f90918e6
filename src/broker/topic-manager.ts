/**
 * Topic changes (what Kafka's controller does for CreateTopics, DeleteTopics, CreatePartitions and
 * topic AlterConfigs): checks them, writes them to the MetadataStore, and waits until this broker's
 * ReplicaManager has applied them (logs created or deleted, configs on the live logs), so a topic
 * is usable when the request that made it is answered. It keeps no topics of its own: the
 * MetadataImage is the view, the ReplicaManager the local partitions. Deletion removes the metadata
 * first (the topic is gone for clients at once), then the folders; at startup, partitions missing on
 * disk are recreated empty, so a crash between the two steps of a creation leaves a usable topic.
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError, type ConfigValue } from '../config/config-def.ts';
import type { LogManager } from '../storage/dirs/log-manager.ts';
import type { PartitionLog } from '../storage/log/partition-log.ts';
import type { MetadataImage, TopicImage } from './metadata-image.ts';
import { randomUuid, type MetadataStore, type TopicRecord } from './metadata-store.ts';
import type { ReplicaManager } from './replica-manager.ts';
import { encryptionKeyIdOf, parseTopicConfigs } from './topic-configs.ts';
import { ENCRYPTION_KEY_ID_CONFIG } from '../config/topic-config-defs.ts';
import type { KeyRing } from '../storage/encryption/key-ring.ts';
import { collidesWith, isInternalTopic, topicNameProblem } from './topic-name.ts';

/** Kafka error names a topic operation can fail with (mapped to wire codes by the handlers). */
export type TopicErrorName =
  | 'TOPIC_ALREADY_EXISTS'
  | 'INVALID_TOPIC_EXCEPTION'
  | 'INVALID_PARTITIONS'
  | 'INVALID_REPLICATION_FACTOR'
  | 'INVALID_REPLICA_ASSIGNMENT'
  | 'INVALID_CONFIG'
  | 'INVALID_REQUEST'
  | 'UNKNOWN_TOPIC_OR_PARTITION'
  | 'TOPIC_DELETION_DISABLED';

export class TopicError extends Error {
  override readonly name = 'TopicError';
  constructor(
    readonly errorName: TopicErrorName,
    message: string,
  ) {
    super(message);
  }
}

export type { TopicImage as Topic } from './metadata-image.ts';

/** Kafka's limit on partitions per CreateTopics/CreatePartitions request is far higher; this one bounds memory. */
const MAX_PARTITIONS = 100_000;

export interface CreateTopicOptions {
  numPartitions?: number; // -1 or absent: num.partitions
  replicationFactor?: number; // -1 or absent: default.replication.factor
  configs?: Record<string, string>;
  validateOnly?: boolean;
  /** Coordinators create internal topics; clients may not. */
  internal?: boolean;
}

export class TopicManager {
  private pending = new Set<string>();

  constructor(
    private readonly config: BrokerConfig,
    private readonly metadata: MetadataStore,
    private readonly image: MetadataImage,
    private readonly replicas: ReplicaManager,
    private readonly logs: LogManager,
    private readonly log: Logger,
  ) {}

  /**
   * Partition folders whose topic is missing from the metadata (samsa-metadata.json was lost or
   * restored from an old backup): the topic is registered again from the folders, with the topic id
   * the log recorded and default configs, so no data becomes unreachable. Missing partition numbers
   * below the highest one found are recreated empty. Run at start, after the replicas are loaded.
   */
  async adoptOrphanLogs(): Promise<void> {
    const orphans = new Map<string, PartitionLog[]>();
    for (const pl of this.logs.logs()) {
      if (this.image.topic(pl.topic)) continue;
      const list = orphans.get(pl.topic) ?? [];
      list.push(pl);
      orphans.set(pl.topic, list);
    }
    for (const [name, found] of orphans) {
      if (topicNameProblem(name) !== null) continue;
      const count = Math.max(...found.map((p) => p.partition)) + 1;
      const topicId = found.find((p) => p.topicId && p.topicId !== 'AAAAAAAAAAAAAAAAAAAAAA')?.topicId ?? randomUuid();
      const leaderEpochs = Array.from({ length: count }, (_, p) => {
        const epoch = this.logs.get(name, p)?.latestEpoch() ?? -1;
        return epoch >= 0 ? epoch : 0;
      });
      await this.write({ name, topicId, partitions: count, leaderEpochs, replicas: this.assign(count), configs: {} });
      this.log.warn({ topic: name, topicId, partitions: count }, 'topic rebuilt from partition folders missing in samsa-metadata.json (its config overrides are lost)');
    }
  }

  /** Checks everything CreateTopics checks; returns the parsed configs and counts. */
  validateCreate(name: string, opts: CreateTopicOptions): { numPartitions: number; configs: Map<string, ConfigValue> } {
    const problem = topicNameProblem(name);
    if (problem) throw new TopicError('INVALID_TOPIC_EXCEPTION', problem);
    if (isInternalTopic(name) && !opts.internal) {
      throw new TopicError('INVALID_TOPIC_EXCEPTION', `topic names starting with "__" are reserved for internal topics`);
    }
    if (this.image.topic(name) || this.pending.has(name)) throw new TopicError('TOPIC_ALREADY_EXISTS', `topic ${name} already exists`);
    for (const other of [...[...this.image.topics()].map((t) => t.name), ...this.pending]) {
      if (collidesWith(name, other)) throw new TopicError('INVALID_TOPIC_EXCEPTION', `topic ${name} collides with existing topic ${other} ('.' and '_' are interchangeable in metric names)`);
    }
    const numPartitions = opts.numPartitions === undefined || opts.numPartitions === -1 ? this.config.int('num.partitions') : opts.numPartitions;
    if (numPartitions <= 0 || numPartitions > MAX_PARTITIONS) throw new TopicError('INVALID_PARTITIONS', `number of partitions must be between 1 and ${MAX_PARTITIONS}, got ${numPartitions}`);
    const rf = this.replicationFactor(opts);
    if (rf <= 0) throw new TopicError('INVALID_REPLICATION_FACTOR', `replication factor must be larger than 0, got ${rf}`);
    const brokers = this.metadata.liveBrokers().length;
    if (rf > brokers) throw new TopicError('INVALID_REPLICATION_FACTOR', `replication factor ${rf} is larger than the number of brokers (${brokers})`);
    return { numPartitions, configs: parseConfigs(opts.configs ?? {}, this.logs.keyRing) };
  }

  async create(name: string, opts: CreateTopicOptions = {}): Promise<TopicImage | null> {
    const { numPartitions } = this.validateCreate(name, opts);
    if (opts.validateOnly) return null;
    this.pending.add(name);
    try {
      const topicId = randomUuid();
      const rec: TopicRecord = {
        name,
        topicId,
        partitions: numPartitions,
        leaderEpochs: new Array<number>(numPartitions).fill(0),
        replicas: this.assign(numPartitions, this.replicationFactor(opts)),
        configs: { ...(opts.configs ?? {}) },
      };
      await this.write(rec);
      this.log.info({ topic: name, topicId, partitions: numPartitions }, 'topic created');
      return this.image.topic(name) ?? null;
    } finally {
      this.pending.delete(name);
    }
  }

  async delete(name: string, opts: { internal?: boolean } = {}): Promise<TopicImage> {
    if (!this.config.bool('delete.topic.enable')) throw new TopicError('TOPIC_DELETION_DISABLED', 'topic deletion is disabled (delete.topic.enable=false)');
    const topic = this.image.topic(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    if (topic.internal && !opts.internal) throw new TopicError('INVALID_REQUEST', `internal topic ${name} cannot be deleted`);
    await this.metadata.removeTopic(name);
    await this.replicas.caughtUp();
    this.log.info({ topic: name, topicId: topic.topicId }, 'topic deleted');
    return topic;
  }

  /** CreatePartitions: grows the topic to `total` partitions. */
  async addPartitions(name: string, total: number, validateOnly = false): Promise<void> {
    const topic = this.image.topic(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    const current = topic.partitions.length;
    if (total < current) throw new TopicError('INVALID_PARTITIONS', `topic ${name} has ${current} partitions; cannot reduce to ${total}`);
    if (total === current) throw new TopicError('INVALID_PARTITIONS', `topic ${name} already has ${total} partitions`);
    if (total > MAX_PARTITIONS) throw new TopicError('INVALID_PARTITIONS', `at most ${MAX_PARTITIONS} partitions`);
    if (validateOnly) return;
    const rf = topic.partitions[0]?.replicas.length ?? 1;
    const rec = recordOf(topic);
    rec.partitions = total;
    rec.leaderEpochs.push(...new Array<number>(total - current).fill(0));
    rec.replicas!.push(...this.assign(total - current, rf, current));
    await this.write(rec);
    this.log.info({ topic: name, partitions: total }, 'partitions added');
  }

  /** Replaces the topic's overrides (AlterConfigs semantics); the replicas apply them to the live logs. */
  async setConfigs(name: string, configText: Record<string, string>, validateOnly = false): Promise<void> {
    const topic = this.image.topic(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    parseConfigs(configText, this.logs.keyRing);
    if (validateOnly) return;
    await this.write({ ...recordOf(topic), configs: { ...configText } });
  }

  private replicationFactor(opts: CreateTopicOptions): number {
    return opts.replicationFactor === undefined || opts.replicationFactor === -1 ? this.config.int('default.replication.factor') : opts.replicationFactor;
  }

  /**
   * Replica lists for `count` partitions starting at `first`: round robin over the live brokers in
   * node id order, each partition's list starting one broker further (Kafka's assignment without racks).
   */
  private assign(count: number, rf = 1, first = 0): number[][] {
    const nodes = this.metadata.liveBrokers().map((b) => b.nodeId).sort((a, b) => a - b);
    return Array.from({ length: count }, (_, i) => Array.from({ length: Math.min(rf, nodes.length) }, (_, r) => nodes[(first + i + r) % nodes.length]!));
  }

  private async write(rec: TopicRecord): Promise<void> {
    await this.metadata.putTopic(rec);
    await this.replicas.caughtUp();
  }
}

function parseConfigs(text: Record<string, string>, keyRing: KeyRing): Map<string, ConfigValue> {
  let configs: Map<string, ConfigValue>;
  try {
    configs = parseTopicConfigs(text);
  } catch (e) {
    if (e instanceof ConfigError) throw new TopicError('INVALID_CONFIG', e.message);
    throw e;
  }
  // Encryption at rest: new batches need the key, so a topic may only name one the ring holds.
  const keyId = encryptionKeyIdOf(configs);
  if (keyId !== null && !keyRing.has(keyId)) {
    throw new TopicError('INVALID_CONFIG', `${ENCRYPTION_KEY_ID_CONFIG}=${keyId}: the broker's key ring has no key ${keyId}; add it to samsa.encryption.keys.file or SAMSA_ENCRYPTION_KEYS first`);
  }
  return configs;
}

/** The store record a topic image came from (a fresh copy, to change and write back). */
function recordOf(t: TopicImage): TopicRecord {
  return {
    name: t.name,
    topicId: t.topicId,
    partitions: t.partitions.length,
    leaderEpochs: t.partitions.map((p) => p.leaderEpoch),
    replicas: t.partitions.map((p) => [...p.replicas]),
    configs: { ...t.configText },
  };
}
