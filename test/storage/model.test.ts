/**
 * Model-based test (RELIABILITY.md, fuzzing): random appends, reads, rolls, truncations, DeleteRecords,
 * retention, compaction, clean restarts and power losses against a plain array of batches. Every
 * read must agree with the model: whole batches, starting with the one holding the requested
 * offset, in order, with the records appended (compaction may only have removed records that a
 * later record of the same key supersedes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import type { LogManager } from '../../src/storage/dirs/log-manager.ts';
import type { PartitionLog } from '../../src/storage/log/partition-log.ts';
import { testBatch, decodeBatches } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

interface ModelRecord {
  offset: number;
  key: string;
  value: string;
}
interface ModelBatch {
  base: number;
  last: number;
  records: ModelRecord[];
}
interface Model {
  batches: ModelBatch[];
  logStart: number;
  logEnd: number;
  counter: number;
}
interface Real {
  fs: MemoryFileSystem;
  mgr: LogManager;
  log: PartitionLog;
  clock: ReturnType<typeof testClock>;
}

const config = smallConfig({ segmentBytes: 700, indexIntervalBytes: 120, retentionMs: -1, retentionBytes: 1500, cleanupPolicy: ['compact', 'delete'] });

class AppendCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly sizes: number[]) {}
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    const bufs: Buffer[] = [];
    const added: ModelBatch[] = [];
    let base = m.logEnd;
    for (const n of this.sizes) {
      const records = Array.from({ length: n }, (_, i) => ({ offset: base + i, key: `k${m.counter % 7}`, value: `v${m.counter++}` }));
      bufs.push(testBatch({ records: records.map(({ key, value }) => ({ key, value, timestamp: r.clock.now() })) }));
      added.push({ base, last: base + n - 1, records });
      base += n;
    }
    const res = await r.log.append(Buffer.concat(bufs), { leaderEpoch: 0 });
    assert.equal(res.baseOffset, m.logEnd);
    assert.equal(res.lastOffset, base - 1);
    m.batches.push(...added);
    m.logEnd = base;
  }
  toString() {
    return `append(${this.sizes})`;
  }
}

class ReadCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly maxBytes: number,
    readonly upToPick: number,
  ) {}
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    const span = m.logEnd - m.logStart + 1;
    const offset = m.logStart + (this.pick % span);
    const upTo = offset + (this.upToPick % (m.logEnd - offset + 1));
    assert.equal(r.log.logStartOffset, m.logStart);
    assert.equal(r.log.logEndOffset, m.logEnd);
    const got = decodeBatches((await r.log.read(offset, this.maxBytes, upTo, { minOneBatch: true })).records);
    const expected = m.batches.filter((b) => b.last >= offset && b.last < upTo);
    if (expected.length === 0) return assert.equal(got.length, 0);
    assert.ok(got.length >= 1, `read(${offset}, upTo ${upTo}) returned nothing`);
    assert.ok(got.length <= expected.length);
    got.forEach((b, i) => {
      const e = expected[i]!;
      assert.deepEqual([b.baseOffset, b.lastOffset], [e.base, e.last]);
      assert.deepEqual(b.offsets, e.records.map((x) => x.offset));
      assert.deepEqual(b.values, e.records.map((x) => x.value));
      assert.deepEqual(b.keys, e.records.map((x) => x.key));
    });
  }
  toString() {
    return `read(${this.pick}, ${this.maxBytes}, ${this.upToPick})`;
  }
}

class RollCommand implements fc.AsyncCommand<Model, Real> {
  check() {
    return true;
  }
  async run(_m: Model, r: Real) {
    await r.log.rollNow();
  }
  toString() {
    return 'roll';
  }
}

class TruncateCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    return m.logEnd > m.logStart;
  }
  async run(m: Model, r: Real) {
    const offset = m.logStart + (this.pick % (m.logEnd - m.logStart + 1));
    await r.log.truncateTo(offset);
    // A batch holding `offset` goes whole. The log then ends after the last batch left, or where
    // its active segment begins when compaction left a gap before it.
    m.batches = m.batches.filter((b) => b.last < offset);
    const lastEnd = m.batches.length ? m.batches[m.batches.length - 1]!.last + 1 : 0;
    const end = r.log.logEndOffset;
    assert.ok(end >= lastEnd && end <= offset, `log end ${end} after truncateTo(${offset}), last batch ends at ${lastEnd}`);
    m.logEnd = end;
    if (m.logEnd < m.logStart) m.logStart = m.logEnd;
    assert.equal(r.log.logEndOffset, m.logEnd);
  }
  toString() {
    return `truncate(${this.pick})`;
  }
}

class DeleteRecordsCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    const offset = m.logStart + (this.pick % (m.logEnd - m.logStart + 1));
    assert.equal(await r.log.deleteRecordsBefore(offset), offset);
    m.logStart = offset;
    m.batches = m.batches.filter((b) => b.last >= offset);
  }
  toString() {
    return `deleteRecords(${this.pick})`;
  }
}

class RetentionCommand implements fc.AsyncCommand<Model, Real> {
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    await r.mgr.runRetention();
    const start = r.log.logStartOffset;
    assert.ok(start >= m.logStart && start <= m.logEnd);
    assert.ok(r.log.sizeInBytes() <= 1500 + 700, 'retention.bytes holds');
    m.logStart = start;
    m.batches = m.batches.filter((b) => b.last >= start);
  }
  toString() {
    return 'retention';
  }
}

class CompactCommand implements fc.AsyncCommand<Model, Real> {
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    await r.mgr.runCleaner({ force: true });
    assert.equal(r.log.logEndOffset, m.logEnd);
    assert.equal(r.log.logStartOffset, m.logStart);
    const left = new Map<number, string>();
    let offset = m.logStart;
    while (offset < m.logEnd) {
      const got = decodeBatches((await r.log.read(offset, 1 << 20, m.logEnd, { minOneBatch: true })).records);
      if (got.length === 0) break;
      for (const b of got) b.offsets.forEach((o, i) => left.set(o, b.values[i]!));
      offset = got[got.length - 1]!.lastOffset + 1;
    }
    const all = m.batches.flatMap((b) => b.records);
    const lastOfKey = new Map(all.map((x) => [x.key, x.offset]));
    for (const x of all) {
      if (left.has(x.offset)) assert.equal(left.get(x.offset), x.value, `record at ${x.offset} changed`);
      else assert.ok(lastOfKey.get(x.key)! > x.offset, `${x.key}@${x.offset} was removed but nothing supersedes it`);
    }
    for (const [, o] of lastOfKey) assert.ok(left.has(o), `the latest record of a key (offset ${o}) was removed`);
    m.batches = m.batches.map((b) => ({ ...b, records: b.records.filter((x) => left.has(x.offset)) })).filter((b) => b.records.length > 0);
  }
  toString() {
    return 'compact';
  }
}

class RestartCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly crash: boolean) {}
  check() {
    return true;
  }
  async run(m: Model, r: Real) {
    if (this.crash) r.fs.crash();
    else await r.mgr.close();
    r.mgr = await openManager(r.fs, r.clock.now);
    r.log = r.mgr.get('t', 0)!;
    r.log.updateConfig(config);
    assert.equal(r.log.logEndOffset, m.logEnd);
    assert.equal(r.log.logStartOffset, m.logStart);
  }
  toString() {
    return this.crash ? 'crash' : 'restart';
  }
}

test('the partition log agrees with an array model under random operations', async () => {
  const commands = [
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }).map((s) => new AppendCommand(s)),
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }).map((s) => new AppendCommand(s)),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.nat()).map(([a, b, c]) => new ReadCommand(a, b, c)),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.nat()).map(([a, b, c]) => new ReadCommand(a, b, c)),
    fc.constant(new RollCommand()),
    fc.nat().map((p) => new TruncateCommand(p)),
    fc.nat().map((p) => new DeleteRecordsCommand(p)),
    fc.constant(new RetentionCommand()),
    fc.constant(new CompactCommand()),
    fc.boolean().map((c) => new RestartCommand(c)),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 80, size: 'max' }), async (cmds) => {
      const fs = new MemoryFileSystem();
      const clock = testClock();
      const mgr = await openManager(fs, clock.now);
      const log = await mgr.create('t', 0, config, 'id');
      const real: Real = { fs, mgr, log, clock };
      const model: Model = { batches: [], logStart: 0, logEnd: 0, counter: 0 };
      await fc.asyncModelRun(() => ({ model, real }), cmds);
      await real.mgr.close();
    }),
    { numRuns: 80, seed: 20261123 },
  );
});
