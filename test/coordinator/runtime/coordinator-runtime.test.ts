// The coordinator runtime (issue 11, item 4): load by replay, single writer with coalesced appends
// in call order, append-then-complete, unload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMarker, type CoordinatorLog, type CoordinatorMarker, type CoordinatorRecord, type ReplayedEntry } from '../../../src/coordinator/runtime/coordinator-log.ts';
import { CoordinatorRuntime, NotCoordinatorError, type CoordinatorShards } from '../../../src/coordinator/runtime/coordinator-runtime.ts';

const rec = (k: string, v: string | null = 'v'): CoordinatorRecord => ({ key: Buffer.from(k), value: v === null ? null : Buffer.from(v) });
const keys = (rs: CoordinatorRecord[]) => rs.map((r) => r.key.toString());

/** A log whose appends complete when the test says (the high watermark passing them). */
class HeldLog implements CoordinatorLog {
  readonly data = new Map<number, ReplayedEntry[]>();
  readonly appends: { partition: number; records: CoordinatorRecord[]; marker?: CoordinatorMarker; commit: () => void; fail: (e: Error) => void }[] = [];
  /** Replay pauses before each record until this resolves (to unload mid-load). */
  gate: Promise<void> | null = null;
  failReplay: Error | null = null;

  append(partition: number, records: CoordinatorRecord[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.appends.push({
        partition,
        records,
        commit: () => {
          this.data.set(partition, [...(this.data.get(partition) ?? []), ...records]);
          resolve();
        },
        fail: reject,
      });
    });
  }

  appendMarker(partition: number, marker: CoordinatorMarker): Promise<void> {
    return new Promise((resolve, reject) => {
      this.appends.push({
        partition,
        records: [],
        marker,
        commit: () => {
          this.data.set(partition, [...(this.data.get(partition) ?? []), marker]);
          resolve();
        },
        fail: reject,
      });
    });
  }

  async *replay(partition: number): AsyncIterable<ReplayedEntry> {
    for (const r of this.data.get(partition) ?? []) {
      if (this.gate) await this.gate;
      if (this.failReplay) throw this.failReplay;
      yield r;
    }
  }
}

class Shards implements CoordinatorShards {
  readonly events: string[] = [];
  replay(p: number, r: CoordinatorRecord): void {
    if (r.key.toString() === 'bad') throw new Error('unreadable');
    this.events.push(`replay ${p} ${r.key}${r.producer ? ` txn ${r.producer.producerId}` : ''}`);
  }
  replayMarker(p: number, m: CoordinatorMarker): void {
    this.events.push(`marker ${p} ${m.producerId} ${m.commit ? 'commit' : 'abort'}`);
  }
  loaded(p: number): void {
    this.events.push(`loaded ${p}`);
  }
  unloaded(p: number): void {
    this.events.push(`unloaded ${p}`);
  }
}

const turn = () => new Promise((r) => setImmediate(r));

test('a partition is served only once its whole log is replayed, in order; a bad record is reported and skipped', async () => {
  const log = new HeldLog();
  log.data.set(0, [rec('a'), rec('bad'), rec('b')]);
  log.data.set(1, [rec('c')]);
  const shards = new Shards();
  const errors: unknown[] = [];
  const rt = new CoordinatorRuntime(log, shards, { partitions: 3, onError: (e) => errors.push(e) });
  assert.equal(rt.availability(0), 'NOT_COORDINATOR');
  const loading = rt.load([0, 1]);
  assert.deepEqual([rt.availability(0), rt.availability(1), rt.availability(2), rt.isLoading()], ['LOADING', 'LOADING', 'NOT_COORDINATOR', true]);
  await loading;
  assert.deepEqual(shards.events, ['replay 0 a', 'replay 0 b', 'loaded 0', 'replay 1 c', 'loaded 1']);
  assert.equal(errors.length, 1);
  assert.deepEqual([rt.availability(0), rt.availability(1), rt.isLoading()], ['AVAILABLE', 'AVAILABLE', false]);
  assert.equal(rt.partitionFor('test'), 3556498 % 3, "Kafka's placement: abs(String.hashCode) % partitions");
});

test('writes of one turn to one partition are one append, in call order, and complete only when committed', async () => {
  const log = new HeldLog();
  const rt = new CoordinatorRuntime(log, new Shards(), { partitions: 2 });
  await rt.load();
  let state = 0;
  const done: string[] = [];
  const w1 = rt.write(0, () => ({ records: [rec('x1')], result: ++state })).then((r) => done.push(`w1=${r}`));
  const w2 = rt.write(0, () => ({ records: [rec('x2'), rec('x3')], result: ++state })).then((r) => done.push(`w2=${r}`));
  const other = rt.append(1, [rec('y')]).then(() => done.push('other'));
  assert.equal(state, 2, 'operations run at once, one after the other');
  await turn();
  assert.deepEqual(log.appends.map((a) => [a.partition, keys(a.records)]), [[0, ['x1', 'x2', 'x3']], [1, ['y']]]);
  await turn();
  assert.deepEqual(done, [], 'nothing completes before its records are committed');
  log.appends[1]!.commit();
  log.appends[0]!.commit();
  await Promise.all([w1, w2, other]);
  assert.deepEqual(done, ['other', 'w1=1', 'w2=2']);
  // An operation that throws writes nothing; one with no records completes at once.
  await assert.rejects(rt.write(0, () => { throw new Error('refused'); }), /refused/);
  assert.equal(await rt.write(0, () => ({ records: [], result: 'read-only' })), 'read-only');
  await turn();
  assert.equal(log.appends.length, 2);
});

test('records of a producer transaction get a batch of their own and markers keep their place; replay hands markers to the shard', async () => {
  const log = new HeldLog();
  const shards = new Shards();
  const rt = new CoordinatorRuntime(log, shards, { partitions: 1 });
  await rt.load();
  const txn = { producerId: 7n, producerEpoch: 0 };
  const writes = [
    rt.append(0, [rec('a')]),
    rt.append(0, [{ ...rec('t1'), producer: txn }]),
    rt.append(0, [{ ...rec('t2'), producer: txn }]),
    rt.appendMarker(0, { ...txn, commit: true, coordinatorEpoch: 0 }),
    rt.append(0, [rec('b')]),
  ];
  await turn();
  assert.deepEqual(
    log.appends.map((a) => (a.marker ? `marker ${a.marker.commit}` : `${keys(a.records).join(',')}${a.records[0]!.producer ? ' txn' : ''}`)),
    ['a', 't1,t2 txn', 'marker true', 'b'],
  );
  for (const a of log.appends) a.commit();
  await Promise.all(writes);
  const again = new Shards();
  const rt2 = new CoordinatorRuntime(log, again, { partitions: 1 });
  await rt2.load();
  assert.deepEqual(again.events, ['replay 0 a', 'replay 0 t1 txn 7', 'replay 0 t2 txn 7', 'marker 0 7 commit', 'replay 0 b', 'loaded 0']);
  assert.equal(log.data.get(0)!.filter(isMarker).length, 1);
});

test('a failed append fails every write of its batch', async () => {
  const log = new HeldLog();
  const rt = new CoordinatorRuntime(log, new Shards(), { partitions: 1 });
  await rt.load();
  const a = rt.append(0, [rec('a')]);
  const b = rt.append(0, [rec('b')]);
  await turn();
  log.appends[0]!.fail(new Error('disk'));
  await assert.rejects(a, /disk/);
  await assert.rejects(b, /disk/);
});

test('unloading drops the shard, refuses writes not yet appended and abandons a load under way', async () => {
  const log = new HeldLog();
  log.data.set(1, [rec('a'), rec('b')]);
  const shards = new Shards();
  const rt = new CoordinatorRuntime(log, shards, { partitions: 2 });
  await rt.load([0]);
  const pending = rt.append(0, [rec('late')]);
  rt.unload(0);
  await assert.rejects(pending, NotCoordinatorError);
  await assert.rejects(rt.append(0, [rec('x')]), NotCoordinatorError);
  await assert.rejects(rt.write(0, () => ({ records: [rec('x')], result: 1 })), NotCoordinatorError);
  assert.equal(rt.availability(0), 'NOT_COORDINATOR');
  await turn();
  assert.equal(log.appends.length, 0, 'nothing was written after the unload');

  let open!: () => void;
  log.gate = new Promise((r) => (open = r));
  const loading = rt.load([1]);
  await turn();
  rt.unload(1);
  open();
  await loading;
  assert.equal(rt.availability(1), 'NOT_COORDINATOR');
  assert.deepEqual(shards.events, ['loaded 0', 'unloaded 0', 'unloaded 1'], 'the abandoned load never reports loaded');
  log.gate = null;
  await rt.load([1]);
  assert.deepEqual(shards.events.slice(3), ['replay 1 a', 'replay 1 b', 'loaded 1'], 'loaded again from the log');
});

test('a log that cannot be read rejects the load and leaves the partition unserved', async () => {
  const log = new HeldLog();
  log.data.set(0, [rec('a')]);
  log.failReplay = new Error('io');
  const shards = new Shards();
  const rt = new CoordinatorRuntime(log, shards, { partitions: 1 });
  await assert.rejects(rt.load(), /io/);
  assert.equal(rt.availability(0), 'NOT_COORDINATOR');
  assert.deepEqual(shards.events, ['unloaded 0']);
  log.failReplay = null;
  await rt.load();
  assert.equal(rt.availability(0), 'AVAILABLE');
});
