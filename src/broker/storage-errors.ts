/**
 * The one mapping from storage errors (and the partition's own refusals, partition-error.ts) to Kafka error codes. Storage error codes are Kafka's error
 * names (storage-error.ts), so a storage error maps to the code of the same name; INVALID_ARGUMENT
 * (a caller bug) and anything that is not a storage error have no Kafka code of their own, and the
 * caller decides (a partition error answers KAFKA_STORAGE_ERROR, never UNKNOWN_SERVER_ERROR:
 * RELIABILITY.md rule 7; the dispatcher answers UNKNOWN_SERVER_ERROR for a whole request).
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { isStorageError } from '../storage/storage-error.ts';
import { PartitionError } from './partition-error.ts';

/** The Kafka error code a storage (or partition) error stands for; null when it has none. */
export function kafkaErrorOf(e: unknown): number | null {
  if (e instanceof PartitionError) return e.errorCode;
  if (!isStorageError(e) || e.code === 'INVALID_ARGUMENT') return null;
  return (ErrorCode as Record<string, number>)[e.code] ?? null;
}

/** The error code for a partition whose operation failed with `e`; `expected` is false for failures worth logging. */
export function partitionErrorOf(e: unknown): { errorCode: number; expected: boolean } {
  const code = kafkaErrorOf(e);
  if (code === null) return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, expected: false };
  return { errorCode: code, expected: code !== ErrorCode.KAFKA_STORAGE_ERROR };
}
