import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { encodeRequest } from '../../src/protocol/request-codec.ts';
import { RequestBudget } from '../../src/broker/request-budget.ts';
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
    assert.equal(tb.broker.topics.partition('lim', 0)!.log.logEndOffset, 40);
    const check = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    assert.equal(check.errorCode, ErrorCode.NONE);
    c.close();
    c2.close();
  } finally {
    await tb.close();
  }
});
