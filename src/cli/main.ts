/**
 * The `samsa` command: a small dispatcher; each command group lives in its own file
 * (broker-command.ts for `samsa broker ...`).
 */
import { Command } from 'commander';
import { brokerCommand } from './broker-command.ts';

const program = new Command('samsa')
  .description('Samsa: an event streaming platform that speaks the Kafka protocol')
  .showHelpAfterError();

program.addCommand(brokerCommand());

await program.parseAsync(process.argv);
