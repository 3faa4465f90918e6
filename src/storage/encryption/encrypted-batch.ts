/**
 * Encryption at rest of one record batch (AES-256-GCM, node:crypto). Samsa's own format; Kafka has
 * no encryption at rest. Only the records section is encrypted: the 61-byte v2 header stays
 * readable, so offset and time indexes, recovery, retention, truncation, DeleteRecords, producer
 * state and log-dir moves (all of which read headers only) work unchanged.
 *
 * An encrypted batch on disk (offsets from the batch start; header fields as batch-header.ts):
 *    0 v2 header, 61 bytes, as the plaintext batch had it, except:
 *        batchLength  covers the envelope below
 *        attributes   | ENCRYPTED_BIT (bit 14, which Kafka leaves unused; bits 7-15 are free)
 *        crc          CRC32C of the stored bytes [21, end): recovery checks what is on disk
 *   61 envelope version  uint8 (1)
 *   62 key id length n   uint8 (1..255)
 *   63 key id            n bytes (ASCII, key-ring.ts)
 * 63+n nonce             12 bytes
 * 75+n ciphertext        of: the plaintext batch's CRC (4 bytes) ‖ its records section (bytes 61..)
 *  end tag               16 bytes (GCM)
 * Additional authenticated data: bytes [0, 8) (base offset) and [21, 63+n) (header fields under the
 * CRC with the stored attributes, version, key id), so a batch moved to another offset or with a
 * changed header fails to decrypt rather than serve wrong data. The leader epoch is left out: it
 * is not under Kafka's CRC either.
 *
 * Decrypting gives back the plaintext batch exactly: ENCRYPTED_BIT cleared, the length of the
 * plaintext form, and the CRC32C the producer's batch had (checked at append; carried inside the
 * ciphertext, so serving costs no CRC pass and the CRC leaks nothing about the records).
 *
 * Nonces: 96 bits = 64 random bits drawn when the process starts (and again each time the counter
 * wraps) ‖ a 32-bit counter (NIST SP 800-38D's deterministic construction with a random fixed
 * field). A nonce never repeats within a process, and across restarts two runs collide only if
 * their 64-bit random prefixes do, so no (key, nonce) pair is reused in practice, unlike a fully
 * random 96-bit nonce whose collision bound limits a key to about 2^32 batches.
 */
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { BATCH_HEADER_SIZE, OFF_ATTRIBUTES, OFF_BATCH_LENGTH, OFF_CRC, LOG_OVERHEAD, computeBatchCrc, readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import { StorageError } from '../storage-error.ts';
import type { KeyRing } from './key-ring.ts';

/** Attribute bit 14: the batch's records are encrypted (Samsa only, never sent to a client). */
export const ENCRYPTED_BIT = 0x4000;
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const CRC_BYTES = 4;
const OFF_VERSION = BATCH_HEADER_SIZE;
const OFF_KEY_ID = BATCH_HEADER_SIZE + 2;

export function isEncrypted(attributes: number): boolean {
  return (attributes & ENCRYPTED_BIT) !== 0;
}

/** How many bytes encryption adds to a batch whose key id is `keyIdBytes` long. */
export function envelopeOverhead(keyIdBytes: number): number {
  return 2 + keyIdBytes + NONCE_BYTES + CRC_BYTES + TAG_BYTES;
}

let noncePrefix = randomBytes(8);
let nonceCounter = 0;

function nextNonce(into: Buffer, at: number): void {
  if (nonceCounter > 0xffffffff) {
    noncePrefix = randomBytes(8);
    nonceCounter = 0;
  }
  noncePrefix.copy(into, at);
  into.writeUInt32BE(nonceCounter++, at + 8);
}

/**
 * A batch could not be encrypted or decrypted: its key is not in the ring, or it fails
 * authentication. KAFKA_STORAGE_ERROR on the wire (it is not an I/O failure: the log stays online).
 */
export class EncryptionError extends StorageError {
  constructor(
    readonly keyId: string,
    /** The batch's base offset (-1 for an append, which has no stored batch yet). */
    readonly baseOffset: number,
    readonly reason: 'missing key' | 'authentication failed' | 'malformed envelope',
    message: string,
  ) {
    super('KAFKA_STORAGE_ERROR', message);
  }
}

function aadOf(stored: Buffer, keyIdEnd: number): Buffer {
  return Buffer.concat([stored.subarray(0, 8), stored.subarray(OFF_ATTRIBUTES, keyIdEnd)]);
}

/**
 * The stored (encrypted) form of one whole, valid plaintext batch (`plain`, its CRC correct) under
 * key `keyId`. `plain` is not changed.
 */
export function encryptBatch(plain: Buffer, keyId: string, key: KeyObject): Buffer {
  const idBytes = Buffer.from(keyId, 'latin1');
  const recordsLength = plain.length - BATCH_HEADER_SIZE;
  const out = Buffer.allocUnsafe(plain.length + envelopeOverhead(idBytes.length));
  plain.copy(out, 0, 0, BATCH_HEADER_SIZE);
  out.writeInt32BE(out.length - LOG_OVERHEAD, OFF_BATCH_LENGTH);
  out.writeInt16BE(plain.readInt16BE(OFF_ATTRIBUTES) | ENCRYPTED_BIT, OFF_ATTRIBUTES);
  out.writeUInt8(VERSION, OFF_VERSION);
  out.writeUInt8(idBytes.length, OFF_VERSION + 1);
  idBytes.copy(out, OFF_KEY_ID);
  const nonceAt = OFF_KEY_ID + idBytes.length;
  nextNonce(out, nonceAt);
  const cipher = createCipheriv('aes-256-gcm', key, out.subarray(nonceAt, nonceAt + NONCE_BYTES), { authTagLength: TAG_BYTES });
  cipher.setAAD(aadOf(out, nonceAt));
  let at = nonceAt + NONCE_BYTES;
  at += cipher.update(plain.subarray(OFF_CRC, OFF_CRC + CRC_BYTES)).copy(out, at);
  if (recordsLength > 0) at += cipher.update(plain.subarray(BATCH_HEADER_SIZE)).copy(out, at);
  at += cipher.final().copy(out, at);
  cipher.getAuthTag().copy(out, at);
  out.writeUInt32BE(computeBatchCrc(out), OFF_CRC);
  return out;
}

/** The key id an encrypted batch names (null when its envelope is malformed). */
export function keyIdOf(stored: Buffer): string | null {
  if (stored.length < OFF_KEY_ID || stored.readUInt8(OFF_VERSION) !== VERSION) return null;
  const n = stored.readUInt8(OFF_VERSION + 1);
  if (n === 0 || stored.length < OFF_KEY_ID + n + NONCE_BYTES + CRC_BYTES + TAG_BYTES) return null;
  return stored.toString('latin1', OFF_KEY_ID, OFF_KEY_ID + n);
}

/**
 * Writes the plaintext form of the encrypted batch `stored` into `out` at `at` (it needs
 * `stored.length - envelopeOverhead` bytes there) and returns its size. Throws EncryptionError
 * when the key is missing or the batch fails authentication; `out` then holds nothing to use.
 */
export function decryptBatchInto(stored: Buffer, ring: KeyRing, out: Buffer, at: number): number {
  const baseOffset = readInt64AsNumber(stored, 0);
  const keyId = keyIdOf(stored);
  if (keyId === null) throw new EncryptionError('?', baseOffset, 'malformed envelope', `the encrypted batch at offset ${baseOffset} has a malformed envelope; it cannot be served`);
  const key = ring.get(keyId);
  if (!key) {
    throw new EncryptionError(keyId, baseOffset, 'missing key', `the batch at offset ${baseOffset} is encrypted with key ${keyId}, which is not in the key ring (samsa.encryption.keys.file / SAMSA_ENCRYPTION_KEYS); add it back to read this batch`);
  }
  const nonceAt = OFF_KEY_ID + Buffer.byteLength(keyId, 'latin1');
  const ctAt = nonceAt + NONCE_BYTES;
  const tagAt = stored.length - TAG_BYTES;
  const size = BATCH_HEADER_SIZE + (tagAt - ctAt - CRC_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, stored.subarray(nonceAt, ctAt), { authTagLength: TAG_BYTES });
    decipher.setAAD(aadOf(stored, nonceAt));
    decipher.setAuthTag(stored.subarray(tagAt));
    const plain = decipher.update(stored.subarray(ctAt, tagAt));
    decipher.final(); // throws when the tag does not match: nothing decrypted is used then
    stored.copy(out, at, 0, BATCH_HEADER_SIZE);
    out.writeInt32BE(size - LOG_OVERHEAD, at + OFF_BATCH_LENGTH);
    out.writeInt16BE(stored.readInt16BE(OFF_ATTRIBUTES) & ~ENCRYPTED_BIT, at + OFF_ATTRIBUTES);
    plain.copy(out, at + OFF_CRC, 0, CRC_BYTES);
    plain.copy(out, at + BATCH_HEADER_SIZE, CRC_BYTES);
  } catch {
    throw new EncryptionError(keyId, baseOffset, 'authentication failed', `the batch at offset ${baseOffset} (key ${keyId}) fails authentication: it was changed on disk or the key ${keyId} in the ring is not the one it was written with`);
  }
  return size;
}

/** The plaintext form of one encrypted batch, in a new buffer. */
export function decryptBatch(stored: Buffer, ring: KeyRing): Buffer {
  const keyId = keyIdOf(stored);
  const out = Buffer.allocUnsafe(Math.max(stored.length - envelopeOverhead(keyId === null ? 0 : Buffer.byteLength(keyId, 'latin1')), BATCH_HEADER_SIZE));
  const size = decryptBatchInto(stored, ring, out, 0);
  return out.subarray(0, size);
}
