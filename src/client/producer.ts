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
 * Backpressure: buffer.memory bounds the bytes of records not yet acknowledged; `send()` waits for
 * room up to max.block.ms, then fails with a KafkaError naming the limit.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { ProduceResponse } from '../protocol/generated/produce-response.ts';
import type { CompressionCodec } from '../protocol/record-batch/batch-header.ts';
import type { RecordInput } from '../protocol/record-batch/batch-builder.ts';
import { Cluster } from './cluster.ts';
import type { Connection } from './connection.ts';
import { KafkaError, needsMetadataRefresh } from './kafka-error.ts';
import { Partitioner } from './partitioner.ts';
import { PartitionQueue, ProducerBatch, type RecordMetadata } from './producer-batch.ts';
import { CODECS, toBuffer, toHeaders, type ProducerOptions, type ProducerRecord } from './producer-options.ts';

export type { RecordMetadata } from './producer-batch.ts';
export type { CompressionName, HeaderValue, ProducerOptions, ProducerRecord } from './producer-options.ts';
export class Producer {
  readonly cluster: Cluster;
  private readonly acks: number;
  private readonly idempotent: boolean;
  private readonly lingerMs: number;
  private readonly batchSize: number;
  private readonly codec: CompressionCodec;
  private readonly maxInFlight: number;
  private readonly bufferMemory: number;
  private readonly maxBlockMs: number;
  private readonly deliveryTimeoutMs: number;
  private readonly ackTimeoutMs: number;
  private readonly partitioner: Partitioner;
  private readonly metadataMaxAgeMs: number;
  private readonly refreshing = new Set<string>();
  private readonly queues = new Map<string, PartitionQueue>();
  private readonly inFlightByNode = new Map<number, number>();
  private buffered = 0;
  private readonly roomWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private pendingBatches = 0;
  /** send() calls still waiting for metadata or buffer room: flush() waits for them too. */
  private sendsStarting = 0;
  private producerId = -1;
  private producerEpoch = -1;
  private initPid: Promise<void> | null = null;
  private lingerTimer: NodeJS.Timeout | null = null;
  private draining = false;
  private drainAgain = false;
  private flushing = 0;
  private closed = false;

  constructor(opts: ProducerOptions) {
    this.cluster = new Cluster({ allowAutoTopicCreation: true, ...opts });
    const acks = opts.acks === 'all' || opts.acks === undefined ? -1 : opts.acks;
    if (acks !== 0 && acks !== 1 && acks !== -1) throw new Error(`acks must be 0, 1, -1 or 'all', not ${String(opts.acks)}`);
    if (opts.idempotent === true && acks !== -1) throw new Error('an idempotent producer needs acks=all (Kafka requires it); set acks: "all" or idempotent: false');
    this.acks = acks;
    this.idempotent = opts.idempotent ?? acks === -1;
    this.lingerMs = opts.lingerMs ?? 5;
    this.batchSize = opts.batchSize ?? 16384;
    const codec = CODECS[opts.compression ?? 'none'];
    if (codec === undefined) throw new Error(`unknown compression ${opts.compression}: use none, gzip, snappy, lz4 or zstd`);
    this.codec = codec;
    this.maxInFlight = Math.max(1, Math.min(opts.maxInFlight ?? 5, this.idempotent ? 5 : 1000));
    this.bufferMemory = opts.bufferMemory ?? 32 * 1024 * 1024;
    this.maxBlockMs = opts.maxBlockMs ?? 60_000;
    this.deliveryTimeoutMs = opts.deliveryTimeoutMs ?? 120_000;
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 30_000;
    this.partitioner = new Partitioner(opts.partitioner);
    this.metadataMaxAgeMs = opts.metadataMaxAgeMs ?? 300_000;
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
    this.sendsStarting++;
    let appended: { done: Promise<RecordMetadata> };
    try {
      appended = await this.append(record);
    } finally {
      this.sendsStarting--;
      this.notifyIdle();
    }
    return appended.done;
  }

  /**
   * Sends many records at once (kafkajs/@platformatic's batched send): they are appended, their
   * partitions' open batches are closed and sent without waiting for linger.ms, and the result
   * lists each record's partition and offset in input order.
   */
  async sendBatch(records: ProducerRecord[]): Promise<RecordMetadata[]> {
    this.sendsStarting++;
    const done: Promise<RecordMetadata>[] = [];
    try {
      for (const r of records) done.push((await this.append(r)).done);
    } catch (e) {
      void Promise.allSettled(done);
      throw e;
    } finally {
      this.sendsStarting--;
      this.notifyIdle();
    }
    const touched = new Set<string>();
    for (const r of records) touched.add(r.topic);
    for (const q of this.queues.values()) {
      const open = q.open();
      if (open !== undefined && touched.has(q.topic)) this.closeBatch(open, this.cluster.topics.get(q.topic)?.partitions.length ?? 1);
    }
    this.scheduleDrain(0);
    return Promise.all(done);
  }

  /** Puts the record in its batch; resolves (without waiting for the broker) once it is there. */
  private async append(record: ProducerRecord): Promise<{ done: Promise<RecordMetadata> }> {
    if (this.closed) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, 'the producer is closed', { retriable: false });
    if (this.idempotent && this.producerId < 0) await this.ensureProducerId();
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
    if (this.buffered + size > this.bufferMemory) await this.waitForRoom(size);
    const input: RecordInput = { key, value, headers, timestamp: record.timestamp ?? Date.now() };
    const queue = this.queue(record.topic, partition);
    let batch = queue.open();
    if (batch === undefined || (batch.bytes + size > this.batchSize && batch.records.length > 0)) {
      if (batch !== undefined) this.closeBatch(batch, count);
      batch = new ProducerBatch(record.topic, partition);
      queue.batches.push(batch);
      this.pendingBatches++;
    }
    this.buffered += size;
    const done = new Promise<RecordMetadata>((resolve, reject) => batch.add(input, size, { resolve, reject }));
    if (batch.bytes >= this.batchSize || this.flushing > 0) {
      if (batch.bytes >= this.batchSize) this.closeBatch(batch, count);
      this.scheduleDrain(0);
    } else {
      this.scheduleDrain(this.lingerMs);
    }
    return { done };
  }

  /** Sends every buffered record now and resolves when all of them are acknowledged or failed. */
  async flush(): Promise<void> {
    if (this.pendingBatches === 0 && this.sendsStarting === 0) return;
    this.flushing++;
    try {
      const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      this.scheduleDrain(0);
      await idle;
    } finally {
      this.flushing--;
    }
  }

  /** Flushes, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    if (this.lingerTimer !== null) clearTimeout(this.lingerTimer);
    await this.cluster.close();
  }

  private queue(topic: string, partition: number): PartitionQueue {
    const k = `${topic}\u0000${partition}`;
    let q = this.queues.get(k);
    if (q === undefined) {
      q = new PartitionQueue(topic, partition);
      this.queues.set(k, q);
    }
    return q;
  }

  private closeBatch(batch: ProducerBatch, partitions: number): void {
    if (batch.closed) return;
    batch.closed = true;
    this.partitioner.batchClosed(batch.topic, batch.partition, partitions);
  }

  private ensureProducerId(): Promise<void> {
    this.initPid ??= this.cluster
      .retry(async () => {
        const conn = await this.cluster.any();
        const res = await conn.send(ApiKey.InitProducerId, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
        if (res.errorCode !== ErrorCode.NONE) throw new KafkaError(res.errorCode, 'InitProducerId');
        this.producerId = Number(res.producerId);
        this.producerEpoch = res.producerEpoch;
      })
      .catch((e: unknown) => {
        this.initPid = null;
        throw e;
      });
    return this.initPid;
  }

  private waitForRoom(size: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.roomWaiters.indexOf(check);
        if (i >= 0) this.roomWaiters.splice(i, 1);
        reject(new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `buffer.memory (${this.bufferMemory} bytes) stayed full for max.block.ms (${this.maxBlockMs} ms)`, { retriable: true }));
      }, this.maxBlockMs);
      const check = (): void => {
        if (this.buffered + size > this.bufferMemory) return;
        const i = this.roomWaiters.indexOf(check);
        if (i >= 0) this.roomWaiters.splice(i, 1);
        clearTimeout(timer);
        resolve();
      };
      this.roomWaiters.push(check);
      // Full buffer: send what is there now rather than waiting for linger.
      this.scheduleDrain(0);
    });
  }

  private scheduleDrain(delayMs: number): void {
    if (delayMs === 0) {
      if (this.lingerTimer !== null) {
        clearTimeout(this.lingerTimer);
        this.lingerTimer = null;
      }
      if (this.draining) {
        this.drainAgain = true;
        return;
      }
      this.draining = true;
      queueMicrotask(() => this.drain());
      return;
    }
    if (this.lingerTimer === null && !this.draining) {
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = null;
        this.scheduleDrain(0);
      }, delayMs);
    }
  }

  /** Sends every ready batch whose partition and broker have room in flight. */
  private drain(): void {
    this.drainAgain = false;
    let nextWake = Infinity;
    // Kafka takes one batch per partition per request, so a partition with several closed batches
    // needs several requests: build rounds until the in-flight limits stop us or nothing is ready.
    for (;;) {
      const round = this.drainRound();
      nextWake = Math.min(nextWake, round.nextWake);
      if (round.byNode.size === 0) break;
      for (const [node, batches] of round.byNode) void this.sendTo(this.cluster.connectedBroker(node)!, node, batches);
    }
    this.draining = false;
    if (this.drainAgain) this.scheduleDrain(0);
    else if (nextWake < Infinity) this.scheduleDrain(Math.max(1, nextWake));
  }

  /** One request's worth per broker: the head batch of every partition that may send now. */
  private drainRound(): { byNode: Map<number, ProducerBatch[]>; nextWake: number } {
    const now = Date.now();
    const byNode = new Map<number, ProducerBatch[]>();
    let nextWake = Infinity;
    const flushAll = this.flushing > 0 || this.roomWaiters.length > 0 || this.closed;
    for (const q of this.queues.values()) {
      const b = q.batches[0];
      if (b === undefined) continue;
      if (q.notBefore > now) {
        nextWake = Math.min(nextWake, q.notBefore - now);
        continue;
      }
      const age = now - b.createdAt;
      if (!b.closed && !flushAll && age < this.lingerMs) {
        nextWake = Math.min(nextWake, this.lingerMs - age);
        continue;
      }
      if (q.inFlight >= (q.retrying ? 1 : this.maxInFlight)) continue;
      const t = this.cluster.topics.get(q.topic);
      const leader = t?.partitions[q.partition]?.leader ?? -1;
      if (leader < 0) {
        void this.refreshLater(q);
        continue;
      }
      if ((this.inFlightByNode.get(leader) ?? 0) >= this.maxInFlight) continue;
      if (this.cluster.connectedBroker(leader) === undefined) {
        // Batches go out only on an open connection, written in sequence order (KIP-98).
        void this.connectLater(leader);
        continue;
      }
      if (!b.closed) this.closeBatch(b, t!.partitions.length);
      q.batches.shift();
      const list = byNode.get(leader) ?? [];
      list.push(b);
      byNode.set(leader, list);
    }
    return { byNode, nextWake };
  }

  private connecting = new Set<number>();

  private async connectLater(node: number): Promise<void> {
    if (this.connecting.has(node)) return;
    this.connecting.add(node);
    try {
      await this.cluster.broker(node);
    } catch {
      this.cluster.invalidate();
      await new Promise((r) => setTimeout(r, this.cluster.backoff(0)));
    } finally {
      this.connecting.delete(node);
    }
    this.scheduleDrain(0);
  }

  private async refreshLater(q: PartitionQueue): Promise<void> {
    q.notBefore = Date.now() + this.cluster.backoff(0);
    try {
      await this.cluster.refresh([q.topic]);
    } catch {
      // the next drain tries again after the backoff
    }
    this.scheduleDrain(Math.max(1, q.notBefore - Date.now()));
  }

  private async sendTo(conn: Connection, node: number, batches: ProducerBatch[]): Promise<void> {
    this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 0) + 1);
    const topics = new Map<string, Array<{ index: number; records: Buffer }>>();
    for (const b of batches) {
      const q = this.queue(b.topic, b.partition);
      q.inFlight++;
      b.attempts++;
      let seq = -1;
      if (this.idempotent && b.built === null) {
        seq = q.nextSequence;
        q.nextSequence = (q.nextSequence + b.records.length) | 0;
      }
      const records = b.build(this.codec, this.idempotent ? this.producerId : -1, this.idempotent ? this.producerEpoch : -1, seq);
      const list = topics.get(b.topic) ?? [];
      list.push({ index: b.partition, records });
      topics.set(b.topic, list);
    }
    const body = {
      transactionalId: null,
      acks: this.acks,
      timeoutMs: this.ackTimeoutMs,
      topicData: [...topics].map(([name, partitionData]) => ({ name, partitionData })),
    };
    let res: ProduceResponse | null = null;
    let failure: KafkaError | null = null;
    try {
      // Synchronous up to the write, so requests leave in the order their sequences were given.
      const version = conn.version(ApiKey.Produce);
      if (this.acks === 0) conn.sendNoResponse(ApiKey.Produce, body, version);
      else res = await conn.send(ApiKey.Produce, body, { version, timeoutMs: this.ackTimeoutMs + this.cluster.requestTimeoutMs });
    } catch (e) {
      failure = e instanceof KafkaError ? e : new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, String(e), { retriable: false, cause: e });
    }
    this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 1) - 1);
    const results = new Map<string, ProduceResponse['responses'][number]['partitionResponses'][number]>();
    if (res !== null) {
      for (const t of res.responses) for (const p of t.partitionResponses) results.set(`${t.name}\u0000${p.index}`, p);
    }
    for (const b of batches) {
      const q = this.queue(b.topic, b.partition);
      q.inFlight--;
      if (failure !== null) {
        this.onBatchError(q, b, failure);
        continue;
      }
      if (this.acks === 0) {
        this.finish(q, b, () => b.complete(-1, -1));
        continue;
      }
      const p = results.get(`${b.topic}\u0000${b.partition}`);
      if (p === undefined) {
        this.onBatchError(q, b, new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `no answer for ${b.topic}-${b.partition} in the Produce response`, { retriable: false }));
      } else if (p.errorCode === ErrorCode.NONE) {
        if (b.baseSequence >= 0) q.ackedSequence = Math.max(q.ackedSequence, b.baseSequence + b.records.length);
        this.finish(q, b, () => b.complete(Number(p.baseOffset), Number(p.logAppendTimeMs)));
      } else if (p.errorCode === ErrorCode.DUPLICATE_SEQUENCE_NUMBER) {
        // The broker already had this batch (an earlier attempt landed): done, offset unknown.
        this.finish(q, b, () => b.complete(-1, -1));
      } else {
        const detail = p.errorMessage ?? p.recordErrors[0]?.batchIndexErrorMessage ?? undefined;
        this.onBatchError(q, b, new KafkaError(p.errorCode, `${b.topic}-${b.partition}${detail ? `: ${detail}` : ''}`));
      }
    }
    this.scheduleDrain(0);
  }

  private onBatchError(q: PartitionQueue, b: ProducerBatch, e: KafkaError): void {
    // KIP-98: after an earlier batch failed, later in-flight ones come back OUT_OF_ORDER_SEQUENCE;
    // they are safe to send again in order once the earlier one is through.
    const outOfOrderAfterRetry = e.code === ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER && (q.retrying || b.baseSequence > q.ackedSequence);
    const retriable = e.retriable || outOfOrderAfterRetry;
    const expired = Date.now() - b.createdAt >= this.deliveryTimeoutMs;
    if (retriable && !expired) {
      if (needsMetadataRefresh(e.code)) this.cluster.invalidate(b.topic);
      q.retrying = true;
      q.notBefore = Date.now() + this.cluster.backoff(Math.min(b.attempts - 1, 5));
      q.requeue(b);
      return;
    }
    const err = expired && retriable ? new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `${b.topic}-${b.partition}: not acknowledged within delivery.timeout.ms (${this.deliveryTimeoutMs} ms); last error ${e.type}`, { cause: e }) : e;
    this.finish(q, b, () => b.fail(err));
  }

  private finish(q: PartitionQueue, b: ProducerBatch, settle: () => void): void {
    if (q.inFlight === 0) q.retrying = false;
    settle();
    this.buffered -= b.bytes;
    this.pendingBatches--;
    for (const w of [...this.roomWaiters]) w();
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.pendingBatches === 0 && this.sendsStarting === 0) {
      const waiters = this.idleWaiters.splice(0);
      for (const w of waiters) w();
    }
  }
}
