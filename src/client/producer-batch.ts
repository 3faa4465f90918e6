/**
 * The producer's record accumulator, per partition: records wait in an open batch until it reaches
 * batch.size or linger.ms passes, then the batch is closed and built once into record-batch v2
 * bytes (with the producer id, epoch and base sequence when idempotent). A retried batch is sent
 * again byte for byte, same sequence, so the broker can drop a duplicate (KIP-98).
 */
import { buildBatch, type RecordInput } from '../protocol/record-batch/batch-builder.ts';
import type { CompressionCodec } from '../protocol/record-batch/batch-header.ts';

export interface RecordMetadata {
  topic: string;
  partition: number;
  /** The record's offset; -1 with acks=0 (the broker does not answer). */
  offset: number;
  /** CreateTime sent, or the broker's LogAppendTime when the topic uses it. */
  timestamp: number;
}

interface Waiter {
  resolve(m: RecordMetadata): void;
  reject(e: Error): void;
}

export class ProducerBatch {
  readonly records: RecordInput[] = [];
  private readonly waiters: Waiter[] = [];
  /** Estimated encoded size, for batch.size and buffer.memory. */
  bytes = 0;
  readonly createdAt = Date.now();
  closed = false;
  built: Buffer | null = null;
  baseSequence = -1;
  attempts = 0;

  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {}

  add(record: RecordInput, size: number, waiter: Waiter): void {
    this.records.push(record);
    this.waiters.push(waiter);
    this.bytes += size;
  }

  build(codec: CompressionCodec, producerId: number, producerEpoch: number, baseSequence: number, transactional = false): Buffer {
    if (this.built === null) {
      this.baseSequence = baseSequence;
      this.built = buildBatch({
        records: this.records,
        compression: codec,
        producerId,
        producerEpoch,
        baseSequence,
        transactional,
      });
    }
    return this.built;
  }

  complete(baseOffset: number, logAppendTime: number): void {
    for (let i = 0; i < this.waiters.length; i++) {
      const ts = logAppendTime >= 0 ? logAppendTime : (this.records[i]!.timestamp ?? -1);
      this.waiters[i]!.resolve({ topic: this.topic, partition: this.partition, offset: baseOffset < 0 ? -1 : baseOffset + i, timestamp: ts });
    }
  }

  fail(e: Error): void {
    for (const w of this.waiters) w.reject(e);
  }
}

/** One partition's queue: closed batches waiting to be sent (oldest first), then the open one. */
export class PartitionQueue {
  readonly batches: ProducerBatch[] = [];
  inFlight = 0;
  /** Next sequence number to give a new batch (idempotence, per partition, from 0). */
  nextSequence = 0;
  /** Sequence after the last acknowledged batch: an OUT_OF_ORDER answer above it means an earlier batch is still to land. */
  ackedSequence = 0;
  /** While a batch is being retried, send one request at a time to keep the order (KIP-98). */
  retrying = false;
  /** Earliest time the next attempt may go out (backoff after an error). */
  notBefore = 0;

  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {}

  open(): ProducerBatch | undefined {
    const last = this.batches[this.batches.length - 1];
    return last !== undefined && !last.closed ? last : undefined;
  }

  /** Puts a failed batch back in sequence order ahead of the batches not yet sent. */
  requeue(b: ProducerBatch): void {
    let i = 0;
    while (i < this.batches.length && this.batches[i]!.built !== null && this.batches[i]!.baseSequence < b.baseSequence) i++;
    this.batches.splice(i, 0, b);
  }
}
