/**
 * Topic-level configs as the broker applies them: validation of the text a client sends
 * (CreateTopics, AlterConfigs), and the LogConfig the storage engine gets, resolved through the
 * broker synonyms (a topic without its own retention.ms follows log.retention.ms/minutes/hours).
 */
import type { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError, parseConfigValue, type ConfigValue } from '../config/config-def.ts';
import { ENCRYPTION_KEY_ID_CONFIG, TOPIC_CONFIG_BY_NAME } from '../config/topic-config-defs.ts';
import { NEVER, type LogConfig } from '../storage/log/log-config.ts';

/** Parses topic overrides; unknown names and invalid values throw ConfigError (→ INVALID_CONFIG). */
export function parseTopicConfigs(configs: Readonly<Record<string, string>>): Map<string, ConfigValue> {
  const out = new Map<string, ConfigValue>();
  for (const [name, text] of Object.entries(configs)) {
    const def = TOPIC_CONFIG_BY_NAME.get(name);
    if (!def) throw new ConfigError(name, `unknown topic config ${name}`);
    const value = parseConfigValue(def, text);
    if (name === 'remote.storage.enable' && value === true) {
      throw new ConfigError(name, 'tiered storage (remote.storage.enable=true) is not supported');
    }
    out.set(name, value);
  }
  return out;
}

export function topicConfigValue(broker: BrokerConfig, overrides: ReadonlyMap<string, ConfigValue>, name: string): ConfigValue {
  return broker.resolveTopicConfig(name, overrides).value;
}

/** The key new batches of the topic are encrypted with at rest; null (unset or empty): plaintext. */
export function encryptionKeyIdOf(overrides: ReadonlyMap<string, ConfigValue>): string | null {
  const v = overrides.get(ENCRYPTION_KEY_ID_CONFIG);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The storage engine's view of a topic's configs. */
export function logConfigFor(broker: BrokerConfig, overrides: ReadonlyMap<string, ConfigValue>): LogConfig {
  const num = (name: string): number => {
    const v = topicConfigValue(broker, overrides, name);
    return typeof v === 'number' ? v : NEVER;
  };
  const flushMessages = topicConfigValue(broker, overrides, 'flush.messages');
  const flushMs = topicConfigValue(broker, overrides, 'flush.ms');
  // Unset flush settings mean fsync before acknowledging (RELIABILITY.md rule 9); setting only
  // flush.ms asks for time-based flushing, so the per-append fsync is turned off then.
  let messages = 1;
  let ms = NEVER;
  if (typeof flushMessages === 'number') {
    messages = flushMessages;
    ms = typeof flushMs === 'number' ? flushMs : NEVER;
  } else if (typeof flushMs === 'number') {
    messages = NEVER;
    ms = flushMs;
  }
  const policy = topicConfigValue(broker, overrides, 'cleanup.policy');
  return {
    segmentBytes: num('segment.bytes'),
    segmentMs: num('segment.ms'),
    segmentIndexBytes: num('segment.index.bytes'),
    indexIntervalBytes: num('index.interval.bytes'),
    retentionMs: num('retention.ms'),
    retentionBytes: num('retention.bytes'),
    cleanupPolicy: (Array.isArray(policy) ? policy : ['delete']) as ('delete' | 'compact')[],
    deleteRetentionMs: num('delete.retention.ms'),
    minCompactionLagMs: num('min.compaction.lag.ms'),
    maxCompactionLagMs: num('max.compaction.lag.ms'),
    minCleanableDirtyRatio: num('min.cleanable.dirty.ratio'),
    fileDeleteDelayMs: num('file.delete.delay.ms'),
    messageTimestampType: topicConfigValue(broker, overrides, 'message.timestamp.type') === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime',
    flushMessages: messages,
    flushMs: ms,
    encryptionKeyId: encryptionKeyIdOf(overrides),
  };
}
