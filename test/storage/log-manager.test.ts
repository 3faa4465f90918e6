/** The LogManager: folders, checkpoints, the clean-shutdown marker, deletion, many partitions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { LogManager, parsePartitionDir } from '../../src/storage/dirs/log-manager.ts';
import { testBatch, values, readAll } from './helpers/test-batches.ts';
import { openManager, smallConfig, testClock } from './helpers/test-log.ts';

test('folders, partition.metadata, checkpoints and the clean-shutdown marker use Kafka names and formats', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now);
  const log = await mgr.create('orders.v1', 3, smallConfig(), 'AAAAAAAAAAAAAAAAAAAAAQ');
  await log.append(testBatch({ records: values('a', 2) }), { leaderEpoch: 0 });
  await mgr.close();
  const root = await fs.readdir('/data');
  assert.ok(root.includes('orders.v1-3'));
  assert.ok(root.includes('.kafka_cleanshutdown'));
  assert.equal((await fs.readFile('/data/orders.v1-3/partition.metadata')).toString(), 'version: 0\ntopic_id: AAAAAAAAAAAAAAAAAAAAAQ\n');
  assert.equal((await fs.readFile('/data/recovery-point-offset-checkpoint')).toString(), '0\n1\norders.v1 3 2\n');
  assert.equal((await fs.readFile('/data/log-start-offset-checkpoint')).toString(), '0\n1\norders.v1 3 0\n');
  const files = await fs.readdir('/data/orders.v1-3');
  for (const f of ['00000000000000000000.log', '00000000000000000000.index', '00000000000000000000.timeindex', '00000000000000000002.snapshot', 'leader-epoch-checkpoint']) {
    assert.ok(files.includes(f), `${f} in ${files.join(',')}`);
  }
  // Opening removes the marker at once, so a crash after it is detected.
  const mgr2 = await openManager(fs, clock.now);
  assert.ok(!(await fs.readdir('/data')).includes('.kafka_cleanshutdown'));
  assert.equal(mgr2.get('orders.v1', 3)!.logEndOffset, 2);
  await mgr2.close();
});

test('parsePartitionDir splits at the last dash', () => {
  assert.deepEqual(parsePartitionDir('my-topic-12'), { topic: 'my-topic', partition: 12 });
  assert.equal(parsePartitionDir('no_partition'), null);
});

test('create is idempotent and applies the new config; delete renames the folder and removes it later', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const a = await mgr.create('t', 0, smallConfig(), 'id');
  const b = await mgr.create('t', 0, smallConfig({ retentionMs: 5 }), 'id');
  assert.equal(a, b);
  assert.equal(b.config.retentionMs, 5);
  await a.append(testBatch({ records: values('x', 1) }), { leaderEpoch: 0 });
  await mgr.delete('t', 0);
  assert.equal(mgr.get('t', 0), undefined);
  await assert.rejects(a.append(testBatch({ records: values('y', 1) }), { leaderEpoch: 0 }), { code: 'KAFKA_STORAGE_ERROR' });
  const names = await fs.readdir('/data');
  assert.ok(names.some((n) => /^t-0\.[0-9a-f]{32}-delete$/.test(n)), names.join(','));
  await mgr.runPendingDeletes();
  assert.ok(!(await fs.readdir('/data')).some((n) => n.startsWith('t-0')));
  // Re-creating the same partition starts empty.
  const c = await mgr.create('t', 0, smallConfig(), 'id2');
  assert.equal(c.logEndOffset, 0);
  await mgr.close();
  const mgr2 = await openManager(fs, testClock().now);
  assert.equal([...mgr2.logs()].length, 1);
  await mgr2.close();
});

test('a -delete folder left by a crash is removed on open', async () => {
  const fs = new MemoryFileSystem();
  await fs.mkdir('/data/t-0.0123-delete');
  await fs.writeFile('/data/t-0.0123-delete/00000000000000000000.log', Buffer.alloc(10));
  const mgr = await openManager(fs, testClock().now);
  assert.deepEqual([...mgr.logs()], []);
  assert.ok(!(await fs.readdir('/data')).includes('t-0.0123-delete'));
  await mgr.close();
});

test('partitions spread over several log directories and are found again', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await LogManager.open({ logDirs: ['/d1', '/d2'], fs, now: clock.now, scheduler: false });
  for (let p = 0; p < 4; p++) await (await mgr.create('t', p, smallConfig(), 'id')).append(testBatch({ records: values(`p${p}`, 1) }), { leaderEpoch: 0 });
  await mgr.close();
  assert.equal((await fs.readdir('/d1')).filter((n) => n.startsWith('t-')).length, 2);
  assert.equal((await fs.readdir('/d2')).filter((n) => n.startsWith('t-')).length, 2);
  const mgr2 = await LogManager.open({ logDirs: ['/d1', '/d2'], fs, now: clock.now, scheduler: false });
  for (let p = 0; p < 4; p++) assert.deepEqual((await readAll(mgr2.get('t', p)!, 0))[0]!.values, [`p${p}0`]);
  await mgr2.close();
});

test('many partitions: descriptors stay within maxOpenFiles and idle logs hold none', async () => {
  const fs = new MemoryFileSystem();
  const clock = testClock();
  const mgr = await openManager(fs, clock.now, { maxOpenFiles: 16 });
  for (let p = 0; p < 200; p++) {
    const log = await mgr.create('many', p, smallConfig(), 'id');
    await log.append(testBatch({ records: values(`p${p}-`, 1) }), { leaderEpoch: 0 });
    assert.ok(mgr.openFiles <= 16, `${mgr.openFiles} open files`);
  }
  for (let p = 0; p < 200; p += 7) assert.deepEqual((await readAll(mgr.get('many', p)!, 0))[0]!.values, [`p${p}-0`]);
  assert.ok(mgr.openFiles <= 16);
  await mgr.close();
  const mgr2 = await openManager(fs, clock.now, { maxOpenFiles: 16 });
  assert.ok(mgr2.openFiles <= 16, 'recovery keeps within the descriptor budget');
  assert.equal([...mgr2.logs()].length, 200);
  await mgr2.close();
});

test('concurrent DeleteRecords on many partitions all succeed and the checkpoint holds every new log start', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const logs = await Promise.all([0, 1, 2, 3, 4, 5].map((p) => mgr.create('dr', p, smallConfig(), 'id')));
  for (const log of logs) await log.append(testBatch({ records: values('v', 5) }), { leaderEpoch: 0 });
  // All at once: before the fix the second rename of '<checkpoint>.tmp' failed with ENOENT.
  const starts = await Promise.all(logs.map((log, i) => log.deleteRecordsBefore(i % 5 + 1)));
  assert.deepEqual(starts, [1, 2, 3, 4, 5, 1]);
  assert.ok(logs.every((l) => !l.isOffline));
  const text = (await fs.readFile('/data/log-start-offset-checkpoint')).toString();
  for (const [i] of logs.entries()) assert.match(text, new RegExp(`^dr ${i} ${i % 5 + 1}$`, 'm'));
  assert.ok(!(await fs.readdir('/data')).some((n) => n.endsWith('.tmp')));
  await mgr.close();
});

test('a failed log start checkpoint leaves the partition online; the periodic checkpoint writes it later', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  const log = await mgr.create('cp', 0, smallConfig(), 'id');
  await log.append(testBatch({ records: values('v', 4) }), { leaderEpoch: 0 });
  // The leader epoch checkpoint and then the log start checkpoint both fail.
  fs.failNext('write');
  fs.failNext('write');
  // The request fails (its outcome is not durable), the partition does not.
  await assert.rejects(log.deleteRecordsBefore(3), { code: 'KAFKA_STORAGE_ERROR' });
  assert.equal(log.isOffline, false);
  assert.equal(log.logStartOffset, 3);
  await log.append(testBatch({ records: values('w', 1) }), { leaderEpoch: 0 });
  assert.doesNotMatch((await fs.readFile('/data/log-start-offset-checkpoint').catch(() => Buffer.alloc(0))).toString(), /^cp 0 3$/m);
  assert.ok(!(await fs.readdir('/data')).some((n) => n.endsWith('.tmp')), 'the failed temporary file is removed');
  // A retried DeleteRecords makes it durable.
  assert.equal(await log.deleteRecordsBefore(3), 3);
  assert.match((await fs.readFile('/data/log-start-offset-checkpoint')).toString(), /^cp 0 3$/m);
  // And so does the periodic checkpoint after a failed write.
  fs.failNext('write');
  fs.failNext('write');
  await assert.rejects(log.deleteRecordsBefore(4), { code: 'KAFKA_STORAGE_ERROR' });
  await mgr.checkpoint();
  assert.match((await fs.readFile('/data/log-start-offset-checkpoint')).toString(), /^cp 0 4$/m);
  await mgr.close();
});

test('a checkpoint temporary file left by a crash is removed when the log directory loads', async () => {
  const fs = new MemoryFileSystem();
  const mgr = await openManager(fs, testClock().now);
  await mgr.create('tmpy', 0, smallConfig(), 'id');
  await mgr.close();
  await fs.writeFile('/data/recovery-point-offset-checkpoint.123-4.tmp', Buffer.from('0\n1\ntmpy 0 99\n'));
  const mgr2 = await openManager(fs, testClock().now);
  assert.ok(!(await fs.readdir('/data')).some((n) => n.endsWith('.tmp')));
  assert.equal(mgr2.get('tmpy', 0)!.logEndOffset, 0);
  await mgr2.close();
});
