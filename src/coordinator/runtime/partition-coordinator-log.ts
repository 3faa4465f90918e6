/**
 * CoordinatorLog over the partitions of a real internal topic (__consumer_offsets, __transaction_state): each append is one
 * uncompressed record batch (key = Kafka's record key, value = value or null for a tombstone)
 * appended with origin 'coordinator'; replay reads the partition from its log start offset to its
 * end, batch by batch, and decodes the records.
 */
import { OFF_ATTRIBUTES, OFF_LAST_OFFSET_DELTA, isControl } from '../../protocol/record-batch/batch-header.ts';
import { buildBatch } from '../../protocol/record-batch/batch-builder.ts';
import { iterateBatches, readRecords } from '../../protocol/record-batch/record-batch.ts';
import type { ReadResult } from '../../storage/log/partition-log-types.ts';
import type { CoordinatorLog, CoordinatorRecord } from './coordinator-log.ts';

/** What the coordinator needs of a partition (the broker's Partition has this shape). */
export interface CoordinatorPartition {
  readonly leaderEpoch: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** Appends as the partition's leader; with acks -1 it resolves once the high watermark has passed the records. */
  appendAsLeader(records: Buffer, opts: { requiredAcks: number; origin: 'coordinator' }): Promise<unknown>;
  /** Reads up to the log end (LOG_END: loading a coordinator reads everything written). */
  read(offset: number, maxBytes: number, isolation: 'LOG_END', opts: { minOneBatch: boolean }): Promise<ReadResult>;
}

const READ_CHUNK_BYTES = 1 << 20;
/** Coordinator records (group metadata of a large group) can be big; bound decompression anyway (Kafka batches written by others may be compressed). */
const MAX_DECOMPRESSED_BYTES = 64 << 20;

export class PartitionCoordinatorLog implements CoordinatorLog {
  constructor(
    private readonly partitionOf: (partition: number) => Promise<CoordinatorPartition>,
    private readonly now: () => number = Date.now,
  ) {}

  async append(partition: number, records: CoordinatorRecord[]): Promise<void> {
    if (records.length === 0) return;
    const p = await this.partitionOf(partition);
    const batch = buildBatch({ records: records.map((r) => ({ key: r.key, value: r.value })), timestamp: this.now(), partitionLeaderEpoch: p.leaderEpoch });
    // Like Kafka's coordinators: acks=all, so the records are committed before the request completes.
    await p.appendAsLeader(batch, { requiredAcks: -1, origin: 'coordinator' });
  }

  async *replay(partition: number): AsyncIterable<CoordinatorRecord> {
    const p = await this.partitionOf(partition);
    let offset = p.logStartOffset;
    const end = p.logEndOffset;
    while (offset < end) {
      const read = await p.read(offset, READ_CHUNK_BYTES, 'LOG_END', { minOneBatch: true });
      if (read.records.length === 0) break;
      let next = offset;
      for (const batch of iterateBatches(read.records)) {
        // Transaction markers (control batches) carry no coordinator state.
        const control = isControl(batch.readInt16BE(OFF_ATTRIBUTES));
        if (!control) for (const rec of readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED_BYTES, validate: false })) {
          next = rec.offset + 1;
          // Records without a key are not the coordinator's.
          if (rec.offset >= offset && rec.key !== null) yield { key: rec.key, value: rec.value };
        }
        // A batch whose records were all compacted away still moves us past it.
        const lastOffset = Number(batch.readBigInt64BE(0)) + batch.readInt32BE(OFF_LAST_OFFSET_DELTA);
        next = Math.max(next, lastOffset + 1);
      }
      if (next <= offset) break;
      offset = next;
    }
  }
}
