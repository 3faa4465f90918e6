/**
 * The broker's configs as DescribeConfigs reports them: every property Samsa knows, its value,
 * source (dynamic per-broker, dynamic default, server.properties, default), read-only for the ones
 * that need a restart, and synonyms: each layer that holds a value, highest priority first, then the
 * default (KIP-226).
 */
import { CONFIG_SOURCE_ID, type ConfigSource } from '../config/broker-config.ts';
import { formatConfigValue } from '../config/config-def.ts';
import { BROKER_CONFIG_DEFS } from '../config/broker-config-defs.ts';
import { compareInKafkaMapOrder } from '../config/kafka-map-order.ts';
import type { BrokerServices } from './broker-services.ts';
import type { DescribedConfig } from './describe-topic-configs.ts';

const TYPE_ID: Record<string, number> = { boolean: 1, string: 2, int: 3, long: 5, double: 6, list: 7, password: 9 };
const LAYERS: ConfigSource[] = ['DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG', 'STATIC_BROKER_CONFIG'];

/** Each broker config's place in Kafka's listing, computed once (the defs never change). */
const RANK = new Map([...BROKER_CONFIG_DEFS].map((d) => d.name).sort(compareInKafkaMapOrder).map((n, i) => [n, i]));
const kafkaRank = (name: string) => RANK.get(name) ?? RANK.size;

export function describeBrokerConfigs(b: BrokerServices, names: readonly string[] | null): DescribedConfig[] {
  const wanted = names === null ? null : new Set(names);
  const out: DescribedConfig[] = [];
  const entries = b.config.entries().sort((x, y) => kafkaRank(x.def.name) - kafkaRank(y.def.name));
  for (const { def, value, source } of entries) {
    if (wanted && !wanted.has(def.name)) continue;
    const sensitive = def.type === 'password';
    const synonyms: DescribedConfig['synonyms'] = [];
    for (const layer of LAYERS) {
      const v = b.config.layerValue(def.name, layer);
      if (v !== undefined) synonyms.push({ name: def.name, value: sensitive ? null : formatConfigValue(v), source: CONFIG_SOURCE_ID[layer] });
    }
    const fallback = def.default ?? def.describedDefault ?? null;
    if (fallback !== null) synonyms.push({ name: def.name, value: sensitive ? null : formatConfigValue(fallback), source: CONFIG_SOURCE_ID.DEFAULT_CONFIG });
    out.push({
      name: def.name,
      value: sensitive ? null : formatConfigValue(value === null && source === 'DEFAULT_CONFIG' ? fallback : value),
      readOnly: !def.dynamic,
      configSource: CONFIG_SOURCE_ID[source],
      isSensitive: sensitive,
      synonyms,
      configType: TYPE_ID[def.type] ?? 0,
      documentation: def.doc,
    });
  }
  return out;
}
