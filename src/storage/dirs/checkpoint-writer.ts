/**
 * Serialised, coalesced writes of one log directory's checkpoint files. Many events want a checkpoint
 * written at once (two DeleteRecords, a DeleteTopics and the periodic task): writes of one file never
 * overlap, and requests that arrive while a write is running share the one write queued behind it,
 * which renders the entries when it starts, so it holds everything those requests changed.
 */
import { CheckpointFile } from './checkpoint-file.ts';
import type { FileSystem } from '../fs/file-system.ts';

type Entries = (string | number)[][];

interface FileState {
  running: Promise<void> | null;
  /** The write queued behind `running`, not started yet: later requests join it. */
  queued: Promise<void> | null;
}

export class CheckpointWriter {
  private readonly files = new Map<string, FileState>();

  constructor(private readonly fs: FileSystem) {}

  /** Writes `path` with the entries `render` gives when the write starts; resolves once they are durable. */
  write(path: string, render: () => Entries): Promise<void> {
    let state = this.files.get(path);
    if (state === undefined) {
      state = { running: null, queued: null };
      this.files.set(path, state);
    }
    if (state.queued !== null) return state.queued;
    const s = state;
    const before = s.running ?? Promise.resolve();
    const mine: Promise<void> = before
      .catch(() => undefined)
      .then(async () => {
        s.queued = null;
        s.running = mine;
        try {
          await CheckpointFile.write(this.fs, path, render());
        } finally {
          if (s.running === mine) s.running = null;
          if (s.running === null && s.queued === null) this.files.delete(path);
        }
      });
    s.queued = mine;
    return mine;
  }
}
