/**
 * Encryption at rest on a partition log's append and read paths (the batch format is
 * encrypted-batch.ts).
 *
 * Append: a log whose LogConfig names `encryptionKeyId` stores every data batch of an append
 * encrypted under that key, after the append plan patched offsets, leader epoch and LogAppendTime
 * and after the CRCs were checked (the stored CRC is then recomputed over the stored bytes).
 * Control batches (transaction markers: a marker type and a coordinator epoch, no user data) stay
 * plaintext, so the transaction index, the cleaner's transaction tracking and the coordinators read
 * them as before. Setting the config on an existing topic encrypts the batches appended from then
 * on; removing it stores new batches plaintext; batches already written stay as they are either way,
 * each naming its own key.
 *
 * Read: a read whose batches carry ENCRYPTED_BIT (the segment reader ORs the attributes of what it
 * returns, one flag per read, so a plaintext log pays nothing more) is decrypted into a buffer from
 * the read pool, plaintext batches among them copied as they are. Encrypted batches cannot be sent
 * zero-copy: the cost is one decryption and one copy of what the fetch returns, and the memory one
 * extra buffer of the read's size (bounded by the fetch's max bytes, as the read itself). When a
 * batch cannot be decrypted (its key is gone from the ring, or it was changed on disk), the read
 * returns the batches before it; when it is the first one, the read fails with KAFKA_STORAGE_ERROR
 * (EncryptionError, naming the key id). Ciphertext is never served.
 *
 * What the rest of the engine needs (nothing, where it reads headers only):
 *  - offset and time indexes, retention, DeleteRecords, truncation, recovery: headers and the
 *    stored CRC; an encrypted log recovers, truncates a torn tail and rolls exactly as a plain one.
 *  - producer state and the aborted-transaction index: headers and (plaintext) control batches.
 *  - log-dir moves (AlterReplicaLogDirs): byte copies of the stored files, ciphertext included.
 *  - ListOffsets by timestamp: decrypts the one batch it decodes (timestamp-lookup.ts).
 *  - compaction: decrypts to map keys and to clean, re-encrypts what it rewrites
 *    (cleaner/log-cleaner.ts, reencryptCleaned below).
 *  - replication (issue 14): followers fetch through the leader's reads, so they get plaintext and
 *    encrypt under their own copy of the topic config when they append.
 */
import { OFF_ATTRIBUTES, batchSize, isControl, readInt64AsNumber } from '../../protocol/record-batch/batch-header.ts';
import type { AppendedBatch } from '../segment/log-segment.ts';
import type { ReadBufferPool } from '../segment/read-buffer-pool.ts';
import { StorageError } from '../storage-error.ts';
import { EncryptionError, decryptBatchInto, encryptBatch, isEncrypted, keyIdOf } from './encrypted-batch.ts';
import type { KeyRing } from './key-ring.ts';

/**
 * The stored form of an append's records: each data batch encrypted under `keyId`; `placed` (one
 * entry per batch, in order) is updated to the new positions and sizes.
 */
export function encryptAppend(records: Buffer, placed: AppendedBatch[], keyId: string, ring: KeyRing): Buffer {
  const key = ring.get(keyId);
  if (!key) {
    throw new EncryptionError(keyId, -1, 'missing key', `the topic is encrypted with key ${keyId} (samsa.encryption.key.id), which is not in the broker's key ring; add it to samsa.encryption.keys.file or SAMSA_ENCRYPTION_KEYS`);
  }
  const parts: Buffer[] = [];
  let at = 0;
  for (const b of placed) {
    const batch = records.subarray(b.at, b.at + b.size);
    const stored = isControl(batch.readInt16BE(OFF_ATTRIBUTES)) ? batch : encryptBatch(batch, keyId, key);
    parts.push(stored);
    b.at = at;
    b.size = stored.length;
    at += stored.length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, at);
}

/**
 * The cleaner's rewrite of an encrypted batch (`plain`, from `stored`) stored encrypted again: under
 * the log's current key when it has one (so compaction moves old data to the new key), else under
 * the key `stored` names. A rewritten batch never goes to disk plaintext.
 */
export function reencryptCleaned(plain: Buffer, stored: Buffer, currentKeyId: string | null, ring: KeyRing): Buffer {
  const keyId = currentKeyId !== null && ring.has(currentKeyId) ? currentKeyId : keyIdOf(stored);
  const key = keyId === null ? undefined : ring.get(keyId);
  if (keyId === null || !key) throw new StorageError('KAFKA_STORAGE_ERROR', `no key to encrypt a cleaned batch at offset ${readInt64AsNumber(stored, 0)} with`);
  return encryptBatch(plain, keyId, key);
}

export interface DecryptedRead {
  records: Buffer;
  release: () => void;
}

/**
 * The plaintext form of `records` (whole batches, some encrypted). The input buffer is released
 * here (its bytes are copied out); the result comes from `pool` and has its own release.
 */
export function decryptRead(records: Buffer, release: () => void, ring: KeyRing, pool: ReadBufferPool): DecryptedRead {
  const out = pool.acquire(records.length);
  let to = 0;
  try {
    for (let at = 0; at < records.length; ) {
      const size = batchSize(records, at);
      const batch = records.subarray(at, at + size);
      if (isEncrypted(batch.readInt16BE(OFF_ATTRIBUTES))) {
        try {
          to += decryptBatchInto(batch, ring, out.buffer, to);
        } catch (e) {
          if (to === 0 || !(e instanceof EncryptionError)) throw e;
          break; // serve what came before; the next read starts at this batch and reports it
        }
      } else to += batch.copy(out.buffer, to);
      at += size;
    }
  } catch (e) {
    out.release();
    throw e;
  } finally {
    release();
  }
  return { records: out.buffer.subarray(0, to), release: out.release };
}
