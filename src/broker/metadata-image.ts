/**
 * The broker's read-only view of the cluster's topics (Kafka's MetadataImage): names, ids,
 * partitions with their replica sets and leader epochs, and config overrides, rebuilt from the
 * metadata store's records and kept current by its change notifications. Handlers read topics here
 * and find the local replicas in the ReplicaManager; nothing writes through the image — topic
 * changes go to the store (TopicManager), and come back as notifications.
 *
 * One broker: every partition's leader and only replica is this broker. In a cluster the leader and
 * the ISR come from the partition state the controller writes (issue 14); until then the ISR is the
 * replica list and the leader its first entry.
 */
import type { ConfigValue } from '../config/config-def.ts';
import type { MetadataStore, TopicChange, TopicRecord } from './metadata-store.ts';
import type { ReplicaSet } from './partition.ts';
import { parseTopicConfigs } from './topic-configs.ts';
import { isInternalTopic } from './topic-name.ts';

export interface PartitionImage extends ReplicaSet {
  readonly index: number;
  readonly leaderEpoch: number;
}

export interface TopicImage {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitions: readonly PartitionImage[];
  /** Overrides as the client sent them, and parsed. */
  readonly configText: Readonly<Record<string, string>>;
  readonly configs: ReadonlyMap<string, ConfigValue>;
}

/** What changed, as the image's listeners see it (both sides already in image form). */
export interface TopicImageChange {
  name: string;
  before: TopicImage | null;
  after: TopicImage | null;
}

export function topicImageOf(rec: TopicRecord, defaultNode: number): TopicImage {
  const partitions: PartitionImage[] = [];
  for (let p = 0; p < rec.partitions; p++) {
    const replicas = rec.replicas?.[p] ?? [defaultNode];
    partitions.push({ index: p, leader: replicas[0] ?? -1, replicas, isr: replicas, leaderEpoch: rec.leaderEpochs[p] ?? 0 });
  }
  return {
    name: rec.name,
    topicId: rec.topicId,
    internal: isInternalTopic(rec.name),
    partitions,
    configText: { ...rec.configs },
    configs: parseTopicConfigs(rec.configs),
  };
}

export class MetadataImage {
  private byName = new Map<string, TopicImage>();
  private byId = new Map<string, TopicImage>();
  private listeners = new Set<(change: TopicImageChange) => void>();
  private readonly unsubscribe: () => void;

  constructor(
    store: MetadataStore,
    private readonly nodeId: number,
  ) {
    for (const rec of store.topics()) this.index(topicImageOf(rec, nodeId));
    this.unsubscribe = store.onTopicChange((c) => this.apply(c));
  }

  topic(name: string): TopicImage | undefined {
    return this.byName.get(name);
  }

  topicById(topicId: string): TopicImage | undefined {
    return this.byId.get(topicId);
  }

  topics(): IterableIterator<TopicImage> {
    return this.byName.values();
  }

  /** Calls `listener` after each topic change has reached the image. Returns the unsubscribe. */
  onTopicChange(listener: (change: TopicImageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private apply(c: TopicChange): void {
    const before = this.byName.get(c.name) ?? null;
    if (before) {
      this.byName.delete(before.name);
      this.byId.delete(before.topicId);
    }
    const after = c.after ? topicImageOf(c.after, this.nodeId) : null;
    if (after) this.index(after);
    for (const l of this.listeners) l({ name: c.name, before, after });
  }

  private index(t: TopicImage): void {
    this.byName.set(t.name, t);
    this.byId.set(t.topicId, t);
  }
}
