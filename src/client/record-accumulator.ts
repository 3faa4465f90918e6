/**
 * The producer's record accumulator (the Java client's RecordAccumulator): one PartitionQueue per
 * partition, the bytes of records not yet acknowledged (bounded by buffer.memory), and the callers
 * waiting for room in that buffer or for everything to be acknowledged (flush).
 *
 * It decides nothing about when batches leave; the ProducerSender drains the queues and hands
 * every finished batch back through release().
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { RecordInput } from '../protocol/record-batch/batch-builder.ts';
import { KafkaError } from './kafka-error.ts';
import type { Partitioner } from './partitioner.ts';
import { PartitionQueue, ProducerBatch, type RecordMetadata } from './producer-batch.ts';

export class RecordAccumulator {
  readonly queues = new Map<string, PartitionQueue>();
  /** Bytes of records appended and not yet acknowledged or failed. */
  buffered = 0;
  /** Batches created and not yet settled. */
  pendingBatches = 0;
  /** send() calls still waiting for metadata or buffer room: flush() waits for them too. */
  sendsStarting = 0;
  /** flush() calls in progress: while any runs, batches go out without waiting for linger.ms. */
  flushing = 0;
  closed = false;
  private readonly roomWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly partitioner: Partitioner,
    private readonly batchSize: number,
    readonly bufferMemory: number,
  ) {}

  /** True when batches should go out now rather than linger: flush, a full buffer, or close. */
  urgent(): boolean {
    return this.flushing > 0 || this.roomWaiters.length > 0 || this.closed;
  }

  idle(): boolean {
    return this.pendingBatches === 0 && this.sendsStarting === 0;
  }

  queue(topic: string, partition: number): PartitionQueue {
    const k = `${topic}\u0000${partition}`;
    let q = this.queues.get(k);
    if (q === undefined) {
      q = new PartitionQueue(topic, partition);
      this.queues.set(k, q);
    }
    return q;
  }

  /**
   * Puts a record of `size` estimated bytes in its partition's open batch (a new one when the open
   * one would pass batch.size). `full` says the batch reached batch.size and was closed.
   */
  append(topic: string, partition: number, partitions: number, input: RecordInput, size: number): { done: Promise<RecordMetadata>; full: boolean } {
    const queue = this.queue(topic, partition);
    let batch = queue.open();
    if (batch === undefined || (batch.bytes + size > this.batchSize && batch.records.length > 0)) {
      if (batch !== undefined) this.closeBatch(batch, partitions);
      batch = new ProducerBatch(topic, partition);
      queue.batches.push(batch);
      this.pendingBatches++;
    }
    this.buffered += size;
    const b = batch;
    const done = new Promise<RecordMetadata>((resolve, reject) => b.add(input, size, { resolve, reject }));
    const full = b.bytes >= this.batchSize;
    if (full) this.closeBatch(b, partitions);
    return { done, full };
  }

  /** Closes the open batch of every partition of these topics, so it can be sent at once. */
  closeOpenBatches(topics: Set<string>, partitionsOf: (topic: string) => number): void {
    for (const q of this.queues.values()) {
      const open = q.open();
      if (open !== undefined && topics.has(q.topic)) this.closeBatch(open, partitionsOf(q.topic));
    }
  }

  /** A closed batch takes no more records; KIP-480: the sticky partition moves on when one closes. */
  closeBatch(batch: ProducerBatch, partitions: number): void {
    if (batch.closed) return;
    batch.closed = true;
    this.partitioner.batchClosed(batch.topic, batch.partition, partitions);
  }

  /**
   * Resolves once `size` more bytes fit in buffer.memory; fails after max.block.ms. `onWait` runs
   * once the wait is registered (the producer sends what it holds rather than lingering).
   */
  waitForRoom(size: number, maxBlockMs: number, onWait: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.roomWaiters.indexOf(check);
        if (i >= 0) this.roomWaiters.splice(i, 1);
        reject(new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `buffer.memory (${this.bufferMemory} bytes) stayed full for max.block.ms (${maxBlockMs} ms)`, { retriable: true }));
      }, maxBlockMs);
      const check = (): void => {
        if (this.buffered + size > this.bufferMemory) return;
        const i = this.roomWaiters.indexOf(check);
        if (i >= 0) this.roomWaiters.splice(i, 1);
        clearTimeout(timer);
        resolve();
      };
      this.roomWaiters.push(check);
      onWait();
    });
  }

  /** A new producer id or epoch (transactions): every partition's sequence starts again at 0 (KIP-98). */
  resetSequences(): void {
    for (const q of this.queues.values()) {
      q.nextSequence = 0;
      q.ackedSequence = 0;
    }
  }

  /** Resolves when no batch is pending and no send() is still starting. */
  whenIdle(): Promise<void> {
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** A batch was acknowledged or failed: its bytes are free again. */
  release(b: ProducerBatch): void {
    this.buffered -= b.bytes;
    this.pendingBatches--;
    for (const w of [...this.roomWaiters]) w();
    this.notifyIdle();
  }

  notifyIdle(): void {
    if (this.idle()) {
      const waiters = this.idleWaiters.splice(0);
      for (const w of waiters) w();
    }
  }
}
