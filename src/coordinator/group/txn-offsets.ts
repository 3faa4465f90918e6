/**
 * Offsets committed inside transactions (TxnOffsetCommit, KIP-98 and KIP-447): written to
 * __consumer_offsets in the producer's transactional batch, held here per producer until the
 * transaction's marker reaches the group's partition. A COMMIT marker makes them the group's
 * committed offsets, except where a plain commit written after them already replaced them (Kafka
 * compares the records' log positions; `order` stamps records in log order for that); an ABORT
 * marker drops them. Until then OffsetFetch with require_stable answers UNSTABLE_OFFSET_COMMIT for
 * those partitions and retention leaves them alone.
 */
import type { CommittedOffset } from './classic-group.ts';

let lastOrder = 0;

/** A stamp that grows with every offset record written or replayed, so that it follows log order within a partition. */
export function nextOffsetOrder(): number {
  return ++lastOrder;
}

export interface PendingOffset {
  topic: string;
  partition: number;
  offset: CommittedOffset;
}

type ByPartition = Map<string, PendingOffset>;

export class TxnOffsets {
  /** producer id → group id → "topic:partition" → offset. */
  private readonly byProducer = new Map<bigint, Map<string, ByPartition>>();
  /** group id → producers with offsets pending in it. */
  private readonly byGroup = new Map<string, Set<bigint>>();

  add(producerId: bigint, groupId: string, pending: PendingOffset): void {
    let groups = this.byProducer.get(producerId);
    if (!groups) this.byProducer.set(producerId, (groups = new Map()));
    let parts = groups.get(groupId);
    if (!parts) groups.set(groupId, (parts = new Map()));
    parts.set(`${pending.topic}:${pending.partition}`, pending);
    let producers = this.byGroup.get(groupId);
    if (!producers) this.byGroup.set(groupId, (producers = new Set()));
    producers.add(producerId);
  }

  /** True when some transaction has an offset pending for this partition of the group. */
  isPending(groupId: string, topic: string, partition: number): boolean {
    for (const pid of this.byGroup.get(groupId) ?? []) if (this.byProducer.get(pid)?.get(groupId)?.has(`${topic}:${partition}`)) return true;
    return false;
  }

  hasGroup(groupId: string): boolean {
    return this.byGroup.has(groupId);
  }

  /**
   * Ends the producer's transaction in the groups `inScope` accepts (those of the partition whose
   * marker this is): returns the pending offsets per group, for the caller to apply on commit.
   */
  complete(producerId: bigint, inScope: (groupId: string) => boolean): Map<string, PendingOffset[]> {
    const out = new Map<string, PendingOffset[]>();
    const groups = this.byProducer.get(producerId);
    if (!groups) return out;
    for (const [groupId, parts] of groups) {
      if (!inScope(groupId)) continue;
      out.set(groupId, [...parts.values()]);
      groups.delete(groupId);
      this.forgetProducer(groupId, producerId);
    }
    if (groups.size === 0) this.byProducer.delete(producerId);
    return out;
  }

  /** Forgets everything pending in the groups `inScope` accepts (their partition was unloaded). */
  drop(inScope: (groupId: string) => boolean): void {
    for (const [groupId, producers] of [...this.byGroup]) {
      if (!inScope(groupId)) continue;
      for (const pid of producers) {
        const groups = this.byProducer.get(pid);
        groups?.delete(groupId);
        if (groups?.size === 0) this.byProducer.delete(pid);
      }
      this.byGroup.delete(groupId);
    }
  }

  private forgetProducer(groupId: string, producerId: bigint): void {
    const producers = this.byGroup.get(groupId);
    producers?.delete(producerId);
    if (producers?.size === 0) this.byGroup.delete(groupId);
  }
}
