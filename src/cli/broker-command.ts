/**
 * `samsa broker start [--config server.properties] [--override key=value ...]`
 * Configuration sources, lowest priority first: defaults, the --config file, KAFKA_CFG_<KEY>
 * environment variables (dots as underscores), --override. An invalid value, a busy port or an
 * unwritable log dir prints one line and exits 1. SIGTERM/SIGINT stop the broker cleanly (exit 0).
 */
import { Command } from 'commander';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function brokerCommand(): Command {
  const broker = new Command('broker').description('run a Samsa broker');
  broker
    .command('start')
    .description('start a single-node broker (Kafka property names; see --override)')
    .option('--config <file>', 'a server.properties file')
    .option('--override <key=value>', 'set a broker property (repeatable); wins over the file and KAFKA_CFG_* variables', collect, [])
    .action(async (opts: { config?: string; override: string[] }) => {
      // Loaded on use, so client commands (`samsa topic ...`) don't pay for loading the broker.
      const { startBroker } = await import('./broker-start.ts');
      await startBroker(opts);
    });
  return broker;
}
