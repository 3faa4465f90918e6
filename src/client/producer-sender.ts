/**
 * The producer's sender (the Java client's Sender): drains closed or lingered batches from the
 * RecordAccumulator into Produce requests, one per leader broker holding every ready partition,
 * up to maxInFlight requests per broker (pipelined on one connection), and settles each batch from
 * its partition's answer: acknowledged, retried (same bytes, same sequence, after a backoff) or
 * failed once delivery.timeout.ms has passed or the error is not retriable.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { ProduceResponse } from '../protocol/generated/produce-response.ts';
import type { CompressionCodec } from '../protocol/record-batch/batch-header.ts';
import { ZERO_UUID, type Cluster } from './cluster.ts';
import type { Connection } from './connection.ts';
import { KafkaError, needsMetadataRefresh } from './kafka-error.ts';
import type { PartitionQueue, ProducerBatch } from './producer-batch.ts';
import type { ProducerIdempotence } from './producer-idempotence.ts';
import type { RecordAccumulator } from './record-accumulator.ts';
import type { TransactionManager } from './transaction-manager.ts';

export interface ProducerSenderOptions {
  acks: number;
  lingerMs: number;
  codec: CompressionCodec;
  maxInFlight: number;
  deliveryTimeoutMs: number;
  ackTimeoutMs: number;
}

type PartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number];

export class ProducerSender {
  private readonly inFlightByNode = new Map<number, number>();
  private readonly connecting = new Set<number>();
  private lingerTimer: NodeJS.Timeout | null = null;
  private draining = false;
  private drainAgain = false;

  constructor(
    private readonly cluster: Cluster,
    private readonly accumulator: RecordAccumulator,
    private readonly idempotence: ProducerIdempotence,
    private readonly opts: ProducerSenderOptions,
    private readonly txn: TransactionManager | null = null,
  ) {}

  /** Drains now (delay 0, in a microtask) or after `delayMs` unless a drain is already due. */
  schedule(delayMs: number): void {
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
        this.schedule(0);
      }, delayMs);
    }
  }

  /** Stops the linger timer (the producer is closed and flushed). */
  stop(): void {
    if (this.lingerTimer !== null) clearTimeout(this.lingerTimer);
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
    if (this.drainAgain) this.schedule(0);
    else if (nextWake < Infinity) this.schedule(Math.max(1, nextWake));
  }

  /** One request's worth per broker: the head batch of every partition that may send now. */
  private drainRound(): { byNode: Map<number, ProducerBatch[]>; nextWake: number } {
    const now = Date.now();
    const byNode = new Map<number, ProducerBatch[]>();
    let nextWake = Infinity;
    const flushAll = this.accumulator.urgent();
    const { lingerMs, maxInFlight } = this.opts;
    const txnError = this.txn?.sendError() ?? null;
    if (txnError !== null) this.failQueued(txnError);
    for (const q of this.accumulator.queues.values()) {
      const b = q.batches[0];
      if (b === undefined) continue;
      // KIP-98: a partition's batches wait until AddPartitionsToTxn put it in the transaction.
      if (this.txn !== null && !this.txn.mayDrain(q.topic, q.partition)) continue;
      if (q.notBefore > now) {
        nextWake = Math.min(nextWake, q.notBefore - now);
        continue;
      }
      const age = now - b.createdAt;
      if (!b.closed && !flushAll && age < lingerMs) {
        nextWake = Math.min(nextWake, lingerMs - age);
        continue;
      }
      if (q.inFlight >= (q.retrying ? 1 : maxInFlight)) continue;
      const t = this.cluster.topics.get(q.topic);
      const leader = t?.partitions[q.partition]?.leader ?? -1;
      if (leader < 0) {
        void this.refreshLater(q);
        continue;
      }
      if ((this.inFlightByNode.get(leader) ?? 0) >= maxInFlight) continue;
      if (this.cluster.connectedBroker(leader) === undefined) {
        // Batches go out only on an open connection, written in sequence order (KIP-98).
        void this.connectLater(leader);
        continue;
      }
      if (!b.closed) this.accumulator.closeBatch(b, t!.partitions.length);
      q.batches.shift();
      const list = byNode.get(leader) ?? [];
      list.push(b);
      byNode.set(leader, list);
    }
    return { byNode, nextWake };
  }

  /** The transaction failed or is being aborted: batches not yet sent fail now (those in flight finish first). */
  private failQueued(e: KafkaError): void {
    for (const q of this.accumulator.queues.values()) {
      for (const b of q.batches.splice(0)) {
        if (b.built !== null) this.txn?.batchFailed(e, true);
        this.finish(q, b, () => b.fail(e));
      }
    }
  }

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
    this.schedule(0);
  }

  private async refreshLater(q: PartitionQueue): Promise<void> {
    q.notBefore = Date.now() + this.cluster.backoff(0);
    try {
      await this.cluster.refresh([q.topic]);
    } catch {
      // the next drain tries again after the backoff
    }
    this.schedule(Math.max(1, q.notBefore - Date.now()));
  }

  private async sendTo(conn: Connection, node: number, batches: ProducerBatch[]): Promise<void> {
    const { acks, ackTimeoutMs } = this.opts;
    this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 0) + 1);
    const topics = new Map<string, Array<{ index: number; records: Buffer }>>();
    for (const b of batches) {
      const q = this.accumulator.queue(b.topic, b.partition);
      q.inFlight++;
      b.attempts++;
      const records = this.idempotence.build(q, b, this.opts.codec);
      const list = topics.get(b.topic) ?? [];
      list.push({ index: b.partition, records });
      topics.set(b.topic, list);
    }
    const body = {
      transactionalId: this.txn?.transactionalId ?? null,
      acks,
      timeoutMs: ackTimeoutMs,
      // v13 names topics by id only (KIP-516); older versions by name.
      topicData: [...topics].map(([name, partitionData]) => ({
        name,
        topicId: this.cluster.topics.get(name)?.topicId ?? ZERO_UUID,
        partitionData,
      })),
    };
    let res: ProduceResponse | null = null;
    let failure: KafkaError | null = null;
    try {
      // Synchronous up to the write, so requests leave in the order their sequences were given.
      // v13 needs every topic's id; a topic whose id metadata did not give is sent by name (v12).
      const allIds = body.topicData.every((t) => t.topicId !== ZERO_UUID);
      const version = conn.version(ApiKey.Produce, allIds ? Number.MAX_SAFE_INTEGER : 12);
      if (acks === 0) conn.sendNoResponse(ApiKey.Produce, body, version);
      else res = await conn.send(ApiKey.Produce, body, { version, timeoutMs: ackTimeoutMs + this.cluster.requestTimeoutMs });
    } catch (e) {
      failure = e instanceof KafkaError ? e : new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, String(e), { retriable: false, cause: e });
    }
    this.inFlightByNode.set(node, (this.inFlightByNode.get(node) ?? 1) - 1);
    const results = new Map<string, PartitionResponse>();
    if (res !== null) {
      for (const t of res.responses) {
        const name = t.name !== '' ? t.name : (this.cluster.topicById(t.topicId)?.name ?? '');
        for (const p of t.partitionResponses) results.set(`${name}\u0000${p.index}`, p);
      }
    }
    for (const b of batches) {
      const q = this.accumulator.queue(b.topic, b.partition);
      q.inFlight--;
      if (failure !== null) this.onBatchError(q, b, failure);
      else if (acks === 0) this.finish(q, b, () => b.complete(-1, -1));
      else this.onPartitionResponse(q, b, results.get(`${b.topic}\u0000${b.partition}`));
    }
    this.schedule(0);
  }

  private onPartitionResponse(q: PartitionQueue, b: ProducerBatch, p: PartitionResponse | undefined): void {
    if (p === undefined) {
      this.onBatchError(q, b, new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `no answer for ${b.topic}-${b.partition} in the Produce response`, { retriable: false }));
    } else if (p.errorCode === ErrorCode.NONE) {
      this.idempotence.acknowledged(q, b);
      this.finish(q, b, () => b.complete(Number(p.baseOffset), Number(p.logAppendTimeMs)));
    } else if (p.errorCode === ErrorCode.DUPLICATE_SEQUENCE_NUMBER) {
      // The broker already had this batch (an earlier attempt landed): done, offset unknown.
      this.finish(q, b, () => b.complete(-1, -1));
    } else {
      const detail = p.errorMessage ?? p.recordErrors[0]?.batchIndexErrorMessage ?? undefined;
      this.onBatchError(q, b, new KafkaError(p.errorCode, `${b.topic}-${b.partition}${detail ? `: ${detail}` : ''}`));
    }
  }

  private onBatchError(q: PartitionQueue, b: ProducerBatch, e: KafkaError): void {
    const retriable = e.retriable || this.idempotence.outOfOrderAfterRetry(q, b, e.code);
    const { deliveryTimeoutMs } = this.opts;
    const expired = Date.now() - b.createdAt >= deliveryTimeoutMs;
    if (retriable && !expired) {
      if (needsMetadataRefresh(e.code)) this.cluster.invalidate(b.topic);
      q.retrying = true;
      q.notBefore = Date.now() + this.cluster.backoff(Math.min(b.attempts - 1, 5));
      q.requeue(b);
      return;
    }
    const err = expired && retriable ? new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `${b.topic}-${b.partition}: not acknowledged within delivery.timeout.ms (${deliveryTimeoutMs} ms); last error ${e.type}`, { cause: e }) : e;
    const failed = this.txn?.batchFailed(err, true) ?? err;
    this.finish(q, b, () => b.fail(failed));
  }

  private finish(q: PartitionQueue, b: ProducerBatch, settle: () => void): void {
    if (q.inFlight === 0) q.retrying = false;
    settle();
    this.accumulator.release(b);
  }
}
