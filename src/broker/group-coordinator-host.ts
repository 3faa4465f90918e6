/**
 * Where the broker's group coordinator lives: the broker owns one GroupCoordinatorHost, which starts
 * the coordinator on first use — creates the compacted internal topic __consumer_offsets
 * (offsets.topic.num.partitions partitions) if needed, replays it, and serves every group (a single
 * node leads every partition; coordinator-leadership.ts moves partitions in and out as their
 * leadership changes). Until the replay is done, group requests get
 * COORDINATOR_LOAD_IN_PROGRESS and clients retry. A failed load starts over on the next request.
 * Closed with the broker.
 */
import { GroupCoordinator, DEFAULT_GROUP_COORDINATOR_CONFIG, type GroupCoordinatorConfig } from '../coordinator/group/group-coordinator.ts';
import { coordinatorTopic } from './coordinator-topic.ts';
import type { BrokerConfig } from '../config/broker-config.ts';
import type { Logger } from 'pino';
import type { MetadataImage } from './metadata-image.ts';
import { followLeadership } from './coordinator-leadership.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { TopicManager } from './topic-manager.ts';

export const OFFSETS_TOPIC = '__consumer_offsets';

/** Broker settings that exist in this broker's config table; the rest keep Kafka's defaults. */
function coordinatorConfig(c: BrokerConfig, partitions: number): Partial<GroupCoordinatorConfig> {
  const int = (name: string, fallback: number) => (c.def(name) ? (c.optionalInt(name) ?? fallback) : fallback);
  const d = DEFAULT_GROUP_COORDINATOR_CONFIG;
  return {
    offsetsTopicPartitions: partitions,
    initialRebalanceDelayMs: int('group.initial.rebalance.delay.ms', d.initialRebalanceDelayMs),
    minSessionTimeoutMs: int('group.min.session.timeout.ms', d.minSessionTimeoutMs),
    maxSessionTimeoutMs: int('group.max.session.timeout.ms', d.maxSessionTimeoutMs),
    maxGroupSize: int('group.max.size', d.maxGroupSize),
    offsetMetadataMaxBytes: int('offset.metadata.max.bytes', d.offsetMetadataMaxBytes),
    offsetsRetentionMs: int('offsets.retention.minutes', d.offsetsRetentionMs / 60_000) * 60_000,
    offsetsRetentionCheckIntervalMs: int('offsets.retention.check.interval.ms', d.offsetsRetentionCheckIntervalMs),
  };
}

/** What the host needs of the broker. */
export interface GroupCoordinatorDeps {
  nodeId: number;
  config: BrokerConfig;
  topics: TopicManager;
  image: MetadataImage;
  replicas: ReplicaManager;
  log: Logger;
  shutdownHooks: Set<() => void>;
}

export class GroupCoordinatorHost {
  private current: GroupCoordinator | null = null;

  constructor(private readonly broker: GroupCoordinatorDeps) {}

  /** The running coordinator, started (and its load begun) on the first call. */
  get(): GroupCoordinator {
    return (this.current ??= this.start());
  }

  private start(): GroupCoordinator {
    const broker = this.broker;
    const { found, partitions, log } = coordinatorTopic(broker, OFFSETS_TOPIC, broker.config.int('offsets.topic.num.partitions'), broker.config.int('offsets.topic.segment.bytes'));
    const glog = broker.log.child({ component: 'group-coordinator' });
    const coordinator = new GroupCoordinator(log, {
      config: coordinatorConfig(broker.config, partitions),
      onError: (err) => glog.warn({ err }, 'group coordinator background error'),
    });
    // Serve the partitions led here, and follow their leadership as it moves (load what this broker
    // comes to lead, unload what it stops leading). A topic about to be created is all led here on
    // one node; in a cluster the load waits for its assignment (issue 14).
    const stopFollowing = followLeadership(broker.image, broker.replicas, OFFSETS_TOPIC, broker.nodeId, coordinator, (err) => glog.error({ err }, `loading a partition of ${OFFSETS_TOPIC} failed`));
    broker.shutdownHooks.add(() => {
      stopFollowing();
      coordinator.close();
    });
    const started = Date.now();
    const ledHere = found ? found.partitions.filter((p) => p.leader === broker.nodeId).map((p) => p.index) : undefined;
    coordinator.load(ledHere).then(
      () => glog.info({ partitions, ms: Date.now() - started }, `${OFFSETS_TOPIC} loaded`),
      (err) => {
        // Start over on the next group request rather than answering "loading" forever.
        glog.error({ err }, `loading ${OFFSETS_TOPIC} failed; the next group request retries`);
        if (this.current === coordinator) this.current = null;
        stopFollowing();
        coordinator.close();
      },
    );
    return coordinator;
  }
}

/** Kafka reports a client's host as InetAddress.toString(): "/" + address. */
export function clientHostOf(remote: string): string {
  const i = remote.lastIndexOf(':');
  return '/' + (i > 0 ? remote.slice(0, i) : remote);
}
