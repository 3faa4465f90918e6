import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { CompressionCodec, OFF_LEADER_EPOCH } from '../../src/protocol/record-batch/batch-header.ts';
import { iterateBatches, readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import { startTestBroker, TestClient, type TestBroker } from './broker-harness.ts';

let tb: TestBroker;
let client: TestClient;
let topicId: string;

before(async () => {
  tb = await startTestBroker();
  client = await TestClient.connect(tb.port);
  const res = await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'pf', numPartitions: 2, replicationFactor: 1 }] });
  topicId = res.topics[0].topicId;
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'lat', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }] });
});

after(async () => {
  client.close();
  await tb.close();
});

function produceBody(topic: string, partitions: { index: number; records: Buffer | null }[], acks = -1) {
  return { transactionalId: null, acks, timeoutMs: 5000, topicData: [{ name: topic, partitionData: partitions }] };
}

function values(records: Buffer): string[] {
  const out: string[] = [];
  for (const b of iterateBatches(records)) for (const r of readRecords(b, { maxDecompressedBytes: 1 << 20 })) out.push(r.value!.toString());
  return out;
}

function fetchBody(partition: number, offset: number, extra: Record<string, unknown> = {}) {
  return {
    replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic: 'pf', topicId, partitions: [{ partition, fetchOffset: BigInt(offset), partitionMaxBytes: 1 << 20 }] }],
    forgottenTopicsData: [], rackId: '', ...extra,
  };
}

test('produce then fetch returns the same records; the leader epoch in the batch is overwritten', async () => {
  const batch = buildBatch({ records: [{ value: 'a' }, { value: 'b' }, { value: 'c' }], partitionLeaderEpoch: 77 });
  const r1 = await client.request(ApiKey.Produce, 11, produceBody('pf', [{ index: 0, records: batch }]));
  const p1 = r1.responses[0].partitionResponses[0];
  assert.equal(p1.errorCode, ErrorCode.NONE);
  assert.equal(p1.baseOffset, 0n);
  const gz = buildBatch({ records: [{ value: 'd' }, { value: 'e' }], compression: CompressionCodec.Gzip });
  const r2 = await client.request(ApiKey.Produce, 9, produceBody('pf', [{ index: 0, records: gz }], 1));
  assert.equal(r2.responses[0].partitionResponses[0].baseOffset, 3n);

  for (const v of [4, 12, 13, 17]) {
    const f = await client.request(ApiKey.Fetch, v, fetchBody(0, 0));
    const p = f.responses[0].partitions[0];
    assert.equal(p.errorCode, ErrorCode.NONE, `v${v}`);
    assert.equal(p.highWatermark, 5n);
    assert.deepEqual(values(p.records), ['a', 'b', 'c', 'd', 'e']);
    assert.equal(p.records.readInt32BE(OFF_LEADER_EPOCH), 0);
  }
  const mid = await client.request(ApiKey.Fetch, 17, fetchBody(0, 3));
  assert.deepEqual(values(mid.responses[0].partitions[0].records), ['d', 'e']);
});

test('fetching a partition with no new data returns an empty record set, never null', async () => {
  const f = await client.request(ApiKey.Fetch, 11, fetchBody(1, 0));
  const p = f.responses[0].partitions[0];
  assert.equal(p.errorCode, ErrorCode.NONE);
  assert.notEqual(p.records, null);
  assert.equal(p.records.length, 0);
});

test('fetch beyond the log end is OFFSET_OUT_OF_RANGE; unknown topic id is UNKNOWN_TOPIC_ID', async () => {
  const f = await client.request(ApiKey.Fetch, 17, fetchBody(0, 1000));
  assert.equal(f.responses[0].partitions[0].errorCode, ErrorCode.OFFSET_OUT_OF_RANGE);
  const g = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1000 }] }] });
  assert.equal(g.responses[0].partitions[0].errorCode, ErrorCode.UNKNOWN_TOPIC_ID);
});

test('long poll: a waiting fetch is woken by an append', async () => {
  const before = (await client.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'pf', partitions: [{ partitionIndex: 1, timestamp: -1n }] }] }));
  const end = Number(before.topics[0].partitions[0].offset);
  const other = await TestClient.connect(tb.port);
  const started = Date.now();
  const waiting = client.request(ApiKey.Fetch, 17, fetchBody(1, end, { maxWaitMs: 10_000, minBytes: 1 }));
  await new Promise((r) => setTimeout(r, 150));
  await other.request(ApiKey.Produce, 11, produceBody('pf', [{ index: 1, records: buildBatch({ records: [{ value: 'wake' }] }) }]));
  const f = await waiting;
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 5000, `woken after ${elapsed} ms`);
  assert.deepEqual(values(f.responses[0].partitions[0].records), ['wake']);
  other.close();
});

test('long poll: with nothing to return, the fetch answers empty after max.wait.ms', async () => {
  const started = Date.now();
  const f = await client.request(ApiKey.Fetch, 17, fetchBody(1, 1, { maxWaitMs: 300, minBytes: 1 }));
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 250 && elapsed < 3000, `answered after ${elapsed} ms`);
  assert.equal(f.responses[0].partitions[0].records.length, 0);
});

test('max bytes: a small limit still returns the first whole batch (KIP-74)', async () => {
  const f = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), maxBytes: 10 });
  const recs = values(f.responses[0].partitions[0].records);
  assert.deepEqual(recs, ['a', 'b', 'c']);
});

test('incremental fetch sessions (KIP-227): only partitions with news are returned', async () => {
  const full = await client.request(ApiKey.Fetch, 17, {
    ...fetchBody(0, 5), sessionId: 0, sessionEpoch: 0,
    topics: [{ topicId, partitions: [{ partition: 0, fetchOffset: 5n, partitionMaxBytes: 1 << 20 }, { partition: 1, fetchOffset: 1n, partitionMaxBytes: 1 << 20 }] }],
  });
  assert.equal(full.errorCode, ErrorCode.NONE);
  assert.notEqual(full.sessionId, 0);
  assert.equal(full.responses[0].partitions.length, 2);
  const sessionId = full.sessionId;
  const quiet = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), sessionId, sessionEpoch: 1, topics: [] });
  assert.equal(quiet.errorCode, ErrorCode.NONE);
  assert.equal(quiet.responses.length, 0);
  await client.request(ApiKey.Produce, 11, produceBody('pf', [{ index: 1, records: buildBatch({ records: [{ value: 'news' }] }) }]));
  const news = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), sessionId, sessionEpoch: 2, topics: [] });
  assert.equal(news.responses.length, 1);
  assert.equal(news.responses[0].partitions.length, 1);
  assert.equal(news.responses[0].partitions[0].partitionIndex, 1);
  assert.deepEqual(values(news.responses[0].partitions[0].records), ['news']);
  const stale = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), sessionId, sessionEpoch: 2, topics: [] });
  assert.equal(stale.errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
  const unknown = await client.request(ApiKey.Fetch, 17, { ...fetchBody(0, 0), sessionId: sessionId + 1000, sessionEpoch: 1, topics: [] });
  assert.equal(unknown.errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
});

test('ListOffsets: earliest, latest, by timestamp, max timestamp', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'lo', numPartitions: 1, replicationFactor: 1 }] });
  const t0 = Date.now() - 10_000;
  for (const [value, timestamp] of [['1', t0], ['2', t0 + 5000], ['3', t0 + 1000]] as const) {
    await client.request(ApiKey.Produce, 11, produceBody('lo', [{ index: 0, records: buildBatch({ records: [{ value, timestamp }] }) }]));
  }
  const ask = async (timestamp: bigint) => {
    const r = await client.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'lo', partitions: [{ partitionIndex: 0, timestamp }] }] });
    return r.topics[0].partitions[0];
  };
  assert.equal((await ask(-2n)).offset, 0n);
  assert.equal((await ask(-1n)).offset, 3n);
  const max = await ask(-3n);
  assert.equal(max.offset, 1n);
  assert.equal(max.timestamp, BigInt(t0 + 5000));
  assert.equal((await ask(BigInt(t0 + 500))).offset, 1n);
  assert.equal((await ask(BigInt(t0 + 60_000))).offset, -1n);
});

test('ListOffsets MAX_TIMESTAMP names the record with the largest timestamp inside a batch, the first of equals (KIP-734, as Kafka 4.4)', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'lo-max', numPartitions: 1, replicationFactor: 1 }] });
  const t0 = Date.now() - 10_000;
  const send = (ts: number[]) => client.request(ApiKey.Produce, 11, produceBody('lo-max', [{ index: 0, records: buildBatch({ records: ts.map((t, i) => ({ value: String(i), timestamp: t0 + t })) }) }]));
  const ask = async () => {
    const r = await client.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'lo-max', partitions: [{ partitionIndex: 0, timestamp: -3n }] }] });
    return r.topics[0].partitions[0];
  };
  await send([100, 900, 300, 200]); // offsets 0-3: the max is offset 1, not the batch's last offset 3
  let max = await ask();
  assert.deepEqual([max.offset, max.timestamp], [1n, BigInt(t0 + 900)]);
  await send([50, 900, 900]); // offsets 4-6: equal timestamps later do not move it
  max = await ask();
  assert.deepEqual([max.offset, max.timestamp], [1n, BigInt(t0 + 900)]);
  await send([10, 20, 1000, 5]); // offsets 7-10: a larger one in a later batch
  max = await ask();
  assert.deepEqual([max.offset, max.timestamp], [9n, BigInt(t0 + 1000)]);
});

test('Produce v13 names topics by id (KIP-516): appended to that topic, answered by id; an unknown id is UNKNOWN_TOPIC_ID', async () => {
  const unknownId = 'AAAAAAAAAAAAAAAAAAAAAQ';
  const r = await client.request(ApiKey.Produce, 13, {
    transactionalId: null, acks: -1, timeoutMs: 5000,
    topicData: [
      { topicId, partitionData: [{ index: 1, records: buildBatch({ records: [{ value: 'by-id' }] }) }] },
      { topicId: unknownId, partitionData: [{ index: 0, records: buildBatch({ records: [{ value: 'lost' }] }) }] },
    ],
  });
  assert.deepEqual(r.responses.map((t: { topicId: string }) => t.topicId), [topicId, unknownId]);
  const ok = r.responses[0].partitionResponses[0];
  assert.equal(ok.errorCode, ErrorCode.NONE);
  assert.equal(r.responses[1].partitionResponses[0].errorCode, ErrorCode.UNKNOWN_TOPIC_ID);
  const f = await client.request(ApiKey.Fetch, 13, fetchBody(1, Number(ok.baseOffset)));
  assert.deepEqual(values(f.responses[0].partitions[0].records), ['by-id']);
});

test('LogAppendTime topics stamp the broker time', async () => {
  const before = Date.now();
  const r = await client.request(ApiKey.Produce, 11, produceBody('lat', [{ index: 0, records: buildBatch({ records: [{ value: 'x', timestamp: 1000 }] }) }]));
  const p = r.responses[0].partitionResponses[0];
  assert.equal(p.errorCode, ErrorCode.NONE);
  assert.ok(Number(p.logAppendTimeMs) >= before);
});

test('idempotent producer: a retried batch returns its original offset, a gap is OUT_OF_ORDER_SEQUENCE_NUMBER', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'idem', numPartitions: 1, replicationFactor: 1 }] });
  const { producerId } = await client.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60000 });
  const pid = Number(producerId);
  const b0 = buildBatch({ records: [{ value: 'p0' }, { value: 'p1' }], producerId: pid, producerEpoch: 0, baseSequence: 0 });
  const first = await client.request(ApiKey.Produce, 11, produceBody('idem', [{ index: 0, records: b0 }]));
  assert.equal(first.responses[0].partitionResponses[0].baseOffset, 0n);
  const again = await client.request(ApiKey.Produce, 11, produceBody('idem', [{ index: 0, records: b0 }]));
  assert.equal(again.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
  assert.equal(again.responses[0].partitionResponses[0].baseOffset, 0n);
  const gap = buildBatch({ records: [{ value: 'p9' }], producerId: pid, producerEpoch: 0, baseSequence: 9 });
  const bad = await client.request(ApiKey.Produce, 11, produceBody('idem', [{ index: 0, records: gap }]));
  assert.equal(bad.responses[0].partitionResponses[0].errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  const end = await client.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'idem', partitions: [{ partitionIndex: 0, timestamp: -1n }] }] });
  assert.equal(end.topics[0].partitions[0].offset, 2n);
});

test('topic compression.type other than producer recompresses batches, keeping records and producer fields', async () => {
  await client.request(ApiKey.CreateTopics, 7, {
    topics: [
      { name: 'zstd-topic', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'compression.type', value: 'zstd' }] },
      { name: 'plain-topic', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'compression.type', value: 'uncompressed' }] },
    ],
  });
  const sent = buildBatch({ records: [{ key: 'k1', value: 'one', headers: [{ key: 'h', value: Buffer.from('x') }] }, { value: 'two' }], producerId: 4242, producerEpoch: 0, baseSequence: 0 });
  const cases: [string, Buffer, CompressionCodec][] = [
    ['zstd-topic', sent, CompressionCodec.Zstd],
    ['plain-topic', buildBatch({ records: [{ value: 'one' }, { value: 'two' }], compression: CompressionCodec.Gzip }), CompressionCodec.None],
  ];
  for (const [name, batch, codec] of cases) {
    const r = await client.request(ApiKey.Produce, 11, produceBody(name, [{ index: 0, records: batch }]));
    assert.equal(r.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const f = await client.request(ApiKey.Fetch, 12, { ...fetchBody(0, 0), topics: [{ topic: name, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }] });
    const stored = f.responses[0].partitions[0].records;
    assert.equal(stored.readInt16BE(21) & 7, codec, name);
    assert.deepEqual(values(stored), ['one', 'two']);
  }
  const f = await client.request(ApiKey.Fetch, 12, { ...fetchBody(0, 0), topics: [{ topic: 'zstd-topic', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }] });
  const stored = f.responses[0].partitions[0].records as Buffer;
  assert.equal(Number(stored.readBigInt64BE(43)), 4242);
  const first = [...readRecords(stored, { maxDecompressedBytes: 1 << 20 })][0]!;
  assert.equal(first.key!.toString(), 'k1');
  assert.equal(first.headers[0]!.key, 'h');
});

test('multi-partition fetch: each partition within its limit, the response within max.bytes', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'mp', numPartitions: 3, replicationFactor: 1 }] });
  for (const index of [0, 1, 2]) {
    for (let i = 0; i < 3; i++) {
      await client.request(ApiKey.Produce, 11, produceBody('mp', [{ index, records: buildBatch({ records: [{ value: Buffer.alloc(1000, index) }] }) }]));
    }
  }
  const one = buildBatch({ records: [{ value: Buffer.alloc(1000, 0) }] }).length;
  const ask = (maxBytes: number, partitionMaxBytes: number) => client.request(ApiKey.Fetch, 12, {
    ...fetchBody(0, 0), maxBytes,
    topics: [{ topic: 'mp', partitions: [0, 1, 2].map((partition) => ({ partition, fetchOffset: 0n, partitionMaxBytes })) }],
  });
  // Partition limits fit in the response limit: every partition answers, each within its own limit.
  const wide = await ask(1 << 20, 2 * one);
  assert.deepEqual(wide.responses[0].partitions.map((p: { records: Buffer }) => p.records.length), [2 * one, 2 * one, 2 * one]);
  // The response limit is the tighter one: partitions in order until it is used up.
  const tight = await ask(4 * one, 3 * one);
  const sizes = tight.responses[0].partitions.map((p: { records: Buffer }) => p.records.length);
  assert.deepEqual(sizes, [3 * one, one, 0]);
});

test('deleting a topic ends long polls on it at once', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'gone', numPartitions: 1, replicationFactor: 1 }] });
  const other = await TestClient.connect(tb.port);
  const started = Date.now();
  const waiting = client.request(ApiKey.Fetch, 12, { ...fetchBody(0, 0, { maxWaitMs: 10_000, minBytes: 1 }), topics: [{ topic: 'gone', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1000 }] }] });
  await new Promise((r) => setTimeout(r, 100));
  await other.request(ApiKey.DeleteTopics, 5, { topicNames: ['gone'], timeoutMs: 1000 });
  const f = await waiting;
  assert.equal(f.responses[0].partitions[0].errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  assert.ok(Date.now() - started < 5000);
  other.close();
});

test('compacted topics reject records without a key (INVALID_RECORD with record errors), keyed batches append', async () => {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'compacted', numPartitions: 1, replicationFactor: 1, configs: [{ name: 'cleanup.policy', value: 'compact' }] }] });
  const keyless = buildBatch({ records: [{ key: 'a', value: '1' }, { value: 'no key' }], compression: CompressionCodec.Lz4 });
  const bad = await client.request(ApiKey.Produce, 11, produceBody('compacted', [{ index: 0, records: keyless }]));
  const p = bad.responses[0].partitionResponses[0];
  assert.equal(p.errorCode, ErrorCode.INVALID_RECORD);
  assert.deepEqual(p.recordErrors.map((e: { batchIndex: number }) => e.batchIndex), [1]);
  const good = await client.request(ApiKey.Produce, 11, produceBody('compacted', [{ index: 0, records: buildBatch({ records: [{ key: 'a', value: '1' }] }) }]));
  assert.equal(good.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
  assert.equal(good.responses[0].partitionResponses[0].baseOffset, 0n, 'the rejected batch took no offsets');
});

/** Creates `name` with `partitions` partitions of `count` one-record batches each; returns its topic id. */
async function topicWithLargeRecords(name: string, partitions: number, count: number, payload: (p: number, i: number) => string): Promise<string> {
  await client.request(ApiKey.CreateTopics, 7, { topics: [{ name, numPartitions: partitions, replicationFactor: 1 }] });
  const meta = await client.request(ApiKey.Metadata, 12, { topics: [{ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false });
  for (let i = 0; i < count; i++) {
    for (let p = 0; p < partitions; p++) {
      const res = await client.request(ApiKey.Produce, 11, produceBody(name, [{ index: p, records: buildBatch({ records: [{ value: payload(p, i) }] }) }]));
      assert.equal(res.responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    }
  }
  return meta.topics[0].topicId;
}

test('many clients fetching large records at once each get exactly their bytes (read buffers are reused only after sending)', async () => {
  // 64 KiB+ reads come from the storage's buffer pool and go back once the socket has the response:
  // a buffer handed out again too early would show up here as another partition's bytes.
  const payload = (p: number, i: number) => `${p}/${i}/` + String.fromCharCode(97 + p).repeat(40_000);
  const poolId = await topicWithLargeRecords('pool', 4, 12, payload);
  const clients = await Promise.all(Array.from({ length: 4 }, () => TestClient.connect(tb.port)));
  try {
    await Promise.all(
      clients.map(async (c, p) => {
        for (let round = 0; round < 5; round++) {
          let offset = 0;
          const got: string[] = [];
          while (offset < 12) {
            const f = await c.request(ApiKey.Fetch, 13, {
              replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
              topics: [{ topic: '', topicId: poolId, partitions: [{ partition: p, fetchOffset: BigInt(offset), partitionMaxBytes: 100_000 + round * 30_000 }] }],
              forgottenTopicsData: [], rackId: '',
            });
            const vs = values(f.responses[0].partitions[0].records);
            assert.ok(vs.length > 0);
            got.push(...vs);
            offset += vs.length;
          }
          assert.deepEqual(got, Array.from({ length: 12 }, (_, i) => payload(p, i)));
        }
      }),
    );
  } finally {
    for (const c of clients) c.close();
  }
});

test('a client that stops reading keeps correct bytes in its queued fetch responses while others fetch', async () => {
  // Responses a slow socket has not taken yet still point into pooled read buffers; those must not
  // be handed to other reads before the socket has them.
  const payload = (p: number, i: number) => `${p}/${i}/` + String.fromCharCode(65 + p).repeat(60_000);
  const id = await topicWithLargeRecords('slow', 3, 16, payload);
  const fetchOf = (p: number, maxBytes: number) => ({
    replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 8 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
    topics: [{ topic: '', topicId: id, partitions: [{ partition: p, fetchOffset: 0n, partitionMaxBytes: maxBytes }] }],
    forgottenTopicsData: [], rackId: '',
  });
  const slow = await TestClient.connect(tb.port);
  const fast = await TestClient.connect(tb.port);
  try {
    slow.socket.pause();
    const queued = Array.from({ length: 8 }, () => slow.request(ApiKey.Fetch, 13, fetchOf(0, 2 << 20)));
    await new Promise((r) => setTimeout(r, 300)); // the broker answers into a socket nobody reads
    for (let round = 0; round < 10; round++) {
      for (const p of [1, 2]) {
        const f = await fast.request(ApiKey.Fetch, 13, fetchOf(p, (1 << 20) + round * 4096));
        assert.deepEqual(values(f.responses[0].partitions[0].records), Array.from({ length: 16 }, (_, i) => payload(p, i)).slice(0, values(f.responses[0].partitions[0].records).length));
      }
    }
    slow.socket.resume();
    for (const r of await Promise.all(queued)) {
      assert.deepEqual(values(r.responses[0].partitions[0].records), Array.from({ length: 16 }, (_, i) => payload(0, i)));
    }
  } finally {
    slow.close();
    fast.close();
  }
});
