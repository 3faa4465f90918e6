/**
 * The transactional producer's state machine (KIP-98; the Java client's TransactionManager):
 *
 *   uninitialized --initTransactions--> ready --beginTransaction--> in-transaction
 *   in-transaction --commitTransaction--> committing --EndTxn(commit)--> ready
 *   in-transaction | abortable-error --abortTransaction--> aborting --EndTxn(abort)--> ready
 *   any --PRODUCER_FENCED, INVALID_PRODUCER_EPOCH, TRANSACTIONAL_ID_AUTHORIZATION_FAILED...--> fatal-error
 *
 * initTransactions asks the transaction coordinator (FindCoordinator key type 1) for the producer
 * id and epoch of the transactional id; that fences older producers with the same id and lets the
 * coordinator finish their open transaction. Before a partition's first batch of a transaction the
 * sender waits for AddPartitionsToTxn (v0-3, the client form), batching every partition that
 * became ready meanwhile. sendOffsetsToTransaction is AddOffsetsToTxn to the transaction
 * coordinator, then TxnOffsetCommit to the group coordinator. commitTransaction flushes, then
 * EndTxn(commit); abortTransaction fails the batches not yet sent, waits for those in flight, then
 * EndTxn(abort). With Transactions V2 (KIP-890, EndTxn v5) every EndTxn answers the producer id
 * and epoch of the next transaction, and sequences start again at 0.
 *
 * A failed batch or request makes the transaction abortable (send, sendOffsets and commit throw
 * until abortTransaction); fencing and authorization errors are fatal: the producer can only be
 * closed. Coordinator requests are retried on retriable errors (CONCURRENT_TRANSACTIONS,
 * COORDINATOR_LOAD_IN_PROGRESS, NOT_COORDINATOR with a new FindCoordinator) up to max.block.ms.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { sleep, type Cluster, type CoordinatorType } from './cluster.ts';
import type { Connection } from './connection.ts';
import { KafkaError, isKafkaError } from './kafka-error.ts';
import type { ProducerIdempotence } from './producer-idempotence.ts';

export type TransactionState = 'uninitialized' | 'initializing' | 'ready' | 'in-transaction' | 'committing' | 'aborting' | 'abortable-error' | 'fatal-error';

/** What sendOffsetsToTransaction needs of the consumer's group (Java's ConsumerGroupMetadata). */
export interface ConsumerGroupMetadata {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

/** An offset to commit in the transaction: the next offset the group should read. */
export interface TransactionOffset {
  topic: string;
  partition: number;
  offset: number;
  leaderEpoch?: number;
  metadata?: string | null;
}

export interface TransactionManagerOptions {
  transactionalId: string;
  transactionTimeoutMs: number;
  /** How long a coordinator request may keep retrying (max.block.ms). */
  maxBlockMs: number;
}

/** What the manager asks of the rest of the producer. */
export interface TransactionHooks {
  /** Sends every buffered record and resolves when all are acknowledged or failed. */
  flush(): Promise<void>;
  /** Wakes the sender (an added partition may send now; a failed transaction fails its batches). */
  wake(): void;
  /** A new producer id or epoch: every partition's sequence starts again at 0. */
  resetSequences(): void;
}

/** Errors after which the producer cannot continue (Java's fatal errors). */
const FATAL = new Set<number>([
  ErrorCode.PRODUCER_FENCED,
  ErrorCode.INVALID_PRODUCER_EPOCH,
  ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
  ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
  ErrorCode.UNSUPPORTED_VERSION,
  ErrorCode.INVALID_TXN_STATE,
]);

const COORDINATOR_MOVED = new Set<number>([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.NETWORK_EXCEPTION, ErrorCode.REQUEST_TIMED_OUT]);

export class TransactionManager {
  readonly transactionalId: string;
  private state: TransactionState = 'uninitialized';
  private error: KafkaError | null = null;
  /** Partitions in the current transaction, confirmed by AddPartitionsToTxn. */
  private readonly added = new Set<string>();
  /** Partitions waiting for the next AddPartitionsToTxn, and those in the one in flight. */
  private readonly toAdd = new Map<string, { topic: string; partition: number }>();
  private readonly adding = new Set<string>();
  private addInFlight: Promise<void> | null = null;
  /** Something was sent to the coordinator in this transaction, so it needs an EndTxn. */
  private started = false;
  /** A batch that had a sequence failed: without an epoch bump the next sequences would not follow. */
  private sequencesUnresolved = false;

  constructor(
    private readonly cluster: Cluster,
    private readonly idempotence: ProducerIdempotence,
    private readonly opts: TransactionManagerOptions,
    private readonly hooks: TransactionHooks,
  ) {
    this.transactionalId = opts.transactionalId;
  }

  /** InitProducerId with the transactional id on its coordinator; fences older producers of the id. */
  async initTransactions(): Promise<void> {
    this.throwIfFatal();
    if (this.state !== 'uninitialized') throw this.wrongState('initTransactions()', 'it was already called');
    this.state = 'initializing';
    try {
      await this.initProducerId(-1n, -1);
      this.state = 'ready';
    } catch (e) {
      if (this.state === 'initializing') this.state = 'uninitialized';
      throw e;
    }
  }

  beginTransaction(): void {
    this.throwIfFatal();
    if (this.state !== 'ready') {
      throw this.wrongState('beginTransaction()', this.state === 'uninitialized' ? 'call initTransactions() first' : 'a transaction is already open; commit or abort it first');
    }
    this.added.clear();
    this.started = false;
    this.state = 'in-transaction';
  }

  /** Throws unless records may be appended now (Java: send() outside a transaction is an error). */
  checkSend(): void {
    this.throwIfFatal();
    if (this.state === 'abortable-error') throw this.abortableError('send()');
    if (this.state === 'aborting') throw this.sendError()!;
    if (this.state === 'committing') throw this.wrongState('send()', 'commitTransaction() is in progress; send after it finished and beginTransaction()');
    if (this.state !== 'in-transaction') {
      const hint = this.state === 'uninitialized' || this.state === 'initializing' ? 'call initTransactions() and beginTransaction() first' : 'call beginTransaction() first';
      throw this.wrongState('send()', `no transaction is open; ${hint}`);
    }
  }

  /**
   * The sender asks before draining a partition: true once the partition is in the transaction;
   * otherwise the partition is queued for AddPartitionsToTxn and the sender is woken when it is.
   */
  mayDrain(topic: string, partition: number): boolean {
    const k = `${topic}\u0000${partition}`;
    if (this.added.has(k)) return true;
    if (this.state !== 'in-transaction' && this.state !== 'committing') return false;
    if (!this.adding.has(k) && !this.toAdd.has(k)) {
      this.toAdd.set(k, { topic, partition });
      this.kickAdd();
    }
    return false;
  }

  /** When not null, the sender fails every batch not yet sent with this error. */
  sendError(): KafkaError | null {
    if (this.state === 'aborting') return new KafkaError(ErrorCode.TRANSACTION_ABORTABLE, `transaction of "${this.transactionalId}" aborted: the record was not sent`);
    if (this.state === 'abortable-error' || this.state === 'fatal-error') return this.error;
    return null;
  }

  /**
   * A batch of the transaction failed for good: the transaction can only be aborted now. Answers
   * the error to fail the batch with (the fatal one, with its advice, once the producer is fenced).
   */
  batchFailed(e: KafkaError, hadSequence: boolean): KafkaError {
    if (hadSequence) this.sequencesUnresolved = true;
    return this.fail(e);
  }

  /** AddOffsetsToTxn to the transaction coordinator, then TxnOffsetCommit to the group coordinator. */
  async sendOffsets(offsets: TransactionOffset[], group: ConsumerGroupMetadata | string): Promise<void> {
    this.throwIfFatal();
    if (this.state === 'abortable-error') throw this.abortableError('sendOffsetsToTransaction()');
    if (this.state !== 'in-transaction') throw this.wrongState('sendOffsetsToTransaction()', 'no transaction is open; call beginTransaction() first');
    const g: ConsumerGroupMetadata = typeof group === 'string' ? { groupId: group, generationId: -1, memberId: '', groupInstanceId: null } : group;
    try {
      this.started = true;
      await this.onCoordinator('AddOffsetsToTxn', this.transactionalId, 'transaction', async (conn) => {
        const res = await conn.send(ApiKey.AddOffsetsToTxn, { ...this.producer(), transactionalId: this.transactionalId, groupId: g.groupId });
        return res.errorCode;
      });
      const byTopic = new Map<string, TransactionOffset[]>();
      for (const o of offsets) byTopic.set(o.topic, [...(byTopic.get(o.topic) ?? []), o]);
      await this.onCoordinator('TxnOffsetCommit', g.groupId, 'group', async (conn) => {
        // v6 names topics by id only; by name is what every broker since 0.11 takes.
        const res = await conn.send(
          ApiKey.TxnOffsetCommit,
          {
            ...this.producer(),
            transactionalId: this.transactionalId,
            groupId: g.groupId,
            generationIdOrMemberEpoch: g.generationId,
            memberId: g.memberId,
            groupInstanceId: g.groupInstanceId,
            topics: [...byTopic].map(([name, list]) => ({
              name,
              partitions: list.map((o) => ({ partitionIndex: o.partition, committedOffset: BigInt(o.offset), committedLeaderEpoch: o.leaderEpoch ?? -1, committedMetadata: o.metadata ?? '' })),
            })),
          },
          { version: conn.version(ApiKey.TxnOffsetCommit, 5) },
        );
        for (const t of res.topics) for (const p of t.partitions) if (p.errorCode !== ErrorCode.NONE) return p.errorCode;
        return ErrorCode.NONE;
      });
    } catch (e) {
      throw this.fail(e);
    }
  }

  /** Flushes every record of the transaction, then EndTxn(commit). */
  async commit(): Promise<void> {
    this.throwIfFatal();
    if (this.state === 'abortable-error') throw this.abortableError('commitTransaction()');
    if (this.state !== 'in-transaction') throw this.wrongState('commitTransaction()', 'no transaction is open');
    this.state = 'committing';
    await this.hooks.flush();
    await this.addInFlight;
    if (this.state !== 'committing') throw this.state === 'fatal-error' ? this.error! : this.abortableError('commitTransaction()');
    await this.end(true);
  }

  /** Fails the records not yet sent, waits for those in flight, then EndTxn(abort). */
  async abort(): Promise<void> {
    this.throwIfFatal();
    if (this.state !== 'in-transaction' && this.state !== 'abortable-error') throw this.wrongState('abortTransaction()', 'no transaction is open');
    this.state = 'aborting';
    this.hooks.wake();
    await this.hooks.flush();
    await this.addInFlight;
    if (this.state !== 'aborting') throw this.error!;
    await this.end(false);
  }

  /** True while a transaction is open (close() aborts it, as the Java client does). */
  inTransaction(): boolean {
    return this.state === 'in-transaction' || this.state === 'abortable-error';
  }

  private async end(commit: boolean): Promise<void> {
    const what = commit ? 'commitTransaction()' : 'abortTransaction()';
    if (!this.started) {
      // Nothing reached the coordinator: there is no transaction to end (as the Java client).
      this.finishTransaction();
      return;
    }
    try {
      let bumped = false;
      await this.onCoordinator('EndTxn', this.transactionalId, 'transaction', async (conn) => {
        const version = conn.version(ApiKey.EndTxn);
        const res = await conn.send(ApiKey.EndTxn, { ...this.producer(), transactionalId: this.transactionalId, committed: commit }, { version });
        if (res.errorCode === ErrorCode.NONE && version >= 5 && res.producerId >= 0n) {
          // KIP-890: the epoch (or, once exhausted, the producer id) of the next transaction.
          this.idempotence.adopt(Number(res.producerId), res.producerEpoch);
          bumped = true;
        }
        return res.errorCode;
      });
      if (bumped) {
        this.hooks.resetSequences();
        this.sequencesUnresolved = false;
      } else if (this.sequencesUnresolved) {
        // KIP-360: a new epoch from the coordinator, so sequences can start again at 0.
        await this.initProducerId(BigInt(this.idempotence.producerId), this.idempotence.producerEpoch);
        this.sequencesUnresolved = false;
      }
    } catch (e) {
      const err = this.fail(e);
      if (this.state === 'fatal-error') throw err;
      // Not ended (e.g. max.block.ms passed): the transaction can still be aborted.
      this.state = 'abortable-error';
      this.error = err;
      throw new KafkaError(err.code, `${what}: ${err.message}; call abortTransaction() to end the transaction`, { cause: err, retriable: false });
    }
    this.finishTransaction();
  }

  private finishTransaction(): void {
    this.added.clear();
    this.started = false;
    this.error = null;
    this.state = 'ready';
  }

  private async initProducerId(producerId: bigint, producerEpoch: number): Promise<void> {
    try {
      await this.onCoordinator('InitProducerId', this.transactionalId, 'transaction', async (conn) => {
        const res = await conn.send(ApiKey.InitProducerId, { transactionalId: this.transactionalId, transactionTimeoutMs: this.opts.transactionTimeoutMs, producerId, producerEpoch });
        if (res.errorCode === ErrorCode.NONE) this.idempotence.adopt(Number(res.producerId), res.producerEpoch);
        return res.errorCode;
      });
    } catch (e) {
      throw this.fail(e);
    }
    this.hooks.resetSequences();
  }

  /** Sends AddPartitionsToTxn for every queued partition, one request at a time. */
  private kickAdd(): void {
    if (this.addInFlight !== null || this.toAdd.size === 0) return;
    const parts = [...this.toAdd];
    this.toAdd.clear();
    for (const [k] of parts) this.adding.add(k);
    const byTopic = new Map<string, number[]>();
    for (const [, p] of parts) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p.partition]);
    const { producerId, producerEpoch } = this.producer();
    this.started = true;
    this.addInFlight = this.onCoordinator('AddPartitionsToTxn', this.transactionalId, 'transaction', async (conn) => {
      const res = await conn.send(
        ApiKey.AddPartitionsToTxn,
        {
          v3AndBelowTransactionalId: this.transactionalId,
          v3AndBelowProducerId: producerId,
          v3AndBelowProducerEpoch: producerEpoch,
          v3AndBelowTopics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
        },
        // v4+ is the form brokers send each other (KIP-890); clients use v3 and below.
        { version: conn.version(ApiKey.AddPartitionsToTxn, 3) },
      );
      // One error for the whole request; OPERATION_NOT_ATTEMPTED only marks the innocent partitions.
      let code: number = ErrorCode.NONE;
      for (const t of res.resultsByTopicV3AndBelow) {
        for (const p of t.resultsByPartition) if (p.partitionErrorCode !== ErrorCode.NONE && (code === ErrorCode.NONE || code === ErrorCode.OPERATION_NOT_ATTEMPTED)) code = p.partitionErrorCode;
      }
      return code;
    }).then(
      () => {
        for (const [k] of parts) this.added.add(k);
      },
      (e: unknown) => {
        this.fail(e);
      },
    );
    void this.addInFlight.finally(() => {
      for (const [k] of parts) this.adding.delete(k);
      this.addInFlight = null;
      this.hooks.wake();
      this.kickAdd();
    });
  }

  /**
   * Runs a request on the coordinator of `key`; `op` answers the response's error code. Retriable
   * codes are retried with backoff (a new FindCoordinator when the coordinator moved) until
   * max.block.ms has passed.
   */
  private async onCoordinator(what: string, key: string, type: CoordinatorType, op: (conn: Connection) => Promise<number>): Promise<void> {
    const deadline = Date.now() + this.opts.maxBlockMs;
    for (let attempt = 0; ; attempt++) {
      let err: KafkaError | null = null;
      try {
        const code = await op(await this.cluster.coordinator(key, type));
        if (code === ErrorCode.NONE) return;
        err = new KafkaError(code, `${what} for transactional id "${this.transactionalId}"${type === 'group' ? ` and group "${key}"` : ''}`);
      } catch (e) {
        if (!isKafkaError(e)) throw e;
        err = e;
      }
      if (COORDINATOR_MOVED.has(err.code)) this.cluster.forgetCoordinator(key, type);
      const wait = this.cluster.backoff(Math.min(attempt, 5));
      if (!err.retriable || Date.now() + wait > deadline) throw err;
      await sleep(wait);
    }
  }

  /** Moves to fatal-error or abortable-error after `e`, and answers the error to throw. */
  private fail(e: unknown): KafkaError {
    const k = isKafkaError(e) ? e : new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, String(e), { retriable: false, cause: e });
    if (this.state === 'fatal-error') return this.error!;
    if (FATAL.has(k.code)) {
      this.state = 'fatal-error';
      this.error = new KafkaError(
        k.code,
        `transactional producer "${this.transactionalId}" cannot continue (${k.message}); a newer producer with this transactional id, a transaction timeout or missing rights fenced it: close it and create a new producer`,
        { cause: k, retriable: false },
      );
      this.hooks.wake();
      return this.error;
    }
    if (this.state === 'in-transaction' || this.state === 'committing') {
      this.state = 'abortable-error';
      this.error = k;
      this.hooks.wake();
    }
    return k;
  }

  private producer(): { producerId: bigint; producerEpoch: number } {
    return { producerId: BigInt(this.idempotence.producerId), producerEpoch: this.idempotence.producerEpoch };
  }

  private throwIfFatal(): void {
    if (this.state === 'fatal-error') throw this.error!;
  }

  private abortableError(what: string): KafkaError {
    const cause = this.error!;
    return new KafkaError(cause.code, `${what}: the transaction of "${this.transactionalId}" failed earlier (${cause.message}); call abortTransaction() and start again`, { cause, retriable: false });
  }

  private wrongState(what: string, why: string): KafkaError {
    return new KafkaError(ErrorCode.INVALID_TXN_STATE, `${what} on transactional producer "${this.transactionalId}": ${why}`, { retriable: false });
  }
}

