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
import { CoordinatorHost, type CoordinatorHostDeps } from './coordinator-topic.ts';
import type { BrokerConfig } from '../config/broker-config.ts';

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
export interface GroupCoordinatorDeps extends CoordinatorHostDeps {
  config: BrokerConfig;
}

export class GroupCoordinatorHost {
  private readonly host: CoordinatorHost<GroupCoordinator>;

  constructor(broker: GroupCoordinatorDeps) {
    this.host = new CoordinatorHost(broker, {
      topic: OFFSETS_TOPIC,
      partitions: broker.config.int('offsets.topic.num.partitions'),
      segmentBytes: broker.config.int('offsets.topic.segment.bytes'),
      component: 'group-coordinator',
      build: (log, partitions, logger) =>
        new GroupCoordinator(log, { config: coordinatorConfig(broker.config, partitions), onError: (err) => logger.warn({ err }, 'group coordinator background error') }),
    });
  }

  /** The running coordinator, started (and its load begun) on the first call. */
  get(): GroupCoordinator {
    return this.host.get();
  }
}

/** Kafka reports a client's host as InetAddress.toString(): "/" + address. */
export function clientHostOf(remote: string): string {
  const i = remote.lastIndexOf(':');
  return '/' + (i > 0 ? remote.slice(0, i) : remote);
}
