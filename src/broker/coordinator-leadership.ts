/**
 * A coordinator on an internal topic serves the partitions of that topic this broker leads, and
 * only those: when the metadata image moves a partition's leadership here, the coordinator loads it
 * (replays it); when leadership moves away, it unloads it, and requests for its keys answer
 * NOT_COORDINATOR so clients find the new coordinator. One broker leads everything, so this only
 * acts when a topic's assignment changes (the cluster issue moves leaders).
 */
import type { MetadataImage } from './metadata-image.ts';
import type { ReplicaManager } from './replica-manager.ts';

export interface PartitionedCoordinator {
  /** Loaded or loading. */
  serves(partition: number): boolean;
  load(partitions: number[]): Promise<void>;
  unload(partition: number): void;
}

/** Follows the leadership of `topic`'s partitions; returns the function that stops following. */
export function followLeadership(
  image: MetadataImage,
  replicas: Pick<ReplicaManager, 'caughtUp'>,
  topic: string,
  nodeId: number,
  coordinator: PartitionedCoordinator,
  onLoadError: (e: unknown) => void,
): () => void {
  return image.onTopicChange((c) => {
    if (c.name !== topic) return;
    if (!c.after) {
      for (const p of c.before?.partitions ?? []) if (coordinator.serves(p.index)) coordinator.unload(p.index);
      return;
    }
    const gained: number[] = [];
    for (const p of c.after.partitions) {
      const leads = p.leader === nodeId;
      if (leads && !coordinator.serves(p.index)) gained.push(p.index);
      else if (!leads && coordinator.serves(p.index)) coordinator.unload(p.index);
    }
    // The replica manager hosts the partitions it gained once it has applied the change.
    if (gained.length > 0) replicas.caughtUp().then(() => coordinator.load(gained)).catch(onLoadError);
  });
}
