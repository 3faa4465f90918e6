/**
 * The internal topic a coordinator keeps its state in (__consumer_offsets, __transaction_state):
 * created compacted on first use with the coordinator's partition count (an existing topic keeps
 * its count: keys must stay where they were written), and read and written through the partitions
 * this broker leads (PartitionCoordinatorLog over the replica manager).
 */
import { PartitionCoordinatorLog } from '../coordinator/runtime/partition-coordinator-log.ts';
import type { MetadataImage, TopicImage } from './metadata-image.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { TopicManager } from './topic-manager.ts';

export interface CoordinatorTopicDeps {
  topics: TopicManager;
  image: MetadataImage;
  replicas: ReplicaManager;
}

export interface CoordinatorTopic {
  /** The topic as it was when the coordinator started, or null when it is still to be created. */
  found: TopicImage | null;
  /** Its partition count (the configured one for a topic still to be created). */
  partitions: number;
  log: PartitionCoordinatorLog;
}

export function coordinatorTopic(deps: CoordinatorTopicDeps, name: string, wantedPartitions: number, segmentBytes: number): CoordinatorTopic {
  const found = deps.image.topic(name) ?? null;
  const partitions = found ? found.partitions.length : wantedPartitions;
  let topic: Promise<TopicImage> | null = found ? Promise.resolve(found) : null;
  const ensureTopic = (): Promise<TopicImage> =>
    (topic ??= (async () => {
      const created = await deps.topics.create(name, { numPartitions: partitions, internal: true, configs: { 'cleanup.policy': 'compact', 'segment.bytes': String(segmentBytes) } });
      return created ?? deps.image.topic(name)!;
    })());
  const log = new PartitionCoordinatorLog(async (p) => {
    const t = await ensureTopic();
    const partition = deps.replicas.leaderPartition(t, p);
    if (typeof partition === 'number') throw new Error(`${name}-${p} has no replica led by this broker (error ${partition})`);
    return partition;
  });
  return { found, partitions, log };
}
