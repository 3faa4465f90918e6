// CreateAcls, DescribeAcls and DeleteAcls, and the ACL checks of the other handlers, called on
// in-process broker services (services-kit.ts, through the authorisation stage) as chosen
// principals: what a principal with and without the permission gets back, with Kafka's codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAcls } from '../../../src/broker/handlers/create-acls.ts';
import { createTopics } from '../../../src/broker/handlers/create-topics.ts';
import { deleteAcls } from '../../../src/broker/handlers/delete-acls.ts';
import { deleteTopics } from '../../../src/broker/handlers/delete-topics.ts';
import { describeAcls } from '../../../src/broker/handlers/describe-acls.ts';
import { describeCluster } from '../../../src/broker/handlers/describe-cluster.ts';
import { describeConfigs } from '../../../src/broker/handlers/describe-configs.ts';
import { describeGroups } from '../../../src/broker/handlers/describe-groups.ts';
import { describeLogDirs } from '../../../src/broker/handlers/describe-log-dirs.ts';
import { describeTopicPartitions } from '../../../src/broker/handlers/describe-topic-partitions.ts';
import { deleteGroups } from '../../../src/broker/handlers/delete-groups.ts';
import { CloseConnection } from '../../../src/broker/handler.ts';
import { alterPartitionReassignments } from '../../../src/broker/handlers/alter-partition-reassignments.ts';
import { listPartitionReassignments } from '../../../src/broker/handlers/list-partition-reassignments.ts';
import { electLeaders } from '../../../src/broker/handlers/elect-leaders.ts';
import { updateFeatures } from '../../../src/broker/handlers/update-features.ts';
import { alterClientQuotas } from '../../../src/broker/handlers/alter-client-quotas.ts';
import { describeClientQuotas } from '../../../src/broker/handlers/describe-client-quotas.ts';
import { fetch } from '../../../src/broker/handlers/fetch.ts';
import { findCoordinator } from '../../../src/broker/handlers/find-coordinator.ts';
import { initProducerId } from '../../../src/broker/handlers/init-producer-id.ts';
import { joinGroup } from '../../../src/broker/handlers/join-group.ts';
import { listOffsets } from '../../../src/broker/handlers/list-offsets.ts';
import { metadata } from '../../../src/broker/handlers/metadata.ts';
import { produce } from '../../../src/broker/handlers/produce.ts';
import { AclOperation as Op, AclPermissionType as Perm, PatternType as Pat, ResourceType as R } from '../../../src/broker/security/acl.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { testBatch, values } from '../../storage/helpers/test-batches.ts';
import { joinBody } from './group-test-kit.ts';
import { inProcessBroker } from './services-kit.ts';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
const ADMIN = { principal: 'User:admin' };
const ALICE = { principal: 'User:alice', host: '10.0.0.1' };
const ACLS_ON = { 'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer', 'super.users': 'User:admin' };

const creation = (p: Record<string, unknown>) => ({
  resourceType: R.TOPIC, resourceName: 'orders', resourcePatternType: Pat.LITERAL, principal: 'User:alice', host: '*', operation: Op.READ, permissionType: Perm.ALLOW, ...p,
});
const ANY_FILTER = { resourceTypeFilter: R.ANY, resourceNameFilter: null, patternTypeFilter: Pat.ANY, principalFilter: null, hostFilter: null, operation: Op.ANY, permissionType: Perm.ANY };

async function withAcls(body: (b: Awaited<ReturnType<typeof inProcessBroker>>) => Promise<void>, props: Record<string, string | number> = ACLS_ON) {
  const b = await inProcessBroker(props);
  try {
    await body(b);
  } finally {
    await b.close();
  }
}

test('no authoriser configured: the ACL APIs answer SECURITY_DISABLED, and every other request is allowed as before', () =>
  withAcls(async (b) => {
    const c = await b.call(createAcls, 3, { creations: [creation({})] }, ALICE);
    assert.deepEqual(c.results.map((r: { errorCode: number }) => r.errorCode), [ErrorCode.SECURITY_DISABLED]);
    const d = await b.call(describeAcls, 3, ANY_FILTER, ALICE);
    assert.equal(d.errorCode, ErrorCode.SECURITY_DISABLED);
    const del = await b.call(deleteAcls, 3, { filters: [ANY_FILTER] }, ALICE);
    assert.deepEqual(del.filterResults.map((r: { errorCode: number }) => r.errorCode), [ErrorCode.SECURITY_DISABLED]);
    assert.deepEqual(b.services.metadata.acls(), []);
    const t = await b.call(createTopics, 7, { topics: [{ name: 'free', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false }, ALICE);
    assert.equal(t.topics[0].errorCode, ErrorCode.NONE);
  }, {}));

test('CreateAcls stores valid ACLs (INVALID_REQUEST with Kafka\'s message for the others), DescribeAcls filters and groups them, DeleteAcls removes what its filters match', () =>
  withAcls(async (b) => {
    const c = await b.call(createAcls, 3, {
      creations: [
        creation({}),
        creation({ resourceName: 'pay-', resourcePatternType: Pat.PREFIXED, operation: Op.WRITE }),
        creation({ resourceType: R.CLUSTER, resourceName: 'cluster' }),
        creation({ resourcePatternType: Pat.MATCH }),
        creation({ principal: 'alice' }),
        creation({ resourceType: R.GROUP, resourceName: '*', principal: 'User:*' }),
      ],
    }, ADMIN);
    assert.deepEqual(c.results.map((r: { errorCode: number }) => r.errorCode), [0, 0, 42, 42, 42, 0].map((x) => x));
    assert.match(c.results[2].errorMessage, /only valid name for the CLUSTER resource is kafka-cluster/);
    assert.match(c.results[3].errorMessage, /Invalid patternType MATCH/);
    assert.equal(b.services.metadata.acls().length, 3);

    const all = await b.call(describeAcls, 3, ANY_FILTER, ADMIN);
    assert.equal(all.errorCode, ErrorCode.NONE);
    assert.deepEqual(all.resources.map((r: { resourceName: string; patternType: number; acls: unknown[] }) => [r.resourceName, r.patternType, r.acls.length]), [
      ['orders', Pat.LITERAL, 1], ['pay-', Pat.PREFIXED, 1], ['*', Pat.LITERAL, 1],
    ]);
    const match = await b.call(describeAcls, 3, { ...ANY_FILTER, resourceTypeFilter: R.TOPIC, resourceNameFilter: 'pay-eu', patternTypeFilter: Pat.MATCH }, ADMIN);
    assert.deepEqual(match.resources.map((r: { resourceName: string }) => r.resourceName), ['pay-']);
    const bad = await b.call(describeAcls, 3, { ...ANY_FILTER, operation: 0 }, ADMIN);
    assert.equal(bad.errorCode, ErrorCode.INVALID_REQUEST);
    assert.match(bad.errorMessage, /operation is UNKNOWN/);

    const del = await b.call(deleteAcls, 3, { filters: [{ ...ANY_FILTER, resourceTypeFilter: R.TOPIC }, { ...ANY_FILTER, principalFilter: 'User:nobody' }, { ...ANY_FILTER, patternTypeFilter: 0 }] }, ADMIN);
    assert.deepEqual(del.filterResults.map((r: { errorCode: number; matchingAcls: { resourceName: string }[] }) => [r.errorCode, r.matchingAcls.map((m) => m.resourceName)]), [
      [ErrorCode.NONE, ['orders', 'pay-']], [ErrorCode.NONE, []], [ErrorCode.INVALID_REQUEST, []],
    ]);
    assert.deepEqual(b.services.metadata.acls().map((a) => a.resourceName), ['*']);
  }));

test('the ACL APIs need Alter (create, delete) and Describe (describe) on the cluster', () =>
  withAcls(async (b) => {
    const c = await b.call(createAcls, 3, { creations: [creation({})] }, ALICE);
    assert.equal(c.results[0].errorCode, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    assert.equal((await b.call(describeAcls, 3, ANY_FILTER, ALICE)).errorCode, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    await b.call(createAcls, 3, { creations: [creation({ resourceType: R.CLUSTER, resourceName: 'kafka-cluster', operation: Op.ALTER })] }, ADMIN);
    assert.equal((await b.call(createAcls, 3, { creations: [creation({})] }, ALICE)).results[0].errorCode, ErrorCode.NONE);
    assert.equal((await b.call(describeAcls, 3, ANY_FILTER, ALICE)).errorCode, ErrorCode.NONE, 'Alter implies Describe');
  }));

async function grant(b: Awaited<ReturnType<typeof inProcessBroker>>, ...acls: Record<string, unknown>[]) {
  const r = await b.call(createAcls, 3, { creations: acls.map(creation) }, ADMIN);
  assert.ok(r.results.every((x: { errorCode: number }) => x.errorCode === 0), JSON.stringify(r.results));
}

const metadataReq = (topics: string[] | null, over: Record<string, unknown> = {}) => ({
  topics: topics === null ? null : topics.map((name) => ({ name, topicId: ZERO })), allowAutoTopicCreation: false,
  includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false, ...over,
});

test('Metadata: topics without Describe are left out of "all", and named ones get TOPIC_AUTHORIZATION_FAILED whether they exist or not', () =>
  withAcls(async (b) => {
    await b.putTopic({ name: 'orders', partitions: 1 });
    await b.putTopic({ name: 'secret', partitions: 1, topicId: 'AAAAAAAAAAAAAAAAAAAAAg' });
    await grant(b, { operation: Op.WRITE });
    const all = await b.call(metadata, 12, metadataReq(null, { includeTopicAuthorizedOperations: true, includeClusterAuthorizedOperations: true }), ALICE);
    assert.deepEqual(all.topics.map((t: { name: string }) => t.name), ['orders']);
    const bits = (ops: number[]) => ops.reduce((n, op) => n | (1 << op), 0);
    assert.equal(all.topics[0].topicAuthorizedOperations, bits([Op.WRITE, Op.DESCRIBE]));
    assert.equal(all.clusterAuthorizedOperations, 0, 'no Describe on the cluster');
    const named = await b.call(metadata, 12, metadataReq(['orders', 'secret', 'missing']), ALICE);
    assert.deepEqual(named.topics.map((t: { name: string; errorCode: number; topicId: string }) => [t.name, t.errorCode, t.topicId]), [
      ['orders', ErrorCode.NONE, 'AAAAAAAAAAAAAAAAAAAAAQ'],
      ['secret', ErrorCode.TOPIC_AUTHORIZATION_FAILED, ZERO],
      ['missing', ErrorCode.TOPIC_AUTHORIZATION_FAILED, ZERO],
    ]);
    const admin = await b.call(metadata, 12, metadataReq(null), ADMIN);
    assert.equal(admin.topics.length, 2, 'a super user sees every topic');
  }));

test('Metadata auto-creation needs Create on the cluster or the topic', () =>
  withAcls(async (b) => {
    await grant(b, { resourceName: 'auto-', resourcePatternType: Pat.PREFIXED, operation: Op.ALL });
    const r = await b.call(metadata, 12, metadataReq(['auto-1']), ALICE);
    assert.equal(r.topics.length, 1);
    const asked = await b.call(metadata, 12, metadataReq(['auto-2'], { allowAutoTopicCreation: true }), ALICE);
    assert.equal(asked.topics[0].errorCode, ErrorCode.NONE);
    assert.ok(b.services.image.topic('auto-2'), 'created');
    await grant(b, { resourceName: 'other', operation: Op.DESCRIBE });
    const denied = await b.call(metadata, 12, metadataReq(['other'], { allowAutoTopicCreation: true }), ALICE);
    assert.equal(denied.topics[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    assert.equal(b.services.image.topic('other'), undefined);
  }));

test('Produce needs Write, Fetch Read, ListOffsets Describe on the topic: TOPIC_AUTHORIZATION_FAILED otherwise, nothing written', () =>
  withAcls(async (b) => {
    await b.putTopic({ name: 'orders', partitions: 1 });
    await grant(b, { operation: Op.READ });
    const p = await b.call(produce, 9, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: 'orders', topicId: ZERO, partitionData: [{ index: 0, records: testBatch({ records: values('v', 1) }) }] }] }, ALICE);
    assert.equal(p.responses[0].partitionResponses[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    assert.equal(b.services.replicas.get('orders', 0)!.logEndOffset, 0);
    await grant(b, { operation: Op.WRITE });
    const ok = await b.call(produce, 9, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: 'orders', topicId: ZERO, partitionData: [{ index: 0, records: testBatch({ records: values('v', 1) }) }] }] }, ALICE);
    assert.equal(ok.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const fetchReq = (topic: string) => ({
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, forgottenTopicsData: [], rackId: '',
      topics: [{ topic, topicId: ZERO, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
    });
    assert.equal((await b.call(fetch, 12, fetchReq('orders'), ALICE)).responses[0].partitions[0].errorCode, ErrorCode.NONE);
    assert.equal((await b.call(fetch, 12, fetchReq('orders'), { principal: 'User:bob' })).responses[0].partitions[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    assert.equal((await b.call(fetch, 12, fetchReq('nope'), { principal: 'User:bob' })).responses[0].partitions[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'a missing topic looks the same');
    const lo = (who: object) => b.call(listOffsets, 7, { replicaId: -1, isolationLevel: 0, timeoutMs: 1000, topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }] }] }, who);
    assert.equal((await lo(ALICE)).topics[0].partitions[0].errorCode, ErrorCode.NONE, 'Read implies Describe');
    assert.equal((await lo({ principal: 'User:bob' })).topics[0].partitions[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  }));

test('CreateTopics needs Create on the cluster or the topic; DeleteTopics Delete on the topic', () =>
  withAcls(async (b) => {
    const create = (name: string) => b.call(createTopics, 7, { topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: false }, ALICE);
    assert.equal((await create('t1')).topics[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    await grant(b, { resourceName: 't1', operation: Op.CREATE });
    const made = (await create('t1')).topics[0];
    assert.equal(made.errorCode, ErrorCode.NONE);
    assert.equal(made.topicConfigErrorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'configs hidden without DescribeConfigs');
    assert.deepEqual(made.configs, []);
    assert.equal((await create('t2')).topics[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    await grant(b, { resourceType: R.CLUSTER, resourceName: 'kafka-cluster', operation: Op.CREATE });
    assert.equal((await create('t2')).topics[0].errorCode, ErrorCode.NONE);
    const del = (name: string) => b.call(deleteTopics, 6, { topics: [{ name, topicId: ZERO }], topicNames: [], timeoutMs: 1000 }, ALICE);
    assert.equal((await del('t1')).responses[0].errorCode, ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    assert.ok(b.services.image.topic('t1'));
    await grant(b, { resourceName: 't', resourcePatternType: Pat.PREFIXED, operation: Op.DELETE });
    assert.equal((await del('t1')).responses[0].errorCode, ErrorCode.NONE);
    assert.equal((await del('t9')).responses[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'allowed and missing: unknown');
  }));

test('groups: JoinGroup needs Read, FindCoordinator and DescribeGroups Describe on the group', () =>
  withAcls(async (b) => {
    const join = await b.call(joinGroup, 9, joinBody({ groupId: 'g1' }), ALICE);
    assert.equal(join.errorCode, ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const find = await b.call(findCoordinator, 4, { keyType: 0, coordinatorKeys: ['g1'] }, ALICE);
    assert.equal(find.coordinators[0].errorCode, ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const txn = await b.call(findCoordinator, 4, { keyType: 1, coordinatorKeys: ['tx'] }, ALICE);
    assert.equal(txn.coordinators[0].errorCode, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    await grant(b, { resourceType: R.GROUP, resourceName: 'g1', operation: Op.DESCRIBE });
    let described = await b.call(describeGroups, 5, { groups: ['g1', 'g2'], includeAuthorizedOperations: true }, ALICE);
    for (let i = 0; i < 100 && described.groups[0].errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS; i++) {
      await new Promise((r) => setTimeout(r, 20)); // the group coordinator loads __consumer_offsets first
      described = await b.call(describeGroups, 5, { groups: ['g1', 'g2'], includeAuthorizedOperations: true }, ALICE);
    }
    assert.deepEqual(described.groups.map((g: { errorCode: number }) => g.errorCode), [ErrorCode.NONE, ErrorCode.GROUP_AUTHORIZATION_FAILED]);
    assert.equal(described.groups[0].authorizedOperations, 1 << Op.DESCRIBE);
  }));

test('InitProducerId: Write on the transactional id; an idempotent producer needs IdempotentWrite on the cluster or Write on some topic', () =>
  withAcls(async (b) => {
    const init = (transactionalId: string | null) => b.call(initProducerId, 4, { transactionalId, transactionTimeoutMs: 10_000, producerId: -1n, producerEpoch: -1 }, ALICE);
    assert.equal((await init('tx')).errorCode, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    assert.equal((await init(null)).errorCode, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    await grant(b, { resourceName: 'any-topic', operation: Op.WRITE });
    const idem = await init(null);
    assert.equal(idem.errorCode, ErrorCode.NONE);
    assert.ok(idem.producerId >= 0n);
  }));

test('cluster-level APIs: DescribeLogDirs, DescribeConfigs of the broker and DescribeCluster operations follow the cluster ACLs', () =>
  withAcls(async (b) => {
    const logDirs = await b.call(describeLogDirs, 4, { topics: null }, ALICE);
    assert.equal(logDirs.errorCode, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    assert.deepEqual(logDirs.results, []);
    const cfg = await b.call(describeConfigs, 4, { resources: [{ resourceType: 4, resourceName: '1', configurationKeys: ['log.retention.ms'] }, { resourceType: 2, resourceName: 'x', configurationKeys: null }], includeSynonyms: false, includeDocumentation: false }, ALICE);
    assert.deepEqual(cfg.results.map((r: { errorCode: number }) => r.errorCode), [ErrorCode.CLUSTER_AUTHORIZATION_FAILED, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
    const dc = (who: object) => b.call(describeCluster, 1, { includeClusterAuthorizedOperations: true, endpointType: 1 }, who);
    assert.equal((await dc(ALICE)).clusterAuthorizedOperations, 0);
    await grant(b, { resourceType: R.CLUSTER, resourceName: 'kafka-cluster', operation: Op.DESCRIBE });
    assert.equal((await dc(ALICE)).clusterAuthorizedOperations, 1 << Op.DESCRIBE);
    assert.equal((await b.call(describeLogDirs, 4, { topics: null }, ALICE)).errorCode, ErrorCode.NONE);
  }));

test('ACLs survive a restart of the metadata store', () =>
  withAcls(async (b) => {
    await grant(b, { operation: Op.WRITE, host: '10.0.0.1' });
    const { LocalMetadataStore } = await import('../../../src/broker/local-metadata-store.ts');
    const dir = b.services.config.logDirs()[0]!;
    const again = LocalMetadataStore.open(dir, 1, null);
    assert.deepEqual(again.acls(), [{ resourceType: R.TOPIC, resourceName: 'orders', patternType: Pat.LITERAL, principal: 'User:alice', host: '10.0.0.1', operation: Op.WRITE, permissionType: Perm.ALLOW }]);
  }));

test('a transactional Produce without Write on the transactional id: TRANSACTIONAL_ID_AUTHORIZATION_FAILED, and with acks=0 the connection is closed', () =>
  withAcls(async (b) => {
    await b.putTopic({ name: 'orders', partitions: 1 });
    await grant(b, { operation: Op.WRITE });
    const req = (acks: number) => ({ transactionalId: 'tx', acks, timeoutMs: 1000, topicData: [{ name: 'orders', topicId: ZERO, partitionData: [{ index: 0, records: testBatch({ records: values('v', 1) }) }] }] });
    const r = await b.call(produce, 9, req(-1), ALICE);
    assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    await assert.rejects(b.call(produce, 9, req(0), ALICE), CloseConnection);
    assert.equal(b.services.replicas.get('orders', 0)!.logEndOffset, 0);
  }));

test('DescribeTopicPartitions hides topics without Describe; DeleteGroups needs Delete on each group', () =>
  withAcls(async (b) => {
    await b.putTopic({ name: 'orders', partitions: 1 });
    await b.putTopic({ name: 'secret', partitions: 1, topicId: 'AAAAAAAAAAAAAAAAAAAAAg' });
    await grant(b, { operation: Op.DESCRIBE });
    const all = await b.call(describeTopicPartitions, 0, { topics: [], responsePartitionLimit: 100, cursor: null }, ALICE);
    assert.deepEqual(all.topics.map((t: { name: string }) => t.name), ['orders']);
    const named = await b.call(describeTopicPartitions, 0, { topics: [{ name: 'secret' }, { name: 'nope' }], responsePartitionLimit: 100, cursor: null }, ALICE);
    assert.deepEqual(named.topics.map((t: { name: string; errorCode: number }) => [t.name, t.errorCode]), [['nope', ErrorCode.TOPIC_AUTHORIZATION_FAILED], ['secret', ErrorCode.TOPIC_AUTHORIZATION_FAILED]]);
    await grant(b, { resourceType: R.GROUP, resourceName: 'mine', operation: Op.DELETE });
    const del = await b.call(deleteGroups, 2, { groupsNames: ['mine', 'theirs'] }, ALICE);
    const codes = Object.fromEntries(del.results.map((r: { groupId: string; errorCode: number }) => [r.groupId, r.errorCode]));
    assert.equal(codes.theirs, ErrorCode.GROUP_AUTHORIZATION_FAILED);
    assert.notEqual(codes.mine, ErrorCode.GROUP_AUTHORIZATION_FAILED);
  }));

test('cluster APIs answer CLUSTER_AUTHORIZATION_FAILED without the cluster permission Kafka checks, and go on for a super user', () =>
  withAcls(async (b) => {
    const cases = [
      { h: alterPartitionReassignments, v: 0, req: { timeoutMs: 1000, allowReplicationFactorChange: true, topics: [] }, code: (r: any) => r.errorCode },
      { h: listPartitionReassignments, v: 0, req: { timeoutMs: 1000, topics: null }, code: (r: any) => r.errorCode },
      { h: electLeaders, v: 2, req: { electionType: 0, topicPartitions: null, timeoutMs: 1000 }, code: (r: any) => r.errorCode },
      { h: updateFeatures, v: 1, req: { timeoutMs: 1000, featureUpdates: [], validateOnly: true }, code: (r: any) => r.errorCode },
      { h: describeClientQuotas, v: 1, req: { components: [], strict: false }, code: (r: any) => r.errorCode },
      { h: alterClientQuotas, v: 1, req: { entries: [{ entity: [{ entityType: 'user', entityName: 'x' }], ops: [] }], validateOnly: true }, code: (r: any) => r.entries[0].errorCode },
    ];
    for (const c of cases) {
      assert.equal(c.code(await b.call(c.h, c.v, c.req, ALICE)), ErrorCode.CLUSTER_AUTHORIZATION_FAILED, `api ${c.h.apiKey} as alice`);
      assert.notEqual(c.code(await b.call(c.h, c.v, c.req, ADMIN)), ErrorCode.CLUSTER_AUTHORIZATION_FAILED, `api ${c.h.apiKey} as admin`);
    }
  }));
