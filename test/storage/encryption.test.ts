/** Encryption at rest: the batch codec, the key ring, and a partition log storing encrypted batches. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { OFF_ATTRIBUTES, OFF_RECORDS_COUNT, checkBatchCrc } from '../../src/protocol/record-batch/batch-header.ts';
import { readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import { EncryptionError, ENCRYPTED_BIT, decryptBatch, encryptBatch, envelopeOverhead, keyIdOf } from '../../src/storage/encryption/encrypted-batch.ts';
import { KeyRing, KeyRingError, parseKeyRing } from '../../src/storage/encryption/key-ring.ts';
import { isStorageError } from '../../src/storage/storage-error.ts';
import type { PartitionLog } from '../../src/storage/log/partition-log.ts';
import type { LogManager } from '../../src/storage/dirs/log-manager.ts';
import { testBatch } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const ring = (entries: Record<string, Buffer>): KeyRing => new KeyRing(new Map(Object.entries(entries)));

function patched(values: string[], ts = 1_700_000_000_000): Buffer {
  const b = testBatch({ records: values.map((v, i) => ({ key: `key-${i}`, value: v, timestamp: ts + i })) });
  b.writeInt32BE(0, 0);
  b.writeInt32BE(42, 4); // a base offset, as the log assigns it
  return b;
}

/** Every record value of every batch in `records`, in order. */
function valuesOf(records: Buffer): string[] {
  const out: string[] = [];
  for (let at = 0; at < records.length; ) {
    const size = records.readInt32BE(at + 8) + 12;
    const batch = records.subarray(at, at + size);
    checkBatchCrc(batch); // a client gets a valid CRC of the plaintext form
    assert.equal(batch.readInt16BE(OFF_ATTRIBUTES) & ENCRYPTED_BIT, 0, 'the encryption bit never leaves the broker');
    for (const r of readRecords(batch, { maxDecompressedBytes: 1 << 20 })) out.push(r.value?.toString() ?? '<null>');
    at += size;
  }
  return out;
}

async function readAll(log: PartitionLog, from = log.logStartOffset): Promise<string[]> {
  const out: string[] = [];
  let offset = from;
  while (offset < log.logEndOffset) {
    const { records } = await log.read(offset, 1 << 20, log.logEndOffset, { minOneBatch: true });
    if (records.length === 0) break;
    out.push(...valuesOf(records));
    let at = 0;
    while (at < records.length) {
      offset = records.readInt32BE(at) * 2 ** 32 + records.readUInt32BE(at + 4) + records.readInt32BE(at + 23) + 1;
      at += records.readInt32BE(at + 8) + 12;
    }
  }
  return out;
}

/** The bytes of every .log file of the manager's logs. */
async function segmentBytes(fs: MemoryFileSystem, log: PartitionLog): Promise<Buffer> {
  const files = (await fs.readdir(log.dir)).filter((f) => f.endsWith('.log'));
  assert.ok(files.length > 0);
  return Buffer.concat(await Promise.all(files.map((f) => fs.readFile(`${log.dir}/${f}`))));
}

async function expectDecryptError(p: Promise<unknown>, keyId: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isStorageError(e) && e.code === 'KAFKA_STORAGE_ERROR', `got ${String(e)}`);
    assert.ok(e instanceof EncryptionError && e.keyId === keyId);
    assert.match((e as Error).message, new RegExp(`key ${keyId}`));
    return true;
  });
}

test('codec: a batch round-trips byte for byte, its header readable, its records not', () => {
  const plain = patched(['the secret value', 'another secret']);
  const stored = encryptBatch(plain, 'k1', ring({ k1 }).get('k1')!);
  assert.equal(stored.length, plain.length + envelopeOverhead(2));
  assert.equal(stored.subarray(0, 21).subarray(0, 8).compare(plain.subarray(0, 8)), 0, 'base offset as it was');
  assert.equal(stored.readInt32BE(OFF_RECORDS_COUNT), 2, 'header fields stay readable');
  assert.ok(stored.readInt16BE(OFF_ATTRIBUTES) & ENCRYPTED_BIT);
  checkBatchCrc(stored); // recovery checks the stored bytes
  assert.equal(stored.indexOf('secret'), -1);
  assert.equal(keyIdOf(stored), 'k1');
  assert.deepEqual(decryptBatch(stored, ring({ k1 })), plain);
  // A fresh nonce every time: the same batch never encrypts to the same bytes.
  assert.notDeepEqual(encryptBatch(plain, 'k1', ring({ k1 }).get('k1')!), stored);
});

test('codec: tampering with the records, the header or the key id is detected', () => {
  const plain = patched(['v1']);
  const stored = encryptBatch(plain, 'k1', ring({ k1 }).get('k1')!);
  const flips = [stored.length - 30, stored.length - 1, 5 /* base offset */, OFF_RECORDS_COUNT + 3, 35 /* max timestamp */];
  for (const at of flips) {
    const bad = Buffer.from(stored);
    bad[at]! ^= 1;
    assert.throws(() => decryptBatch(bad, ring({ k1 })), (e: unknown) => e instanceof EncryptionError && e.reason === 'authentication failed', `flip at ${at}`);
  }
  // A batch pointed at another key of the ring (same id length) fails too.
  const renamed = Buffer.from(stored);
  renamed.write('k2', 63, 'latin1');
  assert.throws(() => decryptBatch(renamed, ring({ k1, k2 })), (e: unknown) => e instanceof EncryptionError && e.reason === 'authentication failed');
});

test('codec: a wrong key and a missing key are clear errors, never bytes', () => {
  const stored = encryptBatch(patched(['v']), 'k1', ring({ k1 }).get('k1')!);
  assert.throws(() => decryptBatch(stored, ring({ k1: k2 })), (e: unknown) => e instanceof EncryptionError && e.reason === 'authentication failed' && e.code === 'KAFKA_STORAGE_ERROR');
  assert.throws(() => decryptBatch(stored, ring({ k2 })), (e: unknown) => e instanceof EncryptionError && e.reason === 'missing key' && e.keyId === 'k1' && /not in the key ring/.test(e.message));
});

test('key ring: parses id=base64 lines and rejects what would break reads later', () => {
  const text = `# keys\nk1=${k1.toString('base64')}\n\n  k2 = ${k2.toString('base64')}  \n`;
  const keys = parseKeyRing(text, 'keys.txt');
  assert.deepEqual([...keys.keys()], ['k1', 'k2']);
  assert.deepEqual(keys.get('k2'), k2);
  assert.deepEqual([...parseKeyRing(`a=${k1.toString('base64')},b=${k2.toString('base64')}`, 'env').keys()], ['a', 'b']);
  const bad = [`k1=${randomBytes(16).toString('base64')}`, 'k1', `bad id=${k1.toString('base64')}`, 'k1=not base64!', `k1=${k1.toString('base64')}\nk1=${k2.toString('base64')}`];
  for (const t of bad) assert.throws(() => parseKeyRing(t, 'keys.txt'), (e: unknown) => e instanceof KeyRingError && /keys\.txt/.test((e as Error).message), t);
});

test('key ring: an unknown id reads the sources again (rotation without restart), at most once a second', () => {
  let t = 0;
  let entries = new Map([['k1', k1]]);
  let reloads = 0;
  const r = new KeyRing(entries, () => (reloads++, entries), () => t);
  assert.equal(r.has('k2'), false);
  entries = new Map([['k1', k1], ['k2', k2]]);
  assert.equal(r.has('k2'), false, 'within the second: not read again');
  t += 1500;
  assert.equal(r.has('k2'), true);
  assert.equal(reloads, 2);
});

async function encryptedLog(fs: MemoryFileSystem, keys: KeyRing, keyId: string | null = 'k1', extra = {}): Promise<{ mgr: LogManager; log: PartitionLog }> {
  const clock = testClock();
  const mgr = await openManager(fs, clock.now, { keyRing: keys });
  const log = mgr.get('enc', 0) ?? (await mgr.create('enc', 0, smallConfig({ encryptionKeyId: keyId, ...extra }), 'id'));
  return { mgr, log };
}

test('log: segment files hold no plaintext of the records; reads return them; recovery after a crash reads them', async () => {
  const fs = new MemoryFileSystem();
  const keys = ring({ k1 });
  const { log } = await encryptedLog(fs, keys);
  const values: string[] = [];
  for (let i = 0; i < 40; i++) {
    const batch = [`plaintext-marker-${i}-a`, `plaintext-marker-${i}-b`];
    values.push(...batch);
    await log.append(patched(batch), { leaderEpoch: 0 });
  }
  assert.ok(log.segments.length > 1, 'several segments');
  const disk = await segmentBytes(fs, log);
  assert.equal(disk.indexOf('plaintext-marker'), -1, 'no record value on disk');
  assert.equal(disk.indexOf('key-0'), -1, 'no record key on disk');
  assert.deepEqual(await readAll(log), values);
  // A crash (no clean shutdown marker): recovery scans with CRC checks and truncates nothing.
  fs.crash();
  const again = await encryptedLog(fs, keys);
  assert.equal(again.log.logEndOffset, 80);
  assert.deepEqual(await readAll(again.log), values);
  await again.mgr.close();
});

test('log: LogAppendTime, ListOffsets by timestamp and a read limited to one batch work on encrypted batches', async () => {
  const fs = new MemoryFileSystem();
  const { log } = await encryptedLog(fs, ring({ k1 }));
  for (let i = 0; i < 5; i++) await log.append(patched([`a${i}`, `b${i}`], 1_000 + i * 10), { leaderEpoch: 0 });
  // Record 1_021 is the second record of the third batch (offset 5).
  assert.deepEqual(await log.offsetForTimestamp(1_021), { offset: 5, timestamp: 1_021, leaderEpoch: 0 });
  const one = await log.read(0, 1, log.logEndOffset, { minOneBatch: true });
  assert.deepEqual(valuesOf(one.records), ['a0', 'b0']);
  one.release();
  const lat = await encryptedLog(new MemoryFileSystem(), ring({ k1 }), 'k1', { messageTimestampType: 'LogAppendTime' });
  const r = await lat.log.append(patched(['x']), { leaderEpoch: 0, now: 5_000 });
  assert.equal(r.logAppendTime, 5_000);
  const { records } = await lat.log.read(0, 1 << 20, 1);
  assert.deepEqual(valuesOf(records), ['x']);
  assert.equal(records.readInt32BE(35 + 4), 5_000, 'max timestamp stamped before encryption');
});

test('rotation: a new key id encrypts new batches, old ones stay readable; a key removed from the ring fails only its batches', async () => {
  const fs = new MemoryFileSystem();
  const { mgr, log } = await encryptedLog(fs, ring({ k1, k2 }));
  for (let i = 0; i < 3; i++) await log.append(patched([`old-${i}`]), { leaderEpoch: 0 });
  log.updateConfig({ ...log.config, encryptionKeyId: 'k2' });
  for (let i = 0; i < 3; i++) await log.append(patched([`new-${i}`]), { leaderEpoch: 0 });
  log.updateConfig({ ...log.config, encryptionKeyId: null });
  await log.append(patched(['plain-after-removal']), { leaderEpoch: 0 });
  assert.deepEqual(await readAll(log), ['old-0', 'old-1', 'old-2', 'new-0', 'new-1', 'new-2', 'plain-after-removal']);
  const disk = await segmentBytes(fs, log);
  assert.equal(disk.indexOf('old-'), -1);
  assert.equal(disk.indexOf('new-'), -1);
  assert.ok(disk.indexOf('plain-after-removal') >= 0, 'without a key id new batches are stored plaintext');
  await mgr.close();
  // Restart with k1 gone from the ring.
  const again = await encryptedLog(fs, ring({ k2 }));
  await expectDecryptError(again.log.read(0, 1 << 20, again.log.logEndOffset, { minOneBatch: true }), 'k1');
  assert.deepEqual(await readAll(again.log, 3), ['new-0', 'new-1', 'new-2', 'plain-after-removal']);
  // A read that starts at a readable batch stops before an unreadable one instead of failing.
  await again.log.truncateTo(7);
  await again.log.append(patched(['x']), { leaderEpoch: 0 });
  await again.mgr.close();
  const mixed = await encryptedLog(fs, ring({ k1, k2 }));
  assert.deepEqual(await readAll(mixed.log), ['old-0', 'old-1', 'old-2', 'new-0', 'new-1', 'new-2', 'plain-after-removal', 'x']);
  await mixed.mgr.close();
});

test('a read of several batches returns those before a batch whose key is missing', async () => {
  const fs = new MemoryFileSystem();
  const { mgr, log } = await encryptedLog(fs, ring({ k1, k2 }), 'k2');
  await log.append(patched(['readable-0']), { leaderEpoch: 0 });
  await log.append(patched(['readable-1']), { leaderEpoch: 0 });
  log.updateConfig({ ...log.config, encryptionKeyId: 'k1' });
  await log.append(patched(['lost']), { leaderEpoch: 0 });
  await mgr.close();
  const again = await encryptedLog(fs, ring({ k2 }));
  const r = await again.log.read(0, 1 << 20, again.log.logEndOffset, { minOneBatch: true });
  assert.deepEqual(valuesOf(r.records), ['readable-0', 'readable-1']);
  await expectDecryptError(again.log.read(2, 1 << 20, again.log.logEndOffset), 'k1');
  await again.mgr.close();
});

test('compaction of an encrypted topic keeps the latest value per key, re-encrypts what it rewrites, stays encrypted', async () => {
  const fs = new MemoryFileSystem();
  const { mgr, log } = await encryptedLog(fs, ring({ k1, k2 }), 'k1', { cleanupPolicy: ['compact'], segmentBytes: 600 });
  const latest = new Map<string, string>();
  const put = async (keys: number[], round: number) => {
    const records = keys.map((k) => ({ key: `key-${k}`, value: `secret-${k}-round-${round}`, timestamp: 1_000 }));
    for (const r of records) latest.set(r.key, r.value);
    await log.append(testBatch({ records }), { leaderEpoch: 0 });
  };
  await put([0, 1, 2, 3, 4, 5], 0); // one batch under k1, half of it superseded below: it gets rewritten
  for (const k of [0, 1, 2]) await put([k], 1);
  log.updateConfig({ ...log.config, encryptionKeyId: 'k2' }); // rotation
  for (let round = 2; round < 5; round++) for (const k of [0, 1, 2]) await put([k], round);
  await log.rollNow();
  const before = log.sizeInBytes();
  assert.ok((await mgr.runCleaner({ force: true })) > 0);
  assert.ok(log.sizeInBytes() < before, 'compaction removed superseded records');
  const values = await readAll(log);
  assert.deepEqual(values.sort(), [...latest.values()].sort(), 'only the latest value of each key is left');
  const disk = await segmentBytes(fs, log);
  assert.equal(disk.indexOf('secret-'), -1, 'cleaned segments are encrypted too');
  assert.equal(disk.indexOf('key-'), -1);
  // The rewritten first batch went to the current key: k1 is no longer needed for what is left.
  await mgr.close();
  const again = await encryptedLog(fs, ring({ k2 }));
  assert.deepEqual((await readAll(again.log)).sort(), [...latest.values()].sort());
  await again.mgr.close();
});

test('a plaintext log is read as before: no copy, the read buffer itself', async () => {
  const fs = new MemoryFileSystem();
  const { log } = await encryptedLog(fs, ring({ k1 }), null);
  await log.append(patched(['p0']), { leaderEpoch: 0 });
  const disk = await segmentBytes(fs, log);
  const r = await log.read(0, 1 << 20, 1);
  assert.deepEqual(r.records, disk, 'served bytes are the stored bytes');
  assert.ok(disk.indexOf('p0') >= 0);
});

test('appending to a log whose key left the ring fails with KAFKA_STORAGE_ERROR and writes nothing', async () => {
  const fs = new MemoryFileSystem();
  const { log } = await encryptedLog(fs, ring({ k1 }), 'gone');
  await assert.rejects(log.append(patched(['v']), { leaderEpoch: 0 }), (e: unknown) => isStorageError(e) && e.code === 'KAFKA_STORAGE_ERROR' && /key gone/.test(e.message));
  assert.equal(log.logEndOffset, 0);
  assert.equal(log.isOffline, false, 'a missing key is not an I/O failure');
});

test('an encrypted log: a torn tail is cut at recovery, DeleteRecords and a move to another log dir keep it readable and encrypted', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const keys = ring({ k1 });
  const open = () => openManager(fs, clock.now, { keyRing: keys, logDirs: ['/a', '/b'] });
  let mgr = await open();
  const log = await mgr.create('enc', 0, smallConfig({ encryptionKeyId: 'k1' }), 'id');
  for (let i = 0; i < 20; i++) await log.append(patched([`sealed-${i}`]), { leaderEpoch: 0 });
  // Tear the last batch: recovery (no clean-shutdown marker) cuts it, the rest decrypts.
  const last = log.active.logPath;
  fs.crash();
  const bytes = await fs.readFile(last);
  await fs.writeFile(last, bytes.subarray(0, bytes.length - 7));
  mgr = await open();
  let again = mgr.get('enc', 0)!;
  assert.equal(again.logEndOffset, 19, 'the torn batch is gone');
  assert.deepEqual(await readAll(again), Array.from({ length: 19 }, (_, i) => `sealed-${i}`));
  assert.equal(await again.deleteRecordsBefore(5), 5);
  assert.deepEqual(await readAll(again), Array.from({ length: 14 }, (_, i) => `sealed-${i + 5}`));
  // AlterReplicaLogDirs: the files are copied as stored.
  const target = mgr.logDirOf('enc', 0) === '/a' ? '/b' : '/a';
  await mgr.alterLogDir('enc', 0, target);
  assert.equal(await mgr.moveOf('enc', 0)!.done, true);
  again = mgr.get('enc', 0)!;
  assert.equal(again.dir, `${target}/enc-0`);
  assert.deepEqual(await readAll(again), Array.from({ length: 14 }, (_, i) => `sealed-${i + 5}`));
  assert.equal((await segmentBytes(fs, again)).indexOf('sealed-'), -1);
  await mgr.close();
});
