/**
 * `samsa broker format`: prepares the first log dir before the broker's first start, as Kafka's
 * `kafka-storage.sh format` does; today that is SCRAM users (`--add-scram`), so SASL/SCRAM
 * listeners can have their first (admin) user without a running broker. It creates
 * samsa-metadata.json if needed and adds or replaces the given credentials (other users and all
 * topics stay). The broker must be stopped: a running one keeps its own copy of the file.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError } from '../config/config-def.ts';
import { LocalMetadataStore, MetadataFileError } from '../broker/local-metadata-store.ts';
import { META_PROPERTIES_FILE, parseMetaProperties } from '../storage/dirs/meta-properties.ts';
import { AddScramError, parseAddScram } from './add-scram.ts';

/** The cluster id a log dir's meta.properties names, as the broker takes it when the metadata file is new. */
function storedClusterId(dirs: string[]): string | null {
  for (const dir of dirs) {
    try {
      const id = parseMetaProperties(readFileSync(join(dir, META_PROPERTIES_FILE), 'utf8')).get('cluster.id');
      if (id) return id;
    } catch {
      // no meta.properties yet: a new dir
    }
  }
  return null;
}

export interface FormatOptions {
  config?: string;
  override: string[];
  addScram: string[];
}

/** Formats; returns the line to print. Throws ConfigError, AddScramError or MetadataFileError. */
export async function formatBroker(opts: FormatOptions): Promise<string> {
  const config = BrokerConfig.load({ file: opts.config, env: process.env, overrides: opts.override });
  const records = opts.addScram.map(parseAddScram);
  const dir = config.logDirs()[0]!;
  mkdirSync(dir, { recursive: true });
  const store = LocalMetadataStore.open(dir, config.nodeId(), config.str('cluster.id') ?? storedClusterId(config.logDirs()));
  if (records.length > 0) await store.alterScramCredentials(records, []);
  const users = records.map((r) => `${r.user} (${r.mechanism})`).join(', ');
  return `formatted ${dir} for cluster ${store.clusterId}${users ? `; SCRAM credentials: ${users}` : ''}`;
}

export async function runFormat(opts: FormatOptions): Promise<void> {
  try {
    process.stdout.write((await formatBroker(opts)) + '\n');
  } catch (e) {
    if (e instanceof ConfigError || e instanceof AddScramError || e instanceof MetadataFileError) {
      process.stderr.write(`samsa: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
