/**
 * `samsa group list|describe|seek|delete` (kafka-consumer-groups, rpk group):
 *   samsa group list
 *   samsa group describe my-group       GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG
 *                                       CONSUMER-ID HOST CLIENT-ID, as kafka-consumer-groups prints
 *   samsa group seek my-group --to start|end|<offset>|@<time> [--topic t]
 *   samsa group delete my-group
 * seek only works while the group has no members (Kafka refuses commits from outside otherwise).
 */
import { Command } from 'commander';
import type { OffsetSpec } from '../client/list-offsets.ts';
import { action, table, UsageError, withClientOptions, type ClientFlags, withAdmin } from './client-options.ts';
import { parseStart } from './consume-command.ts';

export function groupCommand(): Command {
  const group = new Command('group').description('list, describe, seek and delete consumer groups');

  withClientOptions(group.command('list').alias('ls').description('list consumer groups'))
    .action(
      action(async (o: ClientFlags) => {
        await withAdmin(o, async (admin) => {
          const groups = await admin.groups.list();
          process.stdout.write(table(['GROUP', 'STATE', 'PROTOCOL-TYPE', 'COORDINATOR'], groups.map((g) => [g.groupId, g.state || '-', g.protocolType || '-', g.coordinator])));
        });
      }),
    );

  withClientOptions(group.command('describe').description('members, committed offsets and lag of groups').argument('<groups...>', 'group ids'))
    .action(
      action(async (ids: string[], o: ClientFlags) => {
        await withAdmin(o, async (admin) => {
          let out = '';
          for (const id of ids) {
            const { group: g, rows } = await admin.groups.describeLag(id);
            const totalLag = rows.reduce((s, r) => s + (r.lag ?? 0), 0);
            out += `GROUP ${g.groupId}  STATE ${g.state}  PROTOCOL ${g.protocol || '-'}  MEMBERS ${g.members.length}  TOTAL-LAG ${totalLag}\n\n`;
            out += table(
              ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'],
              rows.map((r) => [g.groupId, r.topic, r.partition, r.currentOffset < 0 ? '-' : r.currentOffset, r.logEndOffset, r.lag ?? '-', r.memberId ?? '-', r.host ?? '-', r.clientId ?? '-']),
            );
            out += '\n';
          }
          process.stdout.write(out);
        });
      }),
    );

  withClientOptions(group.command('seek').description('set a group\'s committed offsets (the group must have no members)').argument('<group>', 'group id'))
    .requiredOption('--to <spec>', 'start|end|<offset>|@<time>')
    .option('-t, --topic <topics...>', 'topics to move (default: every topic the group has offsets for)')
    .action(
      action(async (id: string, o: ClientFlags & { to: string; topic?: string[] }) => {
        const start = parseStart(o.to);
        if (start.kind === 'fromEnd') throw new UsageError('--to does not take -N; use start, end, an offset or @<time>');
        await withAdmin(o, async (admin) => {
          const topics = o.topic ?? [...(await admin.groups.committedOffsets(id)).keys()];
          if (topics.length === 0) throw new UsageError(`group ${id} has no committed offsets; name the topics with --topic`);
          const rows: Array<Array<string | number>> = [];
          for (const t of topics) {
            let to: OffsetSpec | { offsets: Record<number, number> };
            if (start.kind === 'offset') {
              const [info] = await admin.describeTopics([t]);
              to = { offsets: Object.fromEntries(info!.partitions.map((p) => [p.partition, start.offset])) };
            } else to = start.spec;
            const set = await admin.groups.resetOffsets(id, t, to);
            for (const [p, off] of [...set].sort((a, b) => a[0] - b[0])) rows.push([id, t, p, off]);
          }
          process.stdout.write(table(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'], rows));
        });
      }),
    );

  withClientOptions(group.command('delete').description('delete groups (they must have no members)').argument('<groups...>', 'group ids'))
    .action(
      action(async (ids: string[], o: ClientFlags) => {
        await withAdmin(o, async (admin) => {
          await admin.groups.delete(ids);
          process.stdout.write(table(['GROUP', 'STATUS'], ids.map((g) => [g, 'OK'])));
        });
      }),
    );
  return group;
}
