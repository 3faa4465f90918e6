/**
 * One configuration property: its Kafka name, type, default and validation, and the parser that
 * turns the text form (server.properties, env, --override, AlterConfigs) into a typed value.
 * Types follow Kafka's ConfigDef.Type; values are numbers (int, long, double — Kafka's longs stay
 * far below 2^53 in practice), booleans, strings, string lists, or null when a nullable property is
 * unset.
 */

export type ConfigType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'list' | 'password';
export type ConfigValue = number | boolean | string | string[] | null;

export interface ConfigDef {
  name: string;
  type: ConfigType;
  /** null = unset (Kafka's "null" default); the owning code decides what unset means. */
  default: ConfigValue;
  /** Inclusive bounds for numbers. */
  min?: number;
  max?: number;
  /** Allowed values for strings, or for each element of a list (compared case-sensitively as Kafka does). */
  oneOf?: readonly string[];
  doc: string;
  /** True when changing it needs no restart (DescribeConfigs `readOnly` is the negation for broker configs). */
  dynamic?: boolean;
  /**
   * What DescribeConfigs reports while the property is unset, where Samsa's unset means something
   * Kafka has no value for (flush.*: fsync before acknowledging) and clients expect Kafka's default.
   */
  describedDefault?: ConfigValue;
}

/** Kafka's Long.MAX_VALUE as our numbers see it (used for "never" defaults). */
export const LONG_MAX = Number.MAX_SAFE_INTEGER;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

const INT_RE = /^[+-]?\d+$/;

function parseInteger(def: ConfigDef, text: string): number {
  if (!INT_RE.test(text)) throw new ConfigError(def.name, `${def.name}=${text} is not a whole number`);
  let n = Number(text);
  // Kafka's "Long.MAX_VALUE" written out (9223372036854775807) means "never"; keep it exact-enough.
  if (def.type === 'long' && !Number.isSafeInteger(n)) n = n > 0 ? LONG_MAX : -LONG_MAX;
  if (def.type === 'int' && (n < -2147483648 || n > 2147483647)) {
    throw new ConfigError(def.name, `${def.name}=${text} does not fit in a 32-bit integer`);
  }
  return n;
}

/** Parses the text form of a value for `def`; throws ConfigError with a one-line reason. */
export function parseConfigValue(def: ConfigDef, raw: string): ConfigValue {
  const text = raw.trim();
  let value: ConfigValue;
  switch (def.type) {
    case 'int':
    case 'long':
      value = parseInteger(def, text);
      break;
    case 'double': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new ConfigError(def.name, `${def.name}=${text} is not a number`);
      value = n;
      break;
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (t !== 'true' && t !== 'false') throw new ConfigError(def.name, `${def.name}=${text} must be true or false`);
      value = t === 'true';
      break;
    }
    case 'list':
      value = text === '' ? [] : text.split(',').map((s) => s.trim()).filter((s) => s !== '');
      break;
    default:
      value = text;
  }
  validateConfigValue(def, value);
  return value;
}

/** Checks bounds and allowed values; throws ConfigError. */
export function validateConfigValue(def: ConfigDef, value: ConfigValue): void {
  if (value === null) return;
  if (typeof value === 'number') {
    if (def.min !== undefined && value < def.min) {
      throw new ConfigError(def.name, `${def.name}=${value} is below the minimum ${def.min}`);
    }
    if (def.max !== undefined && value > def.max) {
      throw new ConfigError(def.name, `${def.name}=${value} is above the maximum ${def.max}`);
    }
  }
  if (def.oneOf) {
    const items = Array.isArray(value) ? value : [String(value)];
    for (const item of items) {
      if (!def.oneOf.includes(item)) {
        throw new ConfigError(def.name, `${def.name}=${item} is not one of ${def.oneOf.join(', ')}`);
      }
    }
  }
}

/** The text form of a value, as DescribeConfigs reports it (null stays null). */
export function formatConfigValue(value: ConfigValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(',');
  if (value === LONG_MAX) return '9223372036854775807';
  return String(value);
}
