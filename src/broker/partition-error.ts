/**
 * A partition operation refused for a replication reason (not a storage failure): the Kafka error
 * code it answers with. storage-errors.ts maps it like a storage error.
 */
export class PartitionError extends Error {
  override readonly name = 'PartitionError';
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }
}
