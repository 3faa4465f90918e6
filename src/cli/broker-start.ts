/**
 * Starts the broker for `samsa broker start`: loads the configuration (defaults < --config file <
 * KAFKA_CFG_* < --override), prints one line and exits 1 on a bad value, busy port or unwritable
 * log dir, and stops cleanly on SIGTERM/SIGINT (exit 0).
 */
import pino from 'pino';
import { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError } from '../config/config-def.ts';
import { Broker, StartupError } from '../broker/broker.ts';
import { ListenError } from '../broker/listener.ts';
import { MetadataFileError } from '../broker/local-metadata-store.ts';

function fail(message: string): never {
  process.stderr.write(`samsa: ${message}\n`);
  process.exit(1);
}

export async function startBroker(opts: { config?: string; override: string[] }): Promise<void> {
  let config: BrokerConfig;
  try {
    config = BrokerConfig.load({ file: opts.config, env: process.env, overrides: opts.override });
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const log = pino({ level: process.env.SAMSA_LOG_LEVEL ?? 'info', base: { node: config.nodeId() } });
  for (const w of config.warnings) log.warn(w);
  let broker: Broker;
  try {
    broker = await Broker.start({ config, logger: log });
  } catch (e) {
    if (e instanceof StartupError || e instanceof ListenError || e instanceof MetadataFileError || e instanceof ConfigError) fail(e.message);
    fail(`cannot start the broker: ${e instanceof Error ? e.message : String(e)}`);
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutdown requested');
    broker.close().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

