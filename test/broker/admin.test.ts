import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

let tb: TestBroker;
let c: TestClient;

const TOPIC = 2;
const BROKER = 4;

before(async () => {
  tb = await startTestBroker();
  c = await TestClient.connect(tb.port);
  await c.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'adm', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'retention.ms', value: '123456' }] },
      { name: 'other', numPartitions: 1, replicationFactor: 1 },
    ],
  });
});

after(async () => {
  c.close();
  await tb.close();
});

async function topicConfig(topic: string, name: string) {
  const r = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: TOPIC, resourceName: topic, configurationKeys: [name] }], includeSynonyms: true, includeDocumentation: false });
  assert.equal(r.results[0].errorCode, ErrorCode.NONE);
  return r.results[0].configs[0];
}

function produce(topic: string, records: Buffer) {
  return c.request(ApiKey.Produce, 11, { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [{ name: topic, partitionData: [{ index: 0, records }] }] });
}

test('DescribeConfigs reports topic overrides, defaults and synonyms; unknown topics are errors', async () => {
  const r = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: TOPIC, resourceName: 'adm', configurationKeys: null }], includeSynonyms: true, includeDocumentation: true });
  const byName = new Map(r.results[0].configs.map((x: { name: string }) => [x.name, x]));
  const retention = byName.get('retention.ms') as { value: string; configSource: number; synonyms: { name: string }[] };
  assert.equal(retention.value, '123456');
  assert.equal(retention.configSource, 1);
  // As Kafka 4.4: broker synonyms before the first log.retention.ms entry are dropped, so the
  // log.retention.hours=168 default is not listed (test/interop/answers-vs-kafka.test.ts).
  assert.deepEqual(retention.synonyms.map((s) => s.name), ['retention.ms']);
  const segment = byName.get('segment.bytes') as { value: string; configSource: number };
  assert.equal(segment.value, '1073741824');
  assert.equal(segment.configSource, 5);
  const v1 = await c.request(ApiKey.DescribeConfigs, 1, { resources: [{ resourceType: TOPIC, resourceName: 'nope', configurationKeys: null }], includeSynonyms: false });
  assert.equal(v1.results[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const broker = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: BROKER, resourceName: '1', configurationKeys: ['message.max.bytes', 'num.partitions'] }] });
  const find = (n: string) => broker.results[0].configs.find((x: { name: string }) => x.name === n);
  const mmb = find('message.max.bytes');
  const np = find('num.partitions');
  assert.equal(mmb.value, '1048588');
  assert.equal(mmb.readOnly, false);
  assert.equal(np.readOnly, true);
});

test('IncrementalAlterConfigs on a topic: set, append, delete; invalid values change nothing; applied live', async () => {
  const alter = (configs: { name: string; configOperation: number; value: string | null }[], validateOnly = false) =>
    c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: TOPIC, resourceName: 'adm', configs }], validateOnly });
  let r = await alter([{ name: 'max.message.bytes', configOperation: 0, value: '100' }, { name: 'cleanup.policy', configOperation: 2, value: 'compact' }]);
  assert.equal(r.responses[0].errorCode, ErrorCode.NONE);
  assert.equal((await topicConfig('adm', 'cleanup.policy')).value, 'delete,compact');
  const big = await produce('adm', buildBatch({ records: [{ value: Buffer.alloc(300, 7) }] }));
  assert.equal(big.responses[0].partitionResponses[0].errorCode, ErrorCode.MESSAGE_TOO_LARGE);
  r = await alter([{ name: 'retention.ms', configOperation: 0, value: 'later' }]);
  assert.equal(r.responses[0].errorCode, ErrorCode.INVALID_CONFIG);
  assert.equal((await topicConfig('adm', 'retention.ms')).value, '123456');
  r = await alter([{ name: 'retention.ms', configOperation: 1, value: null }], true);
  assert.equal(r.responses[0].errorCode, ErrorCode.NONE);
  assert.equal((await topicConfig('adm', 'retention.ms')).value, '123456');
  r = await alter([{ name: 'retention.ms', configOperation: 1, value: null }, { name: 'max.message.bytes', configOperation: 1, value: null }]);
  assert.equal((await topicConfig('adm', 'retention.ms')).value, '604800000');
  // cleanup.policy is delete,compact now: records need a key.
  const ok = await produce('adm', buildBatch({ records: [{ key: 'k', value: Buffer.alloc(300, 7) }] }));
  assert.equal(ok.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
  r = await alter([{ name: 'segment.ms', configOperation: 2, value: '5' }]);
  assert.equal(r.responses[0].errorCode, ErrorCode.INVALID_CONFIG);
});

test('broker configs: dynamic ones change live and flow to topics without overrides; static ones are refused', async () => {
  const r = await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'log.retention.ms', configOperation: 0, value: '5000' }] }], validateOnly: false });
  assert.equal(r.responses[0].errorCode, ErrorCode.NONE);
  const cfg = await topicConfig('other', 'retention.ms');
  assert.equal(cfg.value, '5000');
  assert.equal(cfg.configSource, 2); // DYNAMIC_BROKER_CONFIG
  assert.equal(tb.broker.replicas.get('other', 0)!.log.config.retentionMs, 5000);
  const refused = await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'listeners', configOperation: 0, value: 'PLAINTEXT://:1' }] }], validateOnly: false });
  assert.equal(refused.responses[0].errorCode, ErrorCode.INVALID_REQUEST);
  await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'log.retention.ms', configOperation: 1, value: null }] }], validateOnly: false });
  assert.equal((await topicConfig('other', 'retention.ms')).value, '604800000');
  // message.max.bytes (the default of max.message.bytes) applies to the very next produce request.
  await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'mmb', numPartitions: 1, replicationFactor: 1 }] });
  const record = () => buildBatch({ records: [{ value: Buffer.alloc(300, 7) }] });
  assert.equal((await produce('mmb', record())).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
  const setMax = (value: string | null) =>
    c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: BROKER, resourceName: '1', configs: [{ name: 'message.max.bytes', configOperation: value === null ? 1 : 0, value }] }], validateOnly: false });
  await setMax('100');
  assert.equal((await produce('mmb', record())).responses[0].partitionResponses[0].errorCode, ErrorCode.MESSAGE_TOO_LARGE);
  await setMax(null);
  assert.equal((await produce('mmb', record())).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
});

test('AlterConfigs replaces the whole set of topic overrides', async () => {
  const r = await c.request(ApiKey.AlterConfigs, 2, { resources: [{ resourceType: TOPIC, resourceName: 'adm', configs: [{ name: 'segment.ms', value: '60000' }] }], validateOnly: false });
  assert.equal(r.responses[0].errorCode, ErrorCode.NONE);
  assert.deepEqual(tb.broker.image.topic('adm')!.configText, { 'segment.ms': '60000' });
});

test('CreatePartitions grows a topic and refuses to shrink it', async () => {
  const r = await c.request(ApiKey.CreatePartitions, 3, { topics: [{ name: 'other', count: 3, assignments: null }, { name: 'adm', count: 1, assignments: null }, { name: 'ghost', count: 2, assignments: null }], timeoutMs: 1000, validateOnly: false });
  assert.deepEqual(r.results.map((x: { errorCode: number }) => x.errorCode), [ErrorCode.NONE, ErrorCode.INVALID_PARTITIONS, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
  const md = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'other' }], allowAutoTopicCreation: false });
  assert.equal(md.topics[0].partitions.length, 3);
});

test('DeleteRecords moves the log start offset; ListOffsets earliest follows; beyond the high watermark is refused', async () => {
  await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'dr', numPartitions: 1, replicationFactor: 1 }] });
  await produce('dr', buildBatch({ records: [1, 2, 3, 4, 5].map((i) => ({ value: String(i) })) }));
  const del = (offset: bigint) => c.request(ApiKey.DeleteRecords, 2, { topics: [{ name: 'dr', partitions: [{ partitionIndex: 0, offset }] }], timeoutMs: 1000 });
  const r = await del(3n);
  assert.equal(r.topics[0].partitions[0].errorCode, ErrorCode.NONE);
  assert.equal(r.topics[0].partitions[0].lowWatermark, 3n);
  const lo = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'dr', partitions: [{ partitionIndex: 0, timestamp: -2n }] }] });
  assert.equal(lo.topics[0].partitions[0].offset, 3n);
  assert.equal((await del(99n)).topics[0].partitions[0].errorCode, ErrorCode.OFFSET_OUT_OF_RANGE);
});

test('concurrent DeleteRecords and DeleteTopics: every answer NONE, the partitions stay online (checkpoint writes are serialised)', async () => {
  const names = ['race-0', 'race-1', 'race-2', 'race-3', 'race-gone-0', 'race-gone-1'];
  await c.request(ApiKey.CreateTopics, 7, { topics: names.map((name) => ({ name, numPartitions: 2, replicationFactor: 1 })) });
  for (const name of names.slice(0, 4)) await produce(name, buildBatch({ records: [1, 2, 3, 4].map((i) => ({ value: String(i) })) }));
  const clients = await Promise.all(names.map(() => TestClient.connect(tb.port)));
  try {
    const answers = await Promise.all([
      ...names.slice(0, 4).map((name, i) => clients[i]!.request(ApiKey.DeleteRecords, 2, { topics: [{ name, partitions: [{ partitionIndex: 0, offset: BigInt(i + 1) }, { partitionIndex: 1, offset: 0n }] }], timeoutMs: 1000 })),
      clients[4]!.request(ApiKey.DeleteTopics, 6, { topics: [{ name: 'race-gone-0', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 1000 }),
      clients[5]!.request(ApiKey.DeleteTopics, 6, { topics: [{ name: 'race-gone-1', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], timeoutMs: 1000 }),
    ]);
    for (const a of answers.slice(0, 4)) assert.deepEqual(a.topics[0].partitions.map((p: { errorCode: number }) => p.errorCode), [ErrorCode.NONE, ErrorCode.NONE]);
    for (const a of answers.slice(4)) assert.equal(a.responses[0].errorCode, ErrorCode.NONE);
    for (const [i, name] of names.slice(0, 4).entries()) {
      const r = await produce(name, buildBatch({ records: [{ value: 'after' }] }));
      assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE, `${name} is online`);
      const lo = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name, partitions: [{ partitionIndex: 0, timestamp: -2n }] }] });
      assert.equal(lo.topics[0].partitions[0].offset, BigInt(i + 1));
    }
  } finally {
    for (const cl of clients) cl.close();
  }
});

test('DescribeCluster, DescribeLogDirs, OffsetForLeaderEpoch, DescribeProducers', async () => {
  const dc = await c.request(ApiKey.DescribeCluster, 1, { includeClusterAuthorizedOperations: false, endpointType: 1 });
  assert.equal(dc.errorCode, ErrorCode.NONE);
  assert.equal(dc.controllerId, 1);
  assert.equal(dc.brokers[0].port, tb.port);
  assert.equal(dc.clusterId, tb.broker.clusterId);

  const { producerId } = await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 1000 });
  await produce('other', buildBatch({ records: [{ value: 'a' }, { value: 'b' }], producerId: Number(producerId), producerEpoch: 0, baseSequence: 0 }));

  const ld = await c.request(ApiKey.DescribeLogDirs, 4, { topics: [{ topic: 'other', partitions: [0] }] });
  assert.equal(ld.results.length, 1);
  const part = ld.results[0].topics[0].partitions[0];
  assert.equal(ld.results[0].topics[0].name, 'other');
  assert.ok(part.partitionSize > 0n);
  assert.ok(ld.results[0].totalBytes > 0n);

  const oe = await c.request(ApiKey.OffsetForLeaderEpoch, 4, { replicaId: -1, topics: [{ topic: 'other', partitions: [{ partition: 0, currentLeaderEpoch: 0, leaderEpoch: 0 }] }] });
  assert.equal(oe.topics[0].partitions[0].errorCode, ErrorCode.NONE);
  assert.equal(oe.topics[0].partitions[0].endOffset, 2n);
  const fenced = await c.request(ApiKey.OffsetForLeaderEpoch, 4, { replicaId: -1, topics: [{ topic: 'other', partitions: [{ partition: 0, currentLeaderEpoch: 5, leaderEpoch: 0 }] }] });
  assert.equal(fenced.topics[0].partitions[0].errorCode, ErrorCode.UNKNOWN_LEADER_EPOCH);

  const dp = await c.request(ApiKey.DescribeProducers, 0, { topics: [{ name: 'other', partitionIndexes: [0, 9] }] });
  const [p0, p9] = dp.topics[0].partitions;
  assert.equal(p0.errorCode, ErrorCode.NONE);
  assert.deepEqual(p0.activeProducers.map((a: { producerId: bigint; lastSequence: number }) => [a.producerId, a.lastSequence]), [[producerId, 1]]);
  assert.equal(p9.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
});
