/**
 * The internal topic a coordinator keeps its state in (__consumer_offsets, __transaction_state):
 * created compacted on first use with the coordinator's partition count (an existing topic keeps
 * its count: keys must stay where they were written), and read and written through the partitions
 * this broker leads (PartitionCoordinatorLog over the replica manager).
 */
import { PartitionCoordinatorLog } from '../coordinator/runtime/partition-coordinator-log.ts';
import type { Logger } from 'pino';
import { followLeadership } from './coordinator-leadership.ts';
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

/** What a coordinator hosted on its internal topic offers its host. */
export interface HostedCoordinator {
  serves(partition: number): boolean;
  load(partitions?: number[]): Promise<void>;
  unload(partition: number): void;
  close(): void;
}

export interface CoordinatorHostDeps extends CoordinatorTopicDeps {
  nodeId: number;
  log: Logger;
  shutdownHooks: Set<() => void>;
}

export interface CoordinatorHostSpec<C> {
  topic: string;
  /** The partition count for a topic still to be created. */
  partitions: number;
  segmentBytes: number;
  /** Its name in the logs. */
  component: string;
  build(log: PartitionCoordinatorLog, partitions: number, logger: Logger): C;
}

/**
 * Hosts a coordinator on its internal topic: started on the first get() (the topic created if
 * needed, the partitions led here replayed), following the leadership of the topic's partitions
 * (coordinator-leadership.ts: a topic about to be created is all led here on one node; in a cluster
 * the load waits for its assignment, issue 14), closed at shutdown. A failed load closes it, and the
 * next get() starts over rather than answering "loading" forever.
 */
export class CoordinatorHost<C extends HostedCoordinator> {
  private current: C | null = null;

  constructor(
    private readonly deps: CoordinatorHostDeps,
    private readonly spec: CoordinatorHostSpec<C>,
  ) {}

  get(): C {
    return (this.current ??= this.start());
  }

  private start(): C {
    const { deps, spec } = this;
    const { found, partitions, log } = coordinatorTopic(deps, spec.topic, spec.partitions, spec.segmentBytes);
    const clog = deps.log.child({ component: spec.component });
    const coordinator = spec.build(log, partitions, clog);
    const stopFollowing = followLeadership(deps.image, deps.replicas, spec.topic, deps.nodeId, coordinator, (err) => clog.error({ err }, `loading a partition of ${spec.topic} failed`));
    const stop = () => {
      stopFollowing();
      coordinator.close();
    };
    deps.shutdownHooks.add(stop);
    const started = Date.now();
    const ledHere = found ? found.partitions.filter((p) => p.leader === deps.nodeId).map((p) => p.index) : undefined;
    coordinator.load(ledHere).then(
      () => clog.info({ partitions, ms: Date.now() - started }, `${spec.topic} loaded`),
      (err) => {
        clog.error({ err }, `loading ${spec.topic} failed; the next request retries`);
        if (this.current === coordinator) this.current = null;
        deps.shutdownHooks.delete(stop);
        stop();
      },
    );
    return coordinator;
  }
}
