/**
 * The tagged-field section of flexible versions (KIP-482), shared by every generated codec:
 * unsigned varint count, then per field: unsigned varint tag, unsigned varint size, the value.
 * Fields go in ascending tag order. Unknown tags are kept as raw bytes so a value decoded by an
 * older schema and encoded again loses nothing (Kafka keeps them the same way).
 */
import { Reader } from './reader.ts';
import { ProtocolError } from './protocol-error.ts';
import type { Writer } from './writer.ts';

export interface TaggedField {
  tag: number;
  data: Buffer;
}

/** Reads the size of one tagged value and returns a reader bounded to it; `r` moves past the value. */
export function taggedFieldReader(r: Reader): Reader {
  const size = r.uvarint();
  if (size > r.end - r.pos) {
    throw new ProtocolError('LENGTH_TOO_LARGE', `tagged field declares ${size} bytes, ${r.end - r.pos} remain`);
  }
  const sub = new Reader(r.buf, r.pos, r.pos + size);
  r.pos += size;
  return sub;
}

/** Reads a whole tagged-field section of a struct that knows no tags; returns them all (or undefined). */
export function readUnknownTaggedFields(r: Reader): TaggedField[] | undefined {
  const n = r.uvarint();
  if (n === 0) return undefined;
  const out: TaggedField[] = [];
  for (let i = 0; i < n; i++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    out.push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
  }
  return out;
}

/** Writes a tagged-field section: the known fields (already in tag order) merged with the unknown ones. */
export function writeTaggedFields(
  w: Writer,
  known: readonly TaggedField[] | undefined,
  unknown: readonly { tag?: number; data?: Buffer }[] | undefined,
): void {
  const nKnown = known === undefined ? 0 : known.length;
  const nUnknown = unknown === undefined ? 0 : unknown.length;
  if (nKnown + nUnknown === 0) {
    w.uint8(0);
    return;
  }
  let all: readonly TaggedField[];
  if (nUnknown === 0) {
    all = known!;
  } else {
    for (const f of unknown!) {
      if (typeof f.tag !== 'number' || !Buffer.isBuffer(f.data)) {
        throw new ProtocolError('INVALID_VALUE', 'an unknown tagged field needs a numeric tag and a Buffer of data');
      }
    }
    all = [...(known ?? []), ...(unknown as TaggedField[])].sort((a, b) => a.tag - b.tag);
  }
  w.uvarint(all.length);
  let prev = -1;
  for (const f of all) {
    if (!Number.isInteger(f.tag) || f.tag <= prev) {
      throw new ProtocolError('INVALID_VALUE', `tagged field ${f.tag} is duplicated or out of order`);
    }
    prev = f.tag;
    w.uvarint(f.tag);
    w.uvarint(f.data.length);
    w.raw(f.data);
  }
}
