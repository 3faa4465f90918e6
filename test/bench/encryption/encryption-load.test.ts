/**
 * The encryption benchmark's load (bench/encryption/encryption-load.ts), small: against a Samsa
 * broker process with a key file, kcat produces to a plain and an encrypted topic and reads every
 * record back; the encrypted topic's segment files hold none of the records' bytes; the codec
 * figures are positive.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeRecordFile } from '../../../bench/broker/kcat-perf.ts';
import { codecFigures, createBenchTopic, runRound, startEncryptionBroker } from '../../../bench/encryption/encryption-load.ts';

const RECORDS = 3000;
const SIZE = 200;

function logBytes(dataDir: string, topic: string): Buffer {
  const parts = readdirSync(dataDir).filter((d) => d.startsWith(`${topic}-`));
  assert.ok(parts.length > 0);
  return Buffer.concat(parts.flatMap((p) => readdirSync(join(dataDir, p)).filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(dataDir, p, f)))));
}

test('encryption bench load: kcat round trips a plain and an encrypted topic; no record bytes on disk for the encrypted one', { timeout: 120_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'samsa-enc-bench-test-'));
  const file = join(work, 'records.txt');
  writeRecordFile(file, RECORDS, SIZE);
  const line = readFileSync(file).subarray(0, SIZE); // one record's bytes
  const target = await startEncryptionBroker(false);
  try {
    for (const encrypted of [false, true]) {
      const topic = encrypted ? 'enc' : 'plain';
      await createBenchTopic(target.broker.bootstrap, topic, 2, encrypted);
      const r = await runRound(target.broker, topic, file, RECORDS, SIZE); // kcatConsume fails unless every record is read
      assert.equal(r.consume.records, RECORDS);
      assert.ok(r.produce.mibPerSec > 0 && r.consume.brokerCores >= 0);
      const onDisk = logBytes(target.broker.dataDir, topic);
      assert.equal(onDisk.indexOf(line.subarray(0, 64)) >= 0, !encrypted, encrypted ? 'ciphertext only' : 'a plain topic stores the records as sent');
    }
    assert.deepEqual(target.broker.problems(), [], 'the broker logged no warnings or errors');
  } finally {
    await target.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const codec = codecFigures(3);
  assert.ok(codec.encryptMBps > 0 && codec.decryptMBps > 0);
});
