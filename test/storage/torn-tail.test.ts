/**
 * Torn tail on a real file (RELIABILITY.md "torn tail"): the last segment of a log on disk is cut at
 * random byte positions or has a byte flipped; recovery keeps exactly the batches before the damage
 * and never serves a corrupt one.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, truncateSync, writeFileSync, statSync, cpSync, unlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateBatch } from '../../src/protocol/record-batch/batch-header.ts';
import { LogManager } from '../../src/storage/dirs/log-manager.ts';
import { smallConfig } from './helpers/test-log.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';

const root = mkdtempSync(join(tmpdir(), 'samsa-torn-'));
after(() => rmSync(root, { recursive: true, force: true }));

const open = (dir: string) => LogManager.open({ logDirs: [dir], scheduler: false });

/** A log of 30 batches in several segments; returns the end position of each batch in the last segment. */
async function makeLog(dir: string): Promise<{ lastSegment: string; ends: number[]; baseOfLast: number; offsetsAtEnds: number[] }> {
  const mgr = await open(dir);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 2000 }), 'id');
  for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`v${i}-`, 1 + (i % 4)) }), { leaderEpoch: 0 });
  const last = log.active;
  const ends: number[] = [];
  const offsetsAtEnds: number[] = [];
  for (const b of await readAll(log, last.baseOffset)) offsetsAtEnds.push(b.lastOffset + 1);
  await mgr.close();
  const path = join(dir, 't-0', last.logPath.split('/').pop()!);
  const data = readFileSync(path);
  for (let at = 0; at < data.length; ) {
    at += data.readInt32BE(at + 8) + 12;
    ends.push(at);
  }
  // Unclean: no marker, so recovery scans.
  unlinkSync(join(dir, '.kafka_cleanshutdown'));
  return { lastSegment: path, ends, baseOfLast: last.baseOffset, offsetsAtEnds };
}

test('truncating the last .log at any byte recovers to the last whole batch', async () => {
  const template = join(root, 'template');
  const info = await makeLog(template);
  const size = statSync(info.lastSegment).size;
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: size - 1 }), async (cut) => {
      const dir = join(root, `cut-${run++}`);
      cpSync(template, dir, { recursive: true });
      truncateSync(join(dir, 't-0', info.lastSegment.split('/').pop()!), cut);
      const whole = info.ends.filter((e) => e <= cut).length;
      const expectedEnd = whole === 0 ? info.baseOfLast : info.offsetsAtEnds[whole - 1]!;
      const mgr = await open(dir);
      const log = mgr.get('t', 0)!;
      assert.equal(log.logEndOffset, expectedEnd);
      const batches = await readAll(log, 0);
      assert.equal(batches[batches.length - 1]?.lastOffset ?? -1, expectedEnd - 1);
      const r = await log.append(testBatch({ records: values('after', 1) }), { leaderEpoch: 1 });
      assert.equal(r.baseOffset, expectedEnd);
      await mgr.close();
      rmSync(dir, { recursive: true, force: true });
    }),
    { numRuns: 25, seed: 42 },
  );
});

test('a flipped byte in the last segment truncates the log before the damaged batch', async () => {
  const template = join(root, 'template-flip');
  const info = await makeLog(template);
  const size = statSync(info.lastSegment).size;
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 255 }), async (pos, mask) => {
      const dir = join(root, `flip-${run++}`);
      cpSync(template, dir, { recursive: true });
      const file = join(dir, 't-0', info.lastSegment.split('/').pop()!);
      const data = readFileSync(file);
      data[pos]! ^= mask;
      writeFileSync(file, data);
      // The damaged batch is the one containing `pos`: everything before it survives.
      const damaged = info.ends.findIndex((e) => e > pos);
      const expectedEnd = damaged === 0 ? info.baseOfLast : info.offsetsAtEnds[damaged - 1]!;
      const mgr = await open(dir);
      const log = mgr.get('t', 0)!;
      const start = damaged === 0 ? 0 : info.ends[damaged - 1]!;
      const inBatch = pos - start;
      if (inBatch >= 12 && inBatch < 16) {
        // The partition leader epoch is outside the CRC (Kafka's layout): the batch stays valid.
        assert.equal(log.logEndOffset, info.offsetsAtEnds[info.offsetsAtEnds.length - 1]);
      } else if (inBatch >= 8) {
        // Length, magic, CRC, or anything the CRC covers: the damaged batch and all after it go.
        assert.equal(log.logEndOffset, expectedEnd);
      } else {
        // A base offset (outside the CRC too) is caught when it no longer increases.
        assert.ok(log.logEndOffset >= expectedEnd);
      }
      const batches = await readAll(log, 0);
      for (let i = 1; i < batches.length; i++) assert.ok(batches[i]!.baseOffset > batches[i - 1]!.lastOffset);
      let offset = 0;
      while (offset < log.logEndOffset) {
        const { records } = await log.read(offset, 1 << 20, log.logEndOffset, { minOneBatch: true });
        for (let at = 0; at < records.length; ) {
          const size = records.readInt32BE(at + 8) + 12;
          validateBatch(records.subarray(at, at + size));
          at += size;
          offset = records.readInt32BE(at - size) * 2 ** 32 + records.readUInt32BE(at - size + 4) + records.readInt32BE(at - size + 23) + 1;
        }
      }
      await mgr.close();
      rmSync(dir, { recursive: true, force: true });
    }),
    { numRuns: 40, seed: 7 },
  );
});

test('missing or corrupt index files are rebuilt, never trusted', async () => {
  const dir = join(root, 'index');
  const mgr = await open(dir);
  const log = await mgr.create('t', 0, smallConfig({ segmentBytes: 1500, indexIntervalBytes: 100 }), 'id');
  for (let i = 0; i < 40; i++) await log.append(testBatch({ records: values(`k${i}-`, 2) }), { leaderEpoch: 0 });
  const expected = await readAll(log, 0);
  const first = log.segments[0]!;
  const second = log.segments[1]!;
  await mgr.close();
  const idx0 = join(dir, 't-0', first.indexPath.split('/').pop()!);
  const idx1 = join(dir, 't-0', second.indexPath.split('/').pop()!);
  assert.ok(existsSync(idx0));
  unlinkSync(idx0);
  const bad = readFileSync(idx1);
  bad.writeInt32BE(0x7fff0000, 4); // a position far outside the log
  writeFileSync(idx1, bad);
  const mgr2 = await open(dir);
  const log2 = mgr2.get('t', 0)!;
  for (const b of expected) {
    const got = await readAll(log2, b.baseOffset, b.lastOffset + 1);
    assert.deepEqual(got[0]!.values, b.values);
  }
  await mgr2.close();
});
