/**
 * A topic's effective configs as DescribeConfigs and CreateTopics (v5+) report them: every topic
 * config, its value, where it comes from (topic override, broker setting, default) and, on request,
 * the synonyms that were considered (KIP-226).
 */
import { CONFIG_SOURCE_ID } from '../config/broker-config.ts';
import { formatConfigValue, type ConfigValue } from '../config/config-def.ts';
import { TOPIC_CONFIG_DEFS } from '../config/topic-config-defs.ts';
import type { Broker } from './broker.ts';

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

/** `names` null = all topic configs. */
export function describeTopicConfigs(broker: Broker, overrides: ReadonlyMap<string, ConfigValue>, names: readonly string[] | null): DescribedConfig[] {
  const wanted = names === null ? null : new Set(names);
  const out: DescribedConfig[] = [];
  for (const def of TOPIC_CONFIG_DEFS) {
    if (wanted && !wanted.has(def.name)) continue;
    const r = broker.config.resolveTopicConfig(def.name, overrides);
    out.push({
      name: def.name,
      value: formatConfigValue(r.value),
      readOnly: false,
      configSource: CONFIG_SOURCE_ID[r.source],
      isSensitive: false,
      synonyms: r.synonyms.map((s) => ({ name: s.name, value: formatConfigValue(s.value), source: CONFIG_SOURCE_ID[s.source] })),
      configType: TYPE_ID[def.type] ?? 0,
      documentation: def.doc,
    });
  }
  return out;
}
