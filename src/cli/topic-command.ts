/**
 * `samsa topic create|list|describe|delete|alter-config|add-partitions`, shaped after rpk topic:
 *   samsa topic create orders -p 6 -r 1 -c retention.ms=86400000
 *   samsa topic list
 *   samsa topic describe orders
 *   samsa topic alter-config orders --set cleanup.policy=compact --delete retention.ms
 *   samsa topic add-partitions orders --num 2
 *   samsa topic delete orders
 */
import { Command } from 'commander';
import { action, collect, keyValues, positiveInt, table, UsageError, withClientOptions, type ClientFlags, withAdmin } from './client-options.ts';

export function topicCommand(): Command {
  const topic = new Command('topic').description('create, list, describe, alter and delete topics');

  withClientOptions(topic.command('create').description('create topics').argument('<topics...>', 'topic names'))
    .option('-p, --partitions <n>', 'number of partitions (default: the broker\'s num.partitions)')
    .option('-r, --replicas <n>', 'replication factor (default: the broker\'s default.replication.factor)')
    .option('-c, --config <key=value>', 'topic config, repeatable', collect)
    .action(
      action(async (names: string[], o: ClientFlags & { partitions?: string; replicas?: string; config?: string[] }) => {
        const configs = keyValues(o.config, '--config');
        const partitions = o.partitions === undefined ? undefined : positiveInt(o.partitions, '--partitions');
        const replicationFactor = o.replicas === undefined ? undefined : positiveInt(o.replicas, '--replicas');
        await withAdmin(o, async (admin) => {
          await admin.createTopics(names.map((name) => ({ name, partitions, replicationFactor, configs })));
          const described = await admin.describeTopics(names);
          process.stdout.write(table(['TOPIC', 'STATUS', 'PARTITIONS'], described.map((t) => [t.name, 'OK', t.partitions.length])));
        });
      }),
    );

  withClientOptions(topic.command('list').alias('ls').description('list topics'))
    .option('-i, --internal', 'include internal topics such as __consumer_offsets')
    .action(
      action(async (o: ClientFlags & { internal?: boolean }) => {
        await withAdmin(o, async (admin) => {
          const all = await admin.describeTopics();
          const rows = all.filter((t) => o.internal || !t.internal).map((t) => [t.name, t.partitions.length, t.partitions[0]?.replicas.length ?? 0]);
          process.stdout.write(table(['NAME', 'PARTITIONS', 'REPLICAS'], rows));
        });
      }),
    );

  withClientOptions(topic.command('describe').description('show a topic\'s summary, non-default configs and partitions').argument('<topic>', 'topic name'))
    .option('-a, --all-configs', 'print every config, defaults included')
    .action(
      action(async (name: string, o: ClientFlags & { allConfigs?: boolean }) => {
        await withAdmin(o, async (admin) => {
          const [t] = await admin.describeTopics([name]);
          const configs = await admin.describeConfigs('topic', name);
          const ends = await admin.listOffsets(name, 'latest');
          const starts = await admin.listOffsets(name, 'earliest');
          let out = `SUMMARY\n=======\nNAME        ${t!.name}\nID          ${t!.topicId}\nPARTITIONS  ${t!.partitions.length}\nREPLICAS    ${t!.partitions[0]?.replicas.length ?? 0}\nINTERNAL    ${t!.internal}\n\n`;
          out += 'CONFIGS\n=======\n';
          out += table(['KEY', 'VALUE', 'SOURCE'], configs.filter((c) => o.allConfigs || !c.isDefault).map((c) => [c.name, c.isSensitive ? '(sensitive)' : (c.value ?? ''), c.isDefault ? 'DEFAULT' : sourceName(c.source)]));
          out += '\nPARTITIONS\n==========\n';
          out += table(
            ['PARTITION', 'LEADER', 'EPOCH', 'REPLICAS', 'ISR', 'LOG-START-OFFSET', 'HIGH-WATERMARK'],
            t!.partitions.map((p) => [p.partition, p.leader, p.leaderEpoch, `[${p.replicas.join(',')}]`, `[${p.isr.join(',')}]`, starts.find((s) => s.partition === p.partition)?.offset ?? '-', ends.find((e) => e.partition === p.partition)?.offset ?? '-']),
          );
          process.stdout.write(out);
        });
      }),
    );

  withClientOptions(topic.command('delete').description('delete topics').argument('<topics...>', 'topic names'))
    .action(
      action(async (names: string[], o: ClientFlags) => {
        await withAdmin(o, async (admin) => {
          await admin.deleteTopics(names);
          process.stdout.write(table(['TOPIC', 'STATUS'], names.map((n) => [n, 'OK'])));
        });
      }),
    );

  withClientOptions(topic.command('alter-config').description('set or delete topic configs (incremental)').argument('<topic>', 'topic name'))
    .option('-s, --set <key=value>', 'set a config, repeatable', collect)
    .option('-d, --delete <key>', 'reset a config to its default, repeatable', collect)
    .action(
      action(async (name: string, o: ClientFlags & { set?: string[]; delete?: string[] }) => {
        const set = keyValues(o.set, '--set');
        if (Object.keys(set).length === 0 && (o.delete ?? []).length === 0) throw new UsageError('nothing to change: pass --set key=value or --delete key');
        await withAdmin(o, async (admin) => {
          await admin.alterConfigs('topic', name, { set, delete: o.delete });
          process.stdout.write(table(['TOPIC', 'STATUS'], [[name, 'OK']]));
        });
      }),
    );

  withClientOptions(topic.command('add-partitions').description('add partitions to topics').argument('<topics...>', 'topic names'))
    .requiredOption('-n, --num <n>', 'number of partitions to add')
    .action(
      action(async (names: string[], o: ClientFlags & { num: string }) => {
        const add = positiveInt(o.num, '--num');
        if (add === 0) throw new UsageError('--num must be at least 1');
        await withAdmin(o, async (admin) => {
          const rows: Array<Array<string | number>> = [];
          for (const t of await admin.describeTopics(names)) {
            await admin.createPartitions(t.name, t.partitions.length + add);
            rows.push([t.name, 'OK', t.partitions.length + add]);
          }
          process.stdout.write(table(['TOPIC', 'STATUS', 'PARTITIONS'], rows));
        });
      }),
    );
  return topic;
}

// Kafka's DescribeConfigs config sources.
function sourceName(source: number): string {
  return ['UNKNOWN', 'DYNAMIC_TOPIC_CONFIG', 'DYNAMIC_BROKER_CONFIG', 'DYNAMIC_DEFAULT_BROKER_CONFIG', 'STATIC_BROKER_CONFIG', 'DEFAULT_CONFIG', 'DYNAMIC_BROKER_LOGGER_CONFIG', 'CLIENT_METRICS_CONFIG', 'GROUP_CONFIG'][source] ?? String(source);
}
