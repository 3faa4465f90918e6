import { constants, promises as fsp } from 'node:fs';
import type { FileHandle, FileStat, FileSystem } from './file-system.ts';

const RW_CREATE = constants.O_RDWR | constants.O_CREAT;

/** FileHandle over a Node file descriptor; positional reads and writes only. */
class NodeFileHandle implements FileHandle {
  constructor(private readonly handle: fsp.FileHandle) {}

  async read(buf: Buffer, bufOffset: number, length: number, position: number): Promise<number> {
    let total = 0;
    // A positional read may return fewer bytes than asked before EOF; loop until EOF or done.
    while (total < length) {
      const { bytesRead } = await this.handle.read(buf, bufOffset + total, length - total, position + total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return total;
  }

  async write(data: Buffer, position: number): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.handle.write(data, done, data.length - done, position + done);
      done += bytesWritten;
    }
  }

  sync(): Promise<void> {
    return this.handle.sync();
  }

  truncate(size: number): Promise<void> {
    return this.handle.truncate(size);
  }

  async size(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** The real disk. */
export class NodeFileSystem implements FileSystem {
  async open(path: string, mode: 'r' | 'rw'): Promise<FileHandle> {
    return new NodeFileHandle(await fsp.open(path, mode === 'r' ? 'r' : RW_CREATE, 0o644));
  }

  readFile(path: string): Promise<Buffer> {
    return fsp.readFile(path);
  }

  writeFile(path: string, data: Buffer): Promise<void> {
    return fsp.writeFile(path, data);
  }

  rename(from: string, to: string): Promise<void> {
    return fsp.rename(from, to);
  }

  unlink(path: string): Promise<void> {
    return fsp.unlink(path);
  }

  rmdir(path: string): Promise<void> {
    return fsp.rm(path, { recursive: true, force: true });
  }

  readdir(path: string): Promise<string[]> {
    return fsp.readdir(path);
  }

  async mkdir(path: string): Promise<void> {
    await fsp.mkdir(path, { recursive: true });
  }

  async stat(path: string): Promise<FileStat | null> {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, isDirectory: s.isDirectory() };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async syncDir(path: string): Promise<void> {
    let dir: fsp.FileHandle | undefined;
    try {
      dir = await fsp.open(path, 'r');
      await dir.sync();
    } catch (e) {
      // Some platforms (Windows, some network file systems) refuse to fsync a directory; the rename
      // or create is then as durable as that platform allows.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
    } finally {
      await dir?.close();
    }
  }
}
