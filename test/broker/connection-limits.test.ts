import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { encodeRequest } from '../../src/protocol/request-codec.ts';
import { RequestBudget } from '../../src/broker/request-budget.ts';
import { iterateBatches, readRecords } from '../../src/protocol/record-batch/record-batch.ts';
import { NodeFileSystem } from '../../src/storage/fs/node-file-system.ts';
import { startTestBroker, TestClient } from './broker-harness.ts';

test('RequestBudget: one request always fits when idle; others wait for a release', () => {
  const b = new RequestBudget(100);
  assert.equal(b.tryReserve(150), true, 'an oversized request proceeds when nothing is queued');
  assert.equal(b.tryReserve(1), false);
  let woken = 0;
  b.onRelease(() => woken++);
  b.release(150);
  assert.equal(woken, 1);
  assert.equal(b.tryReserve(60), true);
  assert.equal(b.tryReserve(40), true);
  assert.equal(b.tryReserve(1), false);
  assert.equal(b.inUse, 100);
});

test('with a tiny in-flight limit and request budget, pipelined requests all complete in order', async () => {
  const tb = await startTestBroker({ 'socket.request.max.bytes': 70_000, 'queued.max.request.bytes': 70_000 }, undefined, { maxInFlightPerConnection: 2 });
  try {
    const c = await TestClient.connect(tb.port);
    await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'lim', numPartitions: 1, replicationFactor: 1 }] });
    const c2 = await TestClient.connect(tb.port);
    const sent: number[] = [];
    const waits: Promise<Buffer>[] = [];
    const waits2: Promise<Buffer>[] = [];
    for (let i = 0; i < 20; i++) {
      for (const [client, list] of [[c, waits], [c2, waits2]] as const) {
        const corr = client.nextCorrelationId();
        const body = { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'lim', partitionData: [{ index: 0, records: buildBatch({ records: [{ value: Buffer.alloc(30_000, i) }] }) }] }] };
        if (client === c) sent.push(corr);
        list.push(client.send(encodeRequest({ apiKey: ApiKey.Produce, apiVersion: 11, correlationId: corr, clientId: 'lim' }, body), corr, 20_000));
      }
    }
    await Promise.all([...waits, ...waits2]);
    assert.deepEqual(c.received.slice(1), sent);
    assert.equal(tb.broker.replicas.get('lim', 0)!.log.logEndOffset, 40);
    const check = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    assert.equal(check.errorCode, ErrorCode.NONE);
    c.close();
    c2.close();
  } finally {
    await tb.close();
  }
});

for (const [mode, fs] of [
  ['blocking writes', undefined],
  ['thread-pool writes', new NodeFileSystem(null)],
] as const) {
  test(`large produce requests assembled in reused buffers keep every byte (${mode})`, async () => {
    const tb = await startTestBroker({}, undefined, { fs });
    try {
      const clients = [await TestClient.connect(tb.port), await TestClient.connect(tb.port)];
      await clients[0]!.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'big', numPartitions: 2, replicationFactor: 1 }] });
      // 2 connections x 12 pipelined requests of ~300 KiB (several socket reads each), each record
      // filled with its own byte: a buffer reused before its append was done would show up here.
      const waits: Promise<Buffer>[] = [];
      for (let i = 0; i < 12; i++) {
        clients.forEach((client, k) => {
          const corr = client.nextCorrelationId();
          const fill = (i * 2 + k) % 251;
          const records = buildBatch({ records: Array.from({ length: 3 }, (_, r) => ({ key: `${fill}`, value: Buffer.alloc(100_000, fill + r) })) });
          const body = { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'big', partitionData: [{ index: k, records }] }] };
          waits.push(client.send(encodeRequest({ apiKey: ApiKey.Produce, apiVersion: 11, correlationId: corr, clientId: 'big' }, body), corr, 20_000));
        });
      }
      await Promise.all(waits);
      for (const k of [0, 1]) {
        const log = tb.broker.replicas.get('big', k)!.log;
        assert.equal(log.logEndOffset, 36);
        const seen: number[] = [];
        for (let offset = 0; offset < 36; ) {
          const { records, release } = await log.read(offset, 1 << 20, 36, { minOneBatch: true });
          for (const batch of iterateBatches(records)) {
            const recs = [...readRecords(batch, { maxDecompressedBytes: 1 << 20 })];
            recs.forEach((rec, r) => {
              const fill = Number(rec.key!.toString());
              assert.equal(fill % 2, k, 'the record is in the partition its request named');
              assert.ok(rec.value!.equals(Buffer.alloc(100_000, fill + r)), `record ${offset + r} holds its own bytes`);
            });
            seen.push(Number(recs[0]!.key!.toString()));
            offset = Number(batch.readBigInt64BE(0)) + batch.readInt32BE(23) + 1;
          }
          release();
        }
        assert.deepEqual(seen, Array.from({ length: 12 }, (_, i) => (i * 2 + k) % 251));
      }
      for (const c of clients) c.close();
    } finally {
      await tb.close();
    }
  });
}
