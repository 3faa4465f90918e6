import { MemoryFileSystem } from '../../../src/storage/fs/memory-file-system.ts';
import { LogManager, type LogManagerOptions } from '../../../src/storage/dirs/log-manager.ts';
import { logConfig, type LogConfig } from '../../../src/storage/log/log-config.ts';

/** A clock tests move by hand. */
export function testClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void; set: (t: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms), set: (v) => (t = v) };
}

export function openManager(fs: MemoryFileSystem, now: () => number, extra: Partial<LogManagerOptions> = {}): Promise<LogManager> {
  return LogManager.open({ logDirs: ['/data'], fs, now, scheduler: false, ...extra });
}

export function smallConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return logConfig({ segmentBytes: 4096, indexIntervalBytes: 256, fileDeleteDelayMs: 0, ...overrides });
}
