/**
 * The replicas this broker hosts (Kafka's ReplicaManager): one Partition, with its log, per
 * partition of the metadata image that lists this broker among its replicas. It follows the image:
 * a topic added or grown gets its logs created, a removed one has them deleted (and its partitions
 * closed, so long polls answer), changed configs reach the live logs, a changed replica set or
 * leader epoch reaches the Partition. Changes are applied one at a time in the order they came;
 * `caughtUp()` resolves when every change seen so far is applied, which is how a topic operation
 * knows its partitions are there before it answers.
 *
 * Handlers look partitions up with `leaderPartition`, which answers Kafka's error when there is no
 * usable replica here: UNKNOWN_TOPIC_OR_PARTITION (not in the image) or NOT_LEADER_OR_FOLLOWER
 * (in the image, but not hosted or not led by this broker).
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { LogManager } from '../storage/dirs/log-manager.ts';
import type { MetadataImage, PartitionImage, TopicImage, TopicImageChange } from './metadata-image.ts';
import { Partition } from './partition.ts';
import { logConfigFor } from './topic-configs.ts';

const key = (topic: string, index: number) => `${topic}\u0000${index}`;

export class ReplicaManager {
  private byKey = new Map<string, Partition>();
  private pending = new Set<Promise<void>>();
  private tail: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly nodeId: number,
    private readonly config: BrokerConfig,
    private readonly image: MetadataImage,
    private readonly logs: LogManager,
    private readonly log: Logger,
  ) {}

  /**
   * Opens the replicas of every topic in the image (their logs already recovered by LogManager.open;
   * a log missing on disk is recreated empty, or offline when its log dir failed), then follows the image.
   */
  async load(): Promise<void> {
    for (const t of this.image.topics()) await this.host(t, t.partitions, 'recorded');
    this.unsubscribe = this.image.onTopicChange((c) => this.enqueue(c));
  }

  /** Resolves once every change seen so far is applied; rejects if applying one of them failed. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** The local replica of that partition, if this broker hosts one. */
  get(topic: string, index: number): Partition | undefined {
    return this.byKey.get(key(topic, index));
  }

  /** The replicas this broker hosts. */
  all(): IterableIterator<Partition> {
    return this.byKey.values();
  }

  /** The local replicas of one topic, by partition index. */
  partitionsOf(topic: TopicImage): Partition[] {
    const out: Partition[] = [];
    for (const p of topic.partitions) {
      const found = this.get(topic.name, p.index);
      if (found) out.push(found);
    }
    return out;
  }

  /** The partition this broker leads, or the Kafka error code that says why not. */
  leaderPartition(topic: TopicImage | undefined, index: number): Partition | number {
    const state = topic?.partitions[index];
    if (!state) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    const p = this.get(topic!.name, index);
    if (!p || state.leader !== this.nodeId) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    return p;
  }

  /** Re-applies broker defaults to every hosted log (after a dynamic broker config change). */
  refreshLogConfigs(): void {
    for (const t of this.image.topics()) {
      const lc = logConfigFor(this.config, t.configs);
      for (const p of this.partitionsOf(t)) p.updateConfig(lc);
    }
  }

  close(): void {
    this.unsubscribe?.();
    for (const p of this.byKey.values()) p.close();
  }

  private enqueue(change: TopicImageChange): void {
    const step = this.tail.then(() => this.apply(change));
    this.tail = step.catch(() => {});
    this.pending.add(step);
    step.then(
      () => this.pending.delete(step),
      (err) => {
        this.pending.delete(step);
        this.log.error({ err, topic: change.name }, 'applying a topic change to the local replicas failed');
      },
    );
  }

  private async apply({ name, before, after }: TopicImageChange): Promise<void> {
    // Removed, or re-created under a new id: the old replicas go first.
    if (before && (!after || after.topicId !== before.topicId)) {
      for (const p of before.partitions) await this.drop(name, p.index);
      before = null;
    }
    if (!after) return;
    const lc = logConfigFor(this.config, after.configs);
    for (const state of after.partitions) {
      const p = this.get(name, state.index);
      if (!p) continue;
      if (!state.replicas.includes(this.nodeId)) {
        await this.drop(name, state.index); // reassigned away from this broker
        continue;
      }
      p.updateConfig(lc);
      p.leaderEpoch = state.leaderEpoch;
      p.replicaSet = { leader: state.leader, replicas: state.replicas, isr: state.isr };
    }
    await this.host(after, after.partitions.filter((s) => !this.get(name, s.index)), 'new');
  }

  /** Opens or creates the local logs of those partitions that list this broker. */
  private async host(t: TopicImage, states: readonly PartitionImage[], how: 'recorded' | 'new'): Promise<void> {
    const lc = logConfigFor(this.config, t.configs);
    for (const s of states) {
      if (!s.replicas.includes(this.nodeId)) continue;
      const found = this.logs.get(t.name, s.index);
      found?.updateConfig(lc);
      // At start, a log not found may be in a log dir that failed (offline) or lost in a crash (created empty).
      const pl = found ?? (how === 'recorded' ? await this.logs.openRecorded(t.name, s.index, lc, t.topicId) : await this.logs.create(t.name, s.index, lc, t.topicId));
      const replicaSet = { leader: s.leader, replicas: s.replicas, isr: s.isr };
      this.byKey.set(key(t.name, s.index), new Partition(t.name, s.index, t.topicId, pl, s.leaderEpoch, replicaSet));
    }
  }

  private async drop(topic: string, index: number): Promise<void> {
    const p = this.get(topic, index);
    if (!p && !this.logs.get(topic, index)) return;
    this.byKey.delete(key(topic, index));
    await this.logs.delete(topic, index);
    p?.close(); // long polls on it answer now (UNKNOWN_TOPIC...) instead of at max.wait.ms
  }
}
