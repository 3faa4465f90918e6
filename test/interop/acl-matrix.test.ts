/**
 * The ACL matrix: for each API, what a principal gets with and without the permission Kafka checks,
 * against Samsa (default) or Apache Kafka 4.4 (SAMSA_INTEROP_TARGET=kafka), both configured the
 * same way: StandardAuthorizer, a SASL_PLAINTEXT listener with PLAIN users admin and alice, admin
 * (and ANONYMOUS, which Kafka's own controller listener uses) super users. alice starts with no ACL;
 * each row then grants ACLs step by step (as admin, CreateAcls) and checks the answer after each
 * step, then deletes alice's ACLs. Kafka applies ACLs through its metadata log, so each step polls
 * briefly for the expected answer before it fails. Needs java 17+ for the Kafka target.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Connection } from '../../src/client/connection.ts';
import { AclOperation as Op, AclPermissionType as Perm, PatternType as Pat, ResourceType as R } from '../../src/protocol/acl-codes.ts';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { freePort } from './free-port.ts';
import { startTarget, type InteropBroker } from './target.ts';

const E = { NONE: 0, UNKNOWN_TOPIC_OR_PARTITION: 3, TOPIC_AUTHORIZATION_FAILED: 29, GROUP_AUTHORIZATION_FAILED: 30, CLUSTER_AUTHORIZATION_FAILED: 31, TRANSACTIONAL_ID_AUTHORIZATION_FAILED: 53, GROUP_ID_NOT_FOUND: 69, MEMBER_ID_REQUIRED: 79 };
const TOPIC = 'm-topic';
const GROUP = 'm-group';
let broker: InteropBroker;
let saslPort: number;
let admin: Connection;
let alice: Connection;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many APIs, read field by field
type Answer = any;
const send = (c: Connection, apiKey: number, version: number, body: unknown): Promise<Answer> => c.send(apiKey as never, body as never, { version });
const connect = (user: string, password: string) => Connection.connect({ host: '127.0.0.1', port: saslPort, clientId: `acl-matrix-${user}`, sasl: { mechanism: 'PLAIN', username: user, password } });

interface Grant { resourceType: number; resourceName: string; operation: number; patternType?: number; permissionType?: number }
const topicAcl = (operation: number, resourceName = TOPIC): Grant => ({ resourceType: R.TOPIC, resourceName, operation });
const groupAcl = (operation: number, resourceName = GROUP): Grant => ({ resourceType: R.GROUP, resourceName, operation });
const clusterAcl = (operation: number): Grant => ({ resourceType: R.CLUSTER, resourceName: 'kafka-cluster', operation });

async function grant(acls: Grant[]): Promise<void> {
  if (acls.length === 0) return;
  const r = await send(admin, ApiKey.CreateAcls, 3, {
    creations: acls.map((a) => ({ resourceType: a.resourceType, resourceName: a.resourceName, resourcePatternType: a.patternType ?? Pat.LITERAL, principal: 'User:alice', host: '*', operation: a.operation, permissionType: a.permissionType ?? Perm.ALLOW })),
  });
  for (const x of r.results) assert.equal(x.errorCode, 0, `CreateAcls: ${x.errorMessage}`);
}

async function revokeAll(): Promise<void> {
  const r = await send(admin, ApiKey.DeleteAcls, 3, { filters: [{ resourceTypeFilter: R.ANY, resourceNameFilter: null, patternTypeFilter: Pat.ANY, principalFilter: 'User:alice', hostFilter: null, operation: Op.ANY, permissionType: Perm.ANY }] });
  assert.equal(r.filterResults[0].errorCode, 0);
}

/** Polls `probe` until it gives `expected` (ACLs reach Kafka's authoriser through its metadata log). */
async function expectAnswer(what: string, probe: () => Promise<unknown>, expected: unknown, polls = 40): Promise<void> {
  let got: unknown;
  for (let i = 0; i < polls; i++) {
    got = await probe();
    if (JSON.stringify(got) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  assert.deepEqual(got, expected, what);
}

before(async () => {
  saslPort = await freePort();
  broker = await startTarget(
    {
      'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      'super.users': 'User:admin;User:ANONYMOUS',
      'sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.sasl_plaintext.plain.sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="admin-secret" user_alice="alice-secret";',
      'auto.create.topics.enable': 'false',
      'offsets.topic.num.partitions': '1',
      'transaction.state.log.num.partitions': '1',
      'group.initial.rebalance.delay.ms': '0',
    },
    [{ name: 'SASL_PLAINTEXT', protocol: 'SASL_PLAINTEXT', port: saslPort }],
  );
  admin = await connect('admin', 'admin-secret');
  alice = await connect('alice', 'alice-secret');
  const created = await send(admin, ApiKey.CreateTopics, 7, { topics: [{ name: TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 10_000, validateOnly: false });
  assert.equal(created.topics[0].errorCode, 0, created.topics[0].errorMessage);
  await expectAnswer('first record', async () => (await produceAs(admin)), E.NONE);
});

after(async () => {
  admin?.close();
  alice?.close();
  await broker?.stop();
});

const produceAs = async (c: Connection) => (await send(c, ApiKey.Produce, 9, {
  transactionalId: null, acks: -1, timeoutMs: 5000,
  topicData: [{ name: TOPIC, partitionData: [{ index: 0, records: buildBatch({ records: [{ value: 'v' }] }) }] }],
})).responses[0].partitionResponses[0].errorCode;

const metadataOf = (topics: string[] | null, ops = false) => send(alice, ApiKey.Metadata, 12, {
  topics: topics === null ? null : topics.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' })),
  allowAutoTopicCreation: false, includeTopicAuthorizedOperations: ops,
});

const bits = (...ops: number[]) => ops.reduce((n, op) => n | (1 << op), 0);

/** One row: a probe of alice's answer, and the steps (ACLs added, then the answer expected). */
interface Row {
  api: string;
  probe: () => Promise<unknown>;
  steps: Array<{ add: Grant[]; expect: unknown }>;
  /** Polls per step (150 ms apart); Kafka's transaction coordinator needs ~10 s to load a new __transaction_state. */
  polls?: number;
}

const ROWS: Row[] = [
  {
    api: 'Metadata (a named topic)',
    probe: async () => (await metadataOf([TOPIC, 'm-missing'])).topics.map((t: Answer) => [t.name, t.errorCode]).sort(),
    steps: [
      { add: [], expect: [['m-missing', E.TOPIC_AUTHORIZATION_FAILED], [TOPIC, E.TOPIC_AUTHORIZATION_FAILED]] },
      { add: [{ ...topicAcl(Op.DESCRIBE, 'm-'), patternType: Pat.PREFIXED }], expect: [['m-missing', E.UNKNOWN_TOPIC_OR_PARTITION], [TOPIC, E.NONE]] },
    ],
  },
  {
    api: 'Metadata (all topics) and topic authorized operations',
    probe: async () => (await metadataOf(null, true)).topics.filter((t: Answer) => t.name === TOPIC).map((t: Answer) => t.topicAuthorizedOperations),
    steps: [
      { add: [], expect: [] },
      { add: [topicAcl(Op.READ)], expect: [bits(Op.READ, Op.DESCRIBE)] },
    ],
  },
  {
    api: 'Produce',
    probe: () => produceAs(alice),
    steps: [
      { add: [], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.READ)], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.WRITE)], expect: E.NONE },
    ],
  },
  {
    api: 'Fetch (deny wins)',
    probe: async () => (await send(alice, ApiKey.Fetch, 12, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, forgottenTopicsData: [], rackId: '',
      topics: [{ topic: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
    })).responses[0].partitions[0].errorCode,
    steps: [
      { add: [], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.READ, '*')], expect: E.NONE },
      { add: [{ ...topicAcl(Op.READ, 'm-'), patternType: Pat.PREFIXED, permissionType: Perm.DENY }], expect: E.TOPIC_AUTHORIZATION_FAILED },
    ],
  },
  {
    api: 'ListOffsets',
    probe: async () => (await send(alice, ApiKey.ListOffsets, 7, { replicaId: -1, isolationLevel: 0, topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n }] }] })).topics[0].partitions[0].errorCode,
    steps: [
      { add: [], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.DESCRIBE)], expect: E.NONE },
    ],
  },
  {
    api: 'CreateTopics (validate only)',
    probe: async () => {
      const c = await send(alice, ApiKey.CreateTopics, 7, { topics: [{ name: 'm-new', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 10_000, validateOnly: true });
      return c.topics[0].errorCode;
    },
    steps: [
      { add: [], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.CREATE, 'm-new')], expect: E.NONE },
    ],
  },
  {
    api: 'DeleteTopics',
    probe: async () => (await send(alice, ApiKey.DeleteTopics, 6, { topics: [{ name: 'm-absent', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 10_000 })).responses[0].errorCode,
    steps: [
      { add: [], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.DELETE, 'm-absent')], expect: E.UNKNOWN_TOPIC_OR_PARTITION },
    ],
  },
  {
    api: 'DescribeConfigs (topic and broker)',
    probe: async () => (await send(alice, ApiKey.DescribeConfigs, 4, {
      resources: [{ resourceType: 2, resourceName: TOPIC, configurationKeys: ['retention.ms'] }, { resourceType: 4, resourceName: '1', configurationKeys: ['log.retention.hours'] }], includeSynonyms: false, includeDocumentation: false,
    })).results.map((r: Answer) => r.errorCode),
    steps: [
      { add: [], expect: [E.TOPIC_AUTHORIZATION_FAILED, E.CLUSTER_AUTHORIZATION_FAILED] },
      { add: [topicAcl(Op.ALTER_CONFIGS)], expect: [E.NONE, E.CLUSTER_AUTHORIZATION_FAILED] },
      { add: [clusterAcl(Op.DESCRIBE_CONFIGS)], expect: [E.NONE, E.NONE] },
    ],
  },
  {
    api: 'IncrementalAlterConfigs (topic)',
    probe: async () => (await send(alice, ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 2, resourceName: TOPIC, configs: [{ name: 'retention.ms', configOperation: 0, value: '3600000' }] }], validateOnly: true })).responses[0].errorCode,
    steps: [
      { add: [topicAcl(Op.DESCRIBE_CONFIGS)], expect: E.TOPIC_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.ALTER_CONFIGS)], expect: E.NONE },
    ],
  },
  {
    api: 'FindCoordinator (group)',
    probe: async () => (await send(alice, ApiKey.FindCoordinator, 4, { keyType: 0, coordinatorKeys: [GROUP] })).coordinators[0].errorCode,
    steps: [
      { add: [], expect: E.GROUP_AUTHORIZATION_FAILED },
      { add: [groupAcl(Op.DESCRIBE)], expect: E.NONE },
    ],
  },
  {
    api: 'JoinGroup',
    probe: async () => (await send(alice, ApiKey.JoinGroup, 9, {
      groupId: GROUP, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, memberId: '', groupInstanceId: null, protocolType: 'consumer', reason: null,
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
    })).errorCode,
    steps: [
      { add: [groupAcl(Op.DESCRIBE)], expect: E.GROUP_AUTHORIZATION_FAILED },
      { add: [groupAcl(Op.READ)], expect: E.MEMBER_ID_REQUIRED },
    ],
  },
  {
    api: 'OffsetFetch and DescribeGroups',
    probe: async () => {
      const of = await send(alice, ApiKey.OffsetFetch, 8, { groups: [{ groupId: GROUP, topics: null }], requireStable: false });
      const dg = await send(alice, ApiKey.DescribeGroups, 5, { groups: [GROUP], includeAuthorizedOperations: true });
      return [of.groups[0].errorCode, dg.groups[0].errorCode, dg.groups[0].errorCode === 0 ? dg.groups[0].authorizedOperations : null];
    },
    steps: [
      { add: [], expect: [E.GROUP_AUTHORIZATION_FAILED, E.GROUP_AUTHORIZATION_FAILED, null] },
      { add: [groupAcl(Op.DESCRIBE)], expect: [E.NONE, E.NONE, bits(Op.DESCRIBE)] },
    ],
  },
  {
    api: 'DeleteGroups',
    probe: async () => (await send(alice, ApiKey.DeleteGroups, 2, { groupsNames: ['m-nobody'] })).results[0].errorCode,
    steps: [
      { add: [], expect: E.GROUP_AUTHORIZATION_FAILED },
      { add: [groupAcl(Op.DELETE, 'm-nobody')], expect: E.GROUP_ID_NOT_FOUND },
    ],
  },
  {
    api: 'InitProducerId (idempotent)',
    probe: async () => (await send(alice, ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 })).errorCode,
    steps: [
      { add: [], expect: E.CLUSTER_AUTHORIZATION_FAILED },
      { add: [topicAcl(Op.WRITE, 'm-any')], expect: E.NONE },
    ],
  },
  {
    api: 'InitProducerId (transactional)',
    polls: 200,
    probe: async () => {
      // As a producer does: FindCoordinator first (it is what makes Kafka create __transaction_state).
      await send(alice, ApiKey.FindCoordinator, 4, { keyType: 1, coordinatorKeys: ['m-tx'] });
      return (await send(alice, ApiKey.InitProducerId, 4, { transactionalId: 'm-tx', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 })).errorCode;
    },
    steps: [
      { add: [{ resourceType: R.TRANSACTIONAL_ID, resourceName: 'm-tx', operation: Op.DESCRIBE }], expect: E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED },
      { add: [{ resourceType: R.TRANSACTIONAL_ID, resourceName: 'm-tx', operation: Op.WRITE }], expect: E.NONE },
    ],
  },
  {
    api: 'DescribeLogDirs and DescribeCluster operations',
    probe: async () => {
      const ld = await send(alice, ApiKey.DescribeLogDirs, 4, { topics: [] });
      const dc = await send(alice, ApiKey.DescribeCluster, 1, { includeClusterAuthorizedOperations: true, endpointType: 1 });
      return [ld.errorCode, dc.clusterAuthorizedOperations];
    },
    steps: [
      { add: [], expect: [E.CLUSTER_AUTHORIZATION_FAILED, 0] },
      { add: [clusterAcl(Op.DESCRIBE)], expect: [E.NONE, bits(Op.DESCRIBE)] },
    ],
  },
  {
    api: 'DescribeAcls and CreateAcls',
    probe: async () => {
      const d = await send(alice, ApiKey.DescribeAcls, 3, { resourceTypeFilter: R.ANY, resourceNameFilter: null, patternTypeFilter: Pat.ANY, principalFilter: 'User:nobody', hostFilter: null, operation: Op.ANY, permissionType: Perm.ANY });
      const c = await send(alice, ApiKey.CreateAcls, 3, { creations: [{ resourceType: R.TOPIC, resourceName: 'm-x', resourcePatternType: Pat.LITERAL, principal: 'User:nobody', host: '*', operation: Op.READ, permissionType: Perm.ALLOW }] });
      return [d.errorCode, c.results[0].errorCode];
    },
    steps: [
      { add: [], expect: [E.CLUSTER_AUTHORIZATION_FAILED, E.CLUSTER_AUTHORIZATION_FAILED] },
      { add: [clusterAcl(Op.DESCRIBE)], expect: [E.NONE, E.CLUSTER_AUTHORIZATION_FAILED] },
      { add: [clusterAcl(Op.ALTER)], expect: [E.NONE, E.NONE] },
    ],
  },
  {
    api: 'DescribeClientQuotas',
    probe: async () => (await send(alice, ApiKey.DescribeClientQuotas, 1, { components: [], strict: false })).errorCode,
    steps: [
      { add: [], expect: E.CLUSTER_AUTHORIZATION_FAILED },
      { add: [clusterAcl(Op.ALTER_CONFIGS)], expect: E.NONE },
    ],
  },
];

for (const row of ROWS) {
  test(`ACL matrix: ${row.api}`, async () => {
    try {
      for (const [i, step] of row.steps.entries()) {
        await grant(step.add);
        await expectAnswer(`${row.api}, step ${i}`, row.probe, step.expect, row.polls);
      }
    } finally {
      await revokeAll();
    }
  });
}

test('ACL matrix: a super user needs no ACL; a cluster ACL under another name is INVALID_REQUEST; a MATCH pattern is refused', async () => {
  assert.equal(await produceAs(admin), E.NONE);
  const create = async (resourceType: number, resourceName: string, resourcePatternType: number) => (await send(admin, ApiKey.CreateAcls, 3, {
    creations: [{ resourceType, resourceName, resourcePatternType, principal: 'User:alice', host: '*', operation: Op.ALTER, permissionType: Perm.ALLOW }],
  })).results[0].errorCode;
  assert.equal(await create(R.CLUSTER, 'not-the-cluster', Pat.LITERAL), 42);
  // Kafka fails the whole request with UNKNOWN_SERVER_ERROR (its ResourcePattern refuses MATCH);
  // Samsa answers INVALID_REQUEST with the reason. Either way nothing is stored.
  assert.notEqual(await create(R.TOPIC, 'm-x', Pat.MATCH), E.NONE);
  const d = await send(admin, ApiKey.DescribeAcls, 3, { resourceTypeFilter: R.ANY, resourceNameFilter: null, patternTypeFilter: Pat.ANY, principalFilter: 'User:alice', hostFilter: null, operation: Op.ANY, permissionType: Perm.ANY });
  assert.deepEqual(d.resources, []);
});
