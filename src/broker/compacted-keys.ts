/**
 * Compacted topics keep the latest record per key, so a record without a key has no place in them:
 * Kafka's LogValidator rejects the whole batch with INVALID_RECORD and names the offending records
 * in record_errors (KIP-467). This is the one produce check that has to read records, and it runs
 * only for topics whose cleanup.policy includes compact.
 */
import { isProtocolError } from '../protocol/protocol-error.ts';
import { readRecordsAsync } from '../protocol/record-batch/record-batch.ts';

export interface KeylessRecords {
  /** Indexes (within the batch) of records that have no key. */
  batchIndexes: number[];
  message: string;
}

/**
 * Returns the keyless records of `batch`, or null when every record has a key. A batch that cannot
 * be read is left to the log's own validation, which reports it with the right error.
 */
export async function findKeylessRecords(batch: Buffer, maxDecompressedBytes: number, where: string): Promise<KeylessRecords | null> {
  const batchIndexes: number[] = [];
  try {
    let i = 0;
    for (const record of await readRecordsAsync(batch, { maxDecompressedBytes })) {
      if (record.key === null) batchIndexes.push(i);
      i++;
    }
  } catch (e) {
    if (isProtocolError(e)) return null;
    throw e;
  }
  if (batchIndexes.length === 0) return null;
  return { batchIndexes, message: `Compacted topic cannot accept message without key in topic partition ${where}.` };
}
