/**
 * The transaction coordinator (KIP-98), first slice: transactional ids with their producer id,
 * epoch, timeout, state and partitions, kept in __transaction_state on the coordinator runtime
 * (replayed at load, one writer per partition, a state served only once its record is committed),
 * and the transitions of InitProducerId, AddPartitionsToTxn, EndTxn and the timeout of an open
 * transaction, with Kafka's error codes. Markers go out through a TxnMarkerWriter once the
 * Prepare* state is committed; the transaction completes when they are written. Not yet here (issue
 * 12): the Transactions V2 epoch bump on every EndTxn, AddOffsetsToTxn. Ids idle for
 * transactional.id.expiration.ms are forgotten with a tombstone.
 *
 * While a transition's record is being written, the id has a pending state and every other request
 * for it answers CONCURRENT_TRANSACTIONS, as Kafka's pendingState does; a failed write drops it.
 */
import type { CoordinatorLog, CoordinatorRecord } from '../runtime/coordinator-log.ts';
import { CoordinatorRuntime, NotCoordinatorError, type Availability } from '../runtime/coordinator-runtime.ts';
import { systemScheduler, type Scheduler, type TimerHandle } from '../runtime/scheduler.ts';
import { decodeTransactionKey, decodeTransactionValue, encodeTransactionKey, encodeTransactionValue, type StoredTransaction } from './transaction-log-records.ts';
import { canTransition, expirationAllowed, TxnState, type TxnStateId } from './transaction-state.ts';
import { TxnError } from './txn-error.ts';

/** Writes the commit or abort markers of a transaction to every partition in it; resolves once written. */
export interface TxnMarkerWriter {
  write(m: { producerId: bigint; producerEpoch: number; commit: boolean; coordinatorEpoch: number; partitions: ReadonlyMap<string, readonly number[]> }): Promise<void>;
}

export interface TxnCoordinatorConfig {
  /** transaction.state.log.num.partitions */
  partitions: number;
  /** transaction.max.timeout.ms */
  maxTimeoutMs: number;
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms */
  abortTimedOutIntervalMs: number;
  /** transactional.id.expiration.ms: an id idle this long (no transaction open) is forgotten. */
  idExpirationMs: number;
  /** transaction.remove.expired.transaction.cleanup.interval.ms */
  removeExpiredIntervalMs: number;
  /** How long to wait before writing markers again after a failure. */
  markerRetryMs: number;
}

export const DEFAULT_TXN_COORDINATOR_CONFIG: TxnCoordinatorConfig = {
  partitions: 50,
  maxTimeoutMs: 900_000,
  abortTimedOutIntervalMs: 10_000,
  idExpirationMs: 604_800_000,
  removeExpiredIntervalMs: 3_600_000,
  markerRetryMs: 100,
};

/** Kafka's producer epochs are int16; an id whose epoch would pass this gets a new producer id. */
const MAX_EPOCH = 32_766;

interface Txn {
  id: string;
  current: StoredTransaction;
  /** The state being written; other requests wait it out (CONCURRENT_TRANSACTIONS). */
  pending: StoredTransaction | null;
  /** Settles when the pending state's write does. */
  written?: Promise<void>;
  /** Partitions to add in one write, once the write before it (if any) is done (batchAdd). */
  nextAdd?: { partitions: Map<string, number[]>; result: Promise<number> } | null;
  /** Settles when the transaction being completed (Prepare* written) has its markers and Complete* written. */
  completing?: Promise<void>;
}

export interface EndTxnResult {
  errorCode: number;
  /** Transactions V2: the producer id and epoch the next transaction uses (-1 on errors). */
  producerId: bigint;
  producerEpoch: number;
}

export interface InitProducerIdResult {
  errorCode: number;
  producerId: bigint;
  producerEpoch: number;
}

export class TransactionCoordinator {
  readonly config: TxnCoordinatorConfig;
  private readonly txns = new Map<string, Txn>();
  private readonly staged = new Map<number, Map<string, StoredTransaction | null>>();
  private readonly runtime: CoordinatorRuntime;
  private readonly scheduler: Scheduler;
  private timer: TimerHandle | null = null;
  private expiryTimer: TimerHandle | null = null;

  constructor(
    log: CoordinatorLog,
    private readonly markers: TxnMarkerWriter,
    private readonly allocateProducerId: () => Promise<bigint>,
    opts: { config?: Partial<TxnCoordinatorConfig>; scheduler?: Scheduler; onError?: (e: unknown) => void; coordinatorEpoch?: (partition: number) => number } = {},
  ) {
    this.config = { ...DEFAULT_TXN_COORDINATOR_CONFIG, ...opts.config };
    this.scheduler = opts.scheduler ?? systemScheduler;
    this.onError = opts.onError ?? (() => {});
    this.coordinatorEpoch = opts.coordinatorEpoch ?? (() => 0);
    this.runtime = new CoordinatorRuntime(log, { replay: (p, r) => this.replay(p, r), loaded: (p) => this.loaded(p), unloaded: (p) => this.unloaded(p) }, { partitions: this.config.partitions, onError: this.onError });
  }

  private readonly onError: (e: unknown) => void;
  private readonly coordinatorEpoch: (partition: number) => number;

  partitionFor(transactionalId: string): number {
    return this.runtime.partitionFor(transactionalId);
  }

  availability(transactionalId: string): number {
    return AVAILABILITY_ERROR[this.runtime.availability(this.partitionFor(transactionalId))];
  }

  serves(partition: number): boolean {
    return this.runtime.availability(partition) !== 'NOT_COORDINATOR';
  }

  async load(partitions?: number[]): Promise<void> {
    await this.runtime.load(partitions);
    this.timer ??= this.scheduleTimeouts();
    this.expiryTimer ??= this.scheduleExpiry();
  }

  unload(partition: number): void {
    this.runtime.unload(partition);
  }

  close(): void {
    this.timer?.cancel();
    this.timer = null;
    this.expiryTimer?.cancel();
    this.expiryTimer = null;
    this.runtime.close();
  }

  /** Every transactional id of the partitions served here, with its state (ListTransactions). */
  list(): { transactionalId: string; state: StoredTransaction }[] {
    const out: { transactionalId: string; state: StoredTransaction }[] = [];
    for (const t of this.txns.values()) if (this.runtime.isLoaded(this.partitionFor(t.id))) out.push({ transactionalId: t.id, state: t.current });
    return out;
  }

  /** True while a partition of __transaction_state is still being replayed. */
  isLoading(): boolean {
    return this.runtime.isLoading();
  }

  /** The stored state of a transactional id (tests and admin views). */
  describe(transactionalId: string): StoredTransaction | undefined {
    return this.txns.get(transactionalId)?.current;
  }

  // ---- requests ----

  async initProducerId(transactionalId: string, timeoutMs: number, expected: { producerId: bigint; producerEpoch: number } | null = null): Promise<InitProducerIdResult> {
    const fail = (errorCode: number): InitProducerIdResult => ({ errorCode, producerId: -1n, producerEpoch: -1 });
    if (timeoutMs <= 0 || timeoutMs > this.config.maxTimeoutMs) return fail(TxnError.INVALID_TRANSACTION_TIMEOUT);
    const a = this.availability(transactionalId);
    if (a !== TxnError.NONE) return fail(a);
    let txn = this.txns.get(transactionalId);
    if (!txn) {
      const producerId = await this.allocateProducerId();
      txn = this.txns.get(transactionalId); // another request may have created it meanwhile
      if (!txn) {
        const now = this.scheduler.now();
        const fresh: StoredTransaction = { ...emptyTxn(producerId, now), transactionTimeoutMs: timeoutMs };
        const created: Txn = { id: transactionalId, current: fresh, pending: null };
        this.txns.set(transactionalId, created);
        const code = await this.transition(created, fresh, { isNew: true });
        return code === TxnError.NONE ? { errorCode: code, producerId, producerEpoch: 0 } : fail(code);
      }
    }
    if (txn.pending) return fail(TxnError.CONCURRENT_TRANSACTIONS);
    const cur = txn.current;
    if (expected && expected.producerId !== -1n && !(expected.producerId === cur.producerId && expected.producerEpoch === cur.producerEpoch)) {
      return fail(TxnError.PRODUCER_FENCED);
    }
    switch (cur.state) {
      case TxnState.PREPARE_COMMIT:
      case TxnState.PREPARE_ABORT:
      case TxnState.PREPARE_EPOCH_FENCE:
      case TxnState.DEAD:
        return fail(TxnError.CONCURRENT_TRANSACTIONS);
      case TxnState.ONGOING:
        // A new producer instance: fence the old one and abort its transaction; the caller retries.
        void this.abort(txn, { bumpEpoch: true });
        return fail(TxnError.CONCURRENT_TRANSACTIONS);
      default: {
        const now = this.scheduler.now();
        const overflow = cur.producerEpoch >= MAX_EPOCH;
        const producerId = overflow ? await this.allocateProducerId() : cur.producerId;
        if (txn.pending) return fail(TxnError.CONCURRENT_TRANSACTIONS);
        const next: StoredTransaction = {
          ...emptyTxn(producerId, now),
          previousProducerId: overflow ? cur.producerId : cur.previousProducerId,
          producerEpoch: overflow ? 0 : cur.producerEpoch + 1,
          transactionTimeoutMs: timeoutMs,
        };
        const code = await this.transition(txn, next);
        return code === TxnError.NONE ? { errorCode: code, producerId: next.producerId, producerEpoch: next.producerEpoch } : fail(code);
      }
    }
  }

  /**
   * Kafka's partition verification (AddPartitionsToTxn verifyOnly, KIP-890 part 1): NONE when the
   * partition is in the producer's ongoing transaction; otherwise the availability error,
   * INVALID_PRODUCER_ID_MAPPING, PRODUCER_FENCED (another epoch), CONCURRENT_TRANSACTIONS (being
   * completed) or `notInTransaction`.
   */
  verifyPartition(transactionalId: string, producerId: bigint, producerEpoch: number, topic: string, partition: number, notInTransaction: number): number {
    const a = this.availability(transactionalId);
    if (a !== TxnError.NONE) return a;
    const state = this.describe(transactionalId);
    if (!state || state.producerId !== producerId) return TxnError.INVALID_PRODUCER_ID_MAPPING;
    if (producerEpoch !== state.producerEpoch) return TxnError.PRODUCER_FENCED;
    if (state.state === TxnState.PREPARE_COMMIT || state.state === TxnState.PREPARE_ABORT) return TxnError.CONCURRENT_TRANSACTIONS;
    if (state.state !== TxnState.ONGOING || !state.partitions.get(topic)?.includes(partition)) return notInTransaction;
    return TxnError.NONE;
  }

  /** AddPartitionsToTxn: one error code for the whole request (Kafka answers it for every partition). */
  async addPartitions(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: ReadonlyMap<string, readonly number[]>,
    opts: { clientTransactionVersion?: number } = {},
  ): Promise<number> {
    return this.batchAdd(transactionalId, producerId, producerEpoch, partitions, opts) ?? this.addPartitionsNow(transactionalId, producerId, producerEpoch, partitions, opts);
  }

  private async addPartitionsNow(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: ReadonlyMap<string, readonly number[]>,
    opts: { clientTransactionVersion?: number },
  ): Promise<number> {
    const txn = this.producerTxn(transactionalId, producerId, producerEpoch);
    if (typeof txn === 'number') return txn;
    const cur = txn.current;
    if (cur.state === TxnState.PREPARE_COMMIT || cur.state === TxnState.PREPARE_ABORT || cur.state === TxnState.PREPARE_EPOCH_FENCE) return TxnError.CONCURRENT_TRANSACTIONS;
    if (cur.state === TxnState.DEAD) return TxnError.INVALID_TXN_STATE;
    const merged = new Map<string, number[]>(cur.state === TxnState.ONGOING ? [...cur.partitions].map(([t, ps]) => [t, [...ps]]) : []);
    let added = false;
    for (const [topic, ps] of partitions) {
      const list = merged.get(topic) ?? [];
      for (const p of ps) if (!list.includes(p)) (list.push(p), (added = true));
      merged.set(topic, list);
    }
    if (!added && cur.state === TxnState.ONGOING) return TxnError.NONE;
    const now = this.scheduler.now();
    const next: StoredTransaction = {
      ...cur,
      state: TxnState.ONGOING,
      partitions: merged,
      lastUpdateTimestampMs: now,
      startTimestampMs: cur.state === TxnState.ONGOING ? cur.startTimestampMs : now,
      clientTransactionVersion: opts.clientTransactionVersion ?? (cur.state === TxnState.ONGOING ? cur.clientTransactionVersion : 0),
    };
    return this.transition(txn, next);
  }

  /**
   * Adds to one transaction go in one write: those of one event-loop turn together (a Transactions
   * V2 producer's first Produce of a transaction reaches several partitions at once, and each asks
   * for its own, as Kafka's leader batches them into one AddPartitionsToTxn), and those that arrive
   * while an add is being written together after it, instead of each answering
   * CONCURRENT_TRANSACTIONS. Null (no batching) for a request the current state refuses anyway.
   */
  private batchAdd(
    transactionalId: string,
    producerId: bigint,
    producerEpoch: number,
    partitions: ReadonlyMap<string, readonly number[]>,
    opts: { clientTransactionVersion?: number },
  ): Promise<number> | null {
    const txn = this.txns.get(transactionalId);
    if (!txn || txn.current.producerId !== producerId || txn.current.producerEpoch !== producerEpoch) return null;
    // Every produced batch asks; one for a partition already in the transaction is answered at once.
    const cur = txn.current;
    if (cur.state === TxnState.ONGOING && [...partitions].every(([topic, ps]) => ps.every((p) => cur.partitions.get(topic)?.includes(p)))) return Promise.resolve(TxnError.NONE);
    let next = txn.nextAdd;
    if (!next) {
      const after = txn.pending ? (txn.pending.state === TxnState.ONGOING ? txn.written : undefined) : Promise.resolve();
      if (!after) return null;
      const merged = new Map<string, number[]>();
      const result = after.then(() => {
        txn.nextAdd = null;
        return this.addPartitionsNow(transactionalId, producerId, producerEpoch, merged, opts);
      });
      next = txn.nextAdd = { partitions: merged, result };
    }
    for (const [topic, ps] of partitions) {
      const list = next.partitions.get(topic) ?? [];
      for (const p of ps) if (!list.includes(p)) list.push(p);
      next.partitions.set(topic, list);
    }
    return next.result;
  }

  /**
   * Settles when what makes `transactionalId` answer CONCURRENT_TRANSACTIONS now is over: the
   * state being written, or the markers and Complete* of the transaction being completed. Null
   * when nothing is in progress. (Produce's leader-side retry waits on it.)
   */
  whenSettled(transactionalId: string): Promise<void> | null {
    const txn = this.txns.get(transactionalId);
    if (!txn) return null;
    if (txn.pending && txn.written) return txn.written;
    const state = txn.current.state;
    return state === TxnState.PREPARE_COMMIT || state === TxnState.PREPARE_ABORT ? (txn.completing ?? null) : null;
  }

  /**
   * EndTxn (commit or abort), answered once the Prepare* state is committed; the markers follow.
   * With Transactions V2 (`clientTransactionVersion` 2, EndTxn v5) every end bumps the producer
   * epoch (a new producer id when the epoch is exhausted), the markers carry the new epoch, so
   * nothing of the older epoch can be written after them, and the answer names the producer id and
   * epoch of the next transaction. A retry after the bump is recognised by its epoch being one
   * behind (Kafka's endTxnEpochBumped).
   */
  async endTxn(transactionalId: string, producerId: bigint, producerEpoch: number, commit: boolean, clientTransactionVersion = 0): Promise<EndTxnResult> {
    const fail = (errorCode: number): EndTxnResult => ({ errorCode, producerId: -1n, producerEpoch: -1 });
    const a = this.availability(transactionalId);
    if (a !== TxnError.NONE) return fail(a);
    const txn = this.txns.get(transactionalId);
    if (!txn) return fail(TxnError.INVALID_PRODUCER_ID_MAPPING);
    const cur = txn.current;
    const v2 = cur.clientTransactionVersion >= 2;
    const retryOnOverflow = v2 && cur.previousProducerId === producerId && producerEpoch === MAX_EPOCH && cur.producerEpoch === 0;
    const retryOnEpochBump = v2 && cur.producerEpoch === producerEpoch + 1;
    let validEpoch: boolean;
    if (!v2) validEpoch = producerEpoch === cur.producerEpoch;
    else if (cur.state === TxnState.PREPARE_COMMIT || cur.state === TxnState.PREPARE_ABORT) validEpoch = retryOnEpochBump;
    else if (cur.state === TxnState.COMPLETE_COMMIT || cur.state === TxnState.COMPLETE_ABORT) validEpoch = retryOnEpochBump || retryOnOverflow;
    else validEpoch = producerEpoch === cur.producerEpoch;
    if (cur.producerId !== producerId && !retryOnOverflow) return fail(TxnError.INVALID_PRODUCER_ID_MAPPING);
    // A state being written, or markers being written (Kafka's pending Complete*), answers
    // CONCURRENT_TRANSACTIONS before the epoch is looked at (KAFKA-18464): a Java producer whose
    // EndTxn overtook its own batches (it can, under load) must retry, not be fenced by its new epoch.
    if (txn.pending || cur.state === TxnState.PREPARE_COMMIT || cur.state === TxnState.PREPARE_ABORT) return fail(TxnError.CONCURRENT_TRANSACTIONS);
    if (!validEpoch || cur.state === TxnState.DEAD) return fail(TxnError.PRODUCER_FENCED);
    const current = (): EndTxnResult => ({ errorCode: TxnError.NONE, producerId: cur.producerId, producerEpoch: cur.producerEpoch });
    switch (cur.state) {
      case TxnState.ONGOING: {
        const tv = Math.max(clientTransactionVersion, cur.clientTransactionVersion);
        const bump = clientTransactionVersion >= 2;
        const nextProducerId = bump && cur.producerEpoch >= MAX_EPOCH ? await this.allocateProducerId() : -1n;
        if (txn.pending || txn.current !== cur) return fail(TxnError.CONCURRENT_TRANSACTIONS);
        const epoch = bump ? cur.producerEpoch + 1 : cur.producerEpoch;
        const code = await this.complete(txn, commit ? TxnState.PREPARE_COMMIT : TxnState.PREPARE_ABORT, epoch, { clientTransactionVersion: tv, nextProducerId });
        if (code !== TxnError.NONE) return fail(code);
        return nextProducerId >= 0n ? { errorCode: code, producerId: nextProducerId, producerEpoch: 0 } : { errorCode: code, producerId: cur.producerId, producerEpoch: epoch };
      }
      case TxnState.COMPLETE_COMMIT:
        return commit ? current() : fail(TxnError.INVALID_TXN_STATE); // a retried commit
      case TxnState.COMPLETE_ABORT:
        return commit ? fail(TxnError.INVALID_TXN_STATE) : current();
      default:
        return fail(TxnError.INVALID_TXN_STATE);
    }
  }

  /** Aborts (with a bumped epoch, fencing the producer) every Ongoing transaction past its timeout. */
  async abortTimedOut(): Promise<number> {
    const now = this.scheduler.now();
    const due = [...this.txns.values()].filter((t) => !t.pending && t.current.state === TxnState.ONGOING && t.current.startTimestampMs + t.current.transactionTimeoutMs < now && this.runtime.isLoaded(this.partitionFor(t.id)));
    await Promise.all(due.map((t) => this.abort(t, { bumpEpoch: true })));
    return due.length;
  }

  /**
   * Forgets transactional ids idle for transactional.id.expiration.ms with no transaction open
   * (Empty or Complete*): Dead while the tombstone is written, then gone; a later InitProducerId
   * for the id starts afresh with a new producer id.
   */
  async expireIds(): Promise<number> {
    const now = this.scheduler.now();
    const due = [...this.txns.values()].filter(
      (t) => !t.pending && expirationAllowed(t.current.state) && t.current.lastUpdateTimestampMs <= now - this.config.idExpirationMs && this.runtime.isLoaded(this.partitionFor(t.id)),
    );
    let expired = 0;
    await Promise.all(
      due.map(async (t) => {
        t.pending = { ...t.current, state: TxnState.DEAD };
        try {
          await this.runtime.append(this.partitionFor(t.id), [{ key: encodeTransactionKey(t.id), value: null }]);
        } catch (e) {
          t.pending = null;
          if (!(e instanceof NotCoordinatorError)) this.onError(e);
          return;
        }
        if (this.txns.get(t.id) === t) this.txns.delete(t.id);
        expired++;
      }),
    );
    return expired;
  }

  // ---- transitions ----

  /** The id's transaction when this coordinator serves it for that producer id and epoch, else the error. */
  private producerTxn(transactionalId: string, producerId: bigint, producerEpoch: number): Txn | number {
    const a = this.availability(transactionalId);
    if (a !== TxnError.NONE) return a;
    const txn = this.txns.get(transactionalId);
    if (!txn || txn.current.state === TxnState.DEAD) return TxnError.INVALID_PRODUCER_ID_MAPPING;
    if (txn.current.producerId !== producerId) return TxnError.INVALID_PRODUCER_ID_MAPPING;
    if (txn.current.producerEpoch !== producerEpoch) return TxnError.PRODUCER_FENCED;
    if (txn.pending) return TxnError.CONCURRENT_TRANSACTIONS;
    return txn;
  }

  /** Ongoing → PrepareAbort, with the epoch bumped when fencing the producer (a new instance, a timeout). */
  private abort(txn: Txn, opts: { bumpEpoch: boolean }): Promise<number> {
    const epoch = opts.bumpEpoch ? txn.current.producerEpoch + 1 : txn.current.producerEpoch;
    return this.complete(txn, TxnState.PREPARE_ABORT, epoch);
  }

  /** Writes Prepare*, answers, then writes the markers and Complete* in the background. */
  private async complete(
    txn: Txn,
    prepare: typeof TxnState.PREPARE_COMMIT | typeof TxnState.PREPARE_ABORT,
    epoch: number,
    v2: { clientTransactionVersion: number; nextProducerId: bigint } | null = null,
  ): Promise<number> {
    const now = this.scheduler.now();
    const prepared: StoredTransaction = {
      ...txn.current,
      state: prepare,
      producerEpoch: epoch,
      lastUpdateTimestampMs: now,
      ...(v2 ? { clientTransactionVersion: v2.clientTransactionVersion, nextProducerId: v2.nextProducerId } : {}),
    };
    const code = await this.transition(txn, prepared);
    if (code === TxnError.NONE) {
      const markers = this.sendMarkers(txn, prepared);
      txn.completing = markers.then(
        () => undefined,
        () => undefined,
      );
    }
    return code;
  }

  private async sendMarkers(txn: Txn, prepared: StoredTransaction): Promise<void> {
    const commit = prepared.state === TxnState.PREPARE_COMMIT;
    const partition = this.partitionFor(txn.id);
    for (;;) {
      if (!this.runtime.isLoaded(partition) || this.txns.get(txn.id) !== txn) return; // moved away: the new coordinator finishes it
      try {
        await this.markers.write({ producerId: prepared.producerId, producerEpoch: prepared.producerEpoch, commit, coordinatorEpoch: this.coordinatorEpoch(partition), partitions: prepared.partitions });
        break;
      } catch (e) {
        this.onError(e);
        await new Promise<void>((resolve) => this.scheduler.schedule(this.config.markerRetryMs, resolve));
      }
    }
    // An exhausted epoch moved to the new producer id once the markers (of the old id) are written.
    const rotated = prepared.nextProducerId >= 0n;
    const done: StoredTransaction = {
      ...prepared,
      state: commit ? TxnState.COMPLETE_COMMIT : TxnState.COMPLETE_ABORT,
      partitions: new Map(),
      lastUpdateTimestampMs: this.scheduler.now(),
      producerId: rotated ? prepared.nextProducerId : prepared.producerId,
      producerEpoch: rotated ? 0 : prepared.producerEpoch,
      previousProducerId: rotated ? prepared.producerId : prepared.previousProducerId,
      nextProducerId: -1n,
    };
    if ((await this.transition(txn, done)) !== TxnError.NONE) this.onError(new Error(`transaction ${txn.id}: completing after its markers failed; retried at the next load`));
  }

  /** Writes `next` as the id's state; the state is served once committed. */
  private async transition(txn: Txn, next: StoredTransaction, opts: { isNew?: boolean } = {}): Promise<number> {
    if (!opts.isNew && !canTransition(txn.current.state, next.state)) return TxnError.INVALID_TXN_STATE;
    txn.pending = next;
    const record: CoordinatorRecord = { key: encodeTransactionKey(txn.id), value: encodeTransactionValue(next) };
    let settled!: () => void;
    txn.written = new Promise<void>((resolve) => (settled = resolve)); // resolved once `pending` is cleared
    try {
      await this.runtime.append(this.partitionFor(txn.id), [record]);
    } catch (e) {
      txn.pending = null;
      settled();
      if (opts.isNew && this.txns.get(txn.id) === txn) this.txns.delete(txn.id);
      if (e instanceof NotCoordinatorError) return TxnError.NOT_COORDINATOR;
      this.onError(e);
      return TxnError.COORDINATOR_NOT_AVAILABLE;
    }
    txn.pending = null;
    txn.current = next;
    settled();
    return TxnError.NONE;
  }

  // ---- loading ----

  private replay(partition: number, rec: CoordinatorRecord): void {
    const id = decodeTransactionKey(rec.key);
    if (id === null) return;
    let seen = this.staged.get(partition);
    if (!seen) this.staged.set(partition, (seen = new Map()));
    seen.set(id, rec.value === null ? null : decodeTransactionValue(rec.value));
  }

  private loaded(partition: number): void {
    const seen = this.staged.get(partition) ?? new Map<string, StoredTransaction | null>();
    this.staged.delete(partition);
    for (const [id, stored] of seen) {
      if (stored === null) {
        this.txns.delete(id);
        continue;
      }
      const txn: Txn = { id, current: stored, pending: null };
      this.txns.set(id, txn);
      // A decided transaction whose markers may not all be written: write them again (they are idempotent).
      if (stored.state === TxnState.PREPARE_COMMIT || stored.state === TxnState.PREPARE_ABORT) void this.sendMarkers(txn, stored);
    }
  }

  private unloaded(partition: number): void {
    this.staged.delete(partition);
    for (const id of [...this.txns.keys()]) if (this.partitionFor(id) === partition) this.txns.delete(id);
  }

  private scheduleExpiry(): TimerHandle {
    return this.scheduler.schedule(this.config.removeExpiredIntervalMs, () => {
      this.expiryTimer = null;
      void this.expireIds().finally(() => {
        if (this.runtime.loadedPartitions().length > 0 && this.expiryTimer === null) this.expiryTimer = this.scheduleExpiry();
      });
    });
  }

  private scheduleTimeouts(): TimerHandle {
    return this.scheduler.schedule(this.config.abortTimedOutIntervalMs, () => {
      this.timer = null;
      void this.abortTimedOut().finally(() => {
        if (this.runtime.loadedPartitions().length > 0 && this.timer === null) this.timer = this.scheduleTimeouts();
      });
    });
  }
}

function emptyTxn(producerId: bigint, now: number): StoredTransaction {
  return {
    producerId,
    previousProducerId: -1n,
    nextProducerId: -1n,
    producerEpoch: 0,
    nextProducerEpoch: -1,
    transactionTimeoutMs: 60_000,
    state: TxnState.EMPTY as TxnStateId,
    partitions: new Map(),
    lastUpdateTimestampMs: now,
    startTimestampMs: -1,
    clientTransactionVersion: 0,
  };
}

const AVAILABILITY_ERROR: Record<Availability, number> = {
  AVAILABLE: TxnError.NONE,
  LOADING: TxnError.COORDINATOR_LOAD_IN_PROGRESS,
  NOT_COORDINATOR: TxnError.NOT_COORDINATOR,
};
