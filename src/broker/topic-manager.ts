/**
 * Topics on this broker: names, topic ids, partitions and config overrides, kept in the MetadataStore
 * and backed by partition logs in the LogManager. Creation writes the metadata first and then the
 * partition folders; at startup, partitions missing on disk are recreated empty, so a crash between
 * the two steps leaves a usable topic. Deletion removes the metadata first, then the folders.
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError, type ConfigValue } from '../config/config-def.ts';
import type { LogManager } from '../storage/dirs/log-manager.ts';
import type { PartitionLog } from '../storage/log/partition-log.ts';
import { randomUuid, type MetadataStore, type TopicRecord } from './metadata-store.ts';
import { Partition, type ReplicaSet } from './partition.ts';
import { logConfigFor, parseTopicConfigs } from './topic-configs.ts';
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

export interface Topic {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  partitions: Partition[];
  /** Overrides as the client sent them, and parsed. */
  configText: Record<string, string>;
  configs: Map<string, ConfigValue>;
}

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
  private byName = new Map<string, Topic>();
  private byId = new Map<string, Topic>();
  private pending = new Set<string>();

  constructor(
    private readonly config: BrokerConfig,
    private readonly metadata: MetadataStore,
    private readonly logs: LogManager,
    private readonly log: Logger,
  ) {}

  /** One broker: this one leads every partition and is its only replica. */
  private localReplicaSet(): ReplicaSet {
    const node = this.config.int('node.id');
    return { leader: node, replicas: [node], isr: [node] };
  }

  /** Opens every topic recorded in metadata (logs already recovered by LogManager.open). */
  async load(): Promise<void> {
    for (const rec of this.metadata.topics()) {
      const configs = parseTopicConfigs(rec.configs);
      const topic: Topic = { name: rec.name, topicId: rec.topicId, internal: isInternalTopic(rec.name), partitions: [], configText: { ...rec.configs }, configs };
      const logConfig = logConfigFor(this.config, configs);
      for (let p = 0; p < rec.partitions; p++) {
        const found = this.logs.get(rec.name, p);
        found?.updateConfig(logConfig);
        // Not found: in a log dir that failed at start (offline), or lost in a crash (created empty).
        const pl = found ?? (await this.logs.openRecorded(rec.name, p, logConfig, rec.topicId));
        topic.partitions.push(new Partition(rec.name, p, rec.topicId, pl, rec.leaderEpochs[p] ?? 0, this.localReplicaSet()));
      }
      this.index(topic);
    }
    await this.adoptOrphanLogs();
  }

  /**
   * Partition folders whose topic is missing from samsa-metadata.json (the file was lost or
   * restored from an old backup): the topic is registered again from the folders, with the topic id
   * the log recorded and default configs, so no data becomes unreachable. Missing partition numbers
   * below the highest one found are recreated empty.
   */
  private async adoptOrphanLogs(): Promise<void> {
    const orphans = new Map<string, PartitionLog[]>();
    for (const pl of this.logs.logs()) {
      if (this.byName.has(pl.topic)) continue;
      const list = orphans.get(pl.topic) ?? [];
      list.push(pl);
      orphans.set(pl.topic, list);
    }
    for (const [name, found] of orphans) {
      if (topicNameProblem(name) !== null) continue;
      const count = Math.max(...found.map((p) => p.partition)) + 1;
      const topicId = found.find((p) => p.topicId && p.topicId !== 'AAAAAAAAAAAAAAAAAAAAAA')?.topicId ?? randomUuid();
      const configs = new Map<string, ConfigValue>();
      const logConfig = logConfigFor(this.config, configs);
      const topic: Topic = { name, topicId, internal: isInternalTopic(name), partitions: [], configText: {}, configs };
      for (let p = 0; p < count; p++) {
        const existing = this.logs.get(name, p);
        existing?.updateConfig(logConfig);
        const pl = existing ?? (await this.logs.create(name, p, logConfig, topicId));
        topic.partitions.push(new Partition(name, p, topicId, pl, pl.latestEpoch() >= 0 ? pl.latestEpoch() : 0, this.localReplicaSet()));
      }
      this.index(topic);
      await this.persist(topic);
      this.log.warn({ topic: name, topicId, partitions: count }, 'topic rebuilt from partition folders missing in samsa-metadata.json (its config overrides are lost)');
    }
  }

  get(name: string): Topic | undefined {
    return this.byName.get(name);
  }

  getById(topicId: string): Topic | undefined {
    return this.byId.get(topicId);
  }

  all(): IterableIterator<Topic> {
    return this.byName.values();
  }

  partition(topic: string, index: number): Partition | undefined {
    return this.byName.get(topic)?.partitions[index];
  }

  /** Checks everything CreateTopics checks; returns the parsed configs and counts. */
  validateCreate(name: string, opts: CreateTopicOptions): { numPartitions: number; configs: Map<string, ConfigValue> } {
    const problem = topicNameProblem(name);
    if (problem) throw new TopicError('INVALID_TOPIC_EXCEPTION', problem);
    if (isInternalTopic(name) && !opts.internal) {
      throw new TopicError('INVALID_TOPIC_EXCEPTION', `topic names starting with "__" are reserved for internal topics`);
    }
    if (this.byName.has(name) || this.pending.has(name)) throw new TopicError('TOPIC_ALREADY_EXISTS', `topic ${name} already exists`);
    for (const other of [...this.byName.keys(), ...this.pending]) {
      if (collidesWith(name, other)) throw new TopicError('INVALID_TOPIC_EXCEPTION', `topic ${name} collides with existing topic ${other} ('.' and '_' are interchangeable in metric names)`);
    }
    const numPartitions = opts.numPartitions === undefined || opts.numPartitions === -1 ? this.config.int('num.partitions') : opts.numPartitions;
    if (numPartitions <= 0 || numPartitions > MAX_PARTITIONS) throw new TopicError('INVALID_PARTITIONS', `number of partitions must be between 1 and ${MAX_PARTITIONS}, got ${numPartitions}`);
    const rf = opts.replicationFactor === undefined || opts.replicationFactor === -1 ? this.config.int('default.replication.factor') : opts.replicationFactor;
    if (rf <= 0) throw new TopicError('INVALID_REPLICATION_FACTOR', `replication factor must be larger than 0, got ${rf}`);
    const brokers = this.metadata.liveBrokers().length;
    if (rf > brokers) throw new TopicError('INVALID_REPLICATION_FACTOR', `replication factor ${rf} is larger than the number of brokers (${brokers})`);
    let configs: Map<string, ConfigValue>;
    try {
      configs = parseTopicConfigs(opts.configs ?? {});
    } catch (e) {
      if (e instanceof ConfigError) throw new TopicError('INVALID_CONFIG', e.message);
      throw e;
    }
    return { numPartitions, configs };
  }

  async create(name: string, opts: CreateTopicOptions = {}): Promise<Topic | null> {
    const { numPartitions, configs } = this.validateCreate(name, opts);
    if (opts.validateOnly) return null;
    this.pending.add(name);
    try {
      const topicId = randomUuid();
      const rec: TopicRecord = { name, topicId, partitions: numPartitions, leaderEpochs: new Array<number>(numPartitions).fill(0), configs: { ...(opts.configs ?? {}) } };
      await this.metadata.putTopic(rec);
      const topic: Topic = { name, topicId, internal: isInternalTopic(name), partitions: [], configText: { ...rec.configs }, configs };
      const logConfig = logConfigFor(this.config, configs);
      for (let p = 0; p < numPartitions; p++) {
        const pl = await this.logs.create(name, p, logConfig, topicId);
        topic.partitions.push(new Partition(name, p, topicId, pl, 0, this.localReplicaSet()));
      }
      this.index(topic);
      this.log.info({ topic: name, topicId, partitions: numPartitions }, 'topic created');
      return topic;
    } finally {
      this.pending.delete(name);
    }
  }

  async delete(name: string, opts: { internal?: boolean } = {}): Promise<Topic> {
    if (!this.config.bool('delete.topic.enable')) throw new TopicError('TOPIC_DELETION_DISABLED', 'topic deletion is disabled (delete.topic.enable=false)');
    const topic = this.byName.get(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    if (topic.internal && !opts.internal) throw new TopicError('INVALID_REQUEST', `internal topic ${name} cannot be deleted`);
    this.byName.delete(name);
    this.byId.delete(topic.topicId);
    await this.metadata.removeTopic(name);
    for (const p of topic.partitions) {
      await this.logs.delete(name, p.index);
      p.close(); // long polls on it answer now (UNKNOWN_TOPIC...) instead of at max.wait.ms
    }
    this.log.info({ topic: name, topicId: topic.topicId }, 'topic deleted');
    return topic;
  }

  /** CreatePartitions: grows the topic to `total` partitions. */
  async addPartitions(name: string, total: number, validateOnly = false): Promise<void> {
    const topic = this.byName.get(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    const current = topic.partitions.length;
    if (total < current) throw new TopicError('INVALID_PARTITIONS', `topic ${name} has ${current} partitions; cannot reduce to ${total}`);
    if (total === current) throw new TopicError('INVALID_PARTITIONS', `topic ${name} already has ${total} partitions`);
    if (total > MAX_PARTITIONS) throw new TopicError('INVALID_PARTITIONS', `at most ${MAX_PARTITIONS} partitions`);
    if (validateOnly) return;
    const logConfig = logConfigFor(this.config, topic.configs);
    for (let p = current; p < total; p++) {
      const pl = await this.logs.create(name, p, logConfig, topic.topicId);
      topic.partitions.push(new Partition(name, p, topic.topicId, pl, 0, this.localReplicaSet()));
    }
    await this.persist(topic);
    this.log.info({ topic: name, partitions: total }, 'partitions added');
  }

  /** Replaces the topic's overrides (AlterConfigs semantics) and applies them to the live logs. */
  async setConfigs(name: string, configText: Record<string, string>, validateOnly = false): Promise<void> {
    const topic = this.byName.get(name);
    if (!topic) throw new TopicError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`);
    let configs: Map<string, ConfigValue>;
    try {
      configs = parseTopicConfigs(configText);
    } catch (e) {
      if (e instanceof ConfigError) throw new TopicError('INVALID_CONFIG', e.message);
      throw e;
    }
    if (validateOnly) return;
    topic.configText = { ...configText };
    topic.configs = configs;
    await this.persist(topic);
    this.applyConfigs(topic);
  }

  /** Re-applies broker defaults to every topic (after a dynamic broker config change). */
  refreshLogConfigs(): void {
    for (const t of this.byName.values()) this.applyConfigs(t);
  }

  private applyConfigs(topic: Topic): void {
    const lc = logConfigFor(this.config, topic.configs);
    for (const p of topic.partitions) p.updateConfig(lc);
  }

  private persist(topic: Topic): Promise<void> {
    return this.metadata.putTopic({
      name: topic.name,
      topicId: topic.topicId,
      partitions: topic.partitions.length,
      leaderEpochs: topic.partitions.map((p) => p.leaderEpoch),
      configs: { ...topic.configText },
    });
  }

  private index(topic: Topic): void {
    this.byName.set(topic.name, topic);
    this.byId.set(topic.topicId, topic);
  }
}
