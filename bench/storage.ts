/**
 * `npm run bench:storage`: storage engine figures next to this machine's own baselines, measured in
 * the same run (never fails on time). Figures in MB = 10^6 bytes.
 *
 *   append   1 KiB records in 16 KiB and 1 MiB batches, flushing off and with the default flush policy
 *            (fsync before acknowledging, group commit), each next to plain sequential writes of the
 *            same buffers to one file (no fsync / fsync per write), both with Node's async file API
 *            (what the engine uses: every write is a round trip to libuv's thread pool) and with
 *            blocking writes (the bare disk and page cache). The engine gets a discarded warm-up
 *            first, so that the figures are not V8's JIT compiling the append path; then the engine
 *            and the plain loops take turns slice by slice (about 4 MiB each, 1 MiB with fsync):
 *            the machine's I/O speed moves 2-4x from minute to minute, and only sides measured in
 *            the same seconds can be compared.
 *   read     the whole log with 1 MiB reads next to plain 1 MiB file reads, async and blocking
 *            (page cache warm for all; 3 passes after a warm-up pass, interleaved 16 reads at a time)
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
import { LogManager } from '../src/storage/dirs/log-manager.ts';
import { logConfig, NEVER, type LogConfig } from '../src/storage/log/log-config.ts';
import { CLEAN_SHUTDOWN_FILE, RECOVERY_POINT_CHECKPOINT } from '../src/storage/dirs/log-manager.ts';

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
 * One contestant of an interleaved measurement: `block()` does the next slice of its work and
 * returns the bytes it moved; the harness times it.
 */
interface Side {
  block(): Promise<number> | number;
}

/**
 * Runs the sides' blocks in turn (the order rotating every block) until each has done `blocks`,
 * and returns each side's MB/s over all its blocks. Interleaving slices of a few MiB is what makes
 * the ratios trustworthy here: this machine's I/O speed moves 2-4x within minutes, and a side that
 * ran its whole share in a quiet minute would flatter or shame itself. Sides measured slice by slice
 * in the same seconds see the same page cache, writeback and neighbours.
 */
async function interleave(sides: Side[], blocks: number): Promise<number[]> {
  const ms = sides.map(() => 0);
  const bytes = sides.map(() => 0);
  for (let b = 0; b < blocks; b++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (b + k) % sides.length;
      const t = performance.now();
      bytes[i]! += await sides[i]!.block();
      ms[i]! += performance.now() - t;
    }
  }
  return sides.map((_, i) => rate(bytes[i]!, ms[i]!));
}

/** Plain sequential writes of `copies` (in turn) to a fresh file, `perBlock` writes per block. */
function plainWriter(path: string, copies: Buffer[], perBlock: number, kind: 'promises' | 'callback' | 'sync', fsyncEach: boolean) {
  const fd = openSync(path, 'w');
  const fh = kind === 'promises' ? open(path, 'r+') : null;
  let pos = 0;
  let i = 0;
  const write = (b: Buffer, at: number) => new Promise<void>((resolve, reject) => fsWrite(fd, b, 0, b.length, at, (e) => (e ? reject(e) : resolve())));
  const sync = () => new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  const side: Side & { close(): Promise<void> } = {
    block: async () => {
      const start = pos;
      if (kind === 'sync') {
        for (let n = 0; n < perBlock; n++, i++) {
          const b = copies[i % copies.length]!;
          pos += writeSync(fd, b, 0, b.length, pos);
          if (fsyncEach) fsyncSync(fd);
        }
      } else if (kind === 'callback') {
        for (let n = 0; n < perBlock; n++, i++) {
          const b = copies[i % copies.length]!;
          await write(b, pos);
          pos += b.length;
          if (fsyncEach) await sync();
        }
      } else {
        const h = await fh!;
        for (let n = 0; n < perBlock; n++, i++) {
          const b = copies[i % copies.length]!;
          await h.write(b, 0, b.length, pos);
          pos += b.length;
          if (fsyncEach) await h.sync();
        }
      }
      return pos - start;
    },
    close: async () => {
      if (fh) await (await fh).close();
      closeSync(fd);
      unlinkSync(path);
    },
  };
  return side;
}

/** The engine appending `copies` in turn (offsets patched in place, as a produce request's buffer is). */
async function engineWriter(dir: string, copies: Buffer[], perBlock: number, flush: 'off' | 'default', inFlight: number) {
  const mgr = await LogManager.open({ logDirs: [dir], scheduler: false });
  const log = await mgr.create('bench', 0, logConfig({ flushMessages: flush === 'off' ? NEVER : 1 }), 'id');
  let i = 0;
  const side: Side & { close(): Promise<void> } = {
    block: async () => {
      let bytes = 0;
      const end = i + perBlock;
      const worker = async () => {
        while (i < end) {
          const b = copies[i++ % copies.length]!;
          await log.append(b, { leaderEpoch: 0 });
          bytes += b.length;
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      return bytes;
    },
    close: async () => {
      await mgr.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return side;
}

/**
 * `totalBytes` appended by the engine and written by each plain loop (Node's two async APIs and
 * blocking writes), interleaved in slices of about 4 MiB. The engine gets a discarded warm-up first:
 * until V8 has compiled the append path (some thousands of appends), it measures the JIT. The async
 * baseline is the faster of fs.promises' FileHandle and the callback fs.write the engine uses.
 */
async function appendBench(label: string, batchBytes: number, totalBytes: number, flush: 'off' | 'default', inFlight: number): Promise<void> {
  const template = batchOf(batchBytes);
  const perBlock = Math.max(inFlight, Math.round((flush === 'off' ? 4 : 1) * 2 ** 20 / template.length));
  const blocks = Math.max(1, Math.round(totalBytes / (perBlock * template.length)));
  const fsyncEach = flush === 'default';
  const copies = copiesOf(template, perBlock * blocks);
  const warm = await engineWriter(join(root, 'append-warmup'), copies, Math.min(perBlock * blocks, 20_000), flush, inFlight);
  await warm.block();
  await warm.close();
  const sides = [
    await engineWriter(join(root, 'append'), copies, perBlock, flush, inFlight),
    plainWriter(join(root, 'plain-promises'), copies, perBlock, 'promises', fsyncEach),
    plainWriter(join(root, 'plain-callback'), copies, perBlock, 'callback', fsyncEach),
    plainWriter(join(root, 'plain-sync'), copies, perBlock, 'sync', fsyncEach),
  ];
  try {
    const [ours, promises, callback, sync] = await interleave(sides, blocks);
    row(`append ${label} batches, ${flush === 'off' ? 'flushing off' : 'default flush (fsync)'}${inFlight > 1 ? `, ${inFlight} in flight` : ''}`, ours!, Math.max(promises!, callback!), sync!);
  } finally {
    for (const s of sides) await s.close();
  }
}

/**
 * The engine reading the log with 1 MiB reads from where it stopped (from offset 0 again at the
 * end), `perBlock` reads per block, giving each buffer back once looked at as a broker does once the
 * socket has the bytes.
 */
function engineReader(log: PartitionLogLike, perBlock: number): Side {
  let offset = 0;
  return {
    block: async () => {
      let bytes = 0;
      for (let n = 0; n < perBlock; n++) {
        if (offset >= log.logEndOffset) offset = 0;
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
        release();
      }
      return bytes;
    },
  };
}

type PartitionLogLike = Pick<NonNullable<ReturnType<LogManager['get']>>, 'read' | 'logEndOffset'>;

/** Plain 1 MiB reads of `file` in order (from the start again at its end), `perBlock` per block. */
function plainReader(file: string, size: number, perBlock: number, kind: 'promises' | 'callback' | 'sync'): Side & { close(): Promise<void> } {
  const fd = openSync(file, 'r');
  const fh = kind === 'promises' ? open(file, 'r') : null;
  const buf = Buffer.allocUnsafe(1024 * 1024);
  let pos = 0;
  const readAt = (at: number) => new Promise<number>((resolve, reject) => fsRead(fd, buf, 0, buf.length, at, (e, n) => (e ? reject(e) : resolve(n))));
  return {
    block: async () => {
      let bytes = 0;
      for (let n = 0; n < perBlock; n++) {
        if (pos >= size) pos = 0;
        const got = kind === 'sync' ? readSync(fd, buf, 0, buf.length, pos) : kind === 'callback' ? await readAt(pos) : (await (await fh!).read(buf, 0, buf.length, pos)).bytesRead;
        pos += got;
        bytes += got;
      }
      return bytes;
    },
    close: async () => {
      if (fh) await (await fh).close();
      closeSync(fd);
    },
  };
}

/**
 * The engine's reads next to plain 1 MiB reads of its segment file (page cache warm for all),
 * interleaved in blocks of 16 reads, `rounds` passes over the log each, after a warm-up pass.
 */
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
  const perBlock = 16;
  const blocks = Math.ceil(size / (perBlock * 2 ** 20));
  await engineReader(log, blocks * perBlock).block(); // warm-up: the JIT, as for appends
  const plain = (['promises', 'callback', 'sync'] as const).map((kind) => plainReader(file, size, perBlock, kind));
  try {
    const [ours, promises, callback, sync] = await interleave([engineReader(log, perBlock), ...plain], blocks * rounds);
    row('read 16 KiB batches, 1 MiB reads', ours!, Math.max(promises!, callback!), sync!);
  } finally {
    for (const p of plain) await p.close();
    await mgr.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
    await appendBench('16 KiB', 16 * 1024, 256 * 2 ** 20, 'off', 1);
    await appendBench('1 MiB', 2 ** 20, 512 * 2 ** 20, 'off', 1);
  }, 'append');
  await step('append, default flush', async () => {
    await appendBench('16 KiB', 16 * 1024, 4 * 2 ** 20, 'default', 1);
    await appendBench('16 KiB', 16 * 1024, 16 * 2 ** 20, 'default', 16);
    await appendBench('1 MiB', 2 ** 20, 64 * 2 ** 20, 'default', 1);
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
