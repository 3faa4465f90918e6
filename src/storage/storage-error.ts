/**
 * The storage engine's error catalogue. Codes are Kafka's error names so the broker maps them 1:1 to
 * wire error codes; tests assert on `code`, never on the message.
 */
export type StorageErrorCode =
  | 'OFFSET_OUT_OF_RANGE' // read/offset below the log start offset or above the log end offset
  | 'CORRUPT_MESSAGE' // batch CRC or length mismatch
  | 'INVALID_RECORD' // inconsistent counts/offset deltas, client-set control batch, bad magic
  | 'UNSUPPORTED_FOR_MESSAGE_FORMAT' // magic 0/1 message sets
  | 'OUT_OF_ORDER_SEQUENCE_NUMBER' // idempotent producer: sequence gap
  | 'DUPLICATE_SEQUENCE_NUMBER' // kept for the catalogue; duplicates of the last 5 batches are answered with their offsets
  | 'INVALID_PRODUCER_EPOCH' // idempotent producer: epoch below the one we know
  | 'TRANSACTION_COORDINATOR_FENCED' // a transaction marker from an older coordinator epoch than the producer's last marker
  | 'UNKNOWN_PRODUCER_ID'
  | 'RECORD_LIST_TOO_LARGE' // one append larger than segment.bytes
  | 'KAFKA_STORAGE_ERROR' // I/O failed: the log is offline until the broker restarts and recovers it
  | 'LOG_DIR_NOT_FOUND' // AlterReplicaLogDirs: the path is not one of log.dirs (absolute)
  | 'INCONSISTENT_CLUSTER_ID' // start: a log dir's meta.properties names another cluster or node
  | 'DUPLICATE_LOG_DIR' // start: a partition found in two log dirs (Kafka refuses to start too)
  | 'INVALID_ARGUMENT'; // a caller bug (bad offset for truncate, unknown partition...)

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError;
}
