/**
 * The `samsa` command: a small dispatcher; each command group lives in its own file
 * (broker-command.ts for `samsa broker ...`).
 */
import { Command } from 'commander';
import { brokerCommand } from './broker-command.ts';
import { clusterCommand } from './cluster-command.ts';
import { consumeCommand } from './consume-command.ts';
import { groupCommand } from './group-command.ts';
import { aclCommand } from './acl-command.ts';
import { perfCommand } from './perf-command.ts';
import { produceCommand } from './produce-command.ts';
import { topicCommand } from './topic-command.ts';

const program = new Command('samsa')
  .description('Samsa: an event streaming platform that speaks the Kafka protocol')
  .showHelpAfterError();

program.addCommand(brokerCommand());
for (const c of [topicCommand(), produceCommand(), consumeCommand(), groupCommand(), aclCommand(), clusterCommand(), perfCommand()]) program.addCommand(c);

await program.parseAsync(process.argv);
