/**
 * `samsa cluster info`: the cluster id, the controller and the brokers (rpk cluster info), and the
 * topics with their partition counts.
 */
import { Command } from 'commander';
import { action, table, withAdmin, withClientOptions, type ClientFlags } from './client-options.ts';

export function clusterCommand(): Command {
  const cluster = new Command('cluster').description('information about the cluster');
  withClientOptions(cluster.command('info').description('cluster id, controller, brokers and topics'))
    .action(
      action((o: ClientFlags) =>
        withAdmin(o, async (admin) => {
          const c = await admin.describeCluster();
          const topics = await admin.describeTopics();
          let out = `CLUSTER\n=======\n${c.clusterId ?? '-'}\n\nBROKERS\n=======\n`;
          out += table(['ID', 'HOST', 'PORT', 'RACK'], c.brokers.map((b) => [b.nodeId === c.controllerId ? `${b.nodeId}*` : b.nodeId, b.host, b.port, b.rack ?? '-']));
          out += `\nTOPICS\n======\n`;
          out += table(['NAME', 'PARTITIONS', 'REPLICAS'], topics.filter((t) => !t.internal).map((t) => [t.name, t.partitions.length, t.partitions[0]?.replicas.length ?? 0]));
          process.stdout.write(out);
        }),
      ),
    );
  return cluster;
}
