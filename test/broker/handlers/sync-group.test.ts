import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('SyncGroup: the leader’s assignment comes back; v5 checks protocol type and name (KIP-559)', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const j = await client.request(ApiKey.JoinGroup, 3, joinBody());
    const body = { groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: null, assignments: [{ memberId: j.memberId, assignment: Buffer.from('mine') }] };
    const wrong = await client.request(ApiKey.SyncGroup, 5, { ...body, protocolType: 'consumer', protocolName: 'roundrobin' });
    assert.equal(wrong.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const s = await client.request(ApiKey.SyncGroup, 5, { ...body, protocolType: 'consumer', protocolName: 'range' });
    assert.equal(s.errorCode, ErrorCode.NONE);
    assert.equal(s.assignment.toString(), 'mine');
    assert.equal(s.protocolName, 'range');
    const v0 = await client.request(ApiKey.SyncGroup, 0, { ...body, assignments: [] });
    assert.equal(v0.assignment.toString(), 'mine');
    assert.equal((await client.request(ApiKey.SyncGroup, 3, { ...body, generationId: 9 })).errorCode, ErrorCode.ILLEGAL_GENERATION);
  } finally {
    client.close();
    await tb.close();
  }
});
