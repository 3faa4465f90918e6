/**
 * A topic's effective configs as DescribeConfigs and CreateTopics (v5+) report them: every topic
 * config, its value, where it comes from (topic override, broker setting, default) and, on request,
 * the synonyms that were considered (KIP-226). Samsa's own topic configs (`samsa.*`, e.g.
 * samsa.encryption.key.id) are listed when the topic sets them or a request names them: a topic
 * without them is described exactly as Kafka describes it (test/interop/answers-vs-kafka.test.ts).
 */
import { CONFIG_SOURCE_ID, type ConfigSource } from '../config/broker-config.ts';
import { formatConfigValue, type ConfigValue } from '../config/config-def.ts';
import { TOPIC_CONFIG_DEFS, type TopicConfigDef } from '../config/topic-config-defs.ts';
import type { BrokerServices } from './broker-services.ts';

export interface DescribedConfig {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
  synonyms: { name: string; value: string | null; source: number }[];
  configType: number;
  documentation: string;
}

/** DescribeConfigs ConfigType ids (KIP-569). */
const TYPE_ID: Record<string, number> = { boolean: 1, string: 2, int: 3, short: 4, long: 5, double: 6, list: 7, class: 8, password: 9 };

/**
 * The order Kafka 4.4 lists topic configs in (its LogConfig values are a hash map; clients that
 * print them show this order). Configs Samsa adds later go last.
 */
const KAFKA_ORDER = [
  'compression.type', 'errors.deadletterqueue.group.enable', 'remote.copy.lag.bytes', 'remote.log.delete.on.disable',
  'leader.replication.throttled.replicas', 'remote.storage.enable', 'min.insync.replicas', 'segment.jitter.ms',
  'remote.log.copy.disable', 'local.retention.ms', 'cleanup.policy', 'flush.ms', 'follower.replication.throttled.replicas',
  'compression.lz4.level', 'segment.bytes', 'retention.ms', 'compression.gzip.level', 'remote.copy.lag.ms', 'flush.messages',
  'compression.zstd.level', 'max.compaction.lag.ms', 'file.delete.delay.ms', 'max.message.bytes', 'min.compaction.lag.ms',
  'message.timestamp.type', 'local.retention.bytes', 'preallocate', 'index.interval.bytes', 'min.cleanable.dirty.ratio',
  'unclean.leader.election.enable', 'retention.bytes', 'delete.retention.ms', 'message.timestamp.after.max.ms',
  'max.decompressed.message.bytes', 'message.timestamp.before.max.ms', 'segment.ms', 'segment.index.bytes',
];
const rank = (name: string) => {
  const i = KAFKA_ORDER.indexOf(name);
  return i < 0 ? KAFKA_ORDER.length : i;
};
const DESCRIBE_ORDER: readonly TopicConfigDef[] = [...TOPIC_CONFIG_DEFS].sort((a, b) => rank(a.name) - rank(b.name));

/** Topic configs Kafka does not have; described only when set or asked for (see the header). */
const SAMSA_PREFIX = 'samsa.';

const BROKER_LAYERS: ConfigSource[] = ['DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG', 'STATIC_BROKER_CONFIG'];

/**
 * The broker synonyms of a topic config as Kafka lists them: layer by layer (dynamic per-broker,
 * dynamic default, server.properties, default), each layer in the synonyms' order, then everything
 * before the first entry for the most specific synonym dropped. So retention.ms shows no
 * log.retention.hours=168 default, and segment.ms no log.roll.hours, exactly as Kafka answers.
 */
function brokerSynonyms(broker: BrokerServices, def: TopicConfigDef): { name: string; value: ConfigValue; source: ConfigSource }[] {
  const out: { name: string; value: ConfigValue; source: ConfigSource }[] = [];
  for (const layer of BROKER_LAYERS) {
    for (const name of def.synonyms) {
      const v = broker.config.layerValue(name, layer);
      if (v !== undefined) out.push({ name, value: v, source: layer });
    }
  }
  for (const name of def.synonyms) {
    const d = broker.config.def(name);
    const v = d?.default ?? d?.describedDefault ?? null;
    if (d !== undefined && v !== null) out.push({ name, value: v, source: 'DEFAULT_CONFIG' });
  }
  const first = out.findIndex((s) => s.name === def.synonyms[0]);
  return first < 0 ? [] : out.slice(first);
}

/** `names` null = all topic configs. */
export function describeTopicConfigs(broker: BrokerServices, overrides: ReadonlyMap<string, ConfigValue>, names: readonly string[] | null): DescribedConfig[] {
  const wanted = names === null ? null : new Set(names);
  const out: DescribedConfig[] = [];
  for (const def of DESCRIBE_ORDER) {
    if (wanted && !wanted.has(def.name)) continue;
    const own = overrides.has(def.name);
    if (!wanted && !own && def.name.startsWith(SAMSA_PREFIX)) continue;
    const r = broker.config.resolveTopicConfig(def.name, overrides);
    const synonyms = brokerSynonyms(broker, def).map((s) => ({ name: s.name, value: formatConfigValue(s.value), source: CONFIG_SOURCE_ID[s.source] }));
    const value = r.value === null && !own ? (def.describedDefault ?? null) : r.value;
    if (own) synonyms.unshift({ name: def.name, value: formatConfigValue(value), source: CONFIG_SOURCE_ID.TOPIC_CONFIG });
    out.push({
      name: def.name,
      value: formatConfigValue(value),
      readOnly: false,
      // As Kafka: the topic's own value, else the source of the first synonym listed, else a default.
      configSource: own ? CONFIG_SOURCE_ID.TOPIC_CONFIG : (synonyms[0]?.source ?? CONFIG_SOURCE_ID.DEFAULT_CONFIG),
      isSensitive: false,
      synonyms,
      configType: TYPE_ID[def.type] ?? 0,
      documentation: def.doc,
    });
  }
  return out;
}
