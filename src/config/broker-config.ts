/**
 * The broker's configuration: Kafka property names, merged from (lowest to highest priority)
 * defaults < `--config server.properties` < `KAFKA_CFG_<KEY>` environment variables (dots as
 * underscores, e.g. KAFKA_CFG_LOG_DIRS) < `--override key=value`. Unknown keys produce warnings;
 * invalid values throw ConfigError (one line, naming the key). Later changes through AlterConfigs
 * use `set()` with a dynamic source and are applied live by whoever reads them.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, formatConfigValue, parseConfigValue, type ConfigDef, type ConfigValue } from './config-def.ts';
import { checkAuthorizerClass } from './acl-config-defs.ts';
import { BROKER_CONFIG_BY_NAME, BROKER_CONFIG_DEFS, DEFAULT_QUEUED_REQUEST_BYTES } from './broker-config-defs.ts';
import { parseProperties } from './properties-file.ts';
import { parseListeners, parseProtocolMap, type ListenerAddress } from './listeners.ts';
import { TOPIC_CONFIG_BY_NAME, type TopicConfigDef } from './topic-config-defs.ts';

/** Kafka's DescribeConfigs source names (ConfigSource in DescribeConfigsResponse). */
export type ConfigSource =
  | 'DEFAULT_CONFIG'
  | 'STATIC_BROKER_CONFIG'
  | 'DYNAMIC_BROKER_CONFIG'
  | 'DYNAMIC_DEFAULT_BROKER_CONFIG'
  | 'TOPIC_CONFIG';

export const CONFIG_SOURCE_ID: Readonly<Record<ConfigSource, number>> = {
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
};

export interface LoadOptions {
  /** Path of a server.properties file. */
  file?: string;
  /** Environment to read KAFKA_CFG_* from (default: none). */
  env?: Record<string, string | undefined>;
  /** `key=value` strings, highest priority. */
  overrides?: readonly string[];
}

export interface ResolvedTopicConfig {
  name: string;
  value: ConfigValue;
  source: ConfigSource;
  /** Broker synonyms that are set, most specific first, with their values (for DescribeConfigs). */
  synonyms: { name: string; value: ConfigValue; source: ConfigSource }[];
}

const ENV_PREFIX = 'KAFKA_CFG_';
const LISTENER_PREFIX = 'listener.name.';
const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
const LISTENER_KEY_RE = /^listener\.name\.([a-z0-9_-]+)\.(.+)$/;
const JAAS_KEY_RE = /^[a-z0-9-]+\.sasl\.jaas\.config$/;
const MECHANISM_PREFIX_RE = /^(plain|scram-sha-256|scram-sha-512|oauthbearer|gssapi)\.(.+)$/;

/**
 * The definition of a broker property, including the per-listener forms
 * `listener.name.<listener>.<property>` and `listener.name.<listener>.<mechanism>.sasl.jaas.config`
 * (unset by default: the plain property applies then).
 */
export function brokerConfigDef(name: string): ConfigDef | undefined {
  const def = BROKER_CONFIG_BY_NAME.get(name);
  if (def) return def;
  const m = LISTENER_KEY_RE.exec(name);
  if (!m) return undefined;
  // listener.name.<l>.<mechanism>.<sasl property> (Kafka's per-mechanism prefix), or listener.name.<l>.<property>.
  const mech = MECHANISM_PREFIX_RE.exec(m[2]!);
  const key = mech && mech[2]!.startsWith('sasl.') ? mech[2]! : m[2]!;
  const inner = BROKER_CONFIG_BY_NAME.get(key) ?? (JAAS_KEY_RE.test(m[2]!) ? BROKER_CONFIG_BY_NAME.get('sasl.jaas.config') : undefined);
  return inner ? { ...inner, name, default: null } : undefined;
}

export class BrokerConfig {
  /** Layers, highest priority first (Kafka's order: per-broker dynamic, cluster-default dynamic, static). */
  private readonly layers: ReadonlyMap<ConfigSource, Map<string, ConfigValue>> = new Map([
    ['DYNAMIC_BROKER_CONFIG', new Map()],
    ['DYNAMIC_DEFAULT_BROKER_CONFIG', new Map()],
    ['STATIC_BROKER_CONFIG', new Map()],
  ]);
  readonly warnings: string[] = [];

  private constructor() {}

  /** Merges every source; throws ConfigError on an invalid value or unreadable file. */
  static load(opts: LoadOptions = {}): BrokerConfig {
    const cfg = new BrokerConfig();
    const layers: { origin: string; pairs: [string, string][] }[] = [];
    if (opts.file !== undefined) {
      let text: string;
      try {
        text = readFileSync(opts.file, 'utf8');
      } catch (e) {
        throw new ConfigError('--config', `cannot read config file ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      layers.push({ origin: opts.file, pairs: parseProperties(text) });
    }
    if (opts.env) {
      const pairs: [string, string][] = [];
      for (const [k, v] of Object.entries(opts.env)) {
        if (k.startsWith(ENV_PREFIX) && v !== undefined) pairs.push([k.slice(ENV_PREFIX.length).toLowerCase().replaceAll('_', '.'), v]);
      }
      layers.push({ origin: 'environment', pairs: pairs.sort((a, b) => a[0].localeCompare(b[0])) });
    }
    if (opts.overrides?.length) {
      const pairs: [string, string][] = [];
      for (const o of opts.overrides) {
        const eq = o.indexOf('=');
        if (eq <= 0) throw new ConfigError('--override', `--override "${o}" is not key=value`);
        pairs.push([o.slice(0, eq).trim(), o.slice(eq + 1)]);
      }
      layers.push({ origin: '--override', pairs });
    }
    for (const layer of layers) {
      for (const [key, text] of layer.pairs) cfg.setStatic(key, text, layer.origin);
    }
    cfg.validate();
    return cfg;
  }

  /** Config from a plain object of text values (tests, embedded brokers). */
  static fromProperties(props: Record<string, string | number | boolean> = {}): BrokerConfig {
    return BrokerConfig.load({ overrides: Object.entries(props).map(([k, v]) => `${k}=${String(v)}`) });
  }

  private setStatic(key: string, text: string, origin: string): void {
    const def = brokerConfigDef(key);
    if (!def) {
      this.warnings.push(`unknown config ${key} (from ${origin}) ignored`);
      return;
    }
    this.layers.get('STATIC_BROKER_CONFIG')!.set(key, parseConfigValue(def, text));
  }

  private validate(): void {
    checkAuthorizerClass(this.str('authorizer.class.name'));
    this.listeners();
    this.advertisedListeners();
    if (this.logDirs().length === 0) throw new ConfigError('log.dirs', 'log.dirs is empty: give at least one data directory');
    const queued = this.int('queued.max.request.bytes');
    if (queued !== -1 && queued < this.int('socket.request.max.bytes')) {
      throw new ConfigError('queued.max.request.bytes', 'queued.max.request.bytes must be -1 or at least socket.request.max.bytes');
    }
    // Kafka refuses this too: with no overrides, no connection could ever be served.
    if (this.int('max.connections.per.ip') === 0 && (this.str('max.connections.per.ip.overrides') ?? '').trim() === '') {
      throw new ConfigError('max.connections.per.ip', 'max.connections.per.ip is 0 and max.connections.per.ip.overrides is empty: no client could connect; raise it or add overrides');
    }
    const advertised = this.get('advertised.listeners');
    if (Array.isArray(advertised) && advertised.length > 0) {
      const map = parseProtocolMap(this.str('listener.security.protocol.map') ?? '');
      const wildcard = parseListeners(advertised, map, 'advertised.listeners').find((l) => l.host === '0.0.0.0' || l.host === '::');
      if (wildcard) throw new ConfigError('advertised.listeners', `advertised.listeners cannot use the wildcard address ${wildcard.host}`);
    }
  }

  def(name: string): ConfigDef | undefined {
    return brokerConfigDef(name);
  }

  get(name: string): ConfigValue {
    for (const layer of this.layers.values()) if (layer.has(name)) return layer.get(name)!;
    const def = brokerConfigDef(name);
    if (!def) throw new ConfigError(name, `unknown broker config ${name}`);
    return def.default;
  }

  isSet(name: string): boolean {
    return this.source(name) !== 'DEFAULT_CONFIG';
  }

  source(name: string): ConfigSource {
    for (const [source, layer] of this.layers) if (layer.has(name)) return source;
    return 'DEFAULT_CONFIG';
  }

  /** The value one layer holds (for synonyms in DescribeConfigs), undefined when it holds none. */
  layerValue(name: string, source: ConfigSource): ConfigValue | undefined {
    return this.layers.get(source)?.get(name);
  }

  /** The dynamic settings of one layer, as text (what the metadata store persists). */
  dynamicText(source: 'DYNAMIC_BROKER_CONFIG' | 'DYNAMIC_DEFAULT_BROKER_CONFIG'): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.layers.get(source)!) out[k] = formatConfigValue(v) ?? '';
    return out;
  }

  int(name: string): number {
    const v = this.get(name);
    if (typeof v !== 'number') throw new ConfigError(name, `${name} is not set`);
    return v;
  }

  optionalInt(name: string): number | null {
    const v = this.get(name);
    return typeof v === 'number' ? v : null;
  }

  bool(name: string): boolean {
    return this.get(name) === true;
  }

  str(name: string): string | null {
    const v = this.get(name);
    return v === null ? null : (formatConfigValue(v) ?? null);
  }

  list(name: string): string[] {
    const v = this.get(name);
    return Array.isArray(v) ? v : v === null ? [] : [String(v)];
  }

  /**
   * A property as one listener sees it: `listener.name.<listener>.<name>` when set, else `name`
   * (Kafka's per-listener overrides).
   */
  listenerValue(listener: string, name: string, mechanism?: string): ConfigValue {
    const prefix = `listener.name.${listener.toLowerCase()}.`;
    const byMechanism = mechanism ? `${prefix}${mechanism.toLowerCase()}.${name}` : null;
    if (byMechanism && this.isSet(byMechanism)) return this.get(byMechanism);
    return this.isSet(prefix + name) ? this.get(prefix + name) : this.get(name);
  }

  /** The listener-prefixed properties that are set (they are not in entries()). */
  listenerOverrides(): { name: string; value: ConfigValue; source: ConfigSource }[] {
    const out: { name: string; value: ConfigValue; source: ConfigSource }[] = [];
    for (const [source, layer] of this.layers) {
      for (const [name, value] of layer) if (name.startsWith(LISTENER_PREFIX) && !out.some((o) => o.name === name)) out.push({ name, value, source });
    }
    return out;
  }

  /** Every known broker property with its current value and source, in definition order. */
  entries(): { def: ConfigDef; value: ConfigValue; source: ConfigSource }[] {
    return BROKER_CONFIG_DEFS.map((def) => ({ def, value: this.get(def.name), source: this.source(def.name) }));
  }

  /**
   * Sets (text) or removes (null) a property in a dynamic layer at runtime, as AlterConfigs does.
   * Throws ConfigError for unknown keys and invalid values; nothing is changed then.
   */
  set(name: string, text: string | null, source: 'DYNAMIC_BROKER_CONFIG' | 'DYNAMIC_DEFAULT_BROKER_CONFIG' = 'DYNAMIC_BROKER_CONFIG'): void {
    const def = brokerConfigDef(name);
    if (!def) throw new ConfigError(name, `unknown broker config ${name}`);
    const layer = this.layers.get(source)!;
    if (text === null) {
      layer.delete(name);
    } else {
      layer.set(name, parseConfigValue(def, text));
    }
    this.changes++;
  }

  private changes = 0;

  /** Bumped by every set(): what was derived from these values before may be stale. */
  get version(): number {
    return this.changes;
  }

  // ---- derived values ----

  nodeId(): number {
    if (!this.isSet('node.id') && this.isSet('broker.id')) return this.int('broker.id');
    return this.int('node.id');
  }

  logDirs(): string[] {
    if (!this.isSet('log.dirs') && this.isSet('log.dir')) return [this.str('log.dir')!];
    return this.list('log.dirs');
  }

  /** Listener names reserved for a KRaft controller (controller.listener.names): not served here. */
  private controllerListenerNames(): Set<string> {
    return new Set((this.str('controller.listener.names') ?? '').split(',').map((x) => x.trim().toUpperCase()).filter((x) => x !== ''));
  }

  /**
   * The client listeners this broker serves. Controller listeners of a Kafka KRaft
   * server.properties (controller.listener.names) are skipped, so Kafka's sample file works as is.
   */
  listeners(): ListenerAddress[] {
    const map = parseProtocolMap(this.str('listener.security.protocol.map') ?? '');
    const controllers = this.controllerListenerNames();
    const out = parseListeners(this.list('listeners'), map, 'listeners').filter((l) => !controllers.has(l.name));
    if (out.length === 0) throw new ConfigError('listeners', 'listeners has no client listener: give at least one, e.g. PLAINTEXT://:9092');
    for (const l of out) {
      if (!SECURITY_PROTOCOLS.includes(l.securityProtocol)) {
        throw new ConfigError('listeners', `listener ${l.name} uses security protocol ${l.securityProtocol}; use one of ${SECURITY_PROTOCOLS.join(', ')} (listener.security.protocol.map maps names to them)`);
      }
    }
    return out;
  }

  /**
   * What Metadata tells clients: advertised.listeners, else listeners (empty host → localhost);
   * controller listeners left out, the listeners' order kept.
   */
  advertisedListeners(): ListenerAddress[] {
    const map = parseProtocolMap(this.str('listener.security.protocol.map') ?? '');
    const items = this.get('advertised.listeners');
    const controllers = this.controllerListenerNames();
    const list = Array.isArray(items) && items.length > 0 ? parseListeners(items, map, 'advertised.listeners').filter((l) => !controllers.has(l.name)) : this.listeners();
    if (list.length === 0) throw new ConfigError('advertised.listeners', 'advertised.listeners has no client listener');
    return list.map((l) => ({ ...l, host: l.host === '' || l.host === '0.0.0.0' || l.host === '::' ? 'localhost' : l.host }));
  }

  queuedMaxRequestBytes(): number {
    const v = this.int('queued.max.request.bytes');
    return v === -1 ? Math.max(DEFAULT_QUEUED_REQUEST_BYTES, this.int('socket.request.max.bytes')) : v;
  }

  /**
   * A topic config's effective value: the topic's own setting, else the first broker synonym that is
   * set, else the broker default (KIP-226 synonym order).
   */
  resolveTopicConfig(name: string, topicOverrides: ReadonlyMap<string, ConfigValue> = new Map()): ResolvedTopicConfig {
    const def = TOPIC_CONFIG_BY_NAME.get(name);
    if (!def) throw new ConfigError(name, `unknown topic config ${name}`);
    const synonyms = this.synonymsOf(def);
    if (topicOverrides.has(name)) {
      const value = topicOverrides.get(name)!;
      return { name, value, source: 'TOPIC_CONFIG', synonyms: [{ name, value, source: 'TOPIC_CONFIG' }, ...synonyms] };
    }
    const firstSet = synonyms.find((s) => s.source !== 'DEFAULT_CONFIG');
    const chosen = firstSet ?? synonyms.find((s) => s.value !== null);
    if (!chosen) return { name, value: def.default, source: 'DEFAULT_CONFIG', synonyms };
    const convert = def.fromSynonym?.[chosen.name];
    const value = convert && typeof chosen.value === 'number' ? convert(chosen.value) : chosen.value;
    return { name, value, source: chosen.source, synonyms };
  }

  private synonymsOf(def: TopicConfigDef): { name: string; value: ConfigValue; source: ConfigSource }[] {
    return def.synonyms.map((s) => ({ name: s, value: this.get(s), source: this.source(s) })).filter((s) => s.value !== null || s.source !== 'DEFAULT_CONFIG');
  }
}
