/**
 * The pieces of `npm run bench:encryption` (bench/encryption.ts), kept apart so that the smoke test
 * (test/bench/encryption/encryption-load.test.ts) runs them small:
 *  - a Samsa broker process with a key file (samsa.encryption.keys.file) of one key;
 *  - topics created with or without samsa.encryption.key.id (kafkajs admin);
 *  - one round on one topic: kcat produces a record file (acks=1), then consumes it all back from
 *    the beginning, with the broker's CPU time over each phase;
 *  - the batch codec alone, in this process: AES-256-GCM encrypt and decrypt of 1 MiB batches.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { decryptBatch, encryptBatch } from '../../src/storage/encryption/encrypted-batch.ts';
import { KeyRing } from '../../src/storage/encryption/key-ring.ts';
import { kcatConsume, kcatProduce, type KcatResult } from '../broker/kcat-perf.ts';
import { readProcessCpu } from '../broker/process-stats.ts';
import { startSamsaProcess, type SamsaProcess } from '../broker/samsa-process.ts';

export const BENCH_KEY_ID = 'bench-key';

/** Kafka's Long.MAX_VALUE: no fsync on the produce path. */
const NEVER_FLUSH = '9223372036854775807';

export interface EncryptionBroker {
  broker: SamsaProcess;
  stop(): Promise<void>;
}

/** A Samsa broker whose key ring holds BENCH_KEY_ID; `fsync` false turns the per-append fsync off. */
export async function startEncryptionBroker(fsync: boolean): Promise<EncryptionBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-bench-keys-'));
  const keysFile = join(dir, 'keys.txt');
  writeFileSync(keysFile, `${BENCH_KEY_ID}=${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  const properties: Record<string, string> = { 'samsa.encryption.keys.file': keysFile };
  if (!fsync) properties['log.flush.interval.messages'] = NEVER_FLUSH;
  try {
    const broker = await startSamsaProcess({ properties });
    return {
      broker,
      async stop() {
        await broker.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Creates `topic`, encrypted with BENCH_KEY_ID when `encrypted`. */
export async function createBenchTopic(bootstrap: string, topic: string, partitions: number, encrypted: boolean): Promise<void> {
  const kafka = new kafkajs.Kafka({ brokers: [bootstrap], clientId: 'samsa-bench', logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const configEntries = encrypted ? [{ name: 'samsa.encryption.key.id', value: BENCH_KEY_ID }] : [];
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1, configEntries }] });
  } finally {
    await admin.disconnect();
  }
}

export interface PhaseFigures extends KcatResult {
  /** Broker CPU time over the phase ÷ its wall time. */
  brokerCores: number;
}

async function withBrokerCpu(pid: number, run: () => Promise<KcatResult>): Promise<PhaseFigures> {
  const cpu0 = readProcessCpu(pid).selfMs;
  const r = await run();
  return { ...r, brokerCores: (readProcessCpu(pid).selfMs - cpu0) / r.wallMs };
}

/** kcat produces `file` (`records` of `size` bytes) into `topic`, then consumes them all back. */
export async function runRound(broker: SamsaProcess, topic: string, file: string, records: number, size: number): Promise<{ produce: PhaseFigures; consume: PhaseFigures }> {
  const produce = await withBrokerCpu(broker.pid, () => kcatProduce(broker.bootstrap, topic, file, records, size));
  const consume = await withBrokerCpu(broker.pid, () => kcatConsume(broker.bootstrap, topic, records, size));
  return { produce, consume };
}

/** AES-256-GCM on its own: MB/s (10^6 bytes) of 1 MiB batches of 1 KiB records, encrypt and decrypt. */
export function codecFigures(rounds: number): { encryptMBps: number; decryptMBps: number } {
  const ring = new KeyRing(new Map([[BENCH_KEY_ID, randomBytes(32)]]));
  const key = ring.get(BENCH_KEY_ID)!;
  const value = randomBytes(1024);
  const plain = buildBatch({ records: Array.from({ length: 1000 }, () => ({ value })) });
  let stored = encryptBatch(plain, BENCH_KEY_ID, key);
  for (let i = 0; i < Math.max(3, rounds / 4); i++) decryptBatch(encryptBatch(plain, BENCH_KEY_ID, key), ring); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) stored = encryptBatch(plain, BENCH_KEY_ID, key);
  const t1 = performance.now();
  for (let i = 0; i < rounds; i++) decryptBatch(stored, ring);
  const t2 = performance.now();
  const mb = (plain.length * rounds) / 1e6;
  return { encryptMBps: mb / ((t1 - t0) / 1000), decryptMBps: mb / ((t2 - t1) / 1000) };
}
