/**
 * The disk-full fault test of RELIABILITY.md, run by disk-full.test.ts inside a private user and
 * mount namespace (`unshare --user --map-root-user --mount`) whose `root` is a small tmpfs, so that
 * no root rights and no real disk are needed:
 *   1. a ballast file takes most of the tmpfs; the broker starts with log.dirs on it;
 *   2. an idempotent acks=all producer sends until the disk is full: every send either resolves
 *      (acknowledged) or fails with an error, never a false success;
 *   3. the broker keeps answering requests meanwhile (Metadata, another topic's ListOffsets);
 *   4. the ballast goes (space returns) and the broker restarts: every acknowledged record is there,
 *      at the offset it was acknowledged with, and new records are accepted again.
 * Prints one JSON line with the counts; exits 1 with the reason on any violation.
 */
import { writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Admin } from '../../src/client/admin.ts';
import { Consumer } from '../../src/client/consumer.ts';
import { Producer } from '../../src/client/producer.ts';
import { startSamsaBroker } from './samsa-broker.ts';

const root = process.argv[2]!;
const ballast = join(root, 'ballast');
const logDir = join(root, 'data');

function fail(reason: string): never {
  process.stderr.write(`disk-full scenario: ${reason}\n`);
  process.exit(1);
}

writeFileSync(ballast, Buffer.alloc(Number(process.argv[3] ?? 20 * 1024 * 1024), 1));
mkdirSync(logDir);
const broker = await startSamsaBroker({ dataDir: logDir, properties: { 'log.segment.bytes': String(1024 * 1024) } });
try {
  const admin = new Admin({ bootstrap: broker.bootstrap });
  await admin.createTopics([{ name: 'full', partitions: 1 }, { name: 'other', partitions: 1 }]);
  const producer = new Producer({ bootstrap: broker.bootstrap, acks: 'all', lingerMs: 0, deliveryTimeoutMs: 4000 });
  const acked = new Map<number, string>();
  let failed = 0;
  const value = (i: number) => `${i}:` + String(i).padStart(8, '0').repeat(1000);
  for (let i = 0; failed < 3 && i < 100_000; i++) {
    try {
      const r = await producer.send({ topic: 'full', partition: 0, value: value(i) });
      acked.set(r.offset, value(i));
    } catch {
      failed++;
    }
  }
  if (failed === 0) fail(`the disk never filled (${acked.size} records acknowledged)`);
  await producer.close().catch(() => undefined);
  // The broker still serves everyone else.
  const offsets = await admin.listOffsets('other', 'latest').catch((e: Error) => fail(`ListOffsets after the disk filled: ${e.message}`));
  if (offsets.length !== 1) fail(`ListOffsets after the disk filled answered ${offsets.length} partitions`);
  await admin.close();

  rmSync(ballast); // space returns
  await broker.restart();
  const consumer = new Consumer({ bootstrap: broker.bootstrap, autoOffsetReset: 'earliest', maxWaitMs: 200 });
  consumer.assign([{ topic: 'full', partition: 0, offset: 0 }]);
  const seen = new Map<number, string>();
  const last = Math.max(...acked.keys());
  const deadline = Date.now() + 20_000;
  for await (const r of consumer) {
    seen.set(Number(r.offset), r.value!.toString());
    if (Number(r.offset) >= last || Date.now() > deadline) break;
  }
  await consumer.close();
  let lost = 0;
  for (const [offset, v] of acked) if (seen.get(offset) !== v) lost++;
  if (lost > 0) fail(`${lost} of ${acked.size} acknowledged records are missing or different after the restart`);
  const again = new Producer({ bootstrap: broker.bootstrap, acks: 'all' });
  const r = await again.send({ topic: 'full', partition: 0, value: 'after' }).catch((e: Error) => fail(`producing after space returned: ${e.message}`));
  await again.close();
  process.stdout.write(`${JSON.stringify({ acknowledged: acked.size, failedSends: failed, lost, nextOffset: Number(r.offset) })}\n`);
} finally {
  await broker.stop();
}
