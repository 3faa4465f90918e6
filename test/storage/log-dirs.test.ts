/**
 * Several log directories (JBOD): placement, meta.properties, a directory that fails at start, a
 * partition found twice, and moving a log between directories (AlterReplicaLogDirs, KIP-113)
 * while it is written, including a crash at every step of the move.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { LogManager, type LogManagerOptions } from '../../src/storage/dirs/log-manager.ts';
import type { PartitionLog } from '../../src/storage/log/partition-log.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';
import { smallConfig, testClock } from './helpers/test-log.ts';

const DIRS = ['/d1', '/d2', '/d3'];
const IDENTITY = { clusterId: 'MkU3OEVBNTcwNTJENDM2Qg', nodeId: 1 };

function open(fs: MemoryFileSystem, extra: Partial<LogManagerOptions> = {}): Promise<LogManager> {
  return LogManager.open({ logDirs: DIRS, fs, now: testClock().now, scheduler: false, identity: IDENTITY, defaultConfig: smallConfig(), ...extra });
}

async function fill(log: PartitionLog, prefix: string, batches: number): Promise<void> {
  for (let i = 0; i < batches; i++) await log.append(testBatch({ records: values(`${prefix}${i}-`, 10) }), { leaderEpoch: 0 });
}

async function allValues(log: PartitionLog): Promise<(string | null)[]> {
  return (await readAll(log, log.logStartOffset)).flatMap((b) => b.values);
}

async function partitionFolders(fs: MemoryFileSystem, name: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of DIRS) for (const n of await fs.readdir(d).catch(() => [])) if (n.startsWith(name)) out.push(`${d}/${n}`);
  return out;
}

test('new partitions go to the directory with the fewest; each directory gets meta.properties with its own directory id', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await open(fs);
  for (let p = 0; p < 6; p++) await mgr.create('t', p, smallConfig(), 'id');
  assert.deepEqual(DIRS.map((d) => [...mgr.logs()].filter((l) => l.dir.startsWith(`${d}/`)).length), [2, 2, 2]);
  const ids = new Set<string>();
  for (const d of DIRS) {
    const text = (await fs.readFile(`${d}/meta.properties`)).toString();
    assert.match(text, /^cluster\.id=MkU3OEVBNTcwNTJENDM2Qg$/m);
    assert.match(text, /^node\.id=1$/m);
    assert.match(text, /^version=1$/m);
    ids.add(/^directory\.id=(\S{22})$/m.exec(text)![1]!);
  }
  assert.equal(ids.size, 3);
  await mgr.close();
  // The ids stay; another cluster's directory is refused.
  const again = await open(fs);
  await again.close();
  assert.ok((await fs.readFile('/d2/meta.properties')).toString().includes([...ids][1]!));
  await assert.rejects(open(fs, { identity: { clusterId: 'AAAAAAAAAAAAAAAAAAAAAQ', nodeId: 1 } }), { code: 'INCONSISTENT_CLUSTER_ID' });
  await assert.rejects(open(fs, { identity: { ...IDENTITY, nodeId: 2 } }), { code: 'INCONSISTENT_CLUSTER_ID' });
});

test('a partition found in two log directories at start is refused, as Kafka refuses to start', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await open(fs);
  await fill(await mgr.create('dup', 0, smallConfig(), 'id'), 'a', 2);
  const dir = mgr.get('dup', 0)!.dir;
  await mgr.close();
  const other = DIRS.find((d) => !dir.startsWith(`${d}/`))!;
  await fs.mkdir(`${other}/dup-0`);
  await assert.rejects(open(fs), (e: Error & { code?: string }) => e.code === 'DUPLICATE_LOG_DIR' && e.message.includes('dup-0'));
});

test('a log directory that fails at start is offline: the others are served, its partitions answer KAFKA_STORAGE_ERROR', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await open(fs);
  for (let p = 0; p < 3; p++) await fill(await mgr.create('t', p, smallConfig(), 'id'), `p${p}-`, 2);
  const onD2 = [...mgr.logs()].find((l) => l.dir.startsWith('/d2/'))!.partition;
  await mgr.close();
  // The disk behind /d2 is gone: a file where the directory was.
  await fs.rmdir('/d2');
  await fs.writeFile('/d2', Buffer.from('not a directory'));
  const mgr2 = await open(fs);
  assert.ok(mgr2.dirs.isOffline('/d2'));
  for (let p = 0; p < 3; p++) {
    const log = p === onD2 ? await mgr2.openRecorded('t', p, smallConfig(), 'id') : mgr2.get('t', p)!;
    if (p === onD2) {
      assert.ok(log.isOffline);
      await assert.rejects(log.append(testBatch({ records: values('x', 1) }), { leaderEpoch: 0 }), { code: 'KAFKA_STORAGE_ERROR' });
      await assert.rejects(log.read(0, 1000, 10), { code: 'KAFKA_STORAGE_ERROR' });
    } else {
      assert.equal((await allValues(log)).length, 20);
      await log.append(testBatch({ records: values('more', 1) }), { leaderEpoch: 0 });
    }
  }
  // New partitions avoid it; moves are refused while it is offline.
  assert.ok(!(await mgr2.create('t2', 0, smallConfig(), 'id')).dir.startsWith('/d2/'));
  await assert.rejects(mgr2.alterLogDir('t2', 0, '/d2'), { code: 'KAFKA_STORAGE_ERROR' });
  await mgr2.close();
  // Clean shutdown markers in the online directories: their logs need no scan next time.
  assert.ok((await fs.readdir('/d1')).includes('.kafka_cleanshutdown'));
  // Every directory failed: nothing to serve.
  await assert.rejects(LogManager.open({ logDirs: ['/d2'], fs, scheduler: false }), { code: 'KAFKA_STORAGE_ERROR' });
});

test('moving a log: same data in the new directory, appends during the move kept, old folder removed, found there after a restart', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await open(fs);
  const log = await mgr.create('m', 0, smallConfig(), 'id');
  await fill(log, 'before', 60); // several segments of 4 KiB
  assert.ok(log.segments.length > 3, `${log.segments.length} segments`);
  const source = mgr.logDirOf('m', 0)!;
  const target = DIRS.find((d) => d !== source)!;
  const before = await allValues(log);
  await mgr.alterLogDir('m', 0, target);
  const move = mgr.moveOf('m', 0)!;
  assert.equal(move.targetLogDir, target);
  assert.ok((await partitionFolders(fs, 'm-0')).some((p) => p.startsWith(`${target}/m-0.`) && p.endsWith('-future')));
  // Producers keep writing while the copy runs.
  const during = (async () => {
    for (let i = 0; i < 30; i++) await log.append(testBatch({ records: values(`during${i}-`, 10) }), { leaderEpoch: 0 });
  })();
  assert.equal(await move.done, true);
  await during;
  await fill(log, 'after', 5);
  assert.equal(mgr.logDirOf('m', 0), target);
  assert.equal(log.dir, `${target}/m-0`);
  assert.equal(mgr.moveOf('m', 0), undefined);
  const all = await allValues(log);
  assert.deepEqual(all.slice(0, before.length), before);
  assert.equal(all.length, (60 + 30 + 5) * 10);
  assert.deepEqual(all.slice(before.length + 300), values('after', 5).flatMap((_, i) => values(`after${i}-`, 10).map((r) => r.value)));
  await mgr.runPendingDeletes();
  assert.deepEqual(await partitionFolders(fs, 'm-0'), [`${target}/m-0`]);
  await mgr.close();
  assert.match((await fs.readFile(`${target}/recovery-point-offset-checkpoint`)).toString(), /^m 0 950$/m);
  assert.doesNotMatch((await fs.readFile(`${source}/recovery-point-offset-checkpoint`)).toString(), /^m 0 /m);
  const mgr2 = await open(fs);
  assert.equal(mgr2.logDirOf('m', 0), target);
  assert.deepEqual(await allValues(mgr2.get('m', 0)!), all);
  await mgr2.close();
});

test('alterLogDir: unknown or relative directory is LOG_DIR_NOT_FOUND; the directory it lives in is a no-op; a new target replaces a move under way', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await open(fs);
  const log = await mgr.create('e', 0, smallConfig(), 'id');
  await fill(log, 'x', 3);
  const here = mgr.logDirOf('e', 0)!;
  await assert.rejects(mgr.alterLogDir('e', 0, '/elsewhere'), { code: 'LOG_DIR_NOT_FOUND' });
  await assert.rejects(mgr.alterLogDir('e', 0, here.slice(1)), { code: 'LOG_DIR_NOT_FOUND' });
  await mgr.alterLogDir('e', 0, `${here}/`);
  assert.equal(mgr.moveOf('e', 0), undefined);
  const [a, b] = DIRS.filter((d) => d !== here);
  await mgr.alterLogDir('e', 0, a!);
  const first = mgr.moveOf('e', 0)!;
  await mgr.alterLogDir('e', 0, b!);
  assert.equal(await first.done, false);
  assert.equal(await mgr.moveOf('e', 0)!.done, true);
  assert.equal(mgr.logDirOf('e', 0), b);
  assert.deepEqual((await partitionFolders(fs, 'e-0')).filter((p) => p.endsWith('-future')), []);
  assert.equal((await allValues(log)).length, 30);
  await mgr.close();
});

test('a crash at any step of a move loses nothing: the current log stays authoritative, or the complete copy takes its place', async () => {
  // Count the mutations of one whole move, then crash after each of them in turn.
  const setup = async (fs: MemoryFileSystem) => {
    const mgr = await open(fs);
    const log = await mgr.create('c', 0, smallConfig(), 'id');
    await fill(log, 'v', 12);
    await log.flush();
    return { mgr, log, source: mgr.logDirOf('c', 0)!, target: DIRS.find((d) => d !== mgr.logDirOf('c', 0))! };
  };
  const probe = new MemoryFileSystem();
  const p = await setup(probe);
  const expected = await allValues(p.log);
  const startAt = probe.mutations;
  await p.mgr.alterLogDir('c', 0, p.target);
  assert.equal(await p.mgr.moveOf('c', 0)!.done, true);
  const steps = probe.mutations - startAt;
  await p.mgr.close();
  assert.ok(steps > 10, `${steps} mutations`);
  for (let n = 0; n < steps; n++) {
    const fs = new MemoryFileSystem();
    const { mgr, target } = await setup(fs);
    fs.crashAfter(n);
    // alterLogDir answers once the future folder exists; a crash before that leaves no move.
    const accepted = await mgr.alterLogDir('c', 0, target).then(() => true, () => false);
    await mgr.moveOf('c', 0)?.done;
    fs.crash();
    const after = await open(fs);
    const log = after.get('c', 0);
    assert.ok(log, `crash after ${n}: the partition is there`);
    assert.deepEqual(await allValues(log), expected, `crash after ${n}: all data`);
    // The move goes on after the restart (or had finished): one folder in the end.
    await after.moveOf('c', 0)?.done;
    await after.runPendingDeletes();
    const home = accepted ? target : after.logDirOf('c', 0);
    assert.equal(after.logDirOf('c', 0), home, `crash after ${n}: moved in the end`);
    assert.deepEqual(await partitionFolders(fs, 'c-0'), [`${home}/c-0`], `crash after ${n}`);
    assert.deepEqual(await allValues(after.get('c', 0)!), expected);
    await after.close();
  }
});

test('a slow move: retention deleting segments meanwhile, a shutdown (the move resumes at the next start), a deletion (nothing left behind)', async () => {
  const fs = new MemoryFileSystem();
  // About 40 KiB of log at 64 KiB/s: the copy takes several event-loop turns and real time.
  const slow = { logDirMoveBytesPerSecond: 64 * 1024 };
  const mgr = await open(fs, slow);
  const log = await mgr.create('s', 0, smallConfig(), 'id');
  await fill(log, 'v', 150);
  const target = DIRS.find((d) => d !== mgr.logDirOf('s', 0))!;
  await mgr.alterLogDir('s', 0, target);
  const move = mgr.moveOf('s', 0)!;
  await new Promise((r) => setTimeout(r, 100));
  assert.ok(move.size > 0 && move.lag > 0, `copying: ${move.size} bytes, ${move.lag} behind`);
  // Retention (DeleteRecords here) removes segments the copy has not reached or already copied.
  await log.deleteRecordsBefore(800);
  await mgr.runRetention();
  assert.equal(await move.done, true);
  assert.equal(log.logStartOffset, 800);
  const kept = await allValues(log);
  assert.equal(kept.length, 700);
  assert.equal(kept[0], 'v80-0');
  assert.equal(kept[699], 'v149-9');

  // Shutdown during a move: the future folder stays, the next start copies again and finishes.
  const back = DIRS.find((d) => d !== target)!;
  await mgr.alterLogDir('s', 0, back);
  await new Promise((r) => setTimeout(r, 50));
  await mgr.close();
  assert.ok((await partitionFolders(fs, 's-0')).some((p) => p.endsWith('-future')));
  const mgr2 = await open(fs);
  assert.equal(mgr2.logDirOf('s', 0), target);
  assert.equal(await mgr2.moveOf('s', 0)?.done, true);
  assert.equal(mgr2.logDirOf('s', 0), back);
  assert.deepEqual(await allValues(mgr2.get('s', 0)!), kept);

  // Deleting the partition during a move removes the future folder too.
  await mgr2.alterLogDir('s', 0, target);
  await mgr2.delete('s', 0);
  await mgr2.runPendingDeletes();
  assert.deepEqual(await partitionFolders(fs, 's-0'), []);
  await mgr2.close();
});
