/**
 * Chooses a partition for each record, as the Java client's built-in partitioning does:
 *  - an explicit partition wins;
 *  - a keyed record goes to murmur2(key) % partitions (same partition as Java and librdkafka's
 *    murmur2_random);
 *  - a keyless record goes to the topic's current "sticky" partition (KIP-480), which changes only
 *    when the producer closes a batch for it, so keyless records fill whole batches instead of
 *    spreading one record per partition (KIP-794 picks the next one uniformly at random).
 */
import { murmur2Partition } from './murmur2.ts';

export type PartitionerFn = (args: { topic: string; key: Buffer | null; partitions: number }) => number | undefined;

export class Partitioner {
  private readonly sticky = new Map<string, number>();

  constructor(private readonly custom?: PartitionerFn) {}

  partition(topic: string, key: Buffer | null, partitions: number): number {
    const chosen = this.custom?.({ topic, key, partitions });
    if (chosen !== undefined) return chosen;
    if (key !== null) return murmur2Partition(key, partitions);
    let p = this.sticky.get(topic);
    if (p === undefined || p >= partitions) {
      p = Math.floor(Math.random() * partitions);
      this.sticky.set(topic, p);
    }
    return p;
  }

  /** Called when a batch of `topic`/`partition` was closed: the next keyless records go elsewhere. */
  batchClosed(topic: string, partition: number, partitions: number): void {
    if (this.sticky.get(topic) !== partition || partitions <= 1) return;
    let next = Math.floor(Math.random() * (partitions - 1));
    if (next >= partition) next++;
    this.sticky.set(topic, next);
  }
}
