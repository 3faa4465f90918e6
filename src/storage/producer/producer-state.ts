/**
 * Producer state for idempotent and transactional producers (KIP-98; RELIABILITY.md rule 7): per
 * producer id its epoch and its last 5 batches, so that a retried batch is answered with its
 * original offsets instead of being written twice, and gaps or fenced epochs are refused.
 *
 * Rules, as Kafka 4's ProducerAppendInfo applies them to client appends:
 *  - a batch equal (epoch, first and last sequence) to one of the last 5 is a duplicate;
 *  - epoch below the known one → INVALID_PRODUCER_EPOCH;
 *  - a new (higher) epoch must start at sequence 0 → else OUT_OF_ORDER_SEQUENCE_NUMBER;
 *  - same epoch: first sequence must follow the last one (wrapping after 2^31-1) → else
 *    OUT_OF_ORDER_SEQUENCE_NUMBER;
 *  - an unknown producer (never seen, or its state expired or was removed with the log head) is
 *    accepted at any sequence (KIP-360, Kafka >= 2.5; Kafka 4 still does this, it no longer answers
 *    UNKNOWN_PRODUCER_ID for it);
 *  - while a transactional batch waits for its transaction to be verified (KIP-890), the lowest
 *    sequence seen for that producer guards the partition: a higher one is OUT_OF_ORDER_SEQUENCE_NUMBER
 *    until a transactional batch or marker is written. Without it, a first batch answered
 *    CONCURRENT_TRANSACTIONS while the next one (pipelined) is taken would leave the producer
 *    retrying an out-of-order sequence forever (Kafka's VerificationStateEntry).
 * Replicated and recovered batches update the state without checks.
 */
import { StorageError } from '../storage-error.ts';
import type { BatchMetadata, ProducerEntry } from './producer-state-snapshot.ts';

export type { BatchMetadata, ProducerEntry } from './producer-state-snapshot.ts';

export const MAX_BATCHES_PER_PRODUCER = 5;

/** A producer's transactional batches waiting for verification: the lowest sequence of its epoch. */
interface Verification {
  epoch: number;
  lowestSequence: number;
  since: number;
}

export interface ProducerBatchInfo {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  lastOffsetDelta: number;
  firstOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  transactional: boolean;
  control: boolean;
  /** From the control record's value (EndTxnMarker); -1 when unknown. */
  coordinatorEpoch: number;
  /** A control batch whose marker is ABORT. */
  aborted: boolean;
}

/** A transaction ended by a marker: its first offset in this partition and the marker's offset (Kafka's CompletedTxn). */
export interface CompletedTxn {
  producerId: number;
  firstOffset: number;
  lastOffset: number;
  aborted: boolean;
}

export interface ActiveProducer {
  producerId: number;
  epoch: number;
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  currentTxnStartOffset: number;
}

/** The sequence after `seq` + `delta` (sequences wrap to 0 after Int32 max). */
export function incrementSequence(seq: number, delta: number): number {
  return seq > 0x7fffffff - delta ? delta - (0x7fffffff - seq) - 1 : seq + delta;
}

function cloneEntry(e: ProducerEntry): ProducerEntry {
  return { ...e, batches: e.batches.map((b) => ({ ...b })) };
}

/**
 * The changes one append makes, checked against the current state and applied by commit() only
 * once the batches are written.
 */
export class ProducerAppendInfo {
  private readonly touched = new Map<number, ProducerEntry>();
  /** Producers with a transactional batch or marker in this append: their verification is over. */
  private readonly verified = new Set<number>();

  constructor(private readonly state: ProducerStateManager) {}

  private entry(pid: number, epoch: number): ProducerEntry {
    let e = this.touched.get(pid);
    if (!e) {
      const known = this.state.get(pid);
      e = known ? cloneEntry(known) : { producerId: pid, epoch: -1, batches: [], lastTimestamp: -1, coordinatorEpoch: -1, currentTxnFirstOffset: -1 };
      this.touched.set(pid, e);
    }
    void epoch;
    return e;
  }

  /** The original batch when `b` repeats one of the producer's last 5 (client appends only). */
  findDuplicate(b: ProducerBatchInfo): BatchMetadata | null {
    const e = this.touched.get(b.producerId) ?? this.state.get(b.producerId);
    if (!e || e.epoch !== b.producerEpoch || b.baseSequence < 0) return null;
    const lastSeq = incrementSequence(b.baseSequence, b.lastOffsetDelta);
    return e.batches.find((x) => x.firstSeq === b.baseSequence && x.lastSeq === lastSeq) ?? null;
  }

  /**
   * Throws the StorageError Kafka would answer for a batch that may not be appended. Coordinator
   * appends (markers, transactional offset commits) are checked for their epoch only, as in Kafka.
   */
  check(b: ProducerBatchInfo, opts: { sequences: boolean } = { sequences: true }): void {
    const e = this.touched.get(b.producerId) ?? this.state.get(b.producerId);
    const v = opts.sequences && !b.control && !this.verified.has(b.producerId) ? this.state.verificationOf(b.producerId) : undefined;
    if (v && b.baseSequence > v.lowestSequence) {
      throw new StorageError('OUT_OF_ORDER_SEQUENCE_NUMBER', `producer ${b.producerId} epoch ${b.producerEpoch}: sequence ${b.baseSequence} before the earliest seen sequence ${v.lowestSequence}`);
    }
    if (!e || e.epoch < 0) return; // unknown producer: accepted at any sequence (KIP-360)
    if (b.producerEpoch < e.epoch) {
      throw new StorageError('INVALID_PRODUCER_EPOCH', `producer ${b.producerId} epoch ${b.producerEpoch} is older than the current epoch ${e.epoch}`);
    }
    if (b.control) {
      // A marker from a coordinator older than the one that wrote this producer's last marker (Kafka's appendEndTxnMarker).
      if (b.coordinatorEpoch >= 0 && e.coordinatorEpoch > b.coordinatorEpoch) {
        throw new StorageError('TRANSACTION_COORDINATOR_FENCED', `marker for producer ${b.producerId} from coordinator epoch ${b.coordinatorEpoch}, older than ${e.coordinatorEpoch}`);
      }
      return;
    }
    if (!opts.sequences) return;
    if (b.producerEpoch > e.epoch) {
      if (b.baseSequence !== 0) {
        throw new StorageError('OUT_OF_ORDER_SEQUENCE_NUMBER', `producer ${b.producerId} started epoch ${b.producerEpoch} at sequence ${b.baseSequence}, expected 0`);
      }
      return;
    }
    const last = e.batches[e.batches.length - 1];
    if (!last) {
      // The epoch came from a marker (Transactions V2 markers bump it): its first batch starts at 0, as in Kafka.
      if (b.baseSequence !== 0) throw new StorageError('OUT_OF_ORDER_SEQUENCE_NUMBER', `producer ${b.producerId} epoch ${b.producerEpoch} starts at sequence ${b.baseSequence}, expected 0`);
      return;
    }
    if (b.baseSequence !== incrementSequence(last.lastSeq, 1)) {
      throw new StorageError(
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
        `producer ${b.producerId} epoch ${b.producerEpoch}: sequence ${b.baseSequence} does not follow ${last.lastSeq}`,
      );
    }
  }

  /** Records `b` (at its assigned offsets) in the pending state; a marker returns the transaction it ends. */
  update(b: ProducerBatchInfo): CompletedTxn | null {
    const e = this.entry(b.producerId, b.producerEpoch);
    if (b.transactional || b.control) this.verified.add(b.producerId);
    if (b.producerEpoch !== e.epoch) {
      e.epoch = b.producerEpoch;
      e.batches = [];
    }
    e.lastTimestamp = Math.max(e.lastTimestamp, b.maxTimestamp);
    if (b.control) {
      // A transaction marker ends the producer's open transaction (KIP-98); a marker with none
      // open ends an empty one at its own offset, as in Kafka.
      const firstOffset = e.currentTxnFirstOffset >= 0 ? e.currentTxnFirstOffset : b.firstOffset;
      e.currentTxnFirstOffset = -1;
      if (b.coordinatorEpoch >= 0) e.coordinatorEpoch = b.coordinatorEpoch;
      return { producerId: b.producerId, firstOffset, lastOffset: b.firstOffset, aborted: b.aborted };
    }
    if (b.transactional && e.currentTxnFirstOffset < 0) e.currentTxnFirstOffset = b.firstOffset;
    if (b.baseSequence < 0) return null;
    e.batches.push({
      firstSeq: b.baseSequence,
      lastSeq: incrementSequence(b.baseSequence, b.lastOffsetDelta),
      firstOffset: b.firstOffset,
      lastOffset: b.lastOffset,
      timestamp: b.maxTimestamp,
    });
    if (e.batches.length > MAX_BATCHES_PER_PRODUCER) e.batches.shift();
    return null;
  }

  commit(): void {
    for (const e of this.touched.values()) this.state.put(e);
    for (const pid of this.verified) this.state.endVerification(pid);
  }
}

export class ProducerStateManager {
  private readonly producers = new Map<number, ProducerEntry>();
  private readonly verifications = new Map<number, Verification>();

  /**
   * A transactional batch of `producerId` is about to be verified with its coordinator. Unless the
   * producer has a transaction open here already, remember the lowest sequence of its newest epoch
   * (Kafka's maybeStartTransactionVerification).
   */
  startVerification(producerId: number, epoch: number, sequence: number, now: number): void {
    if ((this.producers.get(producerId)?.currentTxnFirstOffset ?? -1) >= 0) return;
    const v = this.verifications.get(producerId);
    if (!v || epoch > v.epoch) this.verifications.set(producerId, { epoch, lowestSequence: sequence, since: now });
    else if (epoch === v.epoch && sequence < v.lowestSequence) v.lowestSequence = sequence;
  }

  verificationOf(producerId: number): Readonly<Verification> | undefined {
    return this.verifications.get(producerId);
  }

  endVerification(producerId: number): void {
    this.verifications.delete(producerId);
  }

  get(pid: number): ProducerEntry | undefined {
    return this.producers.get(pid);
  }

  put(e: ProducerEntry): void {
    this.producers.set(e.producerId, e);
  }

  entries(): Iterable<ProducerEntry> {
    return this.producers.values();
  }

  get size(): number {
    return this.producers.size;
  }

  clear(): void {
    this.producers.clear();
    this.verifications.clear();
  }

  load(entries: ProducerEntry[]): void {
    this.producers.clear();
    this.verifications.clear();
    for (const e of entries) this.producers.set(e.producerId, e);
  }

  begin(): ProducerAppendInfo {
    return new ProducerAppendInfo(this);
  }

  /** Replays a batch from the log (recovery, replication): no checks. Returns the transaction a marker ends. */
  replay(b: ProducerBatchInfo): CompletedTxn | null {
    const info = this.begin();
    const completed = info.update(b);
    info.commit();
    return completed;
  }

  /**
   * The last stable offset right after `txn` ended (the aborted-transaction index keeps it): the
   * first offset of the oldest transaction still open, or the offset after the marker. Call it once
   * the append holding the marker is committed.
   */
  lastStableOffsetAfter(txn: CompletedTxn): number {
    return this.firstUnstableOffset() ?? txn.lastOffset + 1;
  }

  /** Removes producers idle for longer than `expirationMs` with no open transaction (producer.id.expiration.ms). */
  removeExpired(now: number, expirationMs: number): number {
    let removed = 0;
    for (const [pid, e] of this.producers) {
      if (e.currentTxnFirstOffset < 0 && now - e.lastTimestamp > expirationMs) {
        this.producers.delete(pid);
        removed++;
      }
    }
    for (const [pid, v] of this.verifications) if (now - v.since >= expirationMs) this.verifications.delete(pid);
    return removed;
  }

  /** The first offset of the oldest open transaction (the last stable offset's bound), or null. */
  firstUnstableOffset(): number | null {
    let first: number | null = null;
    for (const e of this.producers.values()) {
      if (e.currentTxnFirstOffset >= 0 && (first === null || e.currentTxnFirstOffset < first)) first = e.currentTxnFirstOffset;
    }
    return first;
  }

  active(): ActiveProducer[] {
    return [...this.producers.values()].map((e) => ({
      producerId: e.producerId,
      epoch: e.epoch,
      lastSequence: e.batches.length ? e.batches[e.batches.length - 1]!.lastSeq : -1,
      lastTimestamp: e.lastTimestamp,
      coordinatorEpoch: e.coordinatorEpoch,
      currentTxnStartOffset: e.currentTxnFirstOffset,
    }));
  }
}
