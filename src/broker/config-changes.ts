/**
 * Config changes for AlterConfigs (replace the whole set) and IncrementalAlterConfigs (KIP-339:
 * SET, DELETE, APPEND, SUBTRACT per key) on topics and on the broker. Changes are validated as a
 * whole before anything is applied, persisted in the metadata store, and applied live: topic changes go
 * to the topic's logs at once; broker changes re-resolve every topic's LogConfig.
 * BrokerServices resource name "" is the cluster-wide default layer; this broker's id is its own layer.
 * Only properties Kafka can change without a restart (dynamic) are accepted for the broker.
 */
import { ConfigError, parseConfigValue, type ConfigValue } from '../config/config-def.ts';
import { TOPIC_CONFIG_BY_NAME } from '../config/topic-config-defs.ts';
import type { BrokerServices } from './broker-services.ts';
import { TopicError, type TopicErrorName } from './topic-manager.ts';

export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;
export const ConfigOperation = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;

export interface ConfigOp {
  name: string;
  op: number;
  value: string | null;
}

export class ConfigChangeError extends Error {
  override readonly name = 'ConfigChangeError';
  constructor(
    readonly errorName: TopicErrorName | 'INVALID_CONFIG' | 'INVALID_REQUEST',
    message: string,
  ) {
    super(message);
  }
}

function isList(name: string, broker: boolean, b: BrokerServices): boolean {
  const def = broker ? b.config.def(name) : TOPIC_CONFIG_BY_NAME.get(name);
  return def?.type === 'list';
}

/** Applies `ops` to a text map; `replace` = AlterConfigs (the ops are the whole new set). */
function applyOps(current: Record<string, string>, ops: readonly ConfigOp[], replace: boolean, listType: (name: string) => boolean, effective: (name: string) => ConfigValue): Record<string, string> {
  const next: Record<string, string> = replace ? {} : { ...current };
  const seen = new Set<string>();
  for (const o of ops) {
    if (seen.has(o.name)) throw new ConfigChangeError('INVALID_REQUEST', `config ${o.name} appears more than once`);
    seen.add(o.name);
    switch (replace ? ConfigOperation.SET : o.op) {
      case ConfigOperation.SET:
        if (o.value === null) {
          if (replace) continue; // AlterConfigs: null means "not set"
          throw new ConfigChangeError('INVALID_CONFIG', `config ${o.name} cannot be SET to null`);
        }
        next[o.name] = o.value;
        break;
      case ConfigOperation.DELETE:
        delete next[o.name];
        break;
      case ConfigOperation.APPEND:
      case ConfigOperation.SUBTRACT: {
        if (!listType(o.name)) throw new ConfigChangeError('INVALID_CONFIG', `config ${o.name} is not a list; APPEND and SUBTRACT need a list`);
        const cur = effective(o.name);
        const items = Array.isArray(cur) ? [...cur] : [];
        const given = (o.value ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
        const out = o.op === ConfigOperation.APPEND ? [...items, ...given.filter((g) => !items.includes(g))] : items.filter((i) => !given.includes(i));
        next[o.name] = out.join(',');
        break;
      }
      default:
        throw new ConfigChangeError('INVALID_REQUEST', `unknown config operation ${o.op}`);
    }
  }
  return next;
}

export async function changeTopicConfigs(b: BrokerServices, topicName: string, ops: readonly ConfigOp[], opts: { replace: boolean; validateOnly: boolean }): Promise<void> {
  const topic = b.image.topic(topicName);
  if (!topic) throw new ConfigChangeError('UNKNOWN_TOPIC_OR_PARTITION', `topic ${topicName} does not exist`);
  const next = applyOps(topic.configText, ops, opts.replace, (n) => isList(n, false, b), (n) => b.config.resolveTopicConfig(n, topic.configs).value);
  try {
    await b.topics.setConfigs(topicName, next, opts.validateOnly);
  } catch (e) {
    if (e instanceof TopicError) throw new ConfigChangeError(e.errorName, e.message);
    throw e;
  }
  if (!opts.validateOnly) b.log.info({ topic: topicName, configs: next }, 'topic configs changed');
}

export async function changeBrokerConfigs(b: BrokerServices, resourceName: string, ops: readonly ConfigOp[], opts: { replace: boolean; validateOnly: boolean }): Promise<void> {
  const layer = resourceName === '' ? 'DYNAMIC_DEFAULT_BROKER_CONFIG' : 'DYNAMIC_BROKER_CONFIG';
  if (resourceName !== '' && resourceName !== String(b.nodeId)) {
    throw new ConfigChangeError('INVALID_REQUEST', `broker ${resourceName} is not this broker (${b.nodeId})`);
  }
  for (const o of ops) {
    const def = b.config.def(o.name);
    if (!def) throw new ConfigChangeError('INVALID_CONFIG', `unknown broker config ${o.name}`);
    if (!def.dynamic) throw new ConfigChangeError('INVALID_REQUEST', `${o.name} cannot be changed while the broker runs; set it in server.properties`);
  }
  const current = b.config.dynamicText(layer);
  const next = applyOps(current, ops, opts.replace, (n) => isList(n, true, b), (n) => b.config.get(n));
  // Validate every value before touching the live config.
  for (const [k, v] of Object.entries(next)) {
    try {
      parseConfigValue(b.config.def(k)!, v);
    } catch (e) {
      if (e instanceof ConfigError) throw new ConfigChangeError('INVALID_CONFIG', e.message);
      throw e;
    }
  }
  if (opts.validateOnly) return;
  const apply = (values: Record<string, string>): void => {
    for (const k of Object.keys(b.config.dynamicText(layer))) if (!(k in values)) b.config.set(k, null, layer);
    for (const [k, v] of Object.entries(values)) b.config.set(k, v, layer);
  };
  apply(next);
  // New TLS settings (a keystore location, say) take effect at once, as Kafka's dynamic SSL
  // configs do; a keystore that cannot be used is refused and the old settings stay.
  if (ops.some((o) => /(^|\.)ssl\./.test(o.name)) && b.reloadListenerTls) {
    try {
      b.reloadListenerTls();
    } catch (e) {
      apply(current);
      if (e instanceof ConfigError) throw new ConfigChangeError('INVALID_CONFIG', `TLS settings not usable: ${e.message}`);
      throw e;
    }
  }
  const other = layer === 'DYNAMIC_BROKER_CONFIG' ? 'DYNAMIC_DEFAULT_BROKER_CONFIG' : 'DYNAMIC_BROKER_CONFIG';
  const perBroker = layer === 'DYNAMIC_BROKER_CONFIG' ? next : b.config.dynamicText(other);
  const defaults = layer === 'DYNAMIC_DEFAULT_BROKER_CONFIG' ? next : b.config.dynamicText(other);
  await b.metadata.setBrokerConfigs(perBroker, defaults);
  b.replicas.refreshLogConfigs();
  b.log.info({ broker: resourceName === '' ? '<default>' : resourceName, configs: next }, 'broker configs changed');
}
