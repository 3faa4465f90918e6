/**
 * The admin client: topics, partitions, configs, records, offsets and the cluster. Group
 * operations live in group-admin.ts and are reachable through `admin.groups`, ACLs in
 * acl-admin.ts through `admin.acls`.
 *
 * Requests that any broker may take (CreateTopics, DeleteTopics, CreatePartitions; a KRaft broker
 * forwards them to the controller, KIP-590) go to any broker; DeleteRecords and ListOffsets go to
 * each partition's leader; broker configs go to that broker. Per-resource errors become a
 * KafkaError naming the resource.
 */
import { ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { Cluster, type BrokerInfo, type ClusterOptions, type TopicInfo } from './cluster.ts';
import { AclAdmin } from './acl-admin.ts';
import { GroupAdmin } from './group-admin.ts';
import { KafkaError, throwIfError } from './kafka-error.ts';
import { listOffsets, type OffsetSpec, type PartitionOffset } from './list-offsets.ts';

export interface NewTopic {
  name: string;
  /** Default -1: the broker's num.partitions. */
  partitions?: number;
  /** Default -1: the broker's default.replication.factor. */
  replicationFactor?: number;
  configs?: Record<string, string>;
}

export type ConfigResourceType = 'topic' | 'broker';

export interface ConfigEntry {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
  isSensitive: boolean;
  /** Kafka's ConfigSource: 1 dynamic topic, 4 static broker, 5 default, ... */
  source: number;
}

export interface ClusterDescription {
  clusterId: string | null;
  controllerId: number;
  brokers: BrokerInfo[];
}

export interface LogDirDescription {
  broker: number;
  logDir: string;
  errorCode: number;
  topics: Array<{ topic: string; partition: number; size: number; offsetLag: number }>;
}

// Kafka's ConfigResource.Type ids.
const RESOURCE_TYPE: Record<ConfigResourceType, number> = { topic: 2, broker: 4 };

export class Admin {
  readonly cluster: Cluster;
  readonly groups: GroupAdmin;
  /** CreateAcls, DescribeAcls, DeleteAcls (acl-admin.ts). */
  readonly acls: AclAdmin;

  constructor(opts: ClusterOptions) {
    this.cluster = new Cluster(opts);
    this.groups = new GroupAdmin(this.cluster);
    this.acls = new AclAdmin(this.cluster);
  }

  async createTopics(topics: NewTopic[], opts: { timeoutMs?: number; validateOnly?: boolean } = {}): Promise<void> {
    const conn = await this.cluster.any();
    const res = await conn.send(ApiKey.CreateTopics, {
      topics: topics.map((t) => ({
        name: t.name,
        numPartitions: t.partitions ?? -1,
        replicationFactor: t.replicationFactor ?? -1,
        assignments: [],
        configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
      })),
      timeoutMs: opts.timeoutMs ?? 30_000,
      validateOnly: opts.validateOnly ?? false,
    });
    for (const t of res.topics) throwIfError(t.errorCode, `create topic ${t.name}`, t.errorMessage);
    await this.waitForTopics(topics.map((t) => t.name), true);
  }

  async deleteTopics(names: string[], opts: { timeoutMs?: number } = {}): Promise<void> {
    const conn = await this.cluster.any();
    const version = conn.version(ApiKey.DeleteTopics);
    const res = await conn.send(
      ApiKey.DeleteTopics,
      version >= 6 ? { topics: names.map((name) => ({ name })), timeoutMs: opts.timeoutMs ?? 30_000 } : { topicNames: names, timeoutMs: opts.timeoutMs ?? 30_000 },
      { version },
    );
    for (const t of res.responses) throwIfError(t.errorCode, `delete topic ${t.name}`, t.errorMessage);
    for (const n of names) this.cluster.invalidate(n);
  }

  /** Topic names, internal ones (__consumer_offsets ...) only when asked. */
  async listTopics(opts: { internal?: boolean } = {}): Promise<string[]> {
    await this.cluster.refresh(null);
    return [...this.cluster.topics.values()].filter((t) => opts.internal || !t.internal).map((t) => t.name).sort();
  }

  /** Partitions, leaders, replicas and ISR of the named topics (all topics when omitted). */
  async describeTopics(names?: string[]): Promise<TopicInfo[]> {
    const res = await this.cluster.refresh(names ?? null);
    if (names !== undefined) {
      for (const t of res.topics) throwIfError(t.errorCode, `describe topic ${t.name}`);
      return names.map((n) => this.cluster.topics.get(n)!).filter((t) => t !== undefined);
    }
    return [...this.cluster.topics.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Raises the partition count of a topic to `count` (it can only grow). */
  async createPartitions(topic: string, count: number, opts: { timeoutMs?: number; validateOnly?: boolean } = {}): Promise<void> {
    const conn = await this.cluster.any();
    const res = await conn.send(ApiKey.CreatePartitions, {
      topics: [{ name: topic, count, assignments: null }],
      timeoutMs: opts.timeoutMs ?? 30_000,
      validateOnly: opts.validateOnly ?? false,
    });
    for (const r of res.results) throwIfError(r.errorCode, `add partitions to ${r.name}`, r.errorMessage);
    this.cluster.invalidate(topic);
    await this.waitFor(async () => (await this.cluster.refresh([topic]), (this.cluster.topics.get(topic)?.partitions.length ?? 0) >= count));
  }

  async describeConfigs(type: ConfigResourceType, name: string, keys?: string[]): Promise<ConfigEntry[]> {
    const conn = type === 'broker' ? await this.cluster.broker(Number(name)) : await this.cluster.any();
    const res = await conn.send(ApiKey.DescribeConfigs, {
      resources: [{ resourceType: RESOURCE_TYPE[type], resourceName: name, configurationKeys: keys ?? null }],
      includeSynonyms: false,
      includeDocumentation: false,
    });
    const r = res.results[0];
    if (r === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `DescribeConfigs returned no result for ${type} ${name}`, { retriable: false });
    throwIfError(r.errorCode, `describe configs of ${type} ${name}`, r.errorMessage);
    return r.configs
      .map((c) => ({
        name: c.name,
        value: c.value,
        readOnly: c.readOnly,
        isDefault: c.isDefault || c.configSource === 5,
        isSensitive: c.isSensitive,
        source: c.configSource,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** IncrementalAlterConfigs (KIP-339): set some keys, delete (reset to default) others. */
  async alterConfigs(type: ConfigResourceType, name: string, change: { set?: Record<string, string>; delete?: string[] }): Promise<void> {
    const conn = type === 'broker' ? await this.cluster.broker(Number(name)) : await this.cluster.any();
    const configs = [
      ...Object.entries(change.set ?? {}).map(([n, value]) => ({ name: n, configOperation: 0, value })),
      ...(change.delete ?? []).map((n) => ({ name: n, configOperation: 1, value: null })),
    ];
    const res = await conn.send(ApiKey.IncrementalAlterConfigs, {
      resources: [{ resourceType: RESOURCE_TYPE[type], resourceName: name, configs }],
      validateOnly: false,
    });
    for (const r of res.responses) throwIfError(r.errorCode, `alter configs of ${type} ${name}`, r.errorMessage);
  }

  /** Deletes records below `offsets[partition]` (-1 = up to the high watermark); returns the new log start offsets. */
  async deleteRecords(topic: string, offsets: Record<number, number>): Promise<Record<number, number>> {
    return this.cluster.retry(async () => {
      const byLeader = new Map<number, Array<{ partitionIndex: number; offset: bigint }>>();
      for (const [p, o] of Object.entries(offsets)) {
        const leader = await this.cluster.leaderOf(topic, Number(p));
        byLeader.set(leader, [...(byLeader.get(leader) ?? []), { partitionIndex: Number(p), offset: BigInt(o) }]);
      }
      const out: Record<number, number> = {};
      await Promise.all(
        [...byLeader].map(async ([leader, partitions]) => {
          const conn = await this.cluster.broker(leader);
          const res = await conn.send(ApiKey.DeleteRecords, { topics: [{ name: topic, partitions }], timeoutMs: 30_000 });
          for (const t of res.topics) {
            for (const p of t.partitions) {
              throwIfError(p.errorCode, `delete records of ${t.name}-${p.partitionIndex}`);
              out[p.partitionIndex] = Number(p.lowWatermark);
            }
          }
        }),
      );
      return out;
    });
  }

  /** Offsets by spec for every partition of a topic (or the ones given). */
  async listOffsets(topic: string, spec: OffsetSpec, partitions?: number[], isolationLevel = 0): Promise<PartitionOffset[]> {
    const t = await this.cluster.retry(() => this.cluster.topic(topic));
    const ps = partitions ?? t.partitions.map((p) => p.partition);
    return listOffsets(this.cluster, ps.map((partition) => ({ topic, partition })), spec, isolationLevel);
  }

  async describeCluster(): Promise<ClusterDescription> {
    const conn = await this.cluster.any();
    if (conn.brokerRange(ApiKey.DescribeCluster) !== undefined) {
      const res = await conn.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
      throwIfError(res.errorCode, 'describe cluster', res.errorMessage);
      return {
        clusterId: res.clusterId,
        controllerId: res.controllerId,
        brokers: res.brokers.map((b) => ({ nodeId: b.brokerId, host: b.host, port: b.port, rack: b.rack })).sort((a, b) => a.nodeId - b.nodeId),
      };
    }
    // Brokers without DescribeCluster (KIP-700): the same facts from Metadata.
    await this.cluster.refresh([]);
    return { clusterId: this.cluster.clusterId, controllerId: this.cluster.controllerId, brokers: [...this.cluster.brokers.values()] };
  }

  /** Log directories of every broker with the size of each partition in them. */
  async describeLogDirs(): Promise<LogDirDescription[]> {
    await this.cluster.refresh([]);
    const out: LogDirDescription[] = [];
    for (const b of this.cluster.brokers.values()) {
      const conn = await this.cluster.broker(b.nodeId);
      const res = await conn.send(ApiKey.DescribeLogDirs, { topics: null });
      for (const r of res.results) {
        out.push({
          broker: b.nodeId,
          logDir: r.logDir,
          errorCode: r.errorCode,
          topics: r.topics.flatMap((t) =>
            t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, size: Number(p.partitionSize), offsetLag: Number(p.offsetLag) })),
          ),
        });
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await this.cluster.close();
  }

  /** KRaft brokers learn of a new topic shortly after CreateTopics returns: wait until metadata shows it. */
  private async waitForTopics(names: string[], present: boolean): Promise<void> {
    await this.waitFor(async () => {
      const res = await this.cluster.refresh(names);
      return names.every((n) => {
        const t = res.topics.find((x) => x.name === n);
        const ok = t !== undefined && t.errorCode === ErrorCode.NONE && t.partitions.every((p) => p.leaderId >= 0);
        return ok === present;
      });
    });
  }

  private async waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
