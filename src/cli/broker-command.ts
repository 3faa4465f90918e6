/**
 * `samsa broker start [--config server.properties] [--override key=value ...]`
 * `samsa broker format [--config ...] [--override ...] --add-scram 'SCRAM-SHA-256=[name=admin,password=...]'`
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
  broker
    .command('format')
    .description('prepare the first log dir before starting the broker, as kafka-storage.sh format: add SCRAM users (run it while the broker is stopped)')
    .option('--config <file>', 'a server.properties file (log.dirs, node.id, cluster.id)')
    .option('--override <key=value>', 'set a broker property (repeatable)', collect, [])
    .option(
      '--add-scram <credential>',
      "add or replace a SCRAM user (repeatable), Kafka's syntax: 'SCRAM-SHA-256=[name=admin,password=admin-secret]'; " +
        'optional iterations=4096..16384 (default 4096), salt=<base64>, saltedpassword=<base64> (with salt) instead of password',
      collect,
      [],
    )
    .addHelpText('after', "\nExample:\n  samsa broker format --override log.dirs=./data --add-scram 'SCRAM-SHA-512=[name=admin,iterations=8192,password=admin-secret]'\n")
    .action(async (opts: { config?: string; override: string[]; addScram: string[] }) => {
      const { runFormat } = await import('./broker-format.ts');
      await runFormat(opts);
    });
  return broker;
}
