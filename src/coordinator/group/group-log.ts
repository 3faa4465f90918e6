/**
 * What the group coordinator needs from the __consumer_offsets log, and nothing more: append a
 * few records to one partition (resolving once they are durable) and replay a partition from its
 * start. The broker adapts its partition logs to this; tests use InMemoryGroupLog.
 */
export interface GroupLogRecord {
  key: Buffer;
  /** null is a tombstone. */
  value: Buffer | null;
}

export interface GroupLog {
  append(partition: number, records: GroupLogRecord[]): Promise<void>;
  replay(partition: number): AsyncIterable<GroupLogRecord>;
}

/** Java's String.hashCode over UTF-16 code units, as Kafka uses to place a group. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The __consumer_offsets partition that holds a group: Utils.abs(groupId.hashCode) % n, where
 * Kafka's Utils.abs maps Integer.MIN_VALUE to 0 (n & 0x7fffffff).
 */
export function offsetsPartitionFor(groupId: string, partitions: number): number {
  return (javaStringHashCode(groupId) & 0x7fffffff) % partitions;
}
