/**
 * An in-memory FileSystem for crash and fault tests.
 *
 * Each file (an inode: renames keep open handles pointing at it) has its current bytes and its
 * durable bytes; `sync()` makes the current bytes durable. `crash()` simulates power loss: every file
 * falls back to its durable bytes (optionally keeping a random prefix of the unsynced tail, as a page
 * cache that was partly written back would), and handles opened before the crash stop working.
 * Directory changes are durable at once (see file-system.ts).
 *
 * Faults on demand:
 *  - failNext(op, kind): the next `write` or `sync` fails with EIO; a 'torn' write stores a prefix of
 *    its data first, a 'torn' sync makes a prefix of the unsynced data durable first.
 *  - crashAfter(n): the n+1-th mutating operation from now (write, sync, truncate, rename, unlink,
 *    mkdir, rmdir, writeFile) throws and so does everything after it, as if the process had died
 *    at that point; call crash() to "reboot".
 */
import { posix } from 'node:path';
import type { FileHandle, FileStat, FileSystem, FileSystemError } from './file-system.ts';

interface Inode {
  data: Buffer; // capacity may exceed length
  length: number;
  durable: Buffer;
}

function fsError(code: string, message: string): FileSystemError {
  const e = new Error(`${code}: ${message}`) as FileSystemError;
  e.code = code;
  return e;
}

export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
  readonly code = 'ECRASHED';
}

type FaultKind = 'error' | 'torn';

class MemoryFileHandle implements FileHandle {
  private closed = false;
  constructor(
    private readonly fs: MemoryFileSystem,
    private readonly inode: Inode,
    private readonly writable: boolean,
    private readonly generation: number,
  ) {}

  private check(): void {
    if (this.closed) throw fsError('EBADF', 'file handle is closed');
    if (this.generation !== this.fs.generation) throw fsError('EBADF', 'file handle predates a crash');
  }

  async read(buf: Buffer, bufOffset: number, length: number, position: number): Promise<number> {
    this.check();
    const n = Math.max(0, Math.min(length, this.inode.length - position));
    if (n > 0) this.inode.data.copy(buf, bufOffset, position, position + n);
    return n;
  }

  async write(data: Buffer, position: number): Promise<void> {
    this.check();
    if (!this.writable) throw fsError('EBADF', 'file opened read-only');
    this.fs.beforeMutation();
    const fault = this.fs.takeFault('write');
    const n = fault === 'torn' ? Math.floor(data.length / 2) : fault === 'error' ? 0 : data.length;
    writeInto(this.inode, data.subarray(0, n), position);
    if (fault) throw fsError('EIO', 'injected write failure');
  }

  async sync(): Promise<void> {
    this.check();
    if (this.fs.syncDelayMs > 0) await new Promise((r) => setTimeout(r, this.fs.syncDelayMs));
    this.check();
    this.fs.beforeMutation();
    const fault = this.fs.takeFault('sync');
    if (fault === 'error') throw fsError('EIO', 'injected sync failure');
    if (fault === 'torn') {
      const keep = this.inode.durable.length + Math.floor(Math.max(0, this.inode.length - this.inode.durable.length) / 2);
      this.inode.durable = Buffer.from(this.inode.data.subarray(0, keep));
      throw fsError('EIO', 'injected torn sync');
    }
    this.inode.durable = Buffer.from(this.inode.data.subarray(0, this.inode.length));
    this.fs.syncs++;
  }

  async truncate(size: number): Promise<void> {
    this.check();
    if (!this.writable) throw fsError('EBADF', 'file opened read-only');
    this.fs.beforeMutation();
    if (size < this.inode.length) this.inode.data.fill(0, size, this.inode.length);
    else writeInto(this.inode, Buffer.alloc(0), size);
    this.inode.length = size;
  }

  async size(): Promise<number> {
    this.check();
    return this.inode.length;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function writeInto(inode: Inode, data: Buffer, position: number): void {
  const end = position + data.length;
  if (end > inode.data.length) {
    const grown = Buffer.alloc(Math.max(end, inode.data.length * 2, 64));
    inode.data.copy(grown, 0, 0, inode.length);
    inode.data = grown;
  }
  data.copy(inode.data, position);
  if (end > inode.length) inode.length = end;
}

export class MemoryFileSystem implements FileSystem {
  /** `syncDelayMs`: how long each fsync takes (a real disk's fsync latency lets group commit group). */
  constructor(private readonly opts: { syncDelayMs?: number } = {}) {}

  /** @internal */
  get syncDelayMs(): number {
    return this.opts.syncDelayMs ?? 0;
  }

  private files = new Map<string, Inode>();
  private dirs = new Set<string>(['/']);
  private faults: { op: 'write' | 'sync'; kind: FaultKind }[] = [];
  private crashCountdown = -1;
  private dead = false;
  /** Bumped by crash(); handles from an older generation are dead. */
  generation = 0;
  /** Mutating operations performed so far (the crash tests enumerate crash points with it). */
  mutations = 0;
  /** fsyncs of files performed so far (group-commit tests count them). */
  syncs = 0;

  /** The next `op` fails with EIO ('torn': after persisting part of its effect). */
  failNext(op: 'write' | 'sync', kind: FaultKind = 'error'): void {
    this.faults.push({ op, kind });
  }

  /** The mutating operation after the next `n` ones dies (and all later ones), like kill -9. */
  crashAfter(n: number): void {
    this.crashCountdown = n;
  }

  /**
   * Power loss and reboot: unsynced data is dropped (with `keepRandomTail`, a random prefix of each
   * file's unsynced tail survives instead), open handles die, pending faults are cleared.
   */
  crash(opts: { keepRandomTail?: () => number } = {}): void {
    for (const inode of this.files.values()) {
      let keep = inode.durable.length;
      const current = inode.data.subarray(0, inode.length);
      if (opts.keepRandomTail && inode.length > keep && current.subarray(0, keep).equals(inode.durable)) {
        keep += Math.floor(opts.keepRandomTail() * (inode.length - keep + 1));
        inode.durable = Buffer.from(current.subarray(0, keep));
      }
      inode.data = Buffer.from(inode.durable);
      inode.length = inode.durable.length;
    }
    this.generation++;
    this.faults = [];
    this.crashCountdown = -1;
    this.dead = false;
  }

  /** True once a crashAfter() point was reached (until crash() reboots). */
  get crashed(): boolean {
    return this.dead;
  }

  /** @internal called by handles before each mutation. */
  beforeMutation(): void {
    if (this.dead) throw new SimulatedCrash('the simulated process has crashed');
    if (this.crashCountdown === 0) {
      this.dead = true;
      throw new SimulatedCrash('simulated crash');
    }
    if (this.crashCountdown > 0) this.crashCountdown--;
    this.mutations++;
  }

  /** @internal */
  takeFault(op: 'write' | 'sync'): FaultKind | undefined {
    const i = this.faults.findIndex((f) => f.op === op);
    if (i < 0) return undefined;
    return this.faults.splice(i, 1)[0]!.kind;
  }

  private norm(p: string): string {
    return posix.resolve('/', p);
  }

  private requireParent(p: string): void {
    if (!this.dirs.has(posix.dirname(p))) throw fsError('ENOENT', `no directory ${posix.dirname(p)}`);
  }

  async open(path: string, mode: 'r' | 'rw'): Promise<FileHandle> {
    const p = this.norm(path);
    if (this.dead) throw new SimulatedCrash('the simulated process has crashed');
    let inode = this.files.get(p);
    if (!inode) {
      if (mode === 'r') throw fsError('ENOENT', `no such file ${p}`);
      if (this.dirs.has(p)) throw fsError('EISDIR', p);
      this.requireParent(p);
      this.beforeMutation();
      inode = { data: Buffer.alloc(0), length: 0, durable: Buffer.alloc(0) };
      this.files.set(p, inode);
    }
    return new MemoryFileHandle(this, inode, mode === 'rw', this.generation);
  }

  async readFile(path: string): Promise<Buffer> {
    const inode = this.files.get(this.norm(path));
    if (!inode) throw fsError('ENOENT', `no such file ${path}`);
    return Buffer.from(inode.data.subarray(0, inode.length));
  }

  async writeFile(path: string, data: Buffer): Promise<void> {
    const p = this.norm(path);
    this.requireParent(p);
    this.beforeMutation();
    const inode = this.files.get(p) ?? { data: Buffer.alloc(0), length: 0, durable: Buffer.alloc(0) };
    inode.data = Buffer.from(data);
    inode.length = data.length;
    this.files.set(p, inode);
  }

  async rename(from: string, to: string): Promise<void> {
    const a = this.norm(from);
    const b = this.norm(to);
    this.requireParent(b);
    this.beforeMutation();
    const inode = this.files.get(a);
    if (inode) {
      this.files.delete(a);
      this.files.set(b, inode);
      return;
    }
    if (!this.dirs.has(a)) throw fsError('ENOENT', `no such file ${a}`);
    if (this.dirs.has(b) || this.files.has(b)) throw fsError('EEXIST', b);
    const moved = (k: string) => b + k.slice(a.length);
    for (const d of [...this.dirs]) {
      if (d === a || d.startsWith(a + '/')) {
        this.dirs.delete(d);
        this.dirs.add(moved(d));
      }
    }
    for (const [k, v] of [...this.files]) {
      if (k.startsWith(a + '/')) {
        this.files.delete(k);
        this.files.set(moved(k), v);
      }
    }
  }

  async unlink(path: string): Promise<void> {
    const p = this.norm(path);
    if (!this.files.has(p)) throw fsError('ENOENT', `no such file ${p}`);
    this.beforeMutation();
    this.files.delete(p);
  }

  async rmdir(path: string): Promise<void> {
    const p = this.norm(path);
    this.beforeMutation();
    for (const d of [...this.dirs]) if (d === p || d.startsWith(p + '/')) this.dirs.delete(d);
    for (const k of [...this.files.keys()]) if (k.startsWith(p + '/')) this.files.delete(k);
  }

  async readdir(path: string): Promise<string[]> {
    const p = this.norm(path);
    if (!this.dirs.has(p)) throw fsError('ENOENT', `no such directory ${p}`);
    const prefix = p === '/' ? '/' : p + '/';
    const names = new Set<string>();
    for (const k of [...this.files.keys(), ...this.dirs]) {
      if (k !== p && k.startsWith(prefix) && !k.slice(prefix.length).includes('/')) names.add(k.slice(prefix.length));
    }
    return [...names].sort();
  }

  async mkdir(path: string): Promise<void> {
    const p = this.norm(path);
    if (this.dirs.has(p)) return;
    if (this.files.has(p)) throw fsError('EEXIST', p);
    this.beforeMutation();
    for (let d = p; d !== '/'; d = posix.dirname(d)) this.dirs.add(d);
  }

  async stat(path: string): Promise<FileStat | null> {
    const p = this.norm(path);
    const inode = this.files.get(p);
    if (inode) return { size: inode.length, isDirectory: false };
    return this.dirs.has(p) ? { size: 0, isDirectory: true } : null;
  }

  async syncDir(path: string): Promise<void> {
    if (!this.dirs.has(this.norm(path))) throw fsError('ENOENT', `no such directory ${path}`);
    if (this.dead) throw new SimulatedCrash('the simulated process has crashed');
  }
}
