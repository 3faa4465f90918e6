import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('Heartbeat: NONE for the current generation, fencing errors otherwise (static members v3+)', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const j = await client.request(ApiKey.JoinGroup, 5, joinBody({ groupInstanceId: 'i-1' }));
    await client.request(ApiKey.SyncGroup, 3, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: 'i-1', assignments: [] });
    const hb = (v: number, over: object) => client.request(ApiKey.Heartbeat, v, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: 'i-1', ...over });
    assert.equal((await hb(4, {})).errorCode, ErrorCode.NONE);
    assert.equal((await hb(0, {})).errorCode, ErrorCode.NONE);
    assert.equal((await hb(4, { generationId: 0 })).errorCode, ErrorCode.ILLEGAL_GENERATION);
    assert.equal((await hb(4, { memberId: 'impostor' })).errorCode, ErrorCode.FENCED_INSTANCE_ID);
    assert.equal((await hb(2, { memberId: 'impostor' })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    assert.equal((await hb(4, { groupId: 'none', groupInstanceId: null })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  } finally {
    client.close();
    await tb.close();
  }
});
