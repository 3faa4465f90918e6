/** The consumer's options (Kafka's consumer configs under camelCase names) and what assign() takes. */
import type { ClusterOptions } from './cluster.ts';
import type { ConsumerGroupOptions } from './consumer-group.ts';

export interface ConsumerOptions extends ClusterOptions, Partial<ConsumerGroupOptions> {
  /** Where to start without a committed offset: earliest, latest (default) or none. */
  autoOffsetReset?: 'earliest' | 'latest' | 'none';
  isolationLevel?: 'read_uncommitted' | 'read_committed';
  /** Commit automatically (default true when a groupId is set). */
  autoCommit?: boolean;
  autoCommitIntervalMs?: number;
  /** fetch.max.wait.ms (default 500). */
  maxWaitMs?: number;
  /** fetch.min.bytes (default 1). */
  minBytes?: number;
  /** fetch.max.bytes (default 50 MiB). */
  maxBytes?: number;
  /** max.partition.fetch.bytes (default 1 MiB). */
  maxPartitionBytes?: number;
}

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  /** Start here; omitted = committed offset or auto.offset.reset. */
  offset?: number;
}
