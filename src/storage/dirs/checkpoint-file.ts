/**
 * Kafka's text checkpoint files, written atomically (tmp file, fsync, rename, fsync dir):
 *
 *   <version>\n          always 0
 *   <entry count>\n
 *   <entry>\n ...         fields separated by single spaces
 *
 * Used for `leader-epoch-checkpoint` (entries `<epoch> <start offset>`) in each partition folder and
 * for `recovery-point-offset-checkpoint` and `log-start-offset-checkpoint` (entries
 * `<topic> <partition> <offset>`) in each log directory. A file that does not parse is reported as
 * corrupt (null), and its owner falls back to the safe choice (a full recovery scan, or the first
 * segment's base offset).
 */
import type { FileSystem } from '../fs/file-system.ts';
import { isNotFound } from '../fs/file-system.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';

export class CheckpointFile {
  /** The entries split into fields; [] when missing; null when corrupt. */
  static async read(fs: FileSystem, path: string): Promise<string[][] | null> {
    let text: string;
    try {
      text = (await fs.readFile(path)).toString('utf8');
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (lines.length < 2 || lines[0] !== '0') return null;
    const count = Number(lines[1]);
    if (!Number.isInteger(count) || count !== lines.length - 2) return null;
    return lines.slice(2).map((l) => l.split(' '));
  }

  static async write(fs: FileSystem, path: string, entries: (string | number)[][]): Promise<void> {
    const text = ['0', String(entries.length), ...entries.map((e) => e.join(' '))].join('\n') + '\n';
    await writeFileAtomic(fs, path, Buffer.from(text, 'utf8'));
  }
}
