import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startGroupBroker } from './group-test-kit.ts';

test('FindCoordinator: this node for groups and transactions, v0-3 single and v4+ batched', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const { host, port } = tb.broker.advertisedEndpoint();
    const v0 = await client.request(ApiKey.FindCoordinator, 0, { key: 'g' });
    assert.deepEqual([v0.errorCode, v0.nodeId, v0.host, v0.port], [ErrorCode.NONE, tb.broker.nodeId, host, port]);
    // A transactional id's coordinator starts on the first lookup; until __transaction_state is
    // loaded the answer is COORDINATOR_NOT_AVAILABLE and clients retry.
    let txn = await client.request(ApiKey.FindCoordinator, 2, { key: 'tx', keyType: 1 });
    for (let i = 0; i < 200 && txn.errorCode !== ErrorCode.NONE; i++) {
      assert.equal(txn.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
      await new Promise((r) => setTimeout(r, 20));
      txn = await client.request(ApiKey.FindCoordinator, 2, { key: 'tx', keyType: 1 });
    }
    assert.deepEqual([txn.errorCode, txn.nodeId, txn.port], [ErrorCode.NONE, tb.broker.nodeId, port]);
    assert.equal(tb.broker.image.topic('__transaction_state')?.configText['cleanup.policy'], 'compact');
    const batched = await client.request(ApiKey.FindCoordinator, 4, { keyType: 0, coordinatorKeys: ['a', 'b', 'c'] });
    assert.deepEqual(batched.coordinators.map((c: { key: string; errorCode: number; port: number }) => [c.key, c.errorCode, c.port]), [
      ['a', 0, port],
      ['b', 0, port],
      ['c', 0, port],
    ]);
    const bad = await client.request(ApiKey.FindCoordinator, 6, { keyType: 9, coordinatorKeys: ['x'] });
    assert.equal(bad.coordinators[0].errorCode, ErrorCode.INVALID_REQUEST);
    // the internal topic exists with the configured partition count, compacted
    const topic = tb.broker.image.topic('__consumer_offsets')!;
    assert.equal(topic.partitions.length, 3);
    assert.equal(topic.configText['cleanup.policy'], 'compact');
  } finally {
    client.close();
    await tb.close();
  }
});
