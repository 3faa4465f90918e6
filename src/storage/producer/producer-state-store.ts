/**
 * Producer state on disk: the `<offset>.snapshot` files of one partition (format in
 * producer-state-snapshot.ts) and the replay of batch headers that rebuilds the state from the
 * newest snapshot to the log end offset.
 */
import {
  CONTROL_BIT,
  OFF_ATTRIBUTES,
  OFF_BASE_SEQUENCE,
  OFF_LAST_OFFSET_DELTA,
  OFF_MAX_TIMESTAMP,
  OFF_PRODUCER_EPOCH,
  OFF_PRODUCER_ID,
  TRANSACTIONAL_BIT,
  BATCH_HEADER_SIZE,
  readInt64AsNumber,
} from '../../protocol/record-batch/batch-header.ts';
import type { FileSystem } from '../fs/file-system.ts';
import { isNotFound } from '../fs/file-system.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import type { LogSegment } from '../segment/log-segment.ts';
import { offsetFileName } from '../segment/log-segment.ts';
import type { ProducerBatchInfo, ProducerStateManager } from './producer-state.ts';
import { decodeSnapshot, encodeSnapshot } from './producer-state-snapshot.ts';
import { scanBatches } from '../segment/segment-scanner.ts';
import type { AbortedTxn } from '../segment/transaction-index.ts';

const SUFFIX = '.snapshot';

export class ProducerStateStore {
  /** Snapshot offsets on disk, listed once and then kept in step with our own writes and deletes. */
  private known: number[] | null = null;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {}

  private path(offset: number): string {
    return `${this.dir}/${offsetFileName(offset, SUFFIX)}`;
  }

  async offsets(): Promise<number[]> {
    if (!this.known) {
      const names = await this.fs.readdir(this.dir);
      this.known = names
        .filter((n) => n.endsWith(SUFFIX) && /^\d{20}$/.test(n.slice(0, -SUFFIX.length)))
        .map((n) => Number(n.slice(0, -SUFFIX.length)))
        .sort((a, b) => a - b);
    }
    return [...this.known];
  }

  async write(offset: number, state: ProducerStateManager): Promise<void> {
    await writeFileAtomic(this.fs, this.path(offset), encodeSnapshot(state.entries()));
    if (this.known && !this.known.includes(offset)) this.known = [...this.known, offset].sort((a, b) => a - b);
  }

  private async remove(offset: number): Promise<void> {
    if (this.known) this.known = this.known.filter((o) => o !== offset);
    try {
      await this.fs.unlink(this.path(offset));
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  /** Deletes snapshots taken above `offset` (the log was truncated there). */
  async deleteAbove(offset: number): Promise<void> {
    for (const o of await this.offsets()) if (o > offset) await this.remove(o);
  }

  /** Deletes snapshots below `offset` except the newest one (it still seeds the replay). */
  async deleteBelow(offset: number): Promise<void> {
    const all = await this.offsets();
    const newest = all[all.length - 1];
    for (const o of all) if (o < offset && o !== newest) await this.remove(o);
  }

  async deleteAll(): Promise<void> {
    for (const o of await this.offsets()) await this.remove(o);
  }

  /**
   * Loads the newest readable snapshot at or below `maxOffset` into `state` and returns its offset
   * (null when none: the caller replays from the log start). Corrupt snapshots are deleted.
   */
  async loadLatest(maxOffset: number, state: ProducerStateManager): Promise<number | null> {
    const all = (await this.offsets()).filter((o) => o <= maxOffset).reverse();
    for (const o of all) {
      const entries = decodeSnapshot(await this.fs.readFile(this.path(o)));
      if (entries) {
        state.load(entries);
        return o;
      }
      await this.remove(o);
    }
    state.clear();
    return null;
  }
}

/** Producer fields of the batch at buf[at, at+size), placed at its offsets. */
export function producerBatchInfo(buf: Buffer, at: number, size: number): ProducerBatchInfo {
  const attributes = buf.readInt16BE(at + OFF_ATTRIBUTES);
  const firstOffset = readInt64AsNumber(buf, at);
  const lastOffsetDelta = buf.readInt32BE(at + OFF_LAST_OFFSET_DELTA);
  const control = (attributes & CONTROL_BIT) !== 0;
  const marker = control ? controlMarker(buf.subarray(at, at + size)) : null;
  return {
    producerId: readInt64AsNumber(buf, at + OFF_PRODUCER_ID),
    producerEpoch: buf.readInt16BE(at + OFF_PRODUCER_EPOCH),
    baseSequence: buf.readInt32BE(at + OFF_BASE_SEQUENCE),
    lastOffsetDelta,
    firstOffset,
    lastOffset: firstOffset + lastOffsetDelta,
    maxTimestamp: readInt64AsNumber(buf, at + OFF_MAX_TIMESTAMP),
    transactional: (attributes & TRANSACTIONAL_BIT) !== 0,
    control,
    coordinatorEpoch: marker?.coordinatorEpoch ?? -1,
    aborted: marker?.aborted ?? false,
  };
}

/**
 * The marker type and coordinator epoch of a transaction marker (control batches are never
 * compressed): first record = length, attributes, timestampDelta, offsetDelta (varints), key
 * (version int16, type int16: 0 ABORT, 1 COMMIT), value (version int16, coordinatorEpoch int32).
 * Parts that do not parse read as a commit / -1.
 */
function controlMarker(batch: Buffer): { aborted: boolean; coordinatorEpoch: number } {
  let at = BATCH_HEADER_SIZE;
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (at >= batch.length) return NaN;
      const b = batch[at++]!;
      v += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
    }
    return NaN;
  };
  varint(); // record length
  at += 1; // attributes
  varint(); // timestamp delta
  varint(); // offset delta
  const keyLength = varint();
  if (!(keyLength >= 0)) return { aborted: false, coordinatorEpoch: -1 };
  const aborted = keyLength >= 4 && at + 4 <= batch.length && batch.readInt16BE(at + 2) === 0;
  at += keyLength;
  const valueLength = varint();
  if (!(valueLength >= 6) || at + 6 > batch.length) return { aborted, coordinatorEpoch: -1 };
  return { aborted, coordinatorEpoch: batch.readInt32BE(at + 2) };
}

/**
 * Replays the producer batches of `segments` with base offset >= `from` into `state`, and writes the
 * aborted-transaction index entries of the ABORT markers among them (the caller cut those indexes at
 * `from` first).
 */
export async function replayProducerState(segments: LogSegment[], from: number, state: ProducerStateManager): Promise<void> {
  for (const seg of segments) {
    if (seg.indexesLoaded && seg.nextOffset <= from) continue;
    const { position } = await seg.positionOf(from);
    const aborted: AbortedTxn[] = [];
    await seg.withLog('r', (h) =>
      scanBatches(h, position, seg.size, { validate: false, minBaseOffset: 0, chunkSize: 4 * 1024 * 1024 }, (buf, at, _p, size) => {
        if (readInt64AsNumber(buf, at) < from || readInt64AsNumber(buf, at + OFF_PRODUCER_ID) < 0) return;
        const completed = state.replay(producerBatchInfo(buf, at, size));
        if (completed?.aborted) aborted.push({ ...completed, lastStableOffset: state.lastStableOffsetAfter(completed) });
      }),
    );
    for (const txn of aborted) await seg.txnIndex.append(txn);
  }
}
