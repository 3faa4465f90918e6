/**
 * The JAAS login configuration text Kafka's sasl.jaas.config holds:
 * `<LoginModule class> <flag> key="value" key2=value2 ...;` — Samsa reads the options (PLAIN's
 * `user_<name>="<password>"` entries, OAUTHBEARER's `unsecuredLoginStringClaim_sub`...) and ignores
 * the module class, which only names Kafka's implementation.
 */
import { ConfigError } from '../../config/config-def.ts';

export interface JaasEntry {
  loginModule: string;
  flag: string;
  options: Map<string, string>;
}

const FLAGS = new Set(['required', 'requisite', 'sufficient', 'optional']);

/** Parses one login module entry; throws ConfigError naming `key` with what is wrong. */
export function parseJaasConfig(text: string, key: string): JaasEntry {
  let i = 0;
  const src = text.trim();
  const skipSpace = (): void => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const word = (): string => {
    skipSpace();
    const start = i;
    while (i < src.length && /[^\s=;"]/.test(src[i]!)) i++;
    return src.slice(start, i);
  };
  const loginModule = word();
  const flag = word().toLowerCase();
  if (loginModule === '' || !FLAGS.has(flag)) {
    throw new ConfigError(key, `${key} must start with a login module and a flag, e.g. org.apache.kafka.common.security.plain.PlainLoginModule required ...;`);
  }
  const options = new Map<string, string>();
  for (;;) {
    skipSpace();
    if (i >= src.length) throw new ConfigError(key, `${key} must end with ";"`);
    if (src[i] === ';') break;
    const name = word();
    skipSpace();
    if (name === '' || src[i] !== '=') throw new ConfigError(key, `${key}: expected key=value at "${src.slice(i, i + 20)}"`);
    i++;
    skipSpace();
    let value: string;
    if (src[i] === '"') {
      i++;
      let out = '';
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length) i++;
        out += src[i++];
      }
      if (i >= src.length) throw new ConfigError(key, `${key}: unterminated quoted value of ${name}`);
      i++;
      value = out;
    } else {
      value = word();
    }
    options.set(name, value);
  }
  if (src.slice(i + 1).trim() !== '') throw new ConfigError(key, `${key} holds more than one login module entry`);
  return { loginModule, flag, options };
}
