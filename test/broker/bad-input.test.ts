import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { decodeResponse, encodeRequest } from '../../src/protocol/request-codec.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { OFF_MAGIC } from '../../src/protocol/record-batch/batch-header.ts';
import { Writer } from '../../src/protocol/writer.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

let tb: TestBroker;

before(async () => {
  tb = await startTestBroker({ 'socket.request.max.bytes': 1 << 20, 'connections.max.idle.ms': 400 });
  const c = await TestClient.connect(tb.port);
  await c.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'bad', numPartitions: 2, replicationFactor: 1 },
      { name: 'small', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'max.message.bytes', value: '200' }] },
    ],
  });
  c.close();
});

after(async () => {
  await tb.close();
});

/** The broker still answers a fresh connection. */
async function stillServing(): Promise<void> {
  const c = await TestClient.connect(tb.port);
  const res = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'check', clientSoftwareVersion: '1' });
  assert.equal(res.errorCode, ErrorCode.NONE);
  c.close();
}

async function expectClosedWithoutReply(bytes: Buffer | string, within = 2000): Promise<void> {
  const c = await TestClient.connect(tb.port);
  c.write(bytes);
  assert.equal(await c.closedWithin(within), true, 'connection should be closed');
  assert.equal(c.received.length, 0, 'no reply expected');
  assert.equal(c.pendingBytes, 0, 'no bytes expected');
  await stillServing();
}

function frameOf(build: (w: Writer) => void): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  build(w);
  w.patchInt32(at, w.pos - 4);
  return Buffer.from(w.finish());
}

test('an HTTP request on the Kafka port is closed without a reply', async () => {
  await expectClosedWithoutReply('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
});

test('negative, oversized and too-small size prefixes close the connection', async () => {
  await expectClosedWithoutReply(Buffer.from([0xff, 0xff, 0xff, 0xfe]));
  // 512 MiB declared, over socket.request.max.bytes: refused before anything is buffered.
  await expectClosedWithoutReply(Buffer.from([0x20, 0x00, 0x00, 0x00, 1, 2, 3]));
  await expectClosedWithoutReply(Buffer.from([0, 0, 0, 2, 0, 18]));
});

test('a truncated frame followed by silence is closed by the idle timeout', async () => {
  const full = encodeRequest({ apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: 1, clientId: 'x' }, { clientSoftwareName: 'a', clientSoftwareVersion: '1' });
  await expectClosedWithoutReply(full.subarray(0, full.length - 3), 3000);
});

test('unknown API keys and unserved versions close the connection', async () => {
  await expectClosedWithoutReply(frameOf((w) => w.int16(999).int16(0).int32(5).string('x')));
  // Fetch v3 was removed in Kafka 4 (KIP-896): outside the advertised range.
  await expectClosedWithoutReply(frameOf((w) => w.int16(ApiKey.Fetch).int16(3).int32(5).string('x').int32(-1).int32(0).int32(0).int32(0).int32(0)));
});

test('trailing bytes after a request body are ignored, as Kafka does: librdkafka 2.12 all-topics Metadata v12', async () => {
  // The exact frame confluent-kafka-python 2.12 (librdkafka 2.12) sends for list_topics(), captured
  // on the wire: header v2 (key 3, v12, correlation 3, client id "rdkafka", no tags), then topics null,
  // allowAutoTopicCreation false, includeTopicAuthorizedOperations false, no tags, and 3 stray bytes.
  const frame = Buffer.from('000000190003000c00000003000772646b61666b610000000000010000', 'hex');
  const c = await TestClient.connect(tb.port);
  const payload = await c.send(frame, 3);
  const res = decodeResponse(ApiKey.Metadata, 12, payload);
  assert.equal(res.correlationId, 3);
  const names = res.body.topics.map((t) => t.name).sort();
  assert.deepEqual(names, ['bad', 'small'], 'all topics listed');
  assert.equal(res.body.brokers.length, 1);
  // The connection stays open for the next request.
  const again = await c.request(ApiKey.Metadata, 12, { topics: null, allowAutoTopicCreation: false });
  assert.equal(again.topics.length, 2);
  c.close();
  assert.ok(tb.logLines.some((l) => l.includes('ignored bytes after the request body') && l.includes('"bytes":3')));
});

test('array counts beyond the frame close the connection at once', async () => {
  await expectClosedWithoutReply(frameOf((w) => w.int16(ApiKey.Metadata).int16(4).int32(5).string('x').int32(0x7fffffff).bool(true)));
});

function produce(topic: string, partitions: { index: number; records: Buffer | null }[], acks = -1) {
  return { transactionalId: null, acks, timeoutMs: 1000, topicData: [{ name: topic, partitionData: partitions }] };
}

test('bad CRC is CORRUPT_MESSAGE for that partition only; nothing is appended there', async () => {
  const c = await TestClient.connect(tb.port);
  const corrupt = buildBatch({ records: [{ value: 'x' }] });
  corrupt[corrupt.length - 1] ^= 0xff;
  const good = buildBatch({ records: [{ value: 'y' }] });
  const r = await c.request(ApiKey.Produce, 11, produce('bad', [{ index: 0, records: corrupt }, { index: 1, records: good }]));
  const [p0, p1] = r.responses[0].partitionResponses;
  assert.equal(p0.errorCode, ErrorCode.CORRUPT_MESSAGE);
  assert.equal(p1.errorCode, ErrorCode.NONE);
  assert.equal(tb.broker.replicas.get('bad', 0)!.log.logEndOffset, 0);
  assert.equal(tb.broker.replicas.get('bad', 1)!.log.logEndOffset, 1);
  c.close();
});

test('record batch problems get the error Kafka clients expect', async () => {
  const c = await TestClient.connect(tb.port);
  const magic1 = buildBatch({ records: [{ value: 'x' }] });
  magic1[OFF_MAGIC] = 1;
  const control = buildBatch({ records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.alloc(6) }], control: true, transactional: true, producerId: 1, producerEpoch: 0 });
  const truncated = buildBatch({ records: [{ value: 'x' }] }).subarray(0, 40);
  const twoBatches = Buffer.concat([buildBatch({ records: [{ value: 'a' }] }), buildBatch({ records: [{ value: 'b' }] })]);
  const cases: [Buffer | null, number][] = [
    [magic1, ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT],
    [control, ErrorCode.INVALID_RECORD],
    [truncated, ErrorCode.CORRUPT_MESSAGE],
    [twoBatches, ErrorCode.INVALID_RECORD],
    [null, ErrorCode.INVALID_RECORD],
  ];
  for (const [records, expected] of cases) {
    const r = await c.request(ApiKey.Produce, 11, produce('bad', [{ index: 0, records }]));
    assert.equal(r.responses[0].partitionResponses[0].errorCode, expected);
  }
  const big = buildBatch({ records: [{ value: Buffer.alloc(500, 1) }] });
  const r = await c.request(ApiKey.Produce, 11, produce('small', [{ index: 0, records: big }]));
  assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.MESSAGE_TOO_LARGE);
  assert.equal(tb.broker.replicas.get('bad', 0)!.log.logEndOffset, 0);
  c.close();
});

test('bad acks, invalid and unknown topics, old Produce versions', async () => {
  const c = await TestClient.connect(tb.port);
  const batch = buildBatch({ records: [{ value: 'x' }] });
  const acks = await c.request(ApiKey.Produce, 11, produce('bad', [{ index: 0, records: batch }], 2));
  assert.equal(acks.responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_REQUIRED_ACKS);
  const invalid = await c.request(ApiKey.Produce, 11, produce('no such/topic', [{ index: 0, records: batch }]));
  assert.equal(invalid.responses[0].partitionResponses[0].errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
  const unknown = await c.request(ApiKey.Produce, 11, produce('nope', [{ index: 0, records: batch }]));
  assert.equal(unknown.responses[0].partitionResponses[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const noPartition = await c.request(ApiKey.Produce, 11, produce('bad', [{ index: 7, records: batch }]));
  assert.equal(noPartition.responses[0].partitionResponses[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const v2 = await c.request(ApiKey.Produce, 2, produce('bad', [{ index: 0, records: batch }]));
  assert.equal(v2.responses[0].partitionResponses[0].errorCode, ErrorCode.UNSUPPORTED_VERSION);
  const replica = await c.request(ApiKey.Fetch, 12, {
    replicaId: 1, maxWaitMs: 0, minBytes: 0, maxBytes: 1000, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic: 'bad', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1000 }] }], forgottenTopicsData: [], rackId: '',
  });
  assert.equal(replica.responses[0].partitions[0].errorCode, ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
  c.close();
  await stillServing();
});

test('pipelined requests are answered in request order, acks=0 gets no response', async () => {
  const c = await TestClient.connect(tb.port);
  const sent: number[] = [];
  const waits: Promise<unknown>[] = [];
  for (let i = 0; i < 12; i++) {
    const corr = c.nextCorrelationId();
    let frame: Buffer;
    if (i % 3 === 0) {
      // A long poll that completes after ~150 ms, while later requests finish at once.
      frame = encodeRequest({ apiKey: ApiKey.Fetch, apiVersion: 12, correlationId: corr, clientId: 'p' }, {
        replicaId: -1, maxWaitMs: 150, minBytes: 1, maxBytes: 1000, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
        topics: [{ topic: 'bad', partitions: [{ partition: 1, fetchOffset: 1n, partitionMaxBytes: 1000 }] }], forgottenTopicsData: [], rackId: '',
      });
    } else if (i === 4) {
      frame = encodeRequest({ apiKey: ApiKey.Produce, apiVersion: 11, correlationId: corr, clientId: 'p' }, produce('bad', [{ index: 0, records: buildBatch({ records: [{ value: 'a0' }] }) }], 0));
      c.write(frame);
      continue;
    } else {
      frame = encodeRequest({ apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: corr, clientId: 'p' }, { clientSoftwareName: 'p', clientSoftwareVersion: '1' });
    }
    sent.push(corr);
    waits.push(c.send(frame, corr));
  }
  await Promise.all(waits);
  assert.deepEqual(c.received, sent);
  assert.equal(tb.broker.replicas.get('bad', 0)!.log.logEndOffset, 1);
  c.close();
});
