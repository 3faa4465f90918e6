/**
 * What a coordinator needs from the log of its internal topic (__consumer_offsets,
 * __transaction_state), and nothing more: append a few records to one partition (resolving once
 * they are committed), possibly inside a producer's transaction (TxnOffsetCommit), append a
 * transaction marker (the end of such a transaction), and replay a partition from its start. The
 * broker adapts its partitions to this (PartitionCoordinatorLog); tests use InMemoryCoordinatorLog.
 */
export interface ProducerRef {
  producerId: bigint;
  producerEpoch: number;
}

export interface CoordinatorRecord {
  key: Buffer;
  /** null is a tombstone. */
  value: Buffer | null;
  /** Written inside this producer's transaction: it counts only once a COMMIT marker for it follows. */
  producer?: ProducerRef;
}

/** The end of a producer's transaction in a coordinator partition (a control batch in the log). */
export interface CoordinatorMarker extends ProducerRef {
  commit: boolean;
  coordinatorEpoch: number;
}

export type ReplayedEntry = CoordinatorRecord | CoordinatorMarker;

export function isMarker(e: ReplayedEntry): e is CoordinatorMarker {
  return (e as CoordinatorMarker).commit !== undefined;
}

export interface CoordinatorLog {
  /** Appends one batch; records that carry a producer all carry the same one (a transactional batch). */
  append(partition: number, records: CoordinatorRecord[]): Promise<void>;
  appendMarker(partition: number, marker: CoordinatorMarker): Promise<void>;
  replay(partition: number): AsyncIterable<ReplayedEntry>;
}

/** Java's String.hashCode over UTF-16 code units, as Kafka uses to place a group or a transactional id. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The partition of a coordinator topic that holds `key` (a group id, a transactional id):
 * Utils.abs(key.hashCode) % n, where Kafka's Utils.abs maps Integer.MIN_VALUE to 0 (n & 0x7fffffff).
 */
export function coordinatorPartitionFor(key: string, partitions: number): number {
  return (javaStringHashCode(key) & 0x7fffffff) % partitions;
}

/** The group's partition of __consumer_offsets. */
export const offsetsPartitionFor = coordinatorPartitionFor;
