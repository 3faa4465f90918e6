/**
 * Per-partition log configuration: Kafka's topic-level config names in camelCase, with Kafka's
 * defaults. The broker merges broker-level defaults (log.segment.bytes, log.flush.interval.messages...)
 * and topic overrides into one LogConfig per partition.
 */
export interface LogConfig {
  /** segment.bytes: roll the active segment when it would grow past this. */
  segmentBytes: number;
  /** segment.ms: roll when the active segment's first batch is older than this. */
  segmentMs: number;
  /** segment.index.bytes: maximum size of an offset index (8 bytes/entry); a full index forces a roll. */
  segmentIndexBytes: number;
  /** index.interval.bytes: add an offset/time index entry after this many log bytes. */
  indexIntervalBytes: number;
  /** retention.ms: delete segments whose newest timestamp is older than this; -1 = forever. */
  retentionMs: number;
  /** retention.bytes: delete the oldest segments while the log is larger than this; -1 = no limit. */
  retentionBytes: number;
  /** cleanup.policy */
  cleanupPolicy: ('delete' | 'compact')[];
  /** delete.retention.ms: how long tombstones survive compaction. */
  deleteRetentionMs: number;
  /** min.compaction.lag.ms: a record younger than this is never compacted. */
  minCompactionLagMs: number;
  /** max.compaction.lag.ms: a record older than this makes the log eligible regardless of dirty ratio. */
  maxCompactionLagMs: number;
  /** min.cleanable.dirty.ratio */
  minCleanableDirtyRatio: number;
  /** file.delete.delay.ms: how long a `.deleted` segment stays on disk before removal. */
  fileDeleteDelayMs: number;
  /** message.timestamp.type */
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  /**
   * flush.messages. Samsa's durability default differs from Kafka's on purpose (RELIABILITY.md rule 9):
   * a value <= 1 means every append is fsynced before it resolves (group commit: one fsync covers all
   * appends waiting at that moment). A larger value means append resolves after the write and the log
   * is fsynced once that many messages are unflushed. Kafka's "never" is Number.MAX_SAFE_INTEGER.
   */
  flushMessages: number;
  /** flush.ms: with flushMessages > 1, also fsync when the oldest unflushed write is this old. */
  flushMs: number;
  /**
   * samsa.encryption.key.id (Samsa only): the key of the ring new data batches are encrypted with
   * (AES-256-GCM, encryption/log-encryption.ts); null stores them plaintext. Optional so that a
   * LogConfig written before it existed means "plaintext".
   */
  encryptionKeyId?: string | null;
}

/** Kafka's "Long.MAX_VALUE" for the flush settings, i.e. leave flushing to the OS. */
export const NEVER = Number.MAX_SAFE_INTEGER;

export const DEFAULT_LOG_CONFIG: LogConfig = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 3600 * 1000,
  segmentIndexBytes: 10 * 1024 * 1024,
  indexIntervalBytes: 4096,
  retentionMs: 7 * 24 * 3600 * 1000,
  retentionBytes: -1,
  cleanupPolicy: ['delete'],
  deleteRetentionMs: 24 * 3600 * 1000,
  minCompactionLagMs: 0,
  maxCompactionLagMs: NEVER,
  minCleanableDirtyRatio: 0.5,
  fileDeleteDelayMs: 60_000,
  messageTimestampType: 'CreateTime',
  flushMessages: 1,
  flushMs: NEVER,
  encryptionKeyId: null,
}) as LogConfig;

/** A full LogConfig from defaults plus overrides. */
export function logConfig(overrides: Partial<LogConfig> = {}, base: LogConfig = DEFAULT_LOG_CONFIG): LogConfig {
  return { ...base, ...overrides, cleanupPolicy: [...(overrides.cleanupPolicy ?? base.cleanupPolicy)] };
}

/** True when appends must wait for fsync (the single-node default). */
export function flushesEveryAppend(config: LogConfig): boolean {
  return config.flushMessages <= 1;
}
