/**
 * Exact batch starts learned by reads of one segment (offset → file position): a consumer that reads
 * on from where its last read stopped starts there, with no index search and no over-read. Bounded
 * (about one per consumer reading the segment); cleared by anything that rewrites the file
 * (truncation, recovery), and the layout generation tells a read that started before such a
 * rewrite not to teach what it saw.
 */

/** Boundaries kept per segment: about one per consumer reading it. */
const MAX_BOUNDARIES = 16;

export class ReadBoundaries {
  /** Made on the first read: most segments of a broker with many partitions are never read. */
  private positions: Map<number, number> | null = null;
  private layout = 0;

  /** A file position where a batch starting the read at `offset` is known to begin, if any. */
  get(offset: number): number | undefined {
    return this.positions?.get(offset);
  }

  /** The file layout's generation: changes whenever batches already written may move. */
  get generation(): number {
    return this.layout;
  }

  /**
   * Remembers that a read from `offset` starts at `position`, when the layout is still
   * `generation`'s and the position is inside the segment (`size`). The oldest goes when full.
   */
  remember(offset: number, position: number, generation: number, size: number): void {
    if (generation !== this.layout || position >= size) return;
    const positions = (this.positions ??= new Map());
    if (positions.size >= MAX_BOUNDARIES && !positions.has(offset)) positions.delete(positions.keys().next().value!);
    positions.set(offset, position);
  }

  /** The file is being rewritten: nothing learned so far holds, nor anything learned before now. */
  forget(): void {
    this.positions = null;
    this.layout++;
  }
}
