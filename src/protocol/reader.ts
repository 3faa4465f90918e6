/**
 * Bounds-checked reader over a Buffer. Every declared length or count is compared with the bytes
 * that remain before anything is allocated (RELIABILITY.md rule 10); failures throw ProtocolError.
 *
 * Encodings (Kafka protocol guide): big-endian fixed-width integers; zig-zag varint/varlong for
 * record fields; unsigned varint for compact lengths (N+1, 0 = null) and tagged fields.
 * int64 values are bigint; uuids are Kafka's base64url text form (22 chars, as Uuid.toString()).
 */
import { ProtocolError } from './protocol-error.ts';

export class Reader {
  pos: number;
  readonly end: number;

  constructor(
    readonly buf: Buffer,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  remaining(): number {
    return this.end - this.pos;
  }

  /** Throws unless `n` more bytes are available. */
  need(n: number, what = 'field'): void {
    if (n > this.end - this.pos) {
      throw new ProtocolError('TRUNCATED', `${what} needs ${n} bytes, ${this.end - this.pos} remain`);
    }
  }

  int8(): number {
    this.need(1, 'int8');
    return this.buf.readInt8(this.pos++);
  }

  uint8(): number {
    this.need(1, 'uint8');
    return this.buf[this.pos++]!;
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    this.need(2, 'int16');
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  uint16(): number {
    this.need(2, 'uint16');
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  int32(): number {
    this.need(4, 'int32');
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  uint32(): number {
    this.need(4, 'uint32');
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  int64(): bigint {
    this.need(8, 'int64');
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  float64(): number {
    this.need(8, 'float64');
    const v = this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  /** Unsigned LEB128 varint, at most 5 bytes, result in [0, 2^32). */
  uvarint(): number {
    let result = 0;
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.end) throw new ProtocolError('TRUNCATED', 'varint runs past the end');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (i === 4 && b > 0x0f) throw new ProtocolError('VARINT_TOO_LONG', 'varint exceeds 32 bits');
        return result;
      }
    }
    throw new ProtocolError('VARINT_TOO_LONG', 'varint longer than 5 bytes');
  }

  /** Zig-zag signed varint (int32). */
  varint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** Zig-zag signed varlong (int64), at most 10 bytes. */
  varlong(): bigint {
    // Fast path: values that fit in 7 bytes (49 bits) stay in doubles.
    let result = 0;
    let i = 0;
    for (; i < 7; i++) {
      if (this.pos >= this.end) throw new ProtocolError('TRUNCATED', 'varlong runs past the end');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        const u = BigInt(result);
        return (u >> 1n) ^ -(u & 1n);
      }
    }
    let big = BigInt(result);
    for (; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtocolError('TRUNCATED', 'varlong runs past the end');
      const b = this.buf[this.pos++]!;
      big |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) {
        if (i === 9 && b > 0x01) throw new ProtocolError('VARINT_TOO_LONG', 'varlong exceeds 64 bits');
        return (big >> 1n) ^ -(big & 1n);
      }
    }
    throw new ProtocolError('VARINT_TOO_LONG', 'varlong longer than 10 bytes');
  }

  /** Zig-zag varlong returned as a JS number; use where values are known to be < 2^53 (record deltas). */
  varlongNumber(): number {
    return Number(this.varlong());
  }

  uuid(): string {
    this.need(16, 'uuid');
    const s = this.buf.toString('base64url', this.pos, this.pos + 16);
    this.pos += 16;
    return s;
  }

  /** Raw slice (no copy) of `n` bytes. */
  raw(n: number, what = 'bytes'): Buffer {
    if (n < 0) throw new ProtocolError('NEGATIVE_LENGTH', `${what} length ${n}`);
    if (n > this.end - this.pos) {
      throw new ProtocolError('LENGTH_TOO_LARGE', `${what} declares ${n} bytes, ${this.end - this.pos} remain`);
    }
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private text(n: number): string {
    if (n > this.end - this.pos) {
      throw new ProtocolError('LENGTH_TOO_LARGE', `string declares ${n} bytes, ${this.end - this.pos} remain`);
    }
    const s = this.buf.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  string(): string {
    const n = this.int16();
    if (n < 0) throw new ProtocolError('NEGATIVE_LENGTH', `non-nullable string has length ${n}`);
    return this.text(n);
  }

  nullableString(): string | null {
    const n = this.int16();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolError('NEGATIVE_LENGTH', `string length ${n}`);
    return this.text(n);
  }

  compactString(): string {
    const n = this.uvarint();
    if (n === 0) throw new ProtocolError('NEGATIVE_LENGTH', 'non-nullable compact string is null');
    return this.text(n - 1);
  }

  compactNullableString(): string | null {
    const n = this.uvarint();
    return n === 0 ? null : this.text(n - 1);
  }

  bytes(): Buffer {
    const n = this.int32();
    if (n < 0) throw new ProtocolError('NEGATIVE_LENGTH', `non-nullable bytes have length ${n}`);
    return this.raw(n);
  }

  nullableBytes(): Buffer | null {
    const n = this.int32();
    if (n === -1) return null;
    return this.raw(n);
  }

  compactBytes(): Buffer {
    const n = this.uvarint();
    if (n === 0) throw new ProtocolError('NEGATIVE_LENGTH', 'non-nullable compact bytes are null');
    return this.raw(n - 1);
  }

  compactNullableBytes(): Buffer | null {
    const n = this.uvarint();
    return n === 0 ? null : this.raw(n - 1);
  }

  /**
   * Array length (int32, -1 = null). Each element needs at least `minElementSize` bytes, so a count
   * larger than remaining/minElementSize is rejected before any allocation.
   */
  arrayLength(minElementSize = 1): number | null {
    const n = this.int32();
    if (n === -1) return null;
    return this.checkCount(n, minElementSize);
  }

  /** Compact array length (uvarint N+1, 0 = null). */
  compactArrayLength(minElementSize = 1): number | null {
    const n = this.uvarint();
    if (n === 0) return null;
    return this.checkCount(n - 1, minElementSize);
  }

  checkCount(n: number, minElementSize: number): number {
    if (n < 0) throw new ProtocolError('NEGATIVE_LENGTH', `array count ${n}`);
    if (n * Math.max(minElementSize, 0) > this.end - this.pos) {
      throw new ProtocolError('LENGTH_TOO_LARGE', `array declares ${n} elements, ${this.end - this.pos} bytes remain`);
    }
    return n;
  }
}
