/**
 * One behavioural suite for both FileSystem implementations (STYLE.md: one suite, many
 * implementations), plus the memory file system's fault and crash controls.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileSystem } from '../../../src/storage/fs/file-system.ts';
import { isNotFound } from '../../../src/storage/fs/file-system.ts';
import { NodeFileSystem } from '../../../src/storage/fs/node-file-system.ts';
import { BlockingIo, FileReads, COLD_AFTER_MISSES } from '../../../src/storage/fs/blocking-io.ts';
import { MemoryFileSystem } from '../../../src/storage/fs/memory-file-system.ts';
import { writeFileAtomic } from '../../../src/storage/fs/atomic-write.ts';

const tmp = mkdtempSync(join(tmpdir(), 'samsa-fs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const implementations: [string, () => { fs: FileSystem; root: string }][] = [
  ['NodeFileSystem', () => ({ fs: new NodeFileSystem(), root: mkdtempSync(join(tmp, 'n-')) })],
  ['NodeFileSystem, thread-pool I/O', () => ({ fs: new NodeFileSystem(null), root: mkdtempSync(join(tmp, 't-')) })],
  ['MemoryFileSystem', () => ({ fs: new MemoryFileSystem(), root: '/root' })],
];

for (const [name, make] of implementations) {
  describe(name, () => {
    test('positional writes and reads, growing and truncating files', async () => {
      const { fs, root } = make();
      await fs.mkdir(`${root}/a/b`);
      const h = await fs.open(`${root}/a/b/f`, 'rw');
      await h.write(Buffer.from('hello'), 0);
      await h.write(Buffer.from('world'), 5);
      await h.write(Buffer.from('W'), 5);
      assert.equal(await h.size(), 10);
      const buf = Buffer.alloc(20);
      assert.equal(await h.read(buf, 0, 20, 0), 10);
      assert.equal(buf.subarray(0, 10).toString(), 'helloWorld');
      assert.equal(await h.read(buf, 2, 3, 7), 3);
      assert.equal(buf.subarray(2, 5).toString(), 'rld');
      assert.equal(await h.read(buf, 0, 5, 10), 0);
      await h.truncate(4);
      assert.equal(await h.size(), 4);
      await h.sync();
      await h.close();
      assert.equal((await fs.readFile(`${root}/a/b/f`)).toString(), 'hell');
      assert.deepEqual(await fs.stat(`${root}/a/b/f`), { size: 4, isDirectory: false });
      assert.equal((await fs.stat(`${root}/a`))?.isDirectory, true);
      assert.equal(await fs.stat(`${root}/nope`), null);
    });

    test('open r of a missing file fails with ENOENT; rw creates it', async () => {
      const { fs, root } = make();
      await fs.mkdir(root);
      await assert.rejects(fs.open(`${root}/missing`, 'r'), (e) => isNotFound(e));
      const h = await fs.open(`${root}/new`, 'rw');
      assert.equal(await h.size(), 0);
      await h.close();
      assert.deepEqual(await fs.readdir(root), ['new']);
    });

    test('rename, unlink, readdir, rmdir, writeFile and atomic writes', async () => {
      const { fs, root } = make();
      await fs.mkdir(`${root}/d/sub`);
      await fs.writeFile(`${root}/d/x`, Buffer.from('1'));
      await fs.writeFile(`${root}/d/sub/y`, Buffer.from('2'));
      assert.deepEqual((await fs.readdir(`${root}/d`)).sort(), ['sub', 'x']);
      await fs.rename(`${root}/d/x`, `${root}/d/z`);
      assert.deepEqual((await fs.readdir(`${root}/d`)).sort(), ['sub', 'z']);
      await fs.unlink(`${root}/d/z`);
      await assert.rejects(fs.unlink(`${root}/d/z`), (e) => isNotFound(e));
      await fs.rename(`${root}/d`, `${root}/e`);
      assert.equal((await fs.readFile(`${root}/e/sub/y`)).toString(), '2');
      await writeFileAtomic(fs, `${root}/e/cp`, Buffer.from('v1'));
      await writeFileAtomic(fs, `${root}/e/cp`, Buffer.from('v2'));
      assert.equal((await fs.readFile(`${root}/e/cp`)).toString(), 'v2');
      assert.deepEqual((await fs.readdir(`${root}/e`)).sort(), ['cp', 'sub']);
      await fs.syncDir(`${root}/e`);
      await fs.rmdir(`${root}/e`);
      assert.equal(await fs.stat(`${root}/e`), null);
    });

    test('a handle keeps reading the file after it is renamed', async () => {
      const { fs, root } = make();
      await fs.mkdir(root);
      const h = await fs.open(`${root}/a`, 'rw');
      await h.write(Buffer.from('data'), 0);
      await fs.rename(`${root}/a`, `${root}/b`);
      const buf = Buffer.alloc(4);
      assert.equal(await h.read(buf, 0, 4, 0), 4);
      assert.equal(buf.toString(), 'data');
      await h.close();
    });
  });
}

describe('NodeFileSystem blocking I/O policy', () => {
  const opts = { maxBytes: 8, maxReadBytes: 16, checkMs: 0.25, missMs: 1, stallMs: 5, stallBudgetMs: 20, backoffMs: 40 };

  test('writes up to maxBytes and reads up to maxReadBytes block; slow writes adding up turn blocking off for a while', async () => {
    const mode = new BlockingIo(opts);
    const file = new FileReads();
    assert.equal(mode.writeBlocks(8), true);
    assert.equal(mode.writeBlocks(9), false);
    assert.equal(mode.readBlocks(16, file), true);
    assert.equal(mode.readBlocks(17, file), false);
    mode.took(1);
    mode.took(12); // one slow write is tolerated
    assert.equal(mode.writeBlocks(8), true);
    assert.equal(mode.backingOff, false);
    mode.took(9); // 21 ms of slow writes within a second: back off
    assert.equal(mode.writeBlocks(1), false);
    assert.equal(mode.readBlocks(1, file), false);
    assert.equal(mode.backingOff, true);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(mode.writeBlocks(1), true);
    assert.equal(mode.readBlocks(1, file), true);
    assert.equal(mode.backingOff, false);
    // While an fsync runs, writes go to the thread pool; reads may still block.
    mode.syncStarted();
    mode.syncStarted();
    assert.equal(mode.writeBlocks(1), false);
    assert.equal(mode.readBlocks(1, file), true);
    mode.syncEnded();
    assert.equal(mode.writeBlocks(1), false);
    mode.syncEnded();
    assert.equal(mode.writeBlocks(1), true);
  });

  test(`a file is cold after ${COLD_AFTER_MISSES} reads in a row slower than a warm copy; only cold files' misses count towards the stall budget`, async () => {
    assert.equal(COLD_AFTER_MISSES, 2);
    const mode = new BlockingIo(opts);
    const a = new FileReads();
    const b = new FileReads();
    mode.readTook(2e6, 1.9, a); // 1 ms + 1 ms per 2 MB: warm
    mode.readTook(2e6, 2.1, a); // a miss, or the scheduler pausing us
    assert.equal(mode.readBlocks(1, a), true);
    mode.readTook(0, 0.5, a); // warm again: the miss was a pause
    mode.readTook(0, 15, a);
    assert.equal(mode.readBlocks(1, a), true);
    for (let i = 0; i < 10; i++) mode.readTook(0, 15, new FileReads()); // 150 ms of single misses (pauses): no backoff
    assert.equal(mode.backingOff, false);
    mode.readTook(0, 3, a); // the second in a row: a is cold (18 ms of misses counted)
    assert.equal(mode.readBlocks(1, a), false);
    assert.equal(mode.readBlocks(1, b), true);
    assert.equal(mode.backingOff, false);
    mode.readTook(0, 2, b);
    mode.readTook(0, 2, b); // b cold too: 22 ms of misses within a second, everything backs off
    assert.equal(mode.backingOff, true);
    assert.equal(mode.writeBlocks(1), false);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(mode.backingOff, false);
    assert.equal(mode.readBlocks(1, a), true); // backoffMs later a blocks again
    assert.equal(mode.readBlocks(1, b), true);
  });

  test('a read slower than a quick copy during which the process read from the disk makes its file cold at once', (t) => {
    let fsRead = 1000;
    let asked = 0;
    const real = process.resourceUsage;
    t.mock.method(process, 'resourceUsage', () => (asked++, { ...real(), fsRead }));
    const mode = new BlockingIo(opts);
    asked = 0;
    const a = new FileReads();
    mode.readTook(1e6, 0.4, a); // quick (0.25 ms + 1 ms per 4 MB): the kernel is not asked
    assert.equal(asked, 0);
    mode.readTook(1e6, 0.6, a); // slower: asked, no disk input, and within a warm copy's time
    assert.equal(asked, 1);
    assert.equal(mode.readBlocks(1, a), true);
    fsRead += 2048; // some reading from the disk happened...
    mode.readTook(1e6, 0.4, a); // ...but this read was quick: not asked, not cold
    assert.equal(asked, 1);
    assert.equal(mode.readBlocks(1, a), true);
    mode.readTook(1e6, 0.7, a); // this one was slower, and the count went up since last asked
    assert.equal(asked, 2);
    assert.equal(mode.readBlocks(1, a), false);
    const b = new FileReads();
    mode.readTook(1e6, 0.7, b); // no disk input since: b stays warm
    assert.equal(mode.readBlocks(1, b), true);
    assert.equal(mode.backingOff, false);
  });

  test('a NodeFileHandle reads a cold file on the thread pool and other files still block', async () => {
    let blocking = 0;
    const mode = new (class extends BlockingIo {
      override readTook(bytes: number, ms: number, file: FileReads): void {
        blocking++;
        super.readTook(bytes, ms, file);
      }
    })({ ...opts, checkMs: -1000, missMs: -1000, stallBudgetMs: 1e9 }); // every blocking read misses
    const fs = new NodeFileSystem(mode);
    const root = mkdtempSync(join(tmp, 'cold-'));
    const a = await fs.open(`${root}/a`, 'rw');
    const b = await fs.open(`${root}/b`, 'rw');
    await a.write(Buffer.from('aaaa'), 0);
    await b.write(Buffer.from('bbbb'), 0);
    const read = async (h: typeof a, want: string) => {
      const buf = Buffer.alloc(4);
      assert.equal(await h.read(buf, 0, 4, 0), 4);
      assert.equal(buf.toString(), want);
    };
    await read(a, 'aaaa');
    await read(a, 'aaaa'); // the second miss in a row: a is cold
    assert.equal(blocking, 2);
    await read(a, 'aaaa'); // thread pool
    assert.equal(blocking, 2);
    await read(b, 'bbbb'); // b still blocks
    assert.equal(blocking, 3);
    await new Promise((r) => setTimeout(r, 60));
    await read(a, 'aaaa'); // backoffMs later a blocks again
    assert.equal(blocking, 4);
    await a.close();
    await b.close();
  });

  test('a NodeFileHandle fsync counts as running from its start to its end', async () => {
    const mode = new BlockingIo({ ...opts, stallMs: 1000, stallBudgetMs: 1000, backoffMs: 1000 });
    const fs = new NodeFileSystem(mode);
    const h = await fs.open(`${mkdtempSync(join(tmp, 's-'))}/f`, 'rw');
    await h.write(Buffer.from('x'), 0);
    const syncing = h.sync();
    assert.equal(mode.writeBlocks(1), false);
    await syncing;
    assert.equal(mode.writeBlocks(1), true);
    await h.close();
  });

  test('both kinds of write and read land where asked, and a failing blocking write rejects instead of throwing', async () => {
    const fs = new NodeFileSystem(new BlockingIo({ ...opts, stallMs: 1000, stallBudgetMs: 1000, backoffMs: 1000 }));
    const root = mkdtempSync(join(tmp, 'w-'));
    const h = await fs.open(`${root}/f`, 'rw');
    await h.write(Buffer.from('small'), 0); // blocking
    await h.write(Buffer.from('-and-a-larger-one'), 5); // thread pool
    await h.write(Buffer.from('S'), 0);
    const buf = Buffer.alloc(22);
    assert.equal(await h.read(buf, 0, 22, 0), 22);
    assert.equal(buf.toString(), 'Small-and-a-larger-one');
    // Reads block up to maxReadBytes, stopping at the end of the file; larger ones do not.
    const r = Buffer.alloc(22);
    assert.equal(await h.read(r, 0, 5, 0), 5);
    assert.equal(r.subarray(0, 5).toString(), 'Small');
    assert.equal(await h.read(r, 0, 8, 20), 2);
    assert.equal(r.subarray(0, 2).toString(), 'ne');
    r.fill(0);
    assert.equal(await h.read(r, 0, 22, 0), 22);
    assert.equal(r.toString(), 'Small-and-a-larger-one');
    await h.close();
    const ro = await fs.open(`${root}/f`, 'r');
    const pending = ro.write(Buffer.from('x'), 0);
    assert.ok(pending instanceof Promise);
    await assert.rejects(pending, (e: NodeJS.ErrnoException) => e.code === 'EBADF');
    await ro.close();
  });
});

describe('MemoryFileSystem faults', () => {
  test('crash drops unsynced data and keeps synced data', async () => {
    const fs = new MemoryFileSystem();
    await fs.mkdir('/d');
    const h = await fs.open('/d/f', 'rw');
    await h.write(Buffer.from('synced'), 0);
    await h.sync();
    await h.write(Buffer.from('-lost'), 6);
    fs.crash();
    assert.equal((await fs.readFile('/d/f')).toString(), 'synced');
    await assert.rejects(h.write(Buffer.from('x'), 0), { code: 'EBADF' });
  });

  test('crash with keepRandomTail keeps a prefix of the unsynced tail', async () => {
    const fs = new MemoryFileSystem();
    await fs.mkdir('/d');
    const h = await fs.open('/d/f', 'rw');
    await h.write(Buffer.from('abc'), 0);
    await h.sync();
    await h.write(Buffer.from('defgh'), 3);
    fs.crash({ keepRandomTail: () => 0.5 });
    assert.equal((await fs.readFile('/d/f')).toString(), 'abcdef');
  });

  test('failNext makes the next write or sync fail; torn writes store a prefix', async () => {
    const fs = new MemoryFileSystem();
    await fs.mkdir('/d');
    const h = await fs.open('/d/f', 'rw');
    fs.failNext('write', 'torn');
    await assert.rejects(h.write(Buffer.from('12345678'), 0), { code: 'EIO' });
    assert.equal((await fs.readFile('/d/f')).toString(), '1234');
    fs.failNext('sync');
    await assert.rejects(h.sync(), { code: 'EIO' });
    fs.crash();
    assert.equal((await fs.readFile('/d/f')).length, 0);
    const h2 = await fs.open('/d/f', 'rw');
    await h2.write(Buffer.from('ok'), 0);
    await h2.sync();
  });

  test('crashAfter kills the process at a chosen mutation', async () => {
    const fs = new MemoryFileSystem();
    await fs.mkdir('/d');
    const h = await fs.open('/d/f', 'rw');
    fs.crashAfter(1);
    await h.write(Buffer.from('a'), 0);
    await assert.rejects(h.sync(), { code: 'ECRASHED' });
    await assert.rejects(h.write(Buffer.from('b'), 1), { code: 'ECRASHED' });
    fs.crash();
    assert.equal((await fs.readFile('/d/f')).length, 0);
  });
});
