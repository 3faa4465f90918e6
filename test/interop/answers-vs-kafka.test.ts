/**
 * Samsa beside Apache Kafka 4.4: the same admin requests to both brokers, the answers compared
 * field by field. Users found differences here that no client suite of ours caught (issue 10):
 * DescribeConfigs values, sources and synonyms, ListOffsets MAX_TIMESTAMP, DeleteRecords, and
 * OffsetDelete for a group with members. Both brokers get the same topics, records and group, so
 * every answer must be the same apart from what is the broker's own (throttle times, generated
 * ids). Needs java 17+ and the jars of test/interop/java (see java-tools.ts).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { TestClient } from '../broker/broker-harness.ts';
import { subscription } from '../broker/handlers/group-test-kit.ts';
import { startKafkaReference, type KafkaReference } from './kafka-reference.ts';
import { startSamsaBroker, type SamsaBroker } from './samsa-broker.ts';

let kafka: KafkaReference;
let samsa: SamsaBroker;
const clients: { kafka: TestClient; samsa: TestClient } = {} as never;
const T0 = Date.parse('2026-01-01T00:00:00Z');

before(async () => {
  // The reference's server.properties where Samsa knows the key.
  const properties = { 'num.partitions': '1', 'offsets.topic.num.partitions': '3', 'group.initial.rebalance.delay.ms': '0' };
  [kafka, samsa] = await Promise.all([startKafkaReference(), startSamsaBroker({ properties })]);
  clients.kafka = await TestClient.connect(kafka.port);
  clients.samsa = await TestClient.connect(samsa.port);
  // Kafka 4.4's storage format writes min.insync.replicas as a cluster-wide dynamic default (for
  // eligible leader replicas, KIP-966); Samsa gets the same default the way an operator sets one.
  const set = await clients.samsa.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 4, resourceName: '', configs: [{ name: 'min.insync.replicas', configOperation: 0, value: '1' }] }], validateOnly: false });
  assert.equal(set.responses[0].errorCode, 0, set.responses[0].errorMessage);
  await both(async (c) => {
    const created = await c.request(ApiKey.CreateTopics, 7, {
      topics: [
        // retention.ms equal to the broker default, set explicitly: still a dynamic topic config.
        { name: 'cmp', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: '604800000' }, { name: 'segment.bytes', value: '1048576' }] },
        { name: 'cmp-other', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 10_000,
      validateOnly: false,
    });
    for (const t of created.topics) assert.equal(t.errorCode, 0, `create ${t.name}: ${t.errorMessage}`);
    // One batch whose largest timestamp is not its last record, then one with an equal maximum.
    for (const ts of [[100, 900, 300, 200], [50, 900, 400]]) {
      const records = buildBatch({ records: ts.map((t, i) => ({ value: `v${i}`, timestamp: T0 + t })) });
      // Kafka's partitions take a moment to get their leader after CreateTopics (NOT_LEADER_OR_FOLLOWER).
      for (let attempt = 0; ; attempt++) {
        const r = await c.request(ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: 'cmp', partitionData: [{ index: 0, records }] }] });
        const code = r.responses[0].partitionResponses[0].errorCode;
        if (code === 0) break;
        assert.ok((code === 6 || code === 3) && attempt < 50, `produce: error ${code}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
});

after(async () => {
  clients.kafka?.close();
  clients.samsa?.close();
  await Promise.all([kafka?.stop(), samsa?.stop()]);
});

/** Runs `f` against both brokers, Kafka first. */
async function both<T>(f: (c: TestClient, which: 'kafka' | 'samsa') => Promise<T>): Promise<{ kafka: T; samsa: T }> {
  const k = await f(clients.kafka, 'kafka');
  const s = await f(clients.samsa, 'samsa');
  return { kafka: k, samsa: s };
}

/** One JSON line per element (bigints as numbers), so that a difference reads as a line diff. */
function lines(x: unknown): string[] {
  const json = (v: unknown) => JSON.stringify(v, (_k, val: unknown) => (typeof val === 'bigint' ? Number(val) : val));
  return Array.isArray(x) ? x.map(json) : [json(x)];
}

function sameAnswers<T>(what: string, r: { kafka: T; samsa: T }): void {
  if (process.env.SAMSA_COMPARE_DUMP) console.log(what, '\nkafka', lines(r.kafka).join('\n  '), '\nsamsa', lines(r.samsa).join('\n  '));
  assert.deepEqual(lines(r.samsa), lines(r.kafka), `${what}: Samsa (actual) differs from Kafka 4.4 (expected)`);
}

interface DescribedEntry {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
  configType: number;
  synonyms: { name: string; value: string | null; source: number }[];
}

function describeConfigs(c: TestClient, resourceType: number, resourceName: string, keys: string[] | null) {
  return c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType, resourceName, configurationKeys: keys }], includeSynonyms: true, includeDocumentation: false });
}

function entry(e: DescribedEntry) {
  return { name: e.name, value: e.value, readOnly: e.readOnly, source: e.configSource, sensitive: e.isSensitive, type: e.configType, synonyms: e.synonyms.map((s) => `${s.name}=${s.value} (${s.source})`) };
}

test('DescribeConfigs of a topic: every config Kafka reports, with the same value, source, type and synonyms', async () => {
  const r = await both(async (c) => {
    const res = (await describeConfigs(c, 2, 'cmp', null)).results[0];
    assert.equal(res.errorCode, 0);
    return new Map<string, ReturnType<typeof entry>>(res.configs.map((e: DescribedEntry) => [e.name, entry(e)]));
  });
  if (process.env.SAMSA_COMPARE_DUMP) console.log('all topic configs', '\nkafka', lines([...r.kafka.values()]).join('\n  '), '\nsamsa', lines([...r.samsa.values()]).join('\n  '));
  sameAnswers('topic config names', { kafka: [...r.kafka.keys()], samsa: [...r.samsa.keys()] });
  const differ = [...r.samsa.keys()].filter((n) => r.kafka.has(n)).map((n) => ({ kafka: r.kafka.get(n)!, samsa: r.samsa.get(n)! }));
  sameAnswers('topic configs', { kafka: differ.map((d) => d.kafka), samsa: differ.map((d) => d.samsa) });
});

test('DescribeConfigs of chosen topic and broker keys: order, values and synonyms as Kafka (kafkajs reads these)', async () => {
  const keys = ['flush.messages', 'flush.ms', 'retention.ms', 'segment.bytes', 'cleanup.policy', 'max.message.bytes'];
  sameAnswers('topic keys', await both(async (c) => (await describeConfigs(c, 2, 'cmp', keys)).results[0].configs.map(entry)));
  const brokerKeys = ['default.replication.factor', 'num.partitions', 'log.retention.hours', 'log.flush.interval.messages', 'log.flush.interval.ms', 'auto.create.topics.enable', 'message.max.bytes', 'log.segment.bytes'];
  sameAnswers('broker keys', await both(async (c) => {
    const res = (await describeConfigs(c, 4, '1', brokerKeys)).results[0];
    return { errorCode: res.errorCode, configs: res.configs.map(entry) };
  }));
  sameAnswers('unknown topic', await both(async (c) => (await describeConfigs(c, 2, 'no-such-topic', null)).results[0].errorCode));
});

const listOffsets = (c: TestClient, partitions: { partitionIndex: number; timestamp: bigint }[]) =>
  c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'cmp', partitions: partitions.map((p) => ({ ...p, currentLeaderEpoch: -1 })) }] });

const offsetsOf = (r: { topics: { partitions: { partitionIndex: number; errorCode: number; offset: bigint; timestamp: bigint; leaderEpoch: number }[] }[] }) =>
  r.topics[0]!.partitions.map((p) => ({ p: p.partitionIndex, error: p.errorCode, offset: p.offset, timestamp: p.timestamp, epoch: p.leaderEpoch }));

test('ListOffsets and DeleteRecords: earliest, latest, max timestamp, by time, out of range, unknown partition', async () => {
  const specs = [-2n, -1n, -3n, BigInt(T0 + 250), BigInt(T0 + 900), BigInt(T0 + 5000)];
  sameAnswers('ListOffsets before', await both(async (c) => Promise.all(specs.map(async (timestamp) => offsetsOf(await listOffsets(c, [{ partitionIndex: 0, timestamp }]))))));
  sameAnswers('ListOffsets unknown partition', await both(async (c) => offsetsOf(await listOffsets(c, [{ partitionIndex: 7, timestamp: -1n }]))));
  const del = (c: TestClient, partitions: { partitionIndex: number; offset: bigint }[]) =>
    c.request(ApiKey.DeleteRecords, 2, { topics: [{ name: 'cmp', partitions }], timeoutMs: 5000 });
  sameAnswers('DeleteRecords', await both(async (c) => {
    const r = await del(c, [{ partitionIndex: 0, offset: 2n }, { partitionIndex: 7, offset: 1n }]);
    const beyond = await del(c, [{ partitionIndex: 0, offset: 99n }]);
    const again = await del(c, [{ partitionIndex: 0, offset: 1n }]);
    const toEnd = await del(c, [{ partitionIndex: 0, offset: -1n }]);
    // Partitions in index order: Kafka lists them in its hash maps' order, which clients do not rely on.
    return [r, beyond, again, toEnd].map((x) => x.topics[0].partitions.map((p: { partitionIndex: number; errorCode: number; lowWatermark: bigint }) => [p.partitionIndex, p.errorCode, p.lowWatermark]).sort((a: number[], b: number[]) => a[0]! - b[0]!));
  }));
  sameAnswers('ListOffsets after', await both(async (c) => Promise.all(specs.map(async (timestamp) => offsetsOf(await listOffsets(c, [{ partitionIndex: 0, timestamp }]))))));
});

test('Produce to a topic whose min.insync.replicas exceeds its replicas: acks=all taken (the minimum is capped at the replica count); read_committed offsets', async () => {
  const produce = (c: TestClient, acks: number) =>
    c.request(ApiKey.Produce, 9, { transactionalId: null, acks, timeoutMs: 5000, topicData: [{ name: 'cmp-minisr', partitionData: [{ index: 0, records: buildBatch({ records: [{ value: 'x', timestamp: T0 }] }) }] }] });
  sameAnswers('Produce acks=all and acks=1', await both(async (c) => {
    const created = await c.request(ApiKey.CreateTopics, 7, {
      topics: [{ name: 'cmp-minisr', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'min.insync.replicas', value: '2' }] }],
      timeoutMs: 10_000,
      validateOnly: false,
    });
    assert.equal(created.topics[0].errorCode, 0, created.topics[0].errorMessage);
    // Wait for Kafka's new partition to have its leader (acks=1 is accepted then).
    let ones = await produce(c, 1);
    for (let i = 0; i < 50 && [3, 6].includes(ones.responses[0].partitionResponses[0].errorCode); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ones = await produce(c, 1);
    }
    const all = await produce(c, -1);
    const after = await produce(c, 1);
    const latest = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 1, topics: [{ name: 'cmp-minisr', partitions: [{ partitionIndex: 0, timestamp: -1n, currentLeaderEpoch: -1 }] }] });
    const out = (r: { responses: { partitionResponses: { errorCode: number; baseOffset: bigint }[] }[] }) => [r.responses[0]!.partitionResponses[0]!.errorCode, r.responses[0]!.partitionResponses[0]!.baseOffset];
    return [out(ones), out(all), out(after), offsetsOf(latest)];
  }));
});

/** Polls `cond` every 50 ms for up to 5 s. */
async function until(cond: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await cond()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Kafka creates __consumer_offsets on the first FindCoordinator and loads it a moment later. */
async function coordinatorReady(c: TestClient, group: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const f = await c.request(ApiKey.FindCoordinator, 3, { key: group, keyType: 0 });
    if (f.errorCode === 0) {
      // Answered by a loaded coordinator: a DescribeGroups of the group gets no load error.
      const d = (await c.request(ApiKey.DescribeGroups, 5, { groups: [group], includeAuthorizedOperations: false })).groups[0];
      if (d.errorCode !== 14 && d.errorCode !== 16) return;
    }
    assert.ok(attempt < 100, `FindCoordinator: error ${f.errorCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('OffsetDelete: refused for the topics a live group subscribes to, done for the others; unknown groups', async () => {
  sameAnswers('OffsetDelete', await both(async (c) => {
    const join = (memberId: string) => c.request(ApiKey.JoinGroup, 5, {
      groupId: 'cmp-g', sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 30_000, memberId, groupInstanceId: null, protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['cmp']) }],
    });
    await coordinatorReady(c, 'cmp-g');
    await coordinatorReady(c, 'cmp-unknown');
    let j = await join('');
    for (let attempt = 0; j.errorCode === 14 || j.errorCode === 15 || j.errorCode === 16; attempt++) {
      assert.ok(attempt < 100, `JoinGroup: error ${j.errorCode}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      j = await join('');
    }
    if (j.errorCode === 79) j = await join(j.memberId); // MEMBER_ID_REQUIRED (KIP-394)
    assert.equal(j.errorCode, 0);
    const s = await c.request(ApiKey.SyncGroup, 3, { groupId: 'cmp-g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: null, assignments: [{ memberId: j.memberId, assignment: Buffer.alloc(0) }] });
    assert.equal(s.errorCode, 0);
    const commit = await c.request(ApiKey.OffsetCommit, 8, {
      groupId: 'cmp-g', generationIdOrMemberEpoch: j.generationId, memberId: j.memberId, groupInstanceId: null,
      topics: [
        { name: 'cmp', partitions: [{ partitionIndex: 0, committedOffset: 3n, committedLeaderEpoch: -1, committedMetadata: '' }] },
        { name: 'cmp-other', partitions: [0, 1].map((partitionIndex) => ({ partitionIndex, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: '' })) },
      ],
    });
    const deleted = await c.request(ApiKey.OffsetDelete, 0, { groupId: 'cmp-g', topics: [{ name: 'cmp', partitions: [{ partitionIndex: 0 }] }, { name: 'cmp-other', partitions: [{ partitionIndex: 0 }] }] });
    const fetched = await c.request(ApiKey.OffsetFetch, 8, { groups: [{ groupId: 'cmp-g', memberId: null, memberEpoch: -1, topics: [{ name: 'cmp', partitionIndexes: [0] }, { name: 'cmp-other', partitionIndexes: [0, 1] }] }], requireStable: false });
    const unknown = await c.request(ApiKey.OffsetDelete, 0, { groupId: 'cmp-no-such-group', topics: [{ name: 'cmp', partitions: [{ partitionIndex: 0 }] }] });
    await c.request(ApiKey.LeaveGroup, 3, { groupId: 'cmp-g', members: [{ memberId: j.memberId, groupInstanceId: null }] });
    const afterLeave = await c.request(ApiKey.OffsetDelete, 0, { groupId: 'cmp-g', topics: [{ name: 'cmp', partitions: [{ partitionIndex: 0 }] }] });
    return {
      commit: commit.topics.map((t: { name: string; partitions: { errorCode: number }[] }) => [t.name, t.partitions.map((p) => p.errorCode)]),
      deleted: [deleted.errorCode, deleted.topics.map((t: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])])],
      fetched: fetched.groups[0].topics.map((t: { name: string; partitions: { partitionIndex: number; committedOffset: bigint }[] }) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.committedOffset])]),
      unknown: unknown.errorCode,
      afterLeave: [afterLeave.errorCode, afterLeave.topics.map((t: { partitions: { errorCode: number }[] }) => t.partitions.map((p) => p.errorCode))],
    };
  }));
});

/** Features Kafka 4.4 reports that Samsa does not have yet, with where they come. The list only shrinks. */
const FEATURES_NOT_YET: Record<string, string> = {
  'group.version': 'KIP-848 consumer groups (issue 15)',
  'share.version': 'share groups (issue 15)',
  'streams.version': 'streams groups (issue 15)',
  'eligible.leader.replicas.version': 'replication (issue 14)',
  'kraft.version': 'no KRaft quorum: metadata is local or in etcd (issue 14)',
};

test('ApiVersions v5 (KIP-1242): the cluster and node a client expects, and the features reported', async () => {
  const ids = await both(async (c) => {
    const dc = await c.request(ApiKey.DescribeCluster, 1, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    return { clusterId: dc.clusterId as string, nodeId: dc.brokers[0].brokerId as number };
  });
  const ask = (c: TestClient, clusterId: string | null, nodeId: number) =>
    c.request(ApiKey.ApiVersions, 5, { clientSoftwareName: 'samsa-compare', clientSoftwareVersion: '1.0', clusterId, nodeId });
  sameAnswers('ApiVersions v5', await both(async (c, which) => {
    const own = ids[which];
    const answers = [await ask(c, null, -1), await ask(c, own.clusterId, own.nodeId), await ask(c, 'AAAAAAAAAAAAAAAAAAAAAA', own.nodeId), await ask(c, own.clusterId, own.nodeId + 5)];
    return answers.map((a) => ({ error: a.errorCode, apis: a.apiKeys.length > 0 }));
  }));
  sameAnswers('features', await both(async (c, which) => {
    const a = await c.request(ApiKey.ApiVersions, 4, { clientSoftwareName: 'samsa-compare', clientSoftwareVersion: '1.0' });
    // Kafka's features of what Samsa lacks so far are left out of its answer for the comparison.
    const keep = (name: string) => which === 'samsa' || !(name in FEATURES_NOT_YET);
    return {
      supported: a.supportedFeatures.filter((f: { name: string }) => keep(f.name)).map((f: { name: string; minVersion: number; maxVersion: number }) => `${f.name} ${f.minVersion}-${f.maxVersion}`).sort(),
      finalized: a.finalizedFeatures.filter((f: { name: string }) => keep(f.name)).map((f: { name: string; minVersionLevel: number; maxVersionLevel: number }) => `${f.name} ${f.minVersionLevel}-${f.maxVersionLevel}`).sort(),
      epochKnown: a.finalizedFeaturesEpoch >= 0n,
    };
  }));
});

test('the other 4.4 versions: Metadata v13, DescribeGroups v6, DeleteGroups v3, DescribeCluster v2, ListOffsets v11, Fetch v18', async () => {
  sameAnswers('Metadata v13', await both(async (c) => {
    const m = await c.request(ApiKey.Metadata, 13, { topics: [{ name: 'cmp', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }, { name: 'cmp-none', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false });
    return { error: m.errorCode, topics: m.topics.map((t: { name: string; errorCode: number; partitions: unknown[] }) => [t.name, t.errorCode, t.partitions.length]) };
  }));
  await both((c) => coordinatorReady(c, 'cmp-unknown'));
  sameAnswers('DescribeGroups v5/v6 of an unknown group', await both(async (c) => Promise.all([5, 6].map(async (v) => {
    const d = (await c.request(ApiKey.DescribeGroups, v, { groups: ['cmp-unknown'], includeAuthorizedOperations: false })).groups[0];
    return { v, error: d.errorCode, state: d.groupState, message: v >= 6 ? d.errorMessage !== null : null };
  }))));
  sameAnswers('DeleteGroups v3', await both(async (c) => {
    const d = await c.request(ApiKey.DeleteGroups, 3, { groupsNames: ['cmp-unknown', ''] });
    // In group order: Kafka lists them in its hash map's order, which clients do not rely on.
    return d.results.map((r: { groupId: string; errorCode: number; errorMessage: string | null }) => [r.groupId, r.errorCode, r.errorMessage !== null]).sort();
  }));
  sameAnswers('DescribeCluster v2', await both(async (c) => {
    const d = await c.request(ApiKey.DescribeCluster, 2, { includeClusterAuthorizedOperations: false, endpointType: 1, includeFencedBrokers: true });
    return { error: d.errorCode, brokers: d.brokers.map((b: { isFenced: boolean }) => b.isFenced) };
  }));
  sameAnswers('ListOffsets v11', await both(async (c) => Promise.all([-6n, -5n, -4n, -3n].map(async (timestamp) => {
    const r = await c.request(ApiKey.ListOffsets, 11, { replicaId: -1, isolationLevel: 0, timeoutMs: 1000, topics: [{ name: 'cmp', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp }] }] });
    return offsetsOf(r);
  }))));
  sameAnswers('ListOffsets: a partition asked for twice', await both(async (c) => {
    const r = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'cmp', partitions: [-1n, -2n].map((timestamp) => ({ partitionIndex: 0, currentLeaderEpoch: -1, timestamp })) }, { name: 'cmp-other', partitions: [{ partitionIndex: 1, currentLeaderEpoch: -1, timestamp: -1n }] }] });
    return r.topics.map((t: { name: string }) => [t.name, offsetsOf({ topics: [t] } as never)]);
  }));
  sameAnswers('Fetch v18', await both(async (c) => {
    const md = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'cmp', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false });
    const f = await c.request(ApiKey.Fetch, 18, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topicId: md.topics[0].topicId, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
      forgottenTopicsData: [], rackId: '',
    });
    const p = f.responses[0].partitions[0];
    return { error: f.errorCode, partitionError: p.errorCode, hw: p.highWatermark, logStart: p.logStartOffset, hasRecords: p.records !== null && p.records.length > 0 };
  }));
});

test('DescribeTopicPartitions (KIP-966): all topics, named ones, unknown ones, and paging with the cursor', async () => {
  const describe = (c: TestClient, topics: string[], limit: number, cursor: { topicName: string; partitionIndex: number } | null) =>
    c.request(ApiKey.DescribeTopicPartitions, 0, { topics: topics.map((name) => ({ name })), responsePartitionLimit: limit, cursor });
  const summary = (r: { topics: { name: string; errorCode: number; isInternal: boolean; partitions: { partitionIndex: number; leaderId: number; leaderEpoch: number; replicaNodes: number[]; isrNodes: number[]; eligibleLeaderReplicas: number[] | null; lastKnownElr: number[] | null; offlineReplicas: number[] }[] }[]; nextCursor: unknown }) => ({
    topics: r.topics.map((t) => [t.name, t.errorCode, t.isInternal, t.partitions.map((p) => [p.partitionIndex, p.leaderId, p.leaderEpoch, p.replicaNodes, p.isrNodes, p.eligibleLeaderReplicas, p.lastKnownElr, p.offlineReplicas])]),
    next: r.nextCursor,
  });
  sameAnswers('DescribeTopicPartitions', await both(async (c) => [
    summary(await describe(c, ['cmp-other', 'cmp', 'cmp-none'], 2000, null)),
    summary(await describe(c, ['cmp-other', 'cmp'], 2, null)),
    summary(await describe(c, ['cmp-other', 'cmp'], 1, { topicName: 'cmp-other', partitionIndex: 0 })),
    summary(await describe(c, ['cmp-other', 'cmp'], 5, { topicName: 'cmp-other', partitionIndex: 1 })),
  ]));
  // All topics: the user topics as Kafka lists them (internal ones differ in partition counts).
  sameAnswers('DescribeTopicPartitions of all topics', await both(async (c) => summary(await describe(c, [], 2000, null)).topics.filter((t) => String(t[0]).startsWith('cmp'))));
});

test('ElectLeaders, partition reassignments, DescribeQuorum, UpdateFeatures, ListConfigResources on one broker', async () => {
  sameAnswers('ElectLeaders', await both(async (c) => Promise.all([[0, [{ topic: 'cmp', partitions: [0, 9] }]], [1, [{ topic: 'cmp-other', partitions: [1] }, { topic: 'cmp-none', partitions: [0] }]], [0, null]].map(async ([electionType, topicPartitions]) => {
    const r = await c.request(ApiKey.ElectLeaders, 2, { electionType, topicPartitions, timeoutMs: 5000 });
    // Topics in name order (Kafka's is its hash map's); the internal ones are each broker's own.
    const results = r.replicaElectionResults.filter((t: { topic: string }) => !t.topic.startsWith('__')).map((t: { topic: string; partitionResult: { partitionId: number; errorCode: number }[] }) => [t.topic, t.partitionResult.map((p) => [p.partitionId, p.errorCode])]);
    return { error: r.errorCode, results: topicPartitions === null ? results.sort() : results };
  }))));
  sameAnswers('ListPartitionReassignments', await both(async (c) => {
    const all = await c.request(ApiKey.ListPartitionReassignments, 0, { timeoutMs: 5000, topics: null });
    const named = await c.request(ApiKey.ListPartitionReassignments, 0, { timeoutMs: 5000, topics: [{ name: 'cmp', partitionIndexes: [0] }] });
    return [all, named].map((r) => ({ error: r.errorCode, topics: r.topics }));
  }));
  sameAnswers('AlterPartitionReassignments', await both(async (c) => {
    const r = await c.request(ApiKey.AlterPartitionReassignments, 1, {
      timeoutMs: 5000, allowReplicationFactorChange: true,
      topics: [
        { name: 'cmp', partitions: [{ partitionIndex: 0, replicas: [1] }, { partitionIndex: 3, replicas: [1] }] },
        { name: 'cmp-other', partitions: [{ partitionIndex: 0, replicas: [1, 2] }, { partitionIndex: 1, replicas: null }] },
        { name: 'cmp-none', partitions: [{ partitionIndex: 0, replicas: [1] }] },
      ],
    });
    return { error: r.errorCode, responses: r.responses.map((t: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]) };
  }));
  sameAnswers('DescribeQuorum', await both(async (c) => {
    const r = await c.request(ApiKey.DescribeQuorum, 2, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] });
    const p = r.topics[0].partitions[0];
    return { error: r.errorCode, partition: [p.errorCode, p.leaderId, p.currentVoters.map((v: { replicaId: number }) => v.replicaId), p.observers.length], nodes: r.nodes.map((n: { nodeId: number; listeners: unknown[] }) => [n.nodeId, n.listeners.length]) };
  }));
  sameAnswers('UpdateFeatures', await both(async (c) => Promise.all([1, 2].map(async (v) => {
    const r = await c.request(ApiKey.UpdateFeatures, v, { timeoutMs: 5000, validateOnly: true, featureUpdates: [{ feature: 'metadata.version', maxVersionLevel: 33, upgradeType: 1 }] });
    const bad = await c.request(ApiKey.UpdateFeatures, v, { timeoutMs: 5000, validateOnly: true, featureUpdates: [{ feature: 'no.such.feature', maxVersionLevel: 1, upgradeType: 1 }] });
    return [r, bad].map((x) => ({ error: x.errorCode, results: x.results.map((f: { feature: string; errorCode: number }) => [f.feature, f.errorCode]) }));
  }))));
  sameAnswers('ListConfigResources', await both(async (c) => Promise.all([[0, []], [1, [2]], [1, [4]], [1, [16]], [1, [32]]].map(async ([v, resourceTypes]) => {
    const r = await c.request(ApiKey.ListConfigResources, v as number, { resourceTypes });
    return { error: r.errorCode, resources: r.configResources.map((x: { resourceName: string; resourceType: number }) => `${x.resourceType}:${x.resourceName}`).filter((n: string) => !n.startsWith('2:__')).sort() };
  }))));
});

test('AlterClientQuotas and DescribeClientQuotas: valid and refused entries, defaults, filters', async () => {
  const user = (name: string | null) => ({ entityType: 'user', entityName: name });
  const client = (name: string | null) => ({ entityType: 'client-id', entityName: name });
  const ip = (name: string | null) => ({ entityType: 'ip', entityName: name });
  const set = (key: string, value: number) => ({ key, value, remove: false });
  sameAnswers('AlterClientQuotas', await both(async (c) => {
    const r = await c.request(ApiKey.AlterClientQuotas, 1, {
      validateOnly: false,
      entries: [
        { entity: [user('alice')], ops: [set('producer_byte_rate', 1024), set('request_percentage', 12.5)] },
        { entity: [user('alice'), client('app')], ops: [set('consumer_byte_rate', 2048)] },
        { entity: [user(null)], ops: [set('producer_byte_rate', 4096)] },
        { entity: [ip('127.0.0.1')], ops: [set('connection_creation_rate', 10)] },
        { entity: [ip('not-an-ip')], ops: [set('connection_creation_rate', 10)] },
        { entity: [ip('127.0.0.2'), user('bob')], ops: [set('connection_creation_rate', 10)] },
        { entity: [user('bob')], ops: [set('no_such_quota', 1)] },
        { entity: [user('carol')], ops: [set('producer_byte_rate', 1.5)] },
        { entity: [{ entityType: 'group', entityName: 'g' }], ops: [set('producer_byte_rate', 1)] },
      ],
    });
    // Entries and their entity types in name order: Kafka answers in its hash maps' order; clients match by entity.
    return r.entries.map((e: { errorCode: number; entity: { entityType: string; entityName: string | null }[] }) => [e.errorCode, e.entity.map((x) => `${x.entityType}=${x.entityName}`).sort().join(',')]).sort((a: [number, string], b: [number, string]) => (a[1] < b[1] ? -1 : 1));
  }));
  const describe = (c: TestClient, components: { entityType: string; matchType: number; match: string | null }[], strict: boolean) =>
    c.request(ApiKey.DescribeClientQuotas, 1, { components, strict });
  const entries = (r: { errorCode: number; entries: { entity: { entityType: string; entityName: string | null }[]; values: { key: string; value: number }[] }[] | null }) => ({
    error: r.errorCode,
    entries: (r.entries ?? []).map((e) => `${e.entity.map((x) => `${x.entityType}=${x.entityName}`).sort().join(',')}: ${e.values.map((v) => `${v.key}=${v.value}`).sort().join(',')}`).sort(),
  });
  // Kafka applies quotas through its controller and describes them from the broker's metadata
  // image a moment later: wait until every accepted entity is described.
  const describedCount = async (c: TestClient) => ((await describe(c, [], false)).entries ?? []).length;
  await both((c) => until(async () => (await describedCount(c)) === 4));
  sameAnswers('DescribeClientQuotas', await both(async (c) => [
    entries(await describe(c, [{ entityType: 'user', matchType: 0, match: 'alice' }], false)),
    entries(await describe(c, [{ entityType: 'user', matchType: 0, match: 'alice' }], true)),
    entries(await describe(c, [{ entityType: 'user', matchType: 1, match: null }], true)),
    entries(await describe(c, [{ entityType: 'user', matchType: 2, match: null }], false)),
    entries(await describe(c, [], false)),
    entries(await describe(c, [{ entityType: 'user', matchType: 0, match: 'a' }, { entityType: 'user', matchType: 1, match: null }], false)),
  ]));
  // Removing a value, and the last value of an entity.
  sameAnswers('AlterClientQuotas remove', await both(async (c) => {
    await c.request(ApiKey.AlterClientQuotas, 1, { validateOnly: false, entries: [{ entity: [user('alice')], ops: [{ key: 'request_percentage', value: 0, remove: true }] }, { entity: [user(null)], ops: [{ key: 'producer_byte_rate', value: 0, remove: true }] }] });
    await until(async () => (await describedCount(c)) === 3); // the default user's only value is gone
    return entries(await describe(c, [{ entityType: 'user', matchType: 2, match: null }], false));
  }));
});
