/**
 * Aborted-transaction index (`<base offset>.txnindex`), Kafka's format: one entry per transaction
 * whose ABORT marker sits in this segment, in marker order, so that a read_committed Fetch can tell
 * the consumer which producers' batches to drop (FetchResponse abortedTransactions, KIP-98).
 *
 *   entry (34 bytes, big-endian): version          int16 (0)
 *                                 producerId       int64
 *                                 firstOffset      int64 (the transaction's first offset in this partition)
 *                                 lastOffset       int64 (the marker's offset)
 *                                 lastStableOffset int64 (the partition's LSO once the marker was written)
 *
 * Entries are appended (and fsynced) by the append that writes the marker, so an entry is never
 * younger than what the recovery point covers; recovery and truncation cut the entries at or above
 * where the producer state is replayed from and the replay writes them again. Most segments have no
 * aborted transaction and no file; the bytes of the others are kept once read (34 bytes per abort).
 */
import { readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import { isNotFound, type FileSystem } from '../fs/file-system.ts';
import { writeFileSynced } from '../fs/atomic-write.ts';

export const ABORTED_TXN_SIZE = 34;

export interface AbortedTxn {
  producerId: number;
  firstOffset: number;
  lastOffset: number;
  lastStableOffset: number;
}

/** The bytes of a transaction index file holding `txns`. */
export function encodeAbortedTxns(txns: readonly AbortedTxn[]): Buffer {
  const out = Buffer.alloc(txns.length * ABORTED_TXN_SIZE);
  txns.forEach((txn, i) => {
    const at = i * ABORTED_TXN_SIZE;
    out.writeInt16BE(0, at);
    out.writeBigInt64BE(BigInt(txn.producerId), at + 2);
    out.writeBigInt64BE(BigInt(txn.firstOffset), at + 10);
    out.writeBigInt64BE(BigInt(txn.lastOffset), at + 18);
    out.writeBigInt64BE(BigInt(txn.lastStableOffset), at + 26);
  });
  return out;
}

export class TransactionIndex {
  private buf: Buffer | null = null;
  private count = 0;
  /** The file's size as last read or written (a torn tail makes it differ from count * 34). */
  private fileBytes = 0;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
  ) {}

  private load(): Promise<void> {
    if (this.buf) return Promise.resolve();
    return (this.loading ??= (async () => {
      let data: Buffer;
      try {
        data = await this.fs.readFile(this.path);
      } catch (e) {
        if (!isNotFound(e)) throw e;
        data = Buffer.alloc(0);
      } finally {
        this.loading = null;
      }
      // A torn last entry (a crash during its write) is ignored; the replay after recovery writes it again.
      this.count = Math.floor(data.length / ABORTED_TXN_SIZE);
      this.fileBytes = data.length;
      this.buf = data;
    })());
  }

  private entry(i: number): AbortedTxn {
    const at = i * ABORTED_TXN_SIZE;
    const b = this.buf!;
    return {
      producerId: readInt64AsNumber(b, at + 2),
      firstOffset: readInt64AsNumber(b, at + 10),
      lastOffset: readInt64AsNumber(b, at + 18),
      lastStableOffset: readInt64AsNumber(b, at + 26),
    };
  }

  async entries(): Promise<AbortedTxn[]> {
    await this.load();
    return Array.from({ length: this.count }, (_, i) => this.entry(i));
  }

  /** Adds the entry of an abort marker (after every entry already there) and fsyncs the file. */
  async append(txn: AbortedTxn): Promise<void> {
    await this.load();
    if (this.count > 0 && this.entry(this.count - 1).lastOffset >= txn.lastOffset) {
      throw new Error(`aborted transaction at ${txn.lastOffset} is not after the last one in ${this.path}`);
    }
    const entry = encodeAbortedTxns([txn]);
    const h = await this.fs.open(this.path, 'rw');
    try {
      await h.write(entry, this.count * ABORTED_TXN_SIZE);
      await h.sync();
    } finally {
      await h.close();
    }
    const used = this.count * ABORTED_TXN_SIZE;
    const grown = this.buf!.length >= used + ABORTED_TXN_SIZE ? this.buf! : Buffer.alloc(Math.max(ABORTED_TXN_SIZE * 4, used * 2));
    if (grown !== this.buf) this.buf!.copy(grown, 0, 0, used);
    entry.copy(grown, used);
    this.buf = grown;
    this.count++;
    this.fileBytes = Math.max(this.fileBytes, this.count * ABORTED_TXN_SIZE);
  }

  /** Removes the entries of markers at or above `offset` (the file is rewritten when that changes it). */
  async truncateTo(offset: number): Promise<void> {
    await this.load();
    let keep = this.count;
    while (keep > 0 && this.entry(keep - 1).lastOffset >= offset) keep--;
    if (keep === this.count && this.fileBytes === keep * ABORTED_TXN_SIZE) return;
    this.count = keep;
    await writeFileSynced(this.fs, this.path, this.buf!.subarray(0, keep * ABORTED_TXN_SIZE));
    this.fileBytes = keep * ABORTED_TXN_SIZE;
  }

  /**
   * The transactions aborted in this segment that overlap [fetchOffset, upperBound): marker at or after
   * fetchOffset, first offset below upperBound. `complete` when an entry shows that every transaction
   * started below upperBound had ended by then (its last stable offset >= upperBound): later segments
   * need not be searched.
   */
  async collect(fetchOffset: number, upperBound: number): Promise<{ found: AbortedTxn[]; complete: boolean }> {
    await this.load();
    const found: AbortedTxn[] = [];
    for (let i = 0; i < this.count; i++) {
      const e = this.entry(i);
      if (e.lastOffset >= fetchOffset && e.firstOffset < upperBound) found.push(e);
      if (e.lastStableOffset >= upperBound) return { found, complete: true };
    }
    return { found, complete: false };
  }

  /** The file was renamed or deleted with its segment: forget what was read. */
  forget(): void {
    this.buf = null;
    this.count = 0;
    this.fileBytes = 0;
  }
}
