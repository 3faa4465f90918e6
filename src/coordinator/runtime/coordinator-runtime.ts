/**
 * What every coordinator built on an internal topic shares (Kafka's CoordinatorRuntime): the group
 * coordinator on __consumer_offsets now, the transaction coordinator on __transaction_state next.
 * A coordinator's state is split by partition of its topic (a shard per partition); this runtime:
 *
 * - loads a partition by replaying its records into the coordinator's shard (`replay`, then
 *   `loaded` once the whole log is read); until then requests for its keys answer
 *   COORDINATOR_LOAD_IN_PROGRESS, and keys of partitions it does not hold NOT_COORDINATOR;
 * - unloads a partition (its leadership moved, or the coordinator closes): `unloaded` drops the
 *   shard's state, writes not yet appended fail with NOT_COORDINATOR, a load under way is abandoned;
 * - is the single writer of each partition: an operation (`write`) runs to completion on the event
 *   loop, so it sees and changes the shard's state alone, and its records are appended in the order
 *   the operations ran; writes of one event-loop turn to one partition are coalesced into one batch
 *   (one append, one fsync for many commits);
 * - completes an operation only after its records are committed (append-then-complete: the
 *   partition's acks=all append resolves when the high watermark passes them), so no client ever
 *   sees a state a crash could take back.
 */
import type { CoordinatorLog, CoordinatorMarker, CoordinatorRecord, ProducerRef } from './coordinator-log.ts';
import { coordinatorPartitionFor, isMarker } from './coordinator-log.ts';

/** What a coordinator supplies: how its shards are rebuilt and dropped. */
export interface CoordinatorShards {
  /** One record of the partition being loaded, in log order. */
  replay(partition: number, record: CoordinatorRecord): void;
  /** A transaction marker of the partition being loaded (coordinators with transactional writes). */
  replayMarker?(partition: number, marker: CoordinatorMarker): void;
  /** The replay of the partition is complete: its state is served from now on. */
  loaded(partition: number): void;
  /** The partition is no longer served (unloaded, or abandoned mid-load): drop what it had. */
  unloaded(partition: number): void;
}

/** Whether a partition's requests can be served: Kafka's NONE / COORDINATOR_LOAD_IN_PROGRESS / NOT_COORDINATOR. */
export type Availability = 'AVAILABLE' | 'LOADING' | 'NOT_COORDINATOR';

/** A write refused because its partition is not (or no longer) served by this coordinator. */
export class NotCoordinatorError extends Error {
  override readonly name = 'NotCoordinatorError';
}

interface PendingBatch {
  records: CoordinatorRecord[];
  /** The producer of a transactional batch; a marker when `marker` is set. */
  producer: ProducerRef | undefined;
  marker?: CoordinatorMarker;
  bytes: number;
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

const sameProducer = (a: ProducerRef | undefined, b: ProducerRef | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.producerId === b.producerId && a.producerEpoch === b.producerEpoch);

/** Bounds of one coalesced append (well under the default max.message.bytes of 1 MiB). */
const MAX_BATCH_RECORDS = 2000;
const MAX_BATCH_BYTES = 512 * 1024;

export interface CoordinatorRuntimeOptions {
  /** How many partitions the coordinator's topic has (offsets.topic.num.partitions, transaction.state.log.num.partitions). */
  partitions: number;
  /** Errors with no request to answer (a record that cannot be replayed). */
  onError?: (e: unknown) => void;
}

export class CoordinatorRuntime {
  readonly partitions: number;
  private readonly loaded = new Set<number>();
  /** Partitions being replayed, with the load's id (a later unload or reload makes it stale). */
  private readonly loading = new Map<number, number>();
  /** Per partition, the batches of this event-loop turn in call order (one per producer run, one per marker). */
  private readonly pending = new Map<number, PendingBatch[]>();
  private nextLoadId = 0;
  private readonly onError: (e: unknown) => void;

  constructor(
    private readonly log: CoordinatorLog,
    private readonly shards: CoordinatorShards,
    opts: CoordinatorRuntimeOptions,
  ) {
    this.partitions = opts.partitions;
    this.onError = opts.onError ?? (() => {});
  }

  /** The partition that holds `key` (a group id, a transactional id). */
  partitionFor(key: string): number {
    return coordinatorPartitionFor(key, this.partitions);
  }

  availability(partition: number): Availability {
    if (this.loaded.has(partition)) return 'AVAILABLE';
    return this.loading.has(partition) ? 'LOADING' : 'NOT_COORDINATOR';
  }

  isLoaded(partition: number): boolean {
    return this.loaded.has(partition);
  }

  /** True while any partition is still being replayed. */
  isLoading(): boolean {
    return this.loading.size > 0;
  }

  loadedPartitions(): number[] {
    return [...this.loaded];
  }

  /**
   * Replays the given partitions (all by default), one after another, and serves each once its
   * replay is done. A partition unloaded while it loads is left unloaded. A failed read of the log
   * rejects, leaving that partition and those after it unserved.
   */
  async load(partitions: number[] = [...Array(this.partitions).keys()]): Promise<void> {
    const ids = new Map<number, number>();
    for (const p of partitions) {
      if (this.loaded.has(p) || this.loading.has(p)) continue;
      const id = this.nextLoadId++;
      this.loading.set(p, id);
      ids.set(p, id);
    }
    try {
      for (const [p, id] of ids) {
        for await (const rec of this.log.replay(p)) {
          if (this.loading.get(p) !== id) break;
          try {
            if (isMarker(rec)) this.shards.replayMarker?.(p, rec);
            else this.shards.replay(p, rec);
          } catch (e) {
            // One unreadable record must not stop the coordinator from serving everything else.
            this.onError(e);
          }
        }
        if (this.loading.get(p) !== id) continue; // unloaded meanwhile: unloaded() has run
        this.loading.delete(p);
        this.loaded.add(p);
        this.shards.loaded(p);
      }
    } catch (e) {
      for (const [p, id] of ids) {
        if (this.loading.get(p) !== id) continue;
        this.loading.delete(p);
        this.shards.unloaded(p);
      }
      throw e;
    }
  }

  /** Stops serving the partition: its state is dropped and its unwritten records refused. */
  unload(partition: number): void {
    const was = this.loaded.delete(partition) || this.loading.delete(partition);
    const batches = this.pending.get(partition);
    if (batches) {
      this.pending.delete(partition);
      const e = new NotCoordinatorError(`partition ${partition} of the coordinator topic was unloaded`);
      for (const b of batches) for (const w of b.waiters) w.reject(e);
    }
    if (was) this.shards.unloaded(partition);
  }

  /**
   * Appends records to the partition, coalesced with the others of this event-loop turn (records
   * of one producer's transaction go in a transactional batch of their own); resolves once they are
   * committed. Appends are issued in call order.
   */
  append(partition: number, records: CoordinatorRecord[]): Promise<void> {
    if (!this.loaded.has(partition)) return Promise.reject(new NotCoordinatorError(`partition ${partition} of the coordinator topic is not loaded here`));
    const producer = records[0]?.producer;
    const batches = this.queued(partition);
    let b = batches[batches.length - 1];
    if (!b || b.marker || !sameProducer(b.producer, producer) || b.records.length >= MAX_BATCH_RECORDS || b.bytes >= MAX_BATCH_BYTES) {
      b = { records: [], producer, bytes: 0, waiters: [] };
      batches.push(b);
    }
    const batch = b;
    batch.records.push(...records.map((r) => (sameProducer(r.producer, producer) ? r : { ...r, producer })));
    for (const r of records) batch.bytes += r.key.length + (r.value?.length ?? 0);
    return new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
  }

  /** Appends a transaction marker after everything queued so far; resolves once it is committed. */
  appendMarker(partition: number, marker: CoordinatorMarker): Promise<void> {
    if (!this.loaded.has(partition)) return Promise.reject(new NotCoordinatorError(`partition ${partition} of the coordinator topic is not loaded here`));
    const batch: PendingBatch = { records: [], producer: marker, marker, bytes: 0, waiters: [] };
    this.queued(partition).push(batch);
    return new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
  }

  private queued(partition: number): PendingBatch[] {
    let batches = this.pending.get(partition);
    if (!batches) {
      const fresh: PendingBatch[] = [];
      this.pending.set(partition, fresh);
      setImmediate(() => this.flush(partition, fresh));
      batches = fresh;
    }
    return batches;
  }

  /**
   * Runs `op` now, as the partition's only writer, then appends the records it returns and
   * resolves with its result once they are committed. `op` throwing writes nothing.
   */
  async write<T>(partition: number, op: () => { records: CoordinatorRecord[]; result: T }): Promise<T> {
    if (!this.loaded.has(partition)) throw new NotCoordinatorError(`partition ${partition} of the coordinator topic is not loaded here`);
    const { records, result } = op();
    if (records.length > 0) await this.append(partition, records);
    return result;
  }

  /** Unloads everything: the coordinator serves nothing after this. */
  close(): void {
    for (const p of [...this.loaded, ...this.loading.keys()]) this.unload(p);
  }

  private flush(partition: number, batches: PendingBatch[]): void {
    if (this.pending.get(partition) !== batches) return; // unloaded meanwhile
    this.pending.delete(partition);
    for (const batch of batches) {
      const written = batch.marker ? this.log.appendMarker(partition, batch.marker) : this.log.append(partition, batch.records);
      written.then(
        () => batch.waiters.forEach((w) => w.resolve()),
        (e: unknown) => batch.waiters.forEach((w) => w.reject(e)),
      );
    }
  }
}
