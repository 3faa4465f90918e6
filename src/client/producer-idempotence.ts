/**
 * The idempotent producer's bookkeeping (KIP-98, on by default since KIP-679): the producer id and
 * epoch from InitProducerId, the sequence given to each batch when it is first built (per
 * partition, from 0), and the sequence acknowledged so far, which tells a harmless
 * OUT_OF_ORDER_SEQUENCE_NUMBER (an earlier batch is being retried) from a real one.
 *
 * When idempotence is off, batches are built without producer id, epoch or sequence. A
 * transactional producer gets its id and epoch from the TransactionManager (`adopt`) and marks its
 * batches transactional (attributes bit 4).
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { CompressionCodec } from '../protocol/record-batch/batch-header.ts';
import type { Cluster } from './cluster.ts';
import { KafkaError } from './kafka-error.ts';
import type { PartitionQueue, ProducerBatch } from './producer-batch.ts';

export class ProducerIdempotence {
  private id = -1;
  private epoch = -1;
  private initPid: Promise<void> | null = null;

  constructor(
    private readonly cluster: Cluster,
    readonly enabled: boolean,
    readonly transactional = false,
  ) {}

  get producerId(): number {
    return this.id;
  }

  get producerEpoch(): number {
    return this.epoch;
  }

  /** The id and epoch the transaction coordinator gave (InitProducerId, or EndTxn v5 under KIP-890). */
  adopt(producerId: number, producerEpoch: number): void {
    this.id = producerId;
    this.epoch = producerEpoch;
  }

  /** True when records may be appended: idempotence is off, or the producer id is known. */
  ready(): boolean {
    return !this.enabled || this.id >= 0;
  }

  /** Asks any broker for a producer id once; concurrent callers share the request, a failure is retried on the next call. */
  ensureProducerId(): Promise<void> {
    this.initPid ??= this.cluster
      .retry(async () => {
        const conn = await this.cluster.any();
        const res = await conn.send(ApiKey.InitProducerId, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
        if (res.errorCode !== ErrorCode.NONE) throw new KafkaError(res.errorCode, 'InitProducerId');
        this.id = Number(res.producerId);
        this.epoch = res.producerEpoch;
      })
      .catch((e: unknown) => {
        this.initPid = null;
        throw e;
      });
    return this.initPid;
  }

  /**
   * The batch's bytes. The first build takes the partition's next sequence; a retry sends the same
   * bytes with the same sequence, so the broker drops it if the first attempt was written.
   */
  build(q: PartitionQueue, b: ProducerBatch, codec: CompressionCodec): Buffer {
    let seq = -1;
    if (this.enabled && b.built === null) {
      seq = q.nextSequence;
      // Sequences are int32 and wrap around (KIP-98).
      q.nextSequence = (q.nextSequence + b.records.length) | 0;
    }
    return b.build(codec, this.enabled ? this.id : -1, this.enabled ? this.epoch : -1, seq, this.transactional);
  }

  acknowledged(q: PartitionQueue, b: ProducerBatch): void {
    if (b.baseSequence >= 0) q.ackedSequence = Math.max(q.ackedSequence, b.baseSequence + b.records.length);
  }

  /**
   * KIP-98: after an earlier batch failed, later in-flight ones come back OUT_OF_ORDER_SEQUENCE;
   * they are safe to send again in order once the earlier one is through.
   */
  outOfOrderAfterRetry(q: PartitionQueue, b: ProducerBatch, code: number): boolean {
    return code === ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER && (q.retrying || b.baseSequence > q.ackedSequence);
  }
}
