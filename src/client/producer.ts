/**
 * The producer: `send()` puts a record in its partition's open batch and resolves to
 * {partition, offset} once the broker acknowledged it. Batches close at batch.size or after
 * linger.ms; closed batches are sent to their leader, one Produce request per broker holding every
 * ready partition, up to maxInFlight requests per broker (pipelined on one connection).
 *
 * Idempotence is on by default, as in the Java client since 3.0 (KIP-679): InitProducerId once,
 * then every batch carries the producer id, epoch and a per-partition sequence; a batch that failed
 * with a retriable error is sent again unchanged, so the broker drops it if it had been written.
 * Like the Java client, choosing acks other than all without asking for idempotence turns it off.
 *
 * Transactions (KIP-98): with `transactionalId`, records are sent only between beginTransaction()
 * and commitTransaction()/abortTransaction(); the TransactionManager (transaction-manager.ts) keeps
 * the state machine and talks to the coordinators.
 *
 * Backpressure: buffer.memory bounds the bytes of records not yet acknowledged; `send()` waits for
 * room up to max.block.ms, then fails with a KafkaError naming the limit.
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { RecordInput } from '../protocol/record-batch/batch-builder.ts';
import { Cluster } from './cluster.ts';
import { KafkaError } from './kafka-error.ts';
import { Partitioner } from './partitioner.ts';
import type { RecordMetadata } from './producer-batch.ts';
import { ProducerIdempotence } from './producer-idempotence.ts';
import { CODECS, toBuffer, toHeaders, type ProducerOptions, type ProducerRecord } from './producer-options.ts';
import { ProducerSender } from './producer-sender.ts';
import { RecordAccumulator } from './record-accumulator.ts';
import { TransactionManager, type ConsumerGroupMetadata, type TransactionOffset } from './transaction-manager.ts';

export type { RecordMetadata } from './producer-batch.ts';
export type { CompressionName, HeaderValue, ProducerOptions, ProducerRecord } from './producer-options.ts';
export type { ConsumerGroupMetadata, TransactionOffset, TransactionState } from './transaction-manager.ts';

/**
 * Parts, as in the Java client: the RecordAccumulator holds batches and buffer.memory accounting,
 * the ProducerSender turns them into Produce requests, ProducerIdempotence keeps producer id and
 * sequences. This class checks options and records and routes each record to its partition.
 */
export class Producer {
  readonly cluster: Cluster;
  private readonly lingerMs: number;
  private readonly bufferMemory: number;
  private readonly maxBlockMs: number;
  private readonly partitioner: Partitioner;
  private readonly metadataMaxAgeMs: number;
  private readonly refreshing = new Set<string>();
  private readonly accumulator: RecordAccumulator;
  private readonly idempotence: ProducerIdempotence;
  private readonly sender: ProducerSender;
  private readonly txn: TransactionManager | null;

  constructor(opts: ProducerOptions) {
    this.cluster = new Cluster({ allowAutoTopicCreation: true, ...opts });
    const acks = opts.acks === 'all' || opts.acks === undefined ? -1 : opts.acks;
    if (acks !== 0 && acks !== 1 && acks !== -1) throw new Error(`acks must be 0, 1, -1 or 'all', not ${String(opts.acks)}`);
    if (opts.idempotent === true && acks !== -1) throw new Error('an idempotent producer needs acks=all (Kafka requires it); set acks: "all" or idempotent: false');
    const transactionalId = opts.transactionalId;
    if (transactionalId !== undefined) {
      if (transactionalId === '') throw new Error('transactionalId must not be empty');
      if (opts.idempotent === false || acks !== -1) throw new Error('a transactional producer is idempotent and needs acks=all (Kafka requires it); drop idempotent: false and acks');
    }
    const idempotent = opts.idempotent ?? acks === -1;
    this.lingerMs = opts.lingerMs ?? 5;
    const batchSize = opts.batchSize ?? 16384;
    const codec = CODECS[opts.compression ?? 'none'];
    if (codec === undefined) throw new Error(`unknown compression ${opts.compression}: use none, gzip, snappy, lz4 or zstd`);
    this.bufferMemory = opts.bufferMemory ?? 32 * 1024 * 1024;
    this.maxBlockMs = opts.maxBlockMs ?? 60_000;
    this.partitioner = new Partitioner(opts.partitioner);
    this.metadataMaxAgeMs = opts.metadataMaxAgeMs ?? 300_000;
    this.accumulator = new RecordAccumulator(this.partitioner, batchSize, this.bufferMemory);
    this.idempotence = new ProducerIdempotence(this.cluster, idempotent, transactionalId !== undefined);
    this.txn =
      transactionalId === undefined
        ? null
        : new TransactionManager(
            this.cluster,
            this.idempotence,
            { transactionalId, transactionTimeoutMs: opts.transactionTimeoutMs ?? 60_000, maxBlockMs: this.maxBlockMs },
            { flush: () => this.flush(), wake: () => this.sender.schedule(0), resetSequences: () => this.accumulator.resetSequences() },
          );
    this.sender = new ProducerSender(this.cluster, this.accumulator, this.idempotence, {
      acks,
      lingerMs: this.lingerMs,
      codec,
      maxInFlight: Math.max(1, Math.min(opts.maxInFlight ?? 5, idempotent ? 5 : 1000)),
      deliveryTimeoutMs: opts.deliveryTimeoutMs ?? 120_000,
      ackTimeoutMs: opts.ackTimeoutMs ?? 30_000,
    }, this.txn);
  }

  /** Old metadata keeps working while fresh metadata (new partitions, moved leaders) is fetched. */
  private refreshInBackground(topic: string): void {
    if (this.refreshing.has(topic)) return;
    this.refreshing.add(topic);
    void this.cluster
      .refresh([topic])
      .catch(() => undefined)
      .finally(() => this.refreshing.delete(topic));
  }

  /** Sends one record; resolves when the broker acknowledged it (at once with acks=0 after the write). */
  async send(record: ProducerRecord): Promise<RecordMetadata> {
    this.accumulator.sendsStarting++;
    let appended: { done: Promise<RecordMetadata> };
    try {
      appended = await this.append(record);
    } finally {
      this.accumulator.sendsStarting--;
      this.accumulator.notifyIdle();
    }
    return appended.done;
  }

  /**
   * Sends many records at once (kafkajs/@platformatic's batched send): they are appended, their
   * partitions' open batches are closed and sent without waiting for linger.ms, and the result
   * lists each record's partition and offset in input order.
   */
  async sendBatch(records: ProducerRecord[]): Promise<RecordMetadata[]> {
    this.accumulator.sendsStarting++;
    const done: Promise<RecordMetadata>[] = [];
    try {
      for (const r of records) done.push((await this.append(r)).done);
    } catch (e) {
      void Promise.allSettled(done);
      throw e;
    } finally {
      this.accumulator.sendsStarting--;
      this.accumulator.notifyIdle();
    }
    const touched = new Set<string>();
    for (const r of records) touched.add(r.topic);
    this.accumulator.closeOpenBatches(touched, (topic) => this.cluster.topics.get(topic)?.partitions.length ?? 1);
    this.sender.schedule(0);
    return Promise.all(done);
  }

  /** Puts the record in its batch; resolves (without waiting for the broker) once it is there. */
  private async append(record: ProducerRecord): Promise<{ done: Promise<RecordMetadata> }> {
    if (this.accumulator.closed) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, 'the producer is closed', { retriable: false });
    if (this.txn !== null) this.txn.checkSend();
    else if (!this.idempotence.ready()) await this.idempotence.ensureProducerId();
    const key = toBuffer(record.key);
    const value = toBuffer(record.value);
    const headers = toHeaders(record.headers);
    let size = 21 + (key?.length ?? 0) + (value?.length ?? 0);
    for (const h of headers) size += h.key.length + (h.value?.length ?? 0) + 4;
    if (size > this.bufferMemory) {
      throw new KafkaError(ErrorCode.MESSAGE_TOO_LARGE, `a record of ${size} bytes is larger than buffer.memory (${this.bufferMemory})`);
    }
    const topic = this.cluster.topics.get(record.topic) ?? (await this.cluster.retry(() => this.cluster.topic(record.topic), this.maxBlockMs / 200));
    if (Date.now() - topic.fetchedAt > this.metadataMaxAgeMs) this.refreshInBackground(record.topic);
    const count = topic.partitions.length;
    let partition = record.partition;
    if (partition === undefined) partition = this.partitioner.partition(record.topic, key, count);
    else if (!Number.isInteger(partition) || partition < 0 || partition >= count) {
      throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${record.topic} has ${count} partitions; there is no partition ${partition}`);
    }
    if (this.accumulator.buffered + size > this.bufferMemory) {
      // Full buffer: send what is there now rather than waiting for linger.
      await this.accumulator.waitForRoom(size, this.maxBlockMs, () => this.sender.schedule(0));
    }
    // The transaction may have ended (or failed) while this send waited for metadata or room.
    this.txn?.checkSend();
    const input: RecordInput = { key, value, headers, timestamp: record.timestamp ?? Date.now() };
    const { done, full } = this.accumulator.append(record.topic, partition, count, input, size);
    // Asks for AddPartitionsToTxn now, so it overlaps linger.ms.
    this.txn?.mayDrain(record.topic, partition);
    this.sender.schedule(full || this.accumulator.flushing > 0 ? 0 : this.lingerMs);
    return { done };
  }

  /** Sends every buffered record now and resolves when all of them are acknowledged or failed. */
  async flush(): Promise<void> {
    if (this.accumulator.idle()) return;
    this.accumulator.flushing++;
    try {
      const idle = this.accumulator.whenIdle();
      this.sender.schedule(0);
      await idle;
    } finally {
      this.accumulator.flushing--;
    }
  }

  /** initTransactions(): gets the producer id of `transactionalId`, fencing older producers with it. */
  initTransactions(): Promise<void> {
    return this.transactions('initTransactions()').initTransactions();
  }

  beginTransaction(): void {
    this.transactions('beginTransaction()').beginTransaction();
  }

  /**
   * Commits consumer offsets (the next offset to read) as part of the transaction: they count
   * only if it commits. Pass the consumer's `groupMetadata()` so a zombie member is fenced, or
   * just the group id.
   */
  sendOffsetsToTransaction(offsets: TransactionOffset[], group: ConsumerGroupMetadata | string): Promise<void> {
    return this.transactions('sendOffsetsToTransaction()').sendOffsets(offsets, group);
  }

  /** Flushes, then commits: every record sent in the transaction becomes visible to read_committed. */
  commitTransaction(): Promise<void> {
    return this.transactions('commitTransaction()').commit();
  }

  /** Fails the records not yet sent, waits for those in flight, then aborts the transaction. */
  abortTransaction(): Promise<void> {
    return this.transactions('abortTransaction()').abort();
  }

  private transactions(what: string): TransactionManager {
    if (this.txn === null) throw new Error(`${what} needs a transactional producer: pass the transactionalId option`);
    return this.txn;
  }

  /** Aborts an open transaction (as the Java client does), flushes, then closes every connection. */
  async close(): Promise<void> {
    if (this.accumulator.closed) return;
    if (this.txn?.inTransaction()) await this.txn.abort().catch(() => undefined);
    await this.flush();
    this.accumulator.closed = true;
    this.sender.stop();
    await this.cluster.close();
  }
}
