/**
 * What the consumer knows about one assigned partition: where to fetch next, what was handed to
 * the application and committed, and the fetched records not yet handed out.
 */
import type { ConsumerRecord } from './fetch-records.ts';

export interface PartitionState {
  topic: string;
  partition: number;
  /** Next offset to fetch; null until resolved from the committed offset or the reset policy. */
  position: number | null;
  /** Offset after the last record handed out (what a commit stores); null = nothing consumed. */
  consumed: number | null;
  committed: number | null;
  paused: boolean;
  buffer: ConsumerRecord[];
  bufferAt: number;
  /** Bytes of the fetched records fields behind `buffer` (for the prefetch limit). */
  bufferedBytes: number;
  fetching: boolean;
  /** Bumped by seek: answers to fetches sent before are dropped. */
  epoch: number;
}

export function newPartitionState(topic: string, partition: number, position: number | null): PartitionState {
  return { topic, partition, position, consumed: null, committed: null, paused: false, buffer: [], bufferAt: 0, bufferedBytes: 0, fetching: false, epoch: 0 };
}

/** The key of a partition in the consumer's maps. */
export const partitionKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;
