/**
 * CoordinatorLog over the partitions of a real internal topic (__consumer_offsets,
 * __transaction_state): each append is one uncompressed record batch (key = Kafka's record key,
 * value = value or null for a tombstone; transactional with the producer's id and epoch when the
 * records carry one) appended with origin 'coordinator'; a marker is Kafka's control batch. Replay
 * reads the partition from its log start offset to its end, batch by batch, and decodes records
 * and markers.
 */
import { OFF_ATTRIBUTES, OFF_LAST_OFFSET_DELTA, OFF_PRODUCER_EPOCH, OFF_PRODUCER_ID, isControl, isTransactional } from '../../protocol/record-batch/batch-header.ts';
import { buildBatch } from '../../protocol/record-batch/batch-builder.ts';
import { buildTxnMarkerBatch, ControlRecordType, readControlBatch } from '../../protocol/record-batch/control-batch.ts';
import { iterateBatches, readRecords } from '../../protocol/record-batch/record-batch.ts';
import type { ReadResult } from '../../storage/log/partition-log-types.ts';
import type { CoordinatorLog, CoordinatorMarker, CoordinatorRecord, ReplayedEntry } from './coordinator-log.ts';

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
    const producer = records[0]!.producer;
    const batch = buildBatch({
      records: records.map((r) => ({ key: r.key, value: r.value })),
      timestamp: this.now(),
      partitionLeaderEpoch: p.leaderEpoch,
      ...(producer ? { producerId: Number(producer.producerId), producerEpoch: producer.producerEpoch, transactional: true } : {}),
    });
    // Like Kafka's coordinators: acks=all, so the records are committed before the request completes.
    await p.appendAsLeader(batch, { requiredAcks: -1, origin: 'coordinator' });
  }

  async appendMarker(partition: number, m: CoordinatorMarker): Promise<void> {
    const p = await this.partitionOf(partition);
    const batch = buildTxnMarkerBatch({
      type: m.commit ? ControlRecordType.Commit : ControlRecordType.Abort,
      producerId: Number(m.producerId),
      producerEpoch: m.producerEpoch,
      coordinatorEpoch: m.coordinatorEpoch,
      partitionLeaderEpoch: p.leaderEpoch,
      timestamp: this.now(),
    });
    await p.appendAsLeader(batch, { requiredAcks: -1, origin: 'coordinator' });
  }

  async *replay(partition: number): AsyncIterable<ReplayedEntry> {
    const p = await this.partitionOf(partition);
    let offset = p.logStartOffset;
    const end = p.logEndOffset;
    while (offset < end) {
      const read = await p.read(offset, READ_CHUNK_BYTES, 'LOG_END', { minOneBatch: true });
      if (read.records.length === 0) break;
      let next = offset;
      for (const batch of iterateBatches(read.records)) {
        const attributes = batch.readInt16BE(OFF_ATTRIBUTES);
        const producer = isTransactional(attributes) ? { producerId: batch.readBigInt64BE(OFF_PRODUCER_ID), producerEpoch: batch.readInt16BE(OFF_PRODUCER_EPOCH) } : undefined;
        if (isControl(attributes)) {
          const control = Number(batch.readBigInt64BE(0)) >= offset ? readControlBatch(batch) : null;
          const type = control?.type;
          if (producer && (type === ControlRecordType.Commit || type === ControlRecordType.Abort)) {
            yield { ...producer, commit: type === ControlRecordType.Commit, coordinatorEpoch: control!.coordinatorEpoch ?? -1 };
          }
        } else {
          for (const rec of readRecords(batch, { maxDecompressedBytes: MAX_DECOMPRESSED_BYTES, validate: false })) {
            next = rec.offset + 1;
            // Records without a key are not the coordinator's.
            if (rec.offset >= offset && rec.key !== null) yield producer ? { key: rec.key, value: rec.value, producer } : { key: rec.key, value: rec.value };
          }
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
