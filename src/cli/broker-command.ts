/**
 * `samsa broker start [--config server.properties] [--override key=value ...]`
 * Configuration sources, lowest priority first: defaults, the --config file, KAFKA_CFG_<KEY>
 * environment variables (dots as underscores), --override. An invalid value, a busy port or an
 * unwritable log dir prints one line and exits 1. SIGTERM/SIGINT stop the broker cleanly (exit 0).
 */
import { Command } from 'commander';
import pino from 'pino';
import { BrokerConfig } from '../config/broker-config.ts';
import { ConfigError } from '../config/config-def.ts';
import { Broker, StartupError } from '../broker/broker.ts';
import { ListenError } from '../broker/listener.ts';
import { MetadataFileError } from '../broker/broker-metadata.ts';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

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

export function brokerCommand(): Command {
  const broker = new Command('broker').description('run a Samsa broker');
  broker
    .command('start')
    .description('start a single-node broker (Kafka property names; see --override)')
    .option('--config <file>', 'a server.properties file')
    .option('--override <key=value>', 'set a broker property (repeatable); wins over the file and KAFKA_CFG_* variables', collect, [])
    .action(async (opts: { config?: string; override: string[] }) => {
      await startBroker(opts);
    });
  return broker;
}
