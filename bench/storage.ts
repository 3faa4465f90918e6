/**
 * `npm run bench:storage`: storage engine figures next to this machine's own baselines, measured in
 * the same run (never fails on time). Figures in MB = 10^6 bytes.
 *
 *   append   1 KiB records in 16 KiB and 1 MiB batches, flushing off and with the default flush policy
 *            (fsync before acknowledging, group commit), each next to plain sequential writes of the
 *            same buffers to one file (no fsync / fsync per write), both with Node's async file API
 *            (what the engine uses: every write is a round trip to libuv's thread pool) and with
 *            blocking writes (the bare disk and page cache). The engine gets a discarded warm-up
 *            round first, so that the figures are not V8's JIT compiling the append path; then
 *            each figure is the best of 5 alternating rounds (1 for the fsync rows): the machine's
 *            I/O speed moves by 2x from minute to minute, and the best round is the least disturbed.
 *   read     the whole log with 1 MiB reads next to plain 1 MiB file reads, async and blocking
 *            (page cache warm for all; best of 3 alternating rounds after a warm-up read)
 *   recovery open a log after a clean shutdown (marker) and after a crash with no recovery point
 *            (every batch CRC-checked). 256 MiB by default; `-- --full` for the 1 GiB of the target
 *   memory   heap and open descriptors after opening 10,000 idle partitions
 *
 * Options: --full (1 GiB recovery), --only <part,...> (append, flush, read, recovery, memory),
 * --dir <path> (default: a temp dir on the os tmpdir),
 * --many-dir <path> (where the 10,000 partitions go; default /dev/shm when it exists).
 */
import { open } from 'node:fs/promises';
import { read as fsRead, write as fsWrite, fsync, existsSync, readdirSync, readFileSync, mkdtempSync, rmSync, mkdirSync, writeFileSync, unlinkSync, openSync, writeSync, fsyncSync, closeSync, readSync, statSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildBatch } from '../src/protocol/record-batch/batch-builder.ts';
import { LogManager } from '../src/storage/log-manager.ts';
import { logConfig, NEVER, type LogConfig } from '../src/storage/log-config.ts';
import { CLEAN_SHUTDOWN_FILE, RECOVERY_POINT_CHECKPOINT } from '../src/storage/log-manager.ts';

const args = process.argv.slice(2);
const full = args.includes('--full');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1]!.split(',')) : null;
const dirArg = args.indexOf('--dir');
const root = mkdtempSync(join(dirArg >= 0 ? args[dirArg + 1]! : tmpdir(), 'samsa-bench-storage-'));
const MB = 1e6;
const rows: string[][] = [];

function batchOf(bytes: number): Buffer {
  const value = Buffer.alloc(1024 - 16, 0x61);
  const n = Math.max(1, Math.floor(bytes / 1024));
  return buildBatch({ records: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value, timestamp: Date.now() })) });
}

function rate(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

/** ours, then the plain async (best of Node's two async APIs) and plain sync baselines with the ratios to each. */
function row(what: string, ours: number, plainAsync: number, plainSync: number): void {
  const pct = (b: number) => `${((ours / b) * 100).toFixed(0)}%`;
  rows.push([what, `${ours.toFixed(0)} MB/s`, `${plainAsync.toFixed(0)} MB/s (${pct(plainAsync)})`, `${plainSync.toFixed(0)} MB/s (${pct(plainSync)})`]);
}

/**
 * The buffers every writer takes its bytes from: 64 copies of the batch used in turn, as the engine's
 * appends get them (a broker's produce requests arrive in fresh buffers). Writing one buffer over
 * and over would measure a source that never leaves the CPU's cache.
 */
function copiesOf(template: Buffer, count: number): Buffer[] {
  return Array.from({ length: Math.min(count, 64) }, () => Buffer.from(template));
}

/**
 * Plain sequential writes of `copies` (in turn, `count` in all) with Node's async API, fsync after
 * each write when asked. Both of Node's async APIs are timed (fs.promises' FileHandle and the
 * callback fs.write the engine uses, the faster of the two) and the better figure kept.
 */
async function plainWriteAsync(path: string, copies: Buffer[], count: number, fsyncEach: boolean): Promise<number> {
  const batch = copies[0]!;
  const fh = await open(path, 'w');
  let t = performance.now();
  for (let i = 0, pos = 0; i < count; i++, pos += batch.length) {
    await fh.write(copies[i % copies.length]!, 0, batch.length, pos);
    if (fsyncEach) await fh.sync();
  }
  const promisesMs = performance.now() - t;
  await fh.close();
  unlinkSync(path);
  const fd = openSync(path, 'w');
  const write = (b: Buffer, pos: number) => new Promise<void>((resolve, reject) => fsWrite(fd, b, 0, b.length, pos, (e) => (e ? reject(e) : resolve())));
  const sync = () => new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  t = performance.now();
  for (let i = 0, pos = 0; i < count; i++, pos += batch.length) {
    await write(copies[i % copies.length]!, pos);
    if (fsyncEach) await sync();
  }
  const callbackMs = performance.now() - t;
  closeSync(fd);
  unlinkSync(path);
  return rate(batch.length * count, Math.min(promisesMs, callbackMs));
}

/** The same with blocking writes (what a thread-per-request server would do). */
function plainWriteSync(path: string, copies: Buffer[], count: number, fsyncEach: boolean): number {
  const fd = openSync(path, 'w');
  const batch = copies[0]!;
  const t = performance.now();
  let pos = 0;
  for (let i = 0; i < count; i++) {
    writeSync(fd, copies[i % copies.length]!, 0, batch.length, pos);
    pos += batch.length;
    if (fsyncEach) fsyncSync(fd);
  }
  const ms = performance.now() - t;
  closeSync(fd);
  unlinkSync(path);
  return rate(batch.length * count, ms);
}

async function samsaAppend(dir: string, copies: Buffer[], count: number, flush: 'off' | 'default', inFlight: number): Promise<number> {
  const mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const config: LogConfig = logConfig({ flushMessages: flush === 'off' ? NEVER : 1 });
  const log = await mgr.create('bench', 0, config, 'id');
  const template = copies[0]!;
  // append patches offsets in place, like a produce request's buffer: the copies are reused in turn.
  let next = 0;
  const t = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await log.append(copies[i % copies.length]!, { leaderEpoch: 0 });
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const ms = performance.now() - t;
  await mgr.close();
  rmSync(dir, { recursive: true, force: true });
  return rate(template.length * count, ms);
}

/**
 * Best of `rounds` alternating runs of ours and both baselines (so that page-cache writeback
 * started by one run weighs on all three alike).
 */
async function appendBench(label: string, batchBytes: number, totalBytes: number, flush: 'off' | 'default', inFlight: number, rounds: number): Promise<void> {
  const template = batchOf(batchBytes);
  const count = Math.max(1, Math.floor(totalBytes / template.length));
  const fsyncEach = flush === 'default';
  let ours = 0;
  let plainA = 0;
  let plainS = 0;
  const copies = copiesOf(template, count);
  // A discarded warm-up of the engine first: until V8 has compiled the append path (some thousands
  // of appends), a round measures the JIT as much as the engine. The plain loops need none.
  await samsaAppend(join(root, 'append-warmup'), copies, Math.min(count, 20_000), flush, inFlight);
  for (let r = 0; r < rounds; r++) {
    ours = Math.max(ours, await samsaAppend(join(root, `append-${r}`), copies, count, flush, inFlight));
    plainA = Math.max(plainA, await plainWriteAsync(join(root, 'plain'), copies, count, fsyncEach));
    plainS = Math.max(plainS, plainWriteSync(join(root, 'plain'), copies, count, fsyncEach));
  }
  row(`append ${label} batches, ${flush === 'off' ? 'flushing off' : 'default flush (fsync)'}${inFlight > 1 ? `, ${inFlight} in flight` : ''}`, ours, plainA, plainS);
}

/** Reads the whole log from offset 0 with 1 MiB reads, giving each buffer back once looked at. */
async function samsaReadAll(log: PartitionLogLike): Promise<{ bytes: number; ms: number }> {
  let offset = 0;
  let bytes = 0;
  const t = performance.now();
  while (offset < log.logEndOffset) {
    const { records, release } = await log.read(offset, 1024 * 1024, log.logEndOffset, { minOneBatch: true });
    bytes += records.length;
    // The last batch's offsets from its header: base offset + last offset delta + 1.
    let at = 0;
    let last = 0;
    while (at < records.length) {
      last = at;
      at += records.readInt32BE(at + 8) + 12;
    }
    offset = records.readInt32BE(last) * 2 ** 32 + records.readUInt32BE(last + 4) + records.readInt32BE(last + 23) + 1;
    release(); // done with the bytes, as a broker is once the socket has them: the buffer is reused
  }
  return { bytes, ms: performance.now() - t };
}

type PartitionLogLike = Pick<NonNullable<ReturnType<LogManager['get']>>, 'read' | 'logEndOffset'>;

/** Plain 1 MiB reads of `file` with both async APIs (the better kept) and blocking reads, in ms. */
async function plainReadAll(file: string, size: number, buf: Buffer): Promise<{ asyncMs: number; syncMs: number }> {
  const fh = await open(file, 'r');
  let t = performance.now();
  for (let pos = 0; pos < size; ) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
  }
  const promisesMs = performance.now() - t;
  await fh.close();
  const rfd = openSync(file, 'r');
  const readAt = (pos: number) => new Promise<number>((resolve, reject) => fsRead(rfd, buf, 0, buf.length, pos, (e, n) => (e ? reject(e) : resolve(n))));
  t = performance.now();
  for (let pos = 0; pos < size; ) {
    const n = await readAt(pos);
    if (n === 0) break;
    pos += n;
  }
  const asyncMs = Math.min(promisesMs, performance.now() - t);
  closeSync(rfd);
  const fd = openSync(file, 'r');
  t = performance.now();
  for (let pos = 0; pos < size; ) {
    const n = readSync(fd, buf, 0, buf.length, pos);
    if (n === 0) break;
    pos += n;
  }
  const syncMs = performance.now() - t;
  closeSync(fd);
  return { asyncMs, syncMs };
}

/** Best of `rounds` alternating reads of the whole log by the engine and by the plain loops. */
async function readBench(totalBytes: number, rounds: number): Promise<void> {
  const dir = join(root, 'read');
  let mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const log0 = await mgr.create('bench', 0, logConfig({ flushMessages: NEVER }), 'id');
  const template = batchOf(16 * 1024);
  for (let written = 0; written < totalBytes; written += template.length) await log0.append(Buffer.from(template), { leaderEpoch: 0 });
  await mgr.close();
  mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const log = mgr.get('bench', 0)!;
  const file = join(dir, 'bench-0', '00000000000000000000.log');
  const size = statSync(file).size;
  const buf = Buffer.allocUnsafe(1024 * 1024);
  await samsaReadAll(log); // warm-up: the JIT, as for appends
  let ours = 0;
  let plainA = 0;
  let plainS = 0;
  for (let r = 0; r < rounds; r++) {
    const { bytes, ms } = await samsaReadAll(log);
    ours = Math.max(ours, rate(bytes, ms));
    const plain = await plainReadAll(file, size, buf);
    plainA = Math.max(plainA, rate(size, plain.asyncMs));
    plainS = Math.max(plainS, rate(size, plain.syncMs));
  }
  await mgr.close();
  rmSync(dir, { recursive: true, force: true });
  row('read 16 KiB batches, 1 MiB reads', ours, plainA, plainS);
}

async function recoveryBench(totalBytes: number): Promise<void> {
  const dir = join(root, 'recovery');
  let mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const log = await mgr.create('bench', 0, logConfig({ flushMessages: NEVER, segmentBytes: 256 * 1024 * 1024 }), 'id');
  const template = batchOf(1024 * 1024);
  for (let written = 0; written < totalBytes; written += template.length) await log.append(Buffer.from(template), { leaderEpoch: 0 });
  await mgr.close();
  let t = performance.now();
  mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const clean = performance.now() - t;
  const end = mgr.get('bench', 0)!.logEndOffset;
  await mgr.close();
  unlinkSync(join(dir, CLEAN_SHUTDOWN_FILE));
  writeFileSync(join(dir, RECOVERY_POINT_CHECKPOINT), '0\n0\n'); // no recovery point: scan everything
  t = performance.now();
  mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const unclean = performance.now() - t;
  if (mgr.get('bench', 0)!.logEndOffset !== end) throw new Error('recovery lost data');
  await mgr.close();
  rmSync(dir, { recursive: true, force: true });
  const gib = (totalBytes / 2 ** 30).toFixed(2);
  rows.push([`recovery of ${gib} GiB, clean shutdown marker`, `${(clean / 1000).toFixed(3)} s`, 'target 0.5 s for 1 GiB', '']);
  rows.push([`recovery of ${gib} GiB, no marker, full CRC scan`, `${(unclean / 1000).toFixed(3)} s`, 'target 5 s for 1 GiB', '']);
  if (!full) rows.push(['  (scaled down; `npm run bench:storage -- --full` for 1 GiB)', '', '', '']);
}

async function memoryBench(partitions: number): Promise<void> {
  // Heap and descriptors are the figures here, not the disk: on Linux the 70,000 small files go to
  // tmpfs (/dev/shm) unless --many-dir says otherwise, so laying them out takes seconds, not minutes.
  const manyArg = args.indexOf('--many-dir');
  const manyBase = manyArg >= 0 ? args[manyArg + 1]! : existsSync('/dev/shm') ? '/dev/shm' : root;
  const manyRoot = mkdtempSync(join(manyBase, 'samsa-bench-many-'));
  try {
    await memoryBenchIn(manyRoot, partitions);
  } finally {
    rmSync(manyRoot, { recursive: true, force: true });
  }
}

async function memoryBenchIn(root: string, partitions: number): Promise<void> {
  const dir = join(root, 'many');
  // One partition written and closed by the engine, copied as a broker restart would find 10,000.
  const templateDir = join(root, 'template');
  const tm = await LogManager.open({ logDirs: [templateDir], scheduler: false });
  const tl = await tm.create('idle', 0, logConfig(), 'AAAAAAAAAAAAAAAAAAAAAQ');
  await tl.append(buildBatch({ records: [{ value: Buffer.alloc(1000, 0x62), timestamp: Date.now() }] }), { leaderEpoch: 0 });
  await tm.close();
  mkdirSync(dir);
  const files = readdirSync(join(templateDir, 'idle-0')).map((name) => [name, readFileSync(join(templateDir, 'idle-0', name))] as const);
  for (let p = 0; p < partitions; p++) {
    const d = join(dir, `idle-${p}`);
    mkdirSync(d);
    for (const [name, data] of files) writeFileSync(join(d, name), data);
  }
  writeFileSync(join(dir, CLEAN_SHUTDOWN_FILE), '');
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const t = performance.now();
  const mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const ms = performance.now() - t;
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  rows.push([`${partitions} idle partitions: open time`, `${(ms / 1000).toFixed(2)} s`, `files in ${root}`, '']);
  rows.push([`${partitions} idle partitions: heap`, `${(heap / 2 ** 20).toFixed(1)} MiB`, 'target 100 MB', '']);
  rows.push([`${partitions} idle partitions: heap per partition`, `${(heap / partitions / 1024).toFixed(1)} KiB`, '', '']);
  rows.push([`${partitions} idle partitions: open descriptors`, `${mgr.openFiles} (the LRU's limit)`, '', '']);
  const tc = performance.now();
  await mgr.close();
  rows.push([`${partitions} idle partitions: clean shutdown`, `${((performance.now() - tc) / 1000).toFixed(2)} s`, '', '']);
  rmSync(dir, { recursive: true, force: true });
}

try {
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, data in ${root}`);
  const started = performance.now();
  const step = async (what: string, fn: () => Promise<void>, part: string) => {
    if (only && !only.has(part)) return;
    process.stderr.write(`${what}...`);
    const t = performance.now();
    await fn();
    process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  };
  await step('append, flushing off', async () => {
    await appendBench('16 KiB', 16 * 1024, 64 * 2 ** 20, 'off', 1, 5);
    await appendBench('1 MiB', 2 ** 20, 128 * 2 ** 20, 'off', 1, 5);
  }, 'append');
  await step('append, default flush', async () => {
    await appendBench('16 KiB', 16 * 1024, 4 * 2 ** 20, 'default', 1, 1);
    await appendBench('16 KiB', 16 * 1024, 16 * 2 ** 20, 'default', 16, 1);
    await appendBench('1 MiB', 2 ** 20, 64 * 2 ** 20, 'default', 1, 1);
  }, 'flush');
  await step('read', () => readBench(256 * 2 ** 20, 3), 'read');
  await step('recovery', () => recoveryBench(full ? 2 ** 30 : 256 * 2 ** 20), 'recovery');
  await step('10,000 partitions', () => memoryBench(10_000), 'memory');
  process.stderr.write(`total ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  const head = ['', 'samsa', 'plain file, async (best of fs.promises, fs callbacks)', 'plain file, blocking (writeSync/readSync)'];
  const w = head.map((h, i) => Math.max(...rows.map((r) => (r[i] ?? '').length), h.length));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join('  ');
  console.log('\n' + line(head));
  for (const r of rows) console.log(line(r));
} finally {
  rmSync(root, { recursive: true, force: true });
}
