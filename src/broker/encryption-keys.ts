/**
 * The broker's key ring for encryption at rest (storage/encryption/): the keys of the file named by
 * broker config `samsa.encryption.keys.file` and of the environment variable
 * `SAMSA_ENCRYPTION_KEYS`, both in key-ring.ts's `id=base64-of-32-bytes` format (lines in the file;
 * lines or commas in the variable). A topic's `samsa.encryption.key.id` picks the key new batches
 * use; every key a stored batch names must stay in the ring for it to be read. A file or variable
 * that does not parse stops the start with a message naming the entry; later, the ring reads both
 * again when a topic or a batch names an id it does not hold (rotation without a restart).
 */
import { readFileSync } from 'node:fs';
import type { BrokerConfig } from '../config/broker-config.ts';
import { KeyRing, KeyRingError, parseKeyRing } from '../storage/encryption/key-ring.ts';

export const KEYS_FILE_CONFIG = 'samsa.encryption.keys.file';
export const KEYS_ENV = 'SAMSA_ENCRYPTION_KEYS';

function readSources(file: string | null, env: Readonly<Record<string, string | undefined>>): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new KeyRingError(`${KEYS_FILE_CONFIG}=${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); fix the path or its permissions`);
    }
    parseKeyRing(text, file, keys);
  }
  const fromEnv = env[KEYS_ENV];
  if (fromEnv) parseKeyRing(fromEnv, `environment variable ${KEYS_ENV}`, keys);
  return keys;
}

/** Loads the ring at start; throws KeyRingError (the broker makes it a StartupError). */
export function loadKeyRing(config: BrokerConfig, env: Readonly<Record<string, string | undefined>> = process.env): KeyRing {
  const file = config.str(KEYS_FILE_CONFIG);
  const entries = readSources(file, env);
  return new KeyRing(entries, () => readSources(file, env));
}
